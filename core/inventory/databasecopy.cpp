#include "inventory/databasecopy.h"

#include "inventory/database.h"
#include "inventory/sqldialect.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QThread>

namespace certdesk::core {

namespace {

// Every table, parents before children. Self references (a certificate's issuer, a CA's parent)
// are written in a second pass, so the order of ids does not matter.
struct TableCopy
{
    const char *table;
    const char *order;         // ORDER BY: keeps ids and the order of names
    const char *selfReference; // column written after all rows ("" = none)
};

constexpr TableCopy kTables[] = {
    {"certificates", "id", "issuer_id"},
    {"certificate_der", "cert_id", ""},
    {"certificate_search", "cert_id", ""},
    {"names", "rowid", ""},
    {"tags", "cert_id, key", ""},
    {"private_keys", "id", ""},
    {"keystore", "id", ""},
    {"crls", "id", ""},
    {"revocations", "crl_id, serial", ""},
    {"csrs", "id", ""},
    {"events", "id", ""},
    {"notifications", "cert_id, threshold", ""},
    {"cas", "id", "parent_id"},
    {"ca_issued", "ca_id, serial", ""},
    {"ca_crls", "ca_id, crl_number", ""},
    {"ca_audit", "id", ""},
    {"managed", "id", ""},
    {"managed_history", "id", ""},
    {"acme_accounts", "id", ""},
    {"deployments", "id", ""},
    {"scans", "id", ""},
    {"endpoints", "id", ""},
    {"file_locations", "id", ""},
};

// Tables with an identity id whose sequence must continue after the copied ids (PostgreSQL).
constexpr const char *kIdentityTables[] = {"certificates", "private_keys", "crls", "csrs", "events", "cas", "ca_audit",
                                           "managed", "managed_history", "acme_accounts", "deployments", "scans",
                                           "endpoints", "file_locations"};

Result<qint64> countRows(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot count %1").arg(table), q));
    return q.value(0).toLongLong();
}

// SHA-256 over the encrypted keys (by id) and the key store's wrapped data key.
Result<QString> keyDigest(QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, spki_sha256, encrypted_pkcs8 FROM private_keys ORDER BY id")))
        return std::unexpected(sqlError(QStringLiteral("cannot read the encrypted keys"), q));
    while (q.next()) {
        hash.addData(QByteArray::number(q.value(0).toLongLong()));
        hash.addData(q.value(1).toByteArray());
        hash.addData(q.value(2).toByteArray());
    }
    if (!q.exec(QStringLiteral("SELECT salt, nonce, wrapped_key FROM keystore")))
        return std::unexpected(sqlError(QStringLiteral("cannot read the key store"), q));
    while (q.next()) {
        for (int i = 0; i < 3; ++i)
            hash.addData(q.value(i).toByteArray());
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The columns both sides have (the same schema; PostgreSQL's names table also has its rowid,
// which is left to the destination so that it counts in the copied order).
QStringList sharedColumns(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QSqlRecord a = from.record(table);
    const QSqlRecord b = to.record(table);
    QStringList out;
    for (int i = 0; i < a.count(); ++i) {
        const QString name = a.fieldName(i);
        if (name != QLatin1String("rowid") && b.indexOf(name) >= 0)
            out << name;
    }
    return out;
}

} // namespace

Result<CopyReport> copyInventory(const QString &from, const QString &to,
                                 const std::function<void(const QString &table, qint64 rows)> &progress)
{
    const QString tag = QString::number(quintptr(QThread::currentThreadId()));
    auto source = Database::open(from, QStringLiteral("copy-from-") + tag);
    if (!source)
        return std::unexpected(source.error().prefixed(QStringLiteral("the inventory to copy")));
    auto dest = Database::open(to, QStringLiteral("copy-to-") + tag);
    if (!dest)
        return std::unexpected(dest.error().prefixed(QStringLiteral("the destination")));
    if (source->path() == dest->path())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the inventory cannot be copied onto itself (%1)").arg(source->path()));
    QSqlDatabase &src = source->db();
    QSqlDatabase &dst = dest->db();
    CopyReport report;
    report.from = source->path();
    report.to = dest->path();

    // Into an empty inventory only: a copy never merges.
    for (const TableCopy &t : kTables) {
        auto n = countRows(dst, QString::fromLatin1(t.table));
        if (!n)
            return std::unexpected(n.error());
        if (*n > 0)
            return fail(ErrorCode::InvalidInput, QStringLiteral("the destination %1 is not empty (%2 rows in %3): "
                                                                "certdesk copies into an empty inventory only")
                                                     .arg(dest->path())
                                                     .arg(*n)
                                                     .arg(QString::fromLatin1(t.table)));
    }

    // A consistent snapshot of the source while it is read (other consoles may be writing).
    QSqlQuery sq(src);
    const QStringList snapshot = source->isPostgres()
        ? QStringList{QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")}
        : QStringList{QStringLiteral("BEGIN")};
    for (const QString &s : snapshot) {
        if (!sq.exec(s))
            return std::unexpected(sqlError(QStringLiteral("cannot read %1").arg(source->path()), sq));
    }
    auto endSnapshot = qScopeGuard([&src] { QSqlQuery(src).exec(QStringLiteral("ROLLBACK")); });

    Database::Transaction tx(dst);
    if (!tx.isActive())
        return std::unexpected(sqlError(QStringLiteral("cannot write %1").arg(dest->path()), dst));
    QSqlQuery dq(dst);
    // The audit trail keeps who did what (the actor trigger lets an Administrator's copy through).
    if (dest->isPostgres() && !dq.exec(QStringLiteral("SET LOCAL certdesk.restore = 'on'")))
        return std::unexpected(sqlError(QStringLiteral("cannot prepare %1").arg(dest->path()), dq));
    if (!dest->isPostgres() && !dq.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return std::unexpected(sqlError(QStringLiteral("cannot prepare %1").arg(dest->path()), dq));

    for (const TableCopy &t : kTables) {
        const QString table = QString::fromLatin1(t.table);
        const QString self = QString::fromLatin1(t.selfReference);
        const QStringList columns = sharedColumns(src, dst, table);
        if (columns.isEmpty())
            return fail(ErrorCode::Database, QStringLiteral("the table %1 is missing on one side").arg(table));
        // Batches of rows per INSERT: few round trips, well under both engines' parameter limits.
        const int perRow = int(columns.size());
        const int batch = qMax(1, qMin(500, 30000 / perRow));
        const QString rowPlaceholders = QLatin1Char('(') + QStringList(perRow, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        QSqlQuery read(src);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table,
                                                                            QString::fromLatin1(t.order))))
            return std::unexpected(sqlError(QStringLiteral("cannot read %1").arg(table), read));
        const int selfIndex = self.isEmpty() ? -1 : int(columns.indexOf(self));
        QList<QPair<QVariant, QVariant>> selfLinks; // (id, referenced id)
        QVariantList values;
        qint64 rows = 0;
        int pending = 0;
        auto flush = [&]() -> Result<void> {
            if (pending == 0)
                return {};
            QStringList placeholders(pending, rowPlaceholders);
            QSqlQuery insert(dst);
            if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QLatin1Char(',')))))
                return std::unexpected(sqlError(QStringLiteral("cannot write %1").arg(table), insert));
            for (const QVariant &v : std::as_const(values))
                insert.addBindValue(v);
            if (!insert.exec())
                return std::unexpected(sqlError(QStringLiteral("cannot write %1").arg(table), insert));
            values.clear();
            pending = 0;
            if (progress)
                progress(table, rows);
            return {};
        };
        while (read.next()) {
            for (int i = 0; i < perRow; ++i) {
                QVariant v = read.value(i);
                if (i == selfIndex && !v.isNull()) {
                    selfLinks.append({read.value(0), v});
                    v = QVariant(QMetaType(QMetaType::LongLong));
                }
                values << v;
            }
            ++rows;
            if (++pending == batch) {
                if (auto r = flush(); !r)
                    return std::unexpected(r.error());
            }
        }
        if (auto r = flush(); !r)
            return std::unexpected(r.error());
        if (!selfLinks.isEmpty()) {
            QSqlQuery link(dst);
            link.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, self));
            for (const auto &[id, ref] : std::as_const(selfLinks)) {
                link.addBindValue(ref);
                link.addBindValue(id);
                if (!link.exec())
                    return std::unexpected(sqlError(QStringLiteral("cannot link %1").arg(table), link));
            }
        }
        report.tables.append({table, rows});
        report.rows += rows;
    }

    if (dest->isPostgres()) {
        // New rows continue after the copied ids.
        QStringList sequences;
        for (const char *table : kIdentityTables)
            sequences << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                             .arg(QString::fromLatin1(table));
        sequences << QStringLiteral("SELECT setval(pg_get_serial_sequence('names', 'rowid'), "
                                    "COALESCE((SELECT MAX(rowid) FROM names), 0) + 1, false)");
        for (const QString &s : std::as_const(sequences)) {
            if (!dq.exec(s))
                return std::unexpected(sqlError(QStringLiteral("cannot continue the ids of %1").arg(dest->path()), dq));
        }
    }

    // Verify before committing: every table's rows and every encrypted key, on both sides.
    for (const auto &[table, rows] : std::as_const(report.tables)) {
        auto a = countRows(src, table);
        auto b = countRows(dst, table);
        if (!a || !b)
            return std::unexpected(!a ? a.error() : b.error());
        if (*a != *b || *b != rows)
            return fail(ErrorCode::Database, QStringLiteral("the copy of %1 has %2 rows, the original %3: nothing was copied")
                                                 .arg(table)
                                                 .arg(*b)
                                                 .arg(*a));
    }
    auto before = keyDigest(src);
    auto after = keyDigest(dst);
    if (!before || !after)
        return std::unexpected(!before ? before.error() : after.error());
    if (*before != *after)
        return fail(ErrorCode::Database, QStringLiteral("the encrypted keys differ after the copy: nothing was copied"));
    report.keyDigest = *after;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return report;
}

} // namespace certdesk::core
