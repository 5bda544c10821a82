#pragma once
// Starts Debian's nginx (package nginx, /usr/sbin/nginx) on 127.0.0.1 with its own prefix folder,
// config, pid file, logs and temporary paths, and stops it. Shared by the deployment and discovery
// tests and the discovery benchmark.
//
// nginx runs in the foreground (daemon off) with a master and worker_processes workers: the master
// is our child and dies with the test process (dieWithParent); the workers are the master's
// children and would outlive a killed master, so nginx gets its own process group and a watchdog
// (`sh -c 'read _; kill -KILL -PGID'`, its standard input a pipe from the test process) kills
// the whole group when that pipe closes, i.e. when the test process ends, however it ends.
// (master_process off would be one process, but nginx 1.22 stops accepting on its listening
// sockets after a reload in that mode.) A reload (`nginx -s reload`, SIGHUP) starts workers with
// the new config; `nginx -s reload` parses the config before signalling, so a broken config is
// refused with exit status 1 and the running config stays.
//
// Every config carries a generation number, served over plain HTTP on a control port
// (GET /certdesk-generation), so reload() and waitForReload() know when nginx has really read
// the config last written, instead of sleeping.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <memory>
#include <vector>

#include "testports.h"

namespace certdesk::test {

class NginxServer
{
public:
    struct Site
    {
        quint16 port = 0;
        bool tls = true;
        QString certFile;   // PEM: leaf first, then what nginx should send after it
        QString keyFile;
        QString serverName; // "" = "_" (any)
    };

    static QString program() { return QStringLiteral("/usr/sbin/nginx"); }

    // prefix folder (created); conf, logs, pid, temp paths all inside
    explicit NginxServer(QString dir) : m_dir(QDir::cleanPath(QDir(dir).absolutePath())) { QDir().mkpath(m_dir); }
    ~NginxServer() { stop(); }
    NginxServer(const NginxServer &) = delete;
    NginxServer &operator=(const NginxServer &) = delete;

    // Writes nginx.conf, starts nginx and waits until the control port and every site's port
    // accept TCP. why (may be null) gets the reason when it fails.
    bool start(const QList<Site> &sites, QString *why)
    {
        stop();
        if (!QFile::exists(program()))
            return fail(why, QStringLiteral("%1 is not installed (Debian package nginx; see packaging/install-deps.sh)").arg(program()));
        if (!writeConfig(sites, why))
            return false;
        QFile::remove(errorLog());
        m_nginx.setProgram(program());
        m_nginx.setArguments({QStringLiteral("-p"), m_dir, QStringLiteral("-c"), confFile(), QStringLiteral("-e"), errorLog()});
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.setChildProcessModifier([] {
            dieWithParent();
            ::setpgid(0, 0); // the master and its workers: one group for the watchdog to kill
            // The master opens every listening socket: give it the hard limit of open files.
            rlimit limit{};
            if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
                limit.rlim_cur = limit.rlim_max;
                ::setrlimit(RLIMIT_NOFILE, &limit);
            }
        });
        m_nginx.start();
        if (!m_nginx.waitForStarted(5000))
            return fail(why, QStringLiteral("nginx did not start: ") + m_nginx.errorString());
        // No dieWithParent here: the watchdog must outlive the test process to do its job.
        m_watchdog.setProgram(QStringLiteral("/bin/sh"));
        m_watchdog.setArguments({QStringLiteral("-c"), QStringLiteral("read _; kill -KILL -$0 2>/dev/null"),
                                 QString::number(m_nginx.processId())});
        m_watchdog.start();
        if (!m_watchdog.waitForStarted(5000))
            return fail(why, QStringLiteral("the watchdog for nginx did not start: ") + m_watchdog.errorString());
        if (!waitForGeneration(m_generation, 15000))
            return fail(why, QStringLiteral("nginx did not come up (%1):\n%2").arg(m_nginx.state() == QProcess::NotRunning
                                                                                     ? QStringLiteral("it exited")
                                                                                     : QStringLiteral("no answer on its control port"),
                                                                                 log()));
        for (const Site &site : sites)
            if (!waitForTcp(site.port, 5000))
                return fail(why, QStringLiteral("nginx does not accept connections on 127.0.0.1:%1:\n%2").arg(site.port).arg(log()));
        return true;
    }

