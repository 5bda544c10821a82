#pragma once
// Starts Debian's pebble (Let's Encrypt's ACME test server) and pebble-challtestsrv (its DNS and
// management peer) on 127.0.0.1, each on a free port, with a TLS certificate and a config made
// here, and stops them. Shared by the core and CLI tests and the ACME benchmark.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUdpSocket>

#include <memory>

#include "testports.h"

namespace certdesk::test {

class PebbleServer
{
public:
    struct Options
    {
        int nonceRejectPercent = 0;     // PEBBLE_WFE_NONCEREJECT
        bool vaAlwaysValid = false;     // PEBBLE_VA_ALWAYS_VALID
        QString dnsServer;              // "" = challtestsrv; else pebble asks this server (bind9)
        QMap<QString, QString> eabKeys; // externalAccountBindingRequired with these kid -> base64url keys
        int alternateRoots = 0;         // PEBBLE_ALTERNATE_ROOTS: chains to other roots, offered as alternates
    };

    ~PebbleServer() { stop(); }

    // Empty on success, else why it failed.
    QString start() { return start(Options()); }
    QString start(const Options &options)
    {
        m_options = options;
        for (const char *tool : {"pebble", "pebble-challtestsrv", "openssl"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return QStringLiteral("%1 is not installed (packages pebble, openssl; see packaging/install-deps.sh)")
                    .arg(QString::fromLatin1(tool));
        m_dir = std::make_unique<QTemporaryDir>();
        const QString d = m_dir->path();
        // Pebble's own TLS certificate, for 127.0.0.1 and localhost.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), d + QStringLiteral("/key.pem"), QStringLiteral("-out"), d + QStringLiteral("/cert.pem"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=pebble test server"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return QStringLiteral("openssl could not make pebble's certificate: ") + QString::fromUtf8(openssl.readAllStandardError());
        QFile cert(d + QStringLiteral("/cert.pem"));
        cert.open(QIODevice::ReadOnly);
        m_tlsCertificate = cert.readAll();

        m_acmePort = freePort();
        m_managementPort = freePort();
        m_httpPort = freePort();
        m_tlsPort = freePort();
        m_dnsPort = freePort();
        m_challManagementPort = freePort();
        if (!m_acmePort || !m_managementPort || !m_httpPort || !m_dnsPort || !m_challManagementPort)
            return QStringLiteral("no free ports on 127.0.0.1");

        QJsonObject pebble{{QStringLiteral("listenAddress"), QStringLiteral("127.0.0.1:%1").arg(m_acmePort)},
                           {QStringLiteral("managementListenAddress"), QStringLiteral("127.0.0.1:%1").arg(m_managementPort)},
                           {QStringLiteral("certificate"), d + QStringLiteral("/cert.pem")},
                           {QStringLiteral("privateKey"), d + QStringLiteral("/key.pem")},
                           {QStringLiteral("httpPort"), m_httpPort},
                           {QStringLiteral("tlsPort"), m_tlsPort},
                           {QStringLiteral("ocspResponderURL"), QString()},
                           {QStringLiteral("externalAccountBindingRequired"), !options.eabKeys.isEmpty()}};
        if (!options.eabKeys.isEmpty()) {
            QJsonObject keys;
            for (auto it = options.eabKeys.cbegin(); it != options.eabKeys.cend(); ++it)
                keys.insert(it.key(), it.value());
            pebble.insert(QStringLiteral("externalAccountMACKeys"), keys);
        }
        QFile config(d + QStringLiteral("/pebble-config.json"));
        config.open(QIODevice::WriteOnly);
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("pebble"), pebble}}).toJson());
        config.close();

        // challtestsrv: fake DNS answering 127.0.0.1 for every name, and its management API.
        m_chall.setProgram(QStringLiteral("pebble-challtestsrv"));
        m_chall.setArguments({QStringLiteral("-defaultIPv4"), QStringLiteral("127.0.0.1"), QStringLiteral("-defaultIPv6"), QString(),
                              QStringLiteral("-dns01"), QStringLiteral("127.0.0.1:%1").arg(m_dnsPort),
                              QStringLiteral("-management"), QStringLiteral("127.0.0.1:%1").arg(m_challManagementPort),
                              QStringLiteral("-http01"), QString(), QStringLiteral("-https01"), QString(),
                              QStringLiteral("-tlsalpn01"), QString()});
        m_chall.setProcessChannelMode(QProcess::MergedChannels);
        m_chall.setChildProcessModifier(dieWithParent);
        m_chall.start();
        if (!m_chall.waitForStarted(5000) || !waitForTcp(m_challManagementPort, 10000))
            return QStringLiteral("pebble-challtestsrv did not start: ") + QString::fromUtf8(m_chall.readAll());

