#pragma once

#include <QTableView>

class QMenu;

namespace certdesk::ui {

// A QTableView set up for CertificateTableModel: row selection, column widths
// sized to the font, sorting in SQL through the model (columns the database
// cannot sort by keep the previous sort indicator), and a column chooser in
// the header's context menu. The header layout (visible columns, order,
// widths) round-trips through saveState()/restoreState() for QSettings.
class CertificateTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CertificateTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // Width of each column for the current font (the Additional names column stretches).
    void resizeColumnsToDefaults();
    // Every column but Renewal eligibility visible, in the model's order.
    void showDefaultColumns();

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // The header's context menu: one checkable entry per column and "Reset columns".
    QMenu *createColumnMenu(QWidget *parent);

Q_SIGNALS:
    void detailsRequested(const QModelIndex &index); // Enter or Return on a row
    void deleteRequested();                          // the Delete key

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onSortIndicatorChanged(int section, Qt::SortOrder order);

    int m_sortSection = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace certdesk::ui
