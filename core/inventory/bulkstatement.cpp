#include "inventory/bulkstatement.h"

#include "inventory/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace certdesk::core {

namespace {

// The sqlite3 handle behind a QSQLITE connection (nullptr for other drivers).
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

BulkStatement::BulkStatement(QSqlDatabase &db, const char *sql, bool returningId)
    : m_db(sqliteHandle(db))
    , m_returningId(returningId)
{
    if (!m_db) {
        m_query.emplace(db);
        m_query->setForwardOnly(true);
        QString text = QString::fromLatin1(sql);
        if (returningId)
            text += QStringLiteral(" RETURNING id");
        if (!m_query->prepare(text))
            m_prepareError = m_query->lastError().text();
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_stmt = nullptr;
    }
}

BulkStatement::~BulkStatement() { sqlite3_finalize(m_stmt); }

void BulkStatement::bind(int index, const QString &text)
{
    if (m_query) {
        m_query->bindValue(index - 1, text.isNull() ? QStringLiteral("") : text);
        return;
    }
    if (text.isEmpty()) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return;
    }
    sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void BulkStatement::bind(int index, const QByteArray &blob)
{
    if (m_query) {
        m_query->bindValue(index - 1, blob);
        return;
    }
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return;
    }
    sqlite3_bind_int64(m_stmt, index, value);
}

void BulkStatement::bindNull(int index)
{
    if (m_query) {
        // Typed, so PostgreSQL need not guess; the type does not matter for NULL.
        m_query->bindValue(index - 1, QVariant(QMetaType(QMetaType::LongLong)));
        return;
    }
    sqlite3_bind_null(m_stmt, index);
}

Result<void> BulkStatement::exec(const char *what)
{
    if (!m_prepareError.isEmpty())
        return fail(ErrorCode::Database, QString::fromLatin1(what) + QStringLiteral(": ") + m_prepareError);
    if (m_query) {
        if (!m_query->exec())
            return std::unexpected(sqlError(QString::fromLatin1(what), *m_query));
        m_lastId = 0;
        if (m_returningId) {
            // ON CONFLICT DO NOTHING returns no row when nothing was inserted.
            m_changes = m_query->next() ? 1 : 0;
            if (m_changes)
                m_lastId = m_query->value(0).toLongLong();
        } else {
            m_changes = m_query->numRowsAffected();
        }
        m_query->finish();
        return {};
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(ErrorCode::Database, QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

int BulkStatement::changes() const { return m_query ? m_changes : sqlite3_changes(m_db); }

qint64 BulkStatement::lastInsertId() const { return m_query ? m_lastId : sqlite3_last_insert_rowid(m_db); }

} // namespace certdesk::core
