#pragma once

#include "crypto/error.h"

#include <QMap>
#include <QString>

namespace certdesk::core {

enum class DatabaseEngine { Sqlite, Postgres };

// Where an inventory lives: a SQLite file (a path), or a PostgreSQL database given by a URL
//   postgresql://[USER[:PASSWORD]@][HOST][:PORT][/DBNAME][?PARAM=VALUE&...]
// (postgres:// too). Parameters are libpq's: sslmode, sslrootcert, sslcert, sslkey, sslcrl,
// connect_timeout, host (a socket folder), passfile, application_name, target_session_attrs.
// Without a password in the URL, libpq reads PGPASSWORD, PGPASSFILE or ~/.pgpass, and a TLS
// client certificate (sslcert/sslkey) can replace a password altogether.
struct DatabaseLocation
{
    DatabaseEngine engine = DatabaseEngine::Sqlite;
    QString path;     // SQLite: the file
    QString host;     // PostgreSQL: a name, an address or a socket folder ("" = libpq's default)
    int port = 0;     // 0 = libpq's default (5432)
    QString database; // "" = the user's name
    QString user;     // "" = the login name
    QString password; // "" = from libpq's sources (PGPASSWORD, PGPASSFILE, ~/.pgpass)
    QMap<QString, QString> options;

    static Result<DatabaseLocation> parse(const QString &text);
    static bool isUrl(const QString &text);

    bool isPostgres() const { return engine == DatabaseEngine::Postgres; }
    // The URL without its password (what logs, titles and "recent inventories" show); the path for SQLite.
    QString display() const;
    // libpq's connection options for QPSQL's setConnectOptions ("key=value;key=value").
    QString connectOptions() const;
};

} // namespace certdesk::core
