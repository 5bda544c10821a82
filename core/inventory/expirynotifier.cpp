#include "inventory/expirynotifier.h"

#include "inventory/inventory.h"
#include "inventory/sqldialect.h"

#include <QSqlQuery>

#include <algorithm>

namespace certdesk::core {

namespace {

constexpr qint64 kDay = 86400;

// Takes the inventory's lock for expiry checks before reading (SQLite: the write lock, BEGIN
// IMMEDIATE; PostgreSQL: an advisory lock), so two front ends checking at the same moment wait
// for each other instead of both announcing.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        const QStringList begin = sql::beginExclusive(m_db, QStringLiteral("expiry"));
        for (const QString &statement : begin) {
            if (!q.exec(statement)) {
                m_error = sqlError(QStringLiteral("cannot start the expiry check"), q);
                if (m_active)
                    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                m_active = false;
                return;
            }
            m_active = true;
        }
    }
    ~WriteTransaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return std::unexpected(sqlError(QStringLiteral("cannot record the expiry notifications"), q));
        m_active = false;
        return {};
    }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace

ExpiryNotifier::ExpiryNotifier(Inventory &inventory, QList<int> thresholds)
    : m_inventory(inventory)
{
    for (int t : thresholds) {
        if (t < 1 || t > kMaxThreshold)
            m_invalid = QStringLiteral("expiry threshold %1 is outside 1..%2 days").arg(t).arg(kMaxThreshold);
        else if (!m_thresholds.contains(t))
            m_thresholds.append(t);
    }
    std::sort(m_thresholds.begin(), m_thresholds.end(), std::greater<int>());
}

Result<QList<ExpiryNotice>> ExpiryNotifier::pending()
{
    if (!m_invalid.isEmpty())
        return fail(ErrorCode::InvalidInput, m_invalid);
    if (m_thresholds.isEmpty())
        return QList<ExpiryNotice>{};
    const qint64 now = m_inventory.clock().now().toSecsSinceEpoch();
    // The smallest crossed threshold, as a CASE over the thresholds in ascending order.
    QString smallest = QStringLiteral("CASE");
    for (auto it = m_thresholds.crbegin(); it != m_thresholds.crend(); ++it)
        smallest += QStringLiteral(" WHEN c.not_after <= %1 THEN %2").arg(now + *it * kDay).arg(*it);
    smallest += QStringLiteral(" END");
    // The range on not_after comes first, so SQLite walks the not_after index over the window only.
    const QString sql = QStringLiteral(
        "SELECT x.id, x.domain_name, x.not_after, x.threshold FROM ("
        "  SELECT c.id, c.domain_name, c.not_after, %1 AS threshold FROM certificates c"
        "  WHERE c.not_after >= %2 AND c.not_after <= %3 AND c.not_before <= %2 AND c.revoked_at IS NULL"
        "    AND NOT (c.domain_name <> '' AND EXISTS (SELECT 1 FROM certificates r"
        "      WHERE %4 AND r.id <> c.id"
        "        AND r.revoked_at IS NULL AND r.not_after > c.not_after))"
        ") x WHERE NOT EXISTS (SELECT 1 FROM notifications n WHERE n.cert_id = x.id AND n.threshold = x.threshold)"
        " ORDER BY x.not_after, x.id")
                            .arg(smallest)
                            .arg(now)
                            .arg(now + m_thresholds.first() * kDay)
                            .arg(sql::nocaseEquals(m_inventory.database().db(), QStringLiteral("r.domain_name"),
                                                   QStringLiteral("c.domain_name")));
    QSqlQuery q(m_inventory.database().db());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return std::unexpected(sqlError(QStringLiteral("cannot look for expiring certificates"), q));
    QList<ExpiryNotice> out;
    while (q.next()) {
        ExpiryNotice n;
        n.certificateId = q.value(0).toLongLong();
        n.domainName = q.value(1).toString();
        const qint64 notAfter = q.value(2).toLongLong();
        n.notAfter = QDateTime::fromSecsSinceEpoch(notAfter, Qt::UTC);
        n.threshold = q.value(3).toInt();
        n.daysLeft = int((notAfter - now) / kDay);
        out.append(n);
    }
    return out;
}

Result<QList<ExpiryNotice>> ExpiryNotifier::check()
{
    QSqlDatabase &db = m_inventory.database().db();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.error());
    auto notices = pending();
    if (!notices || notices->isEmpty())
        return notices;
    const qint64 now = m_inventory.clock().now().toSecsSinceEpoch();
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO notifications (cert_id, threshold, notified_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")))
        return std::unexpected(sqlError(QStringLiteral("cannot record the expiry notifications"), insert));
    for (const ExpiryNotice &n : *notices) {
        for (int t : m_thresholds) {
            if (t < n.threshold)
                break;
            insert.addBindValue(n.certificateId);
            insert.addBindValue(t);
            insert.addBindValue(now);
            if (!insert.exec())
                return std::unexpected(sqlError(QStringLiteral("cannot record the expiry notifications"), insert));
        }
        const QString detail = QStringLiteral("expires %1, in %2 day(s) (threshold %3 days)")
                                   .arg(n.notAfter.toString(Qt::ISODate))
                                   .arg(n.daysLeft)
                                   .arg(n.threshold);
        if (auto r = m_inventory.logEvent(QStringLiteral("expiry-notice"), n.certificateId, n.domainName, detail); !r)
            return std::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return notices;
}

} // namespace certdesk::core