    // Rewrites the config only (to break or fix the next reload); bumps the generation.
    bool writeConfig(const QList<Site> &sites, QString *why)
    {
        for (const char *sub : {"logs", "temp/client_body", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi"})
            if (!QDir().mkpath(m_dir + QLatin1Char('/') + QLatin1String(sub)))
                return fail(why, QStringLiteral("cannot create %1/%2").arg(m_dir, QLatin1String(sub)));
        if (!m_controlPort)
            m_controlPort = freePort();
        if (!m_controlPort)
            return fail(why, QStringLiteral("no free port on 127.0.0.1"));
        ++m_generation;

        const QByteArray d = m_dir.toUtf8();
        // Each listening socket takes a connection slot; room for as many connections again.
        const int connections = int(sites.size()) * 2 + 1024;
        QByteArray conf = "# written by certdesk's tests (tests/core/nginxserver.h), generation "
                          + QByteArray::number(m_generation) + "\n"
                          "daemon off;\n"
                          "worker_processes " + QByteArray::number(m_workers) + ";\n"
                          "pid " + d + "/nginx.pid;\n"
                          "lock_file " + d + "/nginx.lock;\n"
                          "error_log " + d + "/logs/error.log notice;\n"
                          "worker_rlimit_nofile " + QByteArray::number(connections * 2 + 64) + ";\n"
                          "events {\n"
                          "    worker_connections " + QByteArray::number(connections) + ";\n"
                          "}\n"
                          "http {\n"
                          "    access_log off;\n"
                          "    client_body_temp_path " + d + "/temp/client_body;\n"
                          "    proxy_temp_path " + d + "/temp/proxy;\n"
                          "    fastcgi_temp_path " + d + "/temp/fastcgi;\n"
                          "    uwsgi_temp_path " + d + "/temp/uwsgi;\n"
                          "    scgi_temp_path " + d + "/temp/scgi;\n"
                          "    default_type text/plain;\n"
                          "    server {\n"
                          "        listen 127.0.0.1:" + QByteArray::number(m_controlPort) + ";\n"
                          "        location = /certdesk-generation { return 200 \"generation "
                          + QByteArray::number(m_generation) + "\\n\"; }\n"
                          "        location / { return 404; }\n"
                          "    }\n";
        // One server block per distinct (tls, certificate, key, name), listening on all its ports.
        QMap<QString, QList<quint16>> ports;
        QMap<QString, Site> blocks;
        for (const Site &site : sites) {
            if (site.port == 0)
                return fail(why, QStringLiteral("a site without a port"));
            if (site.tls && (site.certFile.isEmpty() || site.keyFile.isEmpty()))
                return fail(why, QStringLiteral("TLS site on port %1 without certificate or key file").arg(site.port));
            const QString key = QStringList{site.tls ? QStringLiteral("tls") : QStringLiteral("plain"), site.certFile,
                                            site.keyFile, site.serverName}.join(QLatin1Char('\n'));
            blocks.insert(key, site);
            if (!ports[key].contains(site.port))
                ports[key].append(site.port);
        }
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            const Site &site = it.value();
            conf += "    server {\n";
            for (quint16 port : ports.value(it.key()))
                conf += "        listen 127.0.0.1:" + QByteArray::number(port) + (site.tls ? " ssl" : "") + ";\n";
            conf += "        server_name " + (site.serverName.isEmpty() ? QByteArray("_") : site.serverName.toUtf8()) + ";\n";
            if (site.tls)
                conf += "        ssl_certificate " + quoted(site.certFile) + ";\n"
                        "        ssl_certificate_key " + quoted(site.keyFile) + ";\n";
            conf += "        location / { return 200 \"certdesk test site\\n\"; }\n"
                    "    }\n";
        }
        conf += "}\n";

        QFile f(confFile());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(conf) != conf.size())
            return fail(why, QStringLiteral("cannot write ") + confFile());
        return true;
    }

