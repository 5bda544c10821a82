#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace certdesk::core {

class Database;

// Tells when another client changed the inventory, within a second, so a console can read it
// again. PostgreSQL: LISTEN certdesk_changes (the schema's statement triggers NOTIFY with the
// table's name); this connection's own notifications are ignored, a burst comes as one signal
// naming every table changed. SQLite: PRAGMA data_version, read twice a second, moves when another
// connection commits; which tables changed is unknown (an empty list).
// Lives on the thread that opened the database (it uses that connection); the database must
// outlive it.
class InventoryWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCoalesceMs = 200;
    static constexpr int kPollMs = 500; // a cheap read; twice a second keeps "within a second"

    explicit InventoryWatcher(Database &db, QObject *parent = nullptr);
    ~InventoryWatcher() override;

    // False when the connection cannot listen (the driver refused to subscribe).
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    // tables: the tables another client changed (PostgreSQL), or empty when unknown (SQLite).
    void changed(const QStringList &tables);

private:
    void notified(const QString &name, int source, const QVariant &payload);
    void flush();
    void poll();
    qint64 dataVersion() const;

    Database &m_db;
    bool m_postgres = false;
    bool m_watching = false;
    QTimer m_coalesce;
    QTimer m_poll;
    QSet<QString> m_tables;
    qint64 m_dataVersion = -1;
};

} // namespace certdesk::core
