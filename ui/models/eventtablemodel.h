#pragma once

#include "inventory/inventory.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::ui {

// The latest entries of the inventory's audit log, newest first.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, SubjectColumn, DetailColumn, ActorColumn, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kDefaultLimit = 500;

    explicit EventTableModel(core::Inventory &inventory, int limit = kDefaultLimit, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString lastError() const { return m_lastError; }
    int limit() const { return m_limit; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    core::Inventory &m_inventory;
    const int m_limit;
    QList<core::Event> m_events;
    QString m_lastError;
};

} // namespace certdesk::ui
