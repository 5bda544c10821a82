#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The few places where SQLite's and PostgreSQL's SQL differ, so one query text serves both.
// Everything else is written in the SQL both engines share (ON CONFLICT, RETURNING, row
// values, partial indexes, CASE); see DESIGN.md "Team inventory".
namespace certdesk::core::sql {

inline bool isPostgres(const QSqlDatabase &db) { return db.driverName() == QLatin1String("QPSQL"); }

// An expression compared or ordered without regard to case (ASCII in SQLite, Unicode in PostgreSQL).
inline QString nocase(const QSqlDatabase &db, const QString &expr)
{
    return isPostgres(db) ? QStringLiteral("lower(%1)").arg(expr) : expr + QStringLiteral(" COLLATE NOCASE");
}

// lhs = rhs regardless of case.
inline QString nocaseEquals(const QSqlDatabase &db, const QString &lhs, const QString &rhs)
{
    return isPostgres(db) ? QStringLiteral("lower(%1) = lower(%2)").arg(lhs, rhs)
                          : QStringLiteral("%1 = %2 COLLATE NOCASE").arg(lhs, rhs);
}

// LIKE that ignores case, as SQLite's LIKE does.
inline QString ilike(const QSqlDatabase &db) { return isPostgres(db) ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"); }

// The values of expr joined with separator (an SQL expression).
inline QString groupConcat(const QSqlDatabase &db, const QString &expr, const QString &separator)
{
    return isPostgres(db) ? QStringLiteral("string_agg(CAST(%1 AS TEXT), %2)").arg(expr, separator)
                          : QStringLiteral("group_concat(%1, %2)").arg(expr, separator);
}

// The one-character string with this code (a separator that never occurs in names).
inline QString chr(const QSqlDatabase &db, int code)
{
    return QStringLiteral("%1(%2)").arg(isPostgres(db) ? QStringLiteral("chr") : QStringLiteral("char")).arg(code);
}

// "LIMIT n", or no limit for n < 0 (SQLite: LIMIT -1; PostgreSQL: LIMIT ALL). OFFSET may follow.
inline QString limit(const QSqlDatabase &db, qint64 n)
{
    if (n >= 0)
        return QStringLiteral("LIMIT %1").arg(n);
    return isPostgres(db) ? QStringLiteral("LIMIT ALL") : QStringLiteral("LIMIT -1");
}

// An inner join whose order the planner must keep (SQLite's CROSS JOIN); PostgreSQL has no
// CROSS JOIN ... ON and plans the order itself.
inline QString orderedJoin(const QSqlDatabase &db) { return isPostgres(db) ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN"); }

// The statements that begin a transaction holding the inventory-wide lock named `name` before
// anything is read, so two clients doing the same thing run one after the other: SQLite's write
// lock (BEGIN IMMEDIATE), PostgreSQL's advisory lock for the name (until commit or roll-back).
inline QStringList beginExclusive(const QSqlDatabase &db, const QString &name)
{
    if (!isPostgres(db))
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN"),
            QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('certdesk:%1'))").arg(QString(name).remove(QLatin1Char('\'')))};
}

// An integer expression as text (for concatenation: PostgreSQL's || wants text on one side).
inline QString asText(const QString &expr) { return QStringLiteral("CAST(%1 AS TEXT)").arg(expr); }

} // namespace certdesk::core::sql
