#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

class EventTableModel;

// The audit log: the latest events (imports, key use, deletions, ...), newest first.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(core::Inventory &inventory, QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();

private:
    EventTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace certdesk::ui
