#pragma once

#include <QTableView>

namespace certdesk::ui {

// A QTableView set up for CertificateTableModel: row selection, column widths
// sized to the font, sorting in SQL through the model (columns the database
// cannot sort by keep the previous sort indicator).
class CertificateTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CertificateTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // Width of each column for the current font (the Name column stretches).
    void resizeColumnsToDefaults();

private:
    void onSortIndicatorChanged(int section, Qt::SortOrder order);

    int m_sortSection = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace certdesk::ui
