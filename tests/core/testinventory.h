#pragma once
// Where a test's inventory lives. The core and CLI suites run twice (tests/core/CMakeLists.txt):
// as they are, on SQLite files, and with CERTDESK_TEST_BACKEND=postgresql, where every inventory
// file name a test asks for becomes a fresh database on a throwaway PostgreSQL cluster that this
// test process starts once (on 127.0.0.1, a free port, as the user postgres when run as root) and
// stops when it ends. The same file name gives the same database, so reopening works as with a
// file. Tests connect as certdesk_test, an ordinary user with CREATEROLE (not a superuser, so the
// grants are in force): it creates each inventory and becomes its Administrator.

#include "postgresserver.h"

#include "inventory/database.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace certdesk::test {

inline bool postgresBackend() { return qEnvironmentVariable("CERTDESK_TEST_BACKEND") == QLatin1String("postgresql"); }

class TestPostgres
{
public:
    static TestPostgres &instance()
    {
        static TestPostgres server;
        return server;
    }

    quint16 port()
    {
        start();
        return m_server.port();
    }

    // A connection as the superuser postgres, to the given database (for setup and for checks
    // "through the database", e.g. as another role: see connect()).
    QSqlDatabase connect(const QString &database, const QString &user = QStringLiteral("postgres"),
                         const QString &name = QString())
    {
        start();
        const QString connection = name.isEmpty() ? QStringLiteral("tst-pg-%1-%2").arg(user, database) : name;
        if (QSqlDatabase::contains(connection))
            return QSqlDatabase::database(connection);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_server.port());
        db.setDatabaseName(database);
        db.setUserName(user);
        if (!db.open())
            qFatal("cannot connect to the test PostgreSQL as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
        return db;
    }

    void exec(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        QSqlQuery q(connect(database));
        if (!q.exec(sql))
            qFatal("test PostgreSQL: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }

    // A URL for a new, empty database owned by certdesk_test (or another user).
    QString freshDatabase(const QString &user = QStringLiteral("certdesk_test"))
    {
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, user));
        return url(name, user);
    }

    QString url(const QString &database, const QString &user = QStringLiteral("certdesk_test"))
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(port()).arg(database);
    }

    // The database that stands for a test's inventory file.
    QString location(const QString &filePath)
    {
        auto it = m_byPath.constFind(filePath);
        if (it != m_byPath.constEnd())
            return *it;
        const QString url = freshDatabase();
        m_byPath.insert(filePath, url);
        return url;
    }

private:
    void start()
    {
        if (m_started)
            return;
        m_started = true;
        if (!m_dir.isValid())
            qFatal("no temporary folder for PostgreSQL");
        const QString why = m_server.start(m_dir.filePath(QStringLiteral("pg")));
        if (!why.isEmpty())
            qFatal("cannot start the test PostgreSQL: %s", qPrintable(why));
        exec(QStringLiteral("CREATE ROLE certdesk_test LOGIN CREATEROLE"));
    }

    QTemporaryDir m_dir;
    PostgresServer m_server;
    bool m_started = false;
    int m_databases = 0;
    QHash<QString, QString> m_byPath;
};

// A test's inventory: the file itself, or (PostgreSQL backend) the database standing for it.
inline QString inventoryLocation(const QString &filePath)
{
    return postgresBackend() ? TestPostgres::instance().location(filePath) : filePath;
}

} // namespace certdesk::test
