#pragma once

#include "crypto/error.h"

#include <QSqlDatabase>
#include <QString>

namespace certdesk::core {

// One connection to an inventory database, used only by the thread that opened
// it. Opening runs the schema migrations (kept in code, versioned by
// PRAGMA user_version), enables WAL and foreign keys.
class Database
{
public:
    static constexpr int kSchemaVersion = 8;

    // connectionName must be unique per thread (e.g. "inventory-<thread id>").
    static Result<Database> open(const QString &path, const QString &connectionName);
    // A second, read-only connection to an existing inventory (for readers on worker threads:
    // WAL lets them read while the owner writes). No migration: the schema must be current or older.
    static Result<Database> openReadOnly(const QString &path, const QString &connectionName);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;

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

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
};

// "what failed: the driver's text" for a failed query.
Error sqlError(const QString &what, const class QSqlQuery &query);
Error sqlError(const QString &what, const QSqlDatabase &db);

} // namespace certdesk::core
