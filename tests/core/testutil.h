#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

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

} // namespace certdesk::test
