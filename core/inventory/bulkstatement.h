#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace certdesk::core {

// A prepared statement of the bulk-import hot path, on the same connection as a QSqlDatabase.
// On SQLite it runs straight on SQLite's C API, where Qt SQL's per-value QVariant binding costs
// as much as SQLite's own work (measured: ~3,000 instructions per bound value); on PostgreSQL it
// is a prepared QSqlQuery. Everything else goes through Qt SQL.
class BulkStatement
{
public:
    // returningId: an INSERT into a table with an id column whose new id lastInsertId() gives
    // (PostgreSQL gets "RETURNING id"; SQLite has last_insert_rowid()).
    BulkStatement(QSqlDatabase &db, const char *sql, bool returningId = false);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    void bind(int index, const QString &text);   // 1-based, like SQLite; a null QString binds ''
    void bind(int index, const QByteArray &blob);
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement to completion; resets it for the next use.
    Result<void> exec(const char *what);
    // Rows the last exec changed, and the id it inserted (returningId).
    int changes() const;
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    // PostgreSQL
    std::optional<QSqlQuery> m_query;
    bool m_returningId = false;
    int m_changes = 0;
    qint64 m_lastId = 0;
};

} // namespace certdesk::core
