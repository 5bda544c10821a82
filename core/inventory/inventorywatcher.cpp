#include "inventory/inventorywatcher.h"

#include "inventory/database.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

namespace certdesk::core {

namespace {

const QString kChannel = QStringLiteral("certdesk_changes");

} // namespace

InventoryWatcher::InventoryWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_postgres(db.isPostgres())
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &InventoryWatcher::flush);
    if (m_postgres) {
        QSqlDriver *driver = m_db.db().driver();
        m_watching = driver && driver->subscribeToNotification(kChannel);
        if (m_watching) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                        notified(name, int(source), payload);
                    });
        }
    } else {
        m_dataVersion = dataVersion();
        m_watching = m_dataVersion >= 0;
        m_poll.setInterval(kPollMs);
        connect(&m_poll, &QTimer::timeout, this, &InventoryWatcher::poll);
        if (m_watching)
            m_poll.start();
    }
}

InventoryWatcher::~InventoryWatcher()
{
    if (m_postgres && m_watching) {
        QSqlDriver *driver = m_db.db().driver();
        if (driver) {
            disconnect(driver, nullptr, this, nullptr);
            if (m_db.db().isOpen())
                driver->unsubscribeFromNotification(kChannel);
        }
    }
}

void InventoryWatcher::notified(const QString &name, int source, const QVariant &payload)
{
    if (name != kChannel || source == int(QSqlDriver::SelfSource))
        return;
    const QString table = payload.toString();
    if (!table.isEmpty())
        m_tables.insert(table);
    if (!m_coalesce.isActive())
        m_coalesce.start(); // the first of a burst starts the clock: a steady stream still reports every 200 ms
}

void InventoryWatcher::flush()
{
    QStringList tables(m_tables.cbegin(), m_tables.cend());
    std::sort(tables.begin(), tables.end());
    m_tables.clear();
    Q_EMIT changed(tables);
}

void InventoryWatcher::poll()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changed({});
}

qint64 InventoryWatcher::dataVersion() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace certdesk::core