        return startPebble();
    }

    QString startPebble()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PEBBLE_VA_NOSLEEP"), QStringLiteral("1"));
        env.insert(QStringLiteral("PEBBLE_WFE_NONCEREJECT"), QString::number(m_options.nonceRejectPercent));
        env.insert(QStringLiteral("PEBBLE_AUTHZREUSE"), QStringLiteral("0"));
        if (m_options.alternateRoots > 0)
            env.insert(QStringLiteral("PEBBLE_ALTERNATE_ROOTS"), QString::number(m_options.alternateRoots));
        if (m_options.vaAlwaysValid)
            env.insert(QStringLiteral("PEBBLE_VA_ALWAYS_VALID"), QStringLiteral("1"));
        m_pebble.setProcessEnvironment(env);
        m_pebble.setProgram(QStringLiteral("pebble"));
        m_pebble.setArguments({QStringLiteral("-config"), m_dir->path() + QStringLiteral("/pebble-config.json"),
                               QStringLiteral("-dnsserver"),
                               m_options.dnsServer.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(m_dnsPort) : m_options.dnsServer});
        m_pebble.setProcessChannelMode(QProcess::MergedChannels);
        m_pebble.setChildProcessModifier(dieWithParent);
        m_pebble.start();
        if (!m_pebble.waitForStarted(5000) || !waitForTcp(m_acmePort, 15000))
            return QStringLiteral("pebble did not start: ") + QString::fromUtf8(m_pebble.readAll());
        if (!waitForTcp(m_managementPort, 5000))
            return QStringLiteral("pebble's management interface did not start");
        return {};
    }

    void stopPebble()
    {
        if (m_pebble.state() != QProcess::NotRunning) {
            m_pebble.kill();
            m_pebble.waitForFinished(5000);
        }
    }

    void stop()
    {
        stopPebble();
        if (m_chall.state() != QProcess::NotRunning) {
            m_chall.kill();
            m_chall.waitForFinished(5000);
        }
    }

    QString directoryUrl() const { return QStringLiteral("https://127.0.0.1:%1/dir").arg(m_acmePort); }
    QByteArray tlsCertificate() const { return m_tlsCertificate; } // the trust anchor for pebble's TLS
    quint16 httpPort() const { return m_httpPort; }                // where pebble's VA looks for http-01
    quint16 dnsPort() const { return m_dnsPort; }                  // challtestsrv's DNS
    QString dnsServer() const { return QStringLiteral("127.0.0.1:%1").arg(m_dnsPort); }
    quint16 managementPort() const { return m_managementPort; }
    quint16 challManagementPort() const { return m_challManagementPort; }
    QString log() { return QString::fromUtf8(m_pebble.readAll()); }

    // Pebble's root (PEM), from its management interface.
    QByteArray rootPem(int index = 0) { return fetch(m_managementPort, QStringLiteral("/roots/%1").arg(index)); }
    // The directory document as pebble serves it.
    QByteArray fetchDirectory() { return fetch(m_acmePort, QStringLiteral("/dir")); }
    qint64 pebblePid() const { return m_pebble.processId(); }

    // challtestsrv's management API: TXT records as an administrator would create them.
    bool addTxt(const QString &host, const QString &value)
    {
        return challPost(QStringLiteral("/set-txt"), QJsonObject{{QStringLiteral("host"), host}, {QStringLiteral("value"), value}});
    }
    bool clearTxt(const QString &host) { return challPost(QStringLiteral("/clear-txt"), QJsonObject{{QStringLiteral("host"), host}}); }
    bool setCname(const QString &host, const QString &target)
    {
        return challPost(QStringLiteral("/set-cname"), QJsonObject{{QStringLiteral("host"), host}, {QStringLiteral("target"), target}});
    }

private:
    // A GET over TLS to one of pebble's ports, through openssl s_client (no event loop needed).
    QByteArray fetch(quint16 port, const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-quiet"), QStringLiteral("-connect"),
                                             QStringLiteral("127.0.0.1:%1").arg(port)});
        p.waitForStarted();
        p.write(QStringLiteral("GET %1 HTTP/1.0\r\nHost: 127.0.0.1:%2\r\n\r\n").arg(path).arg(port).toLatin1());
        p.closeWriteChannel();
        p.waitForFinished(10000);
        const QByteArray out = p.readAllStandardOutput();
        const qsizetype body = out.indexOf("\r\n\r\n");
        return body < 0 ? QByteArray() : out.mid(body + 4);
    }

    bool challPost(const QString &path, const QJsonObject &body)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_challManagementPort);
        if (!s.waitForConnected(5000))
            return false;
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        s.write(QStringLiteral("POST %1 HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %2\r\n\r\n")
                    .arg(path)
                    .arg(json.size())
                    .toLatin1()
                + json);
        QByteArray reply;
        while (s.waitForReadyRead(5000))
            reply += s.readAll();
        return reply.startsWith("HTTP/1.0 200") || reply.startsWith("HTTP/1.1 200");
    }

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_pebble, m_chall;
    QByteArray m_tlsCertificate;
    quint16 m_acmePort = 0, m_managementPort = 0, m_httpPort = 0, m_tlsPort = 0, m_dnsPort = 0, m_challManagementPort = 0;
};

} // namespace certdesk::test
