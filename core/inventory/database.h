#pragma once

#include "crypto/error.h"
#include "inventory/databaselocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace certdesk::core {

// What a user may do in a team inventory (PostgreSQL), enforced by the database's grants.
// A SQLite inventory is one person's: its user is its Administrator.
enum class TeamRole { None, Auditor, Operator, Administrator };
QString teamRoleName(TeamRole role);           // "administrator", "operator", "auditor", "none"
std::optional<TeamRole> parseTeamRole(const QString &name);

// One connection to an inventory database, used only by the thread that opened it: a SQLite
// file (WAL, foreign keys) or a PostgreSQL database (a team inventory, see DatabaseLocation).
// Opening runs the schema migrations (kept in code, one list for both engines; versioned by
// PRAGMA user_version in SQLite and the table certdesk_schema in PostgreSQL), one client at a
// time: SQLite's write lock, PostgreSQL's advisory lock.
class Database
{
public:
    static constexpr int kSchemaVersion = 9;

    // location: a file path or a postgresql:// URL. connectionName must be unique per thread
    // (e.g. "inventory-<thread id>").
    static Result<Database> open(const QString &location, const QString &connectionName);
    // A second, read-only connection to an existing inventory (for readers on worker threads:
    // WAL lets them read while the owner writes). No migration: the schema must be current.
    static Result<Database> openReadOnly(const QString &location, const QString &connectionName);
    // The password for a PostgreSQL location (its display() form) when the URL has none: kept
    // in this process's memory so every thread's connection can use it. Never written anywhere.
    static void rememberPassword(const QString &location, const QString &password);
    // How long a SQLite connection opened after this call waits for another connection's write
    // transaction before failing with "database is locked" (default 5 s, for the GUI). The CLI,
    // which may run beside a long import, waits longer.
    static void setSqliteBusyTimeout(int milliseconds);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase &db() { return m_db; }
    // The location to open it again (a path, or the URL without its password).
    const QString &path() const { return m_path; }
    DatabaseEngine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == DatabaseEngine::Postgres; }
    int schemaVersion() const;
    // PostgreSQL: the user connected (session_user) and what the grants let them do.
    // SQLite: the OS user, Administrator.
    QString user() const { return m_user; }
    TeamRole role() const { return m_role; }
    // The names of the PostgreSQL group roles behind TeamRole (e.g. "certdesk_operator").
    QString roleName(TeamRole role) const;

    // RAII transaction: rolls back unless commit() succeeded.
    class Transaction
    {
    public:
        explicit Transaction(QSqlDatabase &db);
        ~Transaction();
        Result<void> commit();
        bool isActive() const { return m_active; }

    private:
        QSqlDatabase &m_db;
        bool m_active = false;
    };

private:
    Database(QSqlDatabase db, QString path, QString connectionName);
    Result<void> migrate();
    Result<void> migratePostgres();
    Result<void> readTeamRole();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    DatabaseEngine m_engine = DatabaseEngine::Sqlite;
    QString m_user;
    QString m_rolePrefix;
    TeamRole m_role = TeamRole::Administrator;
};

// The id an executed INSERT ... RETURNING id gave (both engines run RETURNING), 0 when it
// inserted nothing (ON CONFLICT DO NOTHING). Finishes the query.
qint64 returnedId(QSqlQuery &query);

// "what failed: the driver's text" for a failed query. PostgreSQL's "permission denied"
// (SQLSTATE 42501) becomes ErrorCode::NotPermitted with a sentence saying so.
Error sqlError(const QString &what, const class QSqlQuery &query);
Error sqlError(const QString &what, const QSqlDatabase &db);
Error sqlError(const QString &what, const class QSqlError &error);

} // namespace certdesk::core
