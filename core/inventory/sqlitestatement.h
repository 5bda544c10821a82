#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace certdesk::core {

// A prepared statement straight on SQLite's C API, on the same connection as a
// QSqlDatabase. Used only on the bulk-import hot path, where Qt SQL's per-value
// QVariant binding costs as much as SQLite's own work (measured: ~3,000
// instructions per bound value). Everything else goes through Qt SQL.
class SqliteStatement
{
public:
    // The sqlite3 handle behind a QSQLITE connection (nullptr for other drivers).
    static sqlite3 *handleOf(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, const QString &text);   // 1-based, like SQLite; a null QString binds ''
    void bind(int index, const QByteArray &blob);
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement to completion (no rows expected); resets it for the next use.
    Result<void> exec(const char *what);
    int changes() const;
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
};

} // namespace certdesk::core
