#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace certdesk::test {

inline QString dataPath(const QString &name) { return QStringLiteral(CERTDESK_TEST_DATA "/") + name; }

inline QByteArray readData(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// The fixtures' fixed "now": everything in tests/data is dated around it.
inline QDateTime testTime() { return QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC); }

// Runs the openssl command (standard error merged into out); its exit code, -1 when it crashed.
inline int openssl(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted() || !p.waitForFinished(60000))
        qFatal("openssl did not run");
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// The first column of the first row of a query (a count, an id).
inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace certdesk::test