    // argv that reloads THIS nginx (nginx parses the config first and exits 1 when it is bad).
    // Asynchronous like any `nginx -s reload`: after running it yourself, waitForReload().
    QStringList reloadCommand() const
    {
        return {program(), QStringLiteral("-p"), m_dir, QStringLiteral("-c"), confFile(),
                QStringLiteral("-e"), errorLog(), QStringLiteral("-s"), QStringLiteral("reload")};
    }

    // Runs reloadCommand() and waits until nginx serves the config last written.
    bool reload(QString *why)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList argv = reloadCommand();
        p.start(argv.first(), argv.mid(1));
        if (!p.waitForFinished(15000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(why, QStringLiteral("nginx -s reload failed: ") + QString::fromUtf8(p.readAll()).trimmed());
        if (!waitForReload(10000))
            return fail(why, QStringLiteral("nginx did not take up the new config:\n") + log());
        return true;
    }

    // Whether nginx serves the config last written (by writeConfig or start) within timeoutMs.
    bool waitForReload(int timeoutMs) { return waitForGeneration(m_generation, timeoutMs); }

    void stop()
    {
        if (m_watchdog.state() != QProcess::NotRunning) {
            m_watchdog.kill(); // before nginx goes: its group id must not outlive nginx in a watchdog
            m_watchdog.waitForFinished(5000);
        }
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate(); // SIGTERM: fast shutdown, the master stops its workers
            if (!m_nginx.waitForFinished(10000)) {
                ::kill(-pid_t(m_nginx.processId()), SIGKILL);
                m_nginx.waitForFinished(5000);
            }
        }
    }

    // Worker processes (default 1: the machines running the tests are shared); before start().
    void setWorkerProcesses(int n) { m_workers = qMax(1, n); }

    bool isRunning() const { return m_nginx.state() == QProcess::Running; }
    qint64 pid() const { return m_nginx.processId(); }
    QString dir() const { return m_dir; }
    QString confFile() const { return m_dir + QStringLiteral("/nginx.conf"); }
    QString errorLog() const { return m_dir + QStringLiteral("/logs/error.log"); }
    quint16 controlPort() const { return m_controlPort; }
    int generation() const { return m_generation; }

    // What nginx printed and the end of its error log.
    QString log()
    {
        m_output += m_nginx.readAll();
        QFile f(errorLog());
        QByteArray tail;
        if (f.open(QIODevice::ReadOnly))
            tail = f.readAll().right(4000);
        return QString::fromUtf8(m_output + tail);
    }

    // n distinct ports free on 127.0.0.1 right now (all held until all are chosen); empty when
    // there are not enough.
    static QList<quint16> freePorts(int n)
    {
        std::vector<std::unique_ptr<QTcpServer>> held;
        QList<quint16> out;
        for (int i = 0; i < n * 2 && out.size() < n; ++i) {
            auto server = std::make_unique<QTcpServer>();
            if (!server->listen(QHostAddress::LocalHost, 0))
                continue;
            out.append(server->serverPort());
            held.push_back(std::move(server));
        }
        return out.size() == n ? out : QList<quint16>();
    }

private:
    static bool fail(QString *why, const QString &text)
    {
        if (why)
            *why = text;
        return false;
    }

    static QByteArray quoted(const QString &path)
    {
        QByteArray p = path.toUtf8();
        p.replace('\\', "\\\\").replace('"', "\\\"");
        return '"' + p + '"';
    }

    // Polls the control port until it answers with this generation (a few ms apart).
    bool waitForGeneration(int generation, int timeoutMs)
    {
        const QByteArray want = "generation " + QByteArray::number(generation) + "\n";
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (m_nginx.state() == QProcess::NotRunning)
                return false;
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_controlPort);
            if (s.waitForConnected(500)) {
                s.write("GET /certdesk-generation HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
                QByteArray reply;
                while (s.waitForReadyRead(1000))
                    reply += s.readAll();
                reply += s.readAll();
                if (reply.endsWith("\r\n\r\n" + want))
                    return true;
            }
            QThread::msleep(20);
        }
        return false;
    }

    QString m_dir;
    QProcess m_nginx, m_watchdog;
    int m_workers = 1;
    QByteArray m_output;
    quint16 m_controlPort = 0;
    int m_generation = 0;
};

} // namespace certdesk::test
