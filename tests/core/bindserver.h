#pragma once
// Starts Debian's BIND 9 (named, package bind9) on 127.0.0.1 only, on a free port, as the primary
// of one zone that named TSIG keys may update (RFC 2136), in a temporary directory; stops it.
// The keys are made by tsig-keygen, as an administrator would make them.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <memory>

#include "testports.h"


namespace certdesk::test {

class BindServer
{
public:
    struct Options
    {
        QString zone = QStringLiteral("certdesk.test");
        QByteArray records;                    // zone file lines after the SOA, NS and ns1 A records
        QList<QPair<QString, QString>> keys;   // TSIG keys (name, algorithm) allowed to update the zone
    };

    ~BindServer() { stop(); }

    // Empty on success, else why it failed.
    QString start(const Options &options)
    {
        const QStringList sbin{QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")};
        const QString named = QStandardPaths::findExecutable(QStringLiteral("named"), sbin);
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("tsig-keygen"), sbin);
        if (named.isEmpty() || keygen.isEmpty())
            return QStringLiteral("named or tsig-keygen is not installed: install the Debian package bind9");
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return QStringLiteral("no temporary directory: ") + m_dir->errorString();
        const QString d = m_dir->path();

        QByteArray keyStatements;
        QByteArray allowUpdate;
        for (const auto &[name, algorithm] : options.keys) {
            QProcess p;
            p.start(keygen, {QStringLiteral("-a"), algorithm, name});
            if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                return QStringLiteral("tsig-keygen -a %1 %2 failed: %3")
                    .arg(algorithm, name, QString::fromUtf8(p.readAllStandardError()));
            const QByteArray statement = p.readAllStandardOutput();
            m_keyStatements.insert(name, statement);
            keyStatements += statement;
            allowUpdate += "key " + name.toUtf8() + "; ";
        }

        m_port = freePort();
        if (!m_port)
            return QStringLiteral("no free port on 127.0.0.1");
        const QByteArray dir = d.toUtf8();
        const QByteArray zone = options.zone.toUtf8();
        QByteArray conf = "options {\n"
                          "    directory \"" + dir + "\";\n"
                          "    listen-on port " + QByteArray::number(m_port) + " { 127.0.0.1; };\n"
                          "    listen-on-v6 { none; };\n"
                          "    recursion no;\n"
                          "    pid-file \"" + dir + "/named.pid\";\n"
                          "    session-keyfile \"" + dir + "/session.key\";\n"
                          "    managed-keys-directory \"" + dir + "\";\n"
                          "    dnssec-validation no;\n"
                          "    notify no;\n"
                          "};\n"
                          "controls { };\n"
                          + keyStatements +
                          "zone \"" + zone + "\" {\n"
                          "    type primary;\n"
                          "    file \"" + zone + ".zone\";\n"
                          "    allow-update { " + (allowUpdate.isEmpty() ? QByteArray("none; ") : allowUpdate) + "};\n"
                          "};\n";
        QByteArray records = "$TTL 300\n"
                             "@ IN SOA ns1." + zone + ". hostmaster." + zone + ". 1 3600 600 86400 60\n"
                             "@ IN NS ns1." + zone + ".\n"
                             "ns1 IN A 127.0.0.1\n"
                             + options.records;
        if (!write(d + QStringLiteral("/named.conf"), conf)
            || !write(d + QStringLiteral("/") + options.zone + QStringLiteral(".zone"), records))
            return QStringLiteral("could not write named's files in ") + d;

        m_named.setProgram(named);
        // -g: foreground, log to stderr; -n 1: one worker thread (the machine is shared).
        m_named.setArguments({QStringLiteral("-g"), QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-c"),
                              d + QStringLiteral("/named.conf"), QStringLiteral("-p"), QString::number(m_port)});
        m_named.setProcessChannelMode(QProcess::MergedChannels);
        // named goes when the test process goes, even when it crashes.
        m_named.setChildProcessModifier(dieWithParent);
        m_named.start();
        if (!m_named.waitForStarted(5000))
            return QStringLiteral("named did not start: ") + m_named.errorString();
        // named's last start-up line is "running", once its zones are loaded and it listens.
        const QDeadlineTimer deadline(15000);
        while (!m_log.contains(" running\n")) {
            if (m_named.state() == QProcess::NotRunning || deadline.hasExpired())
                return QStringLiteral("named did not come up:\n") + QString::fromUtf8(m_log);
            m_named.waitForReadyRead(qMax<qint64>(1, deadline.remainingTime()));
            m_log += m_named.readAll();
        }
        return {};
    }

    void stop()
    {
        if (m_named.state() != QProcess::NotRunning) {
            m_named.terminate();
            if (!m_named.waitForFinished(5000)) {
                m_named.kill();
                m_named.waitForFinished(5000);
            }
        }
    }

    quint16 port() const { return m_port; }
    // The key statement tsig-keygen printed for the key called name.
    QByteArray keyStatement(const QString &name) const { return m_keyStatements.value(name); }
    QString log()
    {
        m_log += m_named.readAll();
        return QString::fromUtf8(m_log);
    }

private:
    static bool write(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_named;
    QByteArray m_log;
    quint16 m_port = 0;
    QMap<QString, QByteArray> m_keyStatements;
};

} // namespace certdesk::test
