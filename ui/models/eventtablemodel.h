#pragma once

#include "inventory/inventory.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::ui {

// The inventory's audit log, newest first, read a page at a time as the view scrolls
// (canFetchMore/fetchMore, keyset paging on the event id); a filter resets it.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, SubjectColumn, DetailColumn, ActorColumn, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kDefaultPageSize = 200;

    explicit EventTableModel(core::Inventory &inventory, int pageSize = kDefaultPageSize, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const core::EventFilter &filter() const { return m_filter; }
    void setFilter(const core::EventFilter &filter);
    // Whether every event matching the filter has been read.
    bool isComplete() const { return m_complete; }
    const core::Event *event(int row) const { return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr; }

    QString lastError() const { return m_lastError; }
    int pageSize() const { return m_pageSize; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    // The page after the rows read (reading failed: none, and the error is set).
    QList<core::Event> readPage();

    core::Inventory &m_inventory;
    const int m_pageSize;
    core::EventFilter m_filter;
    bool m_complete = false;
    bool m_busy = false;
    QList<core::Event> m_events;
    QString m_lastError;
};

} // namespace certdesk::ui
