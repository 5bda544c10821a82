#include "inventory/sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace certdesk::core {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (!db || sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("not an SQLite connection");
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return;
    }
    sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }

void SqliteStatement::bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

Result<void> SqliteStatement::exec(const char *what)
{
    if (!m_stmt)
        return fail(ErrorCode::Database, QString::fromLatin1(what) + QStringLiteral(": ") + m_prepareError);
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(ErrorCode::Database, QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

int SqliteStatement::changes() const { return sqlite3_changes(m_db); }

qint64 SqliteStatement::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

} // namespace certdesk::core
