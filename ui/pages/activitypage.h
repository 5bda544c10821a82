#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

class EventTableModel;

// The audit log (imports, key use, exports, deletions, …), newest first, read as it scrolls,
// filtered by kind and by certificate (inventory id, fingerprint prefix, or part of its name).
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(core::Inventory &inventory, QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *certificateFilter() const { return m_certificate; }
    QLabel *caption() const { return m_caption; }

public Q_SLOTS:
    // Reads the log again (and the kinds in it), keeping the filter.
    void refresh();
    // Applies the filter controls now (they apply by themselves after a typing pause).
    void applyFilter();

private:
    void updateCaption();
    void reloadKinds();

    core::Inventory &m_inventory;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_certificate = nullptr;
    QTimer *m_typingPause = nullptr;
    EventTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace certdesk::ui
