#include "inventory/databaselocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace certdesk::core {

namespace {

// libpq's connection parameters that make sense in an inventory URL. Anything else is refused,
// so a typo ("sslmod=require") is an error rather than a silently plain connection.
const QStringList kOptions = {
    QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),          QStringLiteral("sslcrl"),          QStringLiteral("sslcrldir"),
    QStringLiteral("sslsni"),          QStringLiteral("connect_timeout"), QStringLiteral("passfile"),
    QStringLiteral("application_name"), QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"), QStringLiteral("gssencmode"),      QStringLiteral("channel_binding"),
};

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

bool DatabaseLocation::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation out;
    if (!isUrl(text)) {
        if (text.contains(QLatin1String("://")))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("\"%1\": not an inventory location (a file path, or postgresql://USER@HOST:PORT/DBNAME)")
                            .arg(text.section(QLatin1String("://"), 0, 0) + QStringLiteral("://…")));
        if (text.isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("the inventory location is empty"));
        out.path = text;
        return out;
    }
    const QUrl url(text, QUrl::StrictMode);
    // The URL itself is not repeated: it may hold a password.
    if (!url.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the PostgreSQL URL is malformed: %1")
                                                 .arg(url.errorString().remove(text)));
    out.engine = DatabaseEngine::Postgres;
    out.host = url.host(QUrl::FullyDecoded);
    if (url.port() == 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the PostgreSQL URL has port 0"));
    out.port = qMax(0, url.port());
    out.user = url.userName(QUrl::FullyDecoded);
    out.password = url.password(QUrl::FullyDecoded);
    QString db = url.path(QUrl::FullyDecoded);
    if (db.startsWith(QLatin1Char('/')))
        db.remove(0, 1);
    if (db.contains(QLatin1Char('/')))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the PostgreSQL URL's path must be one database name, not \"%1\"").arg(db));
    out.database = db;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            out.host = value;
            continue;
        }
        if (key == QLatin1String("port")) {
            bool ok = false;
            out.port = value.toInt(&ok);
            if (!ok || out.port <= 0 || out.port > 65535)
                return fail(ErrorCode::InvalidInput, QStringLiteral("the PostgreSQL URL's port \"%1\" is not a port").arg(value));
            continue;
        }
        if (key == QLatin1String("dbname") || key == QLatin1String("user") || key == QLatin1String("password"))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("the PostgreSQL URL's parameter \"%1\": put it in the URL itself "
                                       "(postgresql://USER@HOST:PORT/DBNAME)").arg(key));
        if (!kOptions.contains(key))
            return fail(ErrorCode::InvalidInput, QStringLiteral("the PostgreSQL URL's parameter \"%1\" is not one certdesk knows "
                                                                "(known: %2)").arg(key, kOptions.join(QStringLiteral(", "))));
        if (key == QLatin1String("sslmode") && !kSslModes.contains(value))
            return fail(ErrorCode::InvalidInput, QStringLiteral("sslmode \"%1\" is not one of %2")
                                                     .arg(value, kSslModes.join(QStringLiteral(", "))));
        // QPSQL joins the options with spaces and separates them with ';': neither can be in a value.
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char('\\')))
            return fail(ErrorCode::InvalidInput, QStringLiteral("the PostgreSQL URL's parameter \"%1\" contains ; ' or \\").arg(key));
        out.options.insert(key, value);
    }
    return out;
}

QString DatabaseLocation::display() const
{
    if (engine == DatabaseEngine::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!user.isEmpty())
        url.setUserName(user);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else if (!host.isEmpty())
        url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    QString out = url.toString(QUrl::FullyEncoded);
    // QUrl writes "postgresql:/db" for an empty authority; libpq and people expect "postgresql:///db".
    if (!out.startsWith(QLatin1String("postgresql://")))
        out.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return out;
}

QString DatabaseLocation::connectOptions() const
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        QString value = it.value();
        if (value.contains(QLatin1Char(' ')) || value.isEmpty())
            value = QLatin1Char('\'') + value + QLatin1Char('\'');
        parts << it.key() + QLatin1Char('=') + value;
    }
    if (!options.contains(QStringLiteral("application_name")))
        parts << QStringLiteral("application_name=certdesk");
    if (!options.contains(QStringLiteral("connect_timeout")))
        parts << QStringLiteral("connect_timeout=10");
    return parts.join(QLatin1Char(';'));
}

} // namespace certdesk::core
