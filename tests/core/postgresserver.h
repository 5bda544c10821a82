#pragma once
// Starts Debian's PostgreSQL 15 (package postgresql: /usr/lib/postgresql/15/bin/initdb and
// postgres) on 127.0.0.1, on a free port, with a fresh cluster in a folder of its own (its Unix
// socket there too), optionally with ssl=on and a given certificate chain and key; stops it.
// initdb and postgres refuse to run as root: as root they run as the user `postgres` (the
// switch happens in the child before exec, then the child is tied to the test process with
// PR_SET_PDEATHSIG, which a change of user would have cleared).

#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <signal.h>
#include <unistd.h>

#include "testports.h"

namespace certdesk::test {

class PostgresServer
{
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }

    ~PostgresServer() { stop(); }

    // dir: an empty folder for the cluster (created). certChainFile/keyFile: "" for ssl=off.
    // Empty on success, else why not.
    QString start(const QString &dir, const QString &certChainFile = {}, const QString &keyFile = {})
    {
        if (!QFile::exists(binDir() + QStringLiteral("/initdb")))
            return QStringLiteral("%1/initdb is missing (Debian package postgresql; see packaging/install-deps.sh)").arg(binDir());
        m_dir = QDir::cleanPath(QDir(dir).absolutePath());
        const QString data = m_dir + QStringLiteral("/data");
        if (!QDir().mkpath(m_dir))
            return QStringLiteral("cannot create ") + m_dir;
        m_asRoot = ::geteuid() == 0;
        if (m_asRoot) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw)
                return QStringLiteral("running as root, and there is no user postgres to run PostgreSQL as");
            m_uid = pw->pw_uid;
            m_gid = pw->pw_gid;
            // postgres must reach its folder: open the way down to it.
            for (QString d = m_dir; d != QDir::rootPath() && !d.isEmpty(); d = QFileInfo(d).path()) {
                if (d == QDir::tempPath())
                    break;
                QFile::setPermissions(d, QFile::permissions(d) | QFile::ExeGroup | QFile::ExeOther);
            }
            if (::chown(m_dir.toLocal8Bit().constData(), m_uid, m_gid) != 0)
                return QStringLiteral("cannot hand %1 to the user postgres").arg(m_dir);
        }
        QStringList ssl{QStringLiteral("-c"), QStringLiteral("ssl=off")};
        if (!certChainFile.isEmpty()) {
            // The server's copies: owned by the user that runs it, the key 0600 (postgres insists).
            const QString cert = m_dir + QStringLiteral("/server.crt");
            const QString key = m_dir + QStringLiteral("/server.key");
            QFile::remove(cert);
            QFile::remove(key);
            if (!QFile::copy(certChainFile, cert) || !QFile::copy(keyFile, key)
                || !QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner))
                return QStringLiteral("cannot copy the certificate and key into ") + m_dir;
            if (m_asRoot
                && (::chown(cert.toLocal8Bit().constData(), m_uid, m_gid) != 0 || ::chown(key.toLocal8Bit().constData(), m_uid, m_gid) != 0))
                return QStringLiteral("cannot hand the key to the user postgres");
            ssl = {QStringLiteral("-c"), QStringLiteral("ssl=on"), QStringLiteral("-c"), QStringLiteral("ssl_cert_file=") + cert,
                   QStringLiteral("-c"), QStringLiteral("ssl_key_file=") + key};
        }

        QProcess initdb;
        prepare(initdb);
        initdb.start(binDir() + QStringLiteral("/initdb"),
                     {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
                      QStringLiteral("trust"), QStringLiteral("--no-sync"), QStringLiteral("--no-locale"), QStringLiteral("-E"),
                      QStringLiteral("UTF8")});
        if (!initdb.waitForFinished(120000) || initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0)
            return QStringLiteral("initdb failed: ") + QString::fromUtf8(initdb.readAll());

        m_port = freePort();
        if (!m_port)
            return QStringLiteral("no free port on 127.0.0.1");
        prepare(m_postgres);
        m_postgres.setProgram(binDir() + QStringLiteral("/postgres"));
        m_postgres.setArguments(QStringList{QStringLiteral("-D"), data, QStringLiteral("-p"), QString::number(m_port),
                                            QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                                            QStringLiteral("-c"), QStringLiteral("unix_socket_directories=") + m_dir,
                                            QStringLiteral("-c"), QStringLiteral("fsync=off"),
                                            QStringLiteral("-c"), QStringLiteral("max_connections=100"),
                                            QStringLiteral("-c"), QStringLiteral("shared_buffers=16MB")}
                                + ssl + m_settings);
        m_postgres.start();
        if (!m_postgres.waitForStarted(10000))
            return QStringLiteral("postgres did not start: ") + m_postgres.errorString();
        if (!waitForTcp(m_port, 30000))
            return QStringLiteral("postgres does not accept connections on 127.0.0.1:%1:\n%2").arg(m_port).arg(log());
        // Listening is not ready: until its start-up is over the server answers "the database
        // system is starting up". pg_isready says 0 once it accepts sessions.
        QElapsedTimer ready;
        ready.start();
        for (;;) {
            QProcess isReady;
            isReady.start(binDir() + QStringLiteral("/pg_isready"),
                          {QStringLiteral("-q"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                           QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres")});
            if (isReady.waitForFinished(10000) && isReady.exitStatus() == QProcess::NormalExit && isReady.exitCode() == 0)
                break;
            if (ready.elapsed() > 30000)
                return QStringLiteral("postgres on 127.0.0.1:%1 did not become ready:\n%2").arg(m_port).arg(log());
            QThread::msleep(50);
        }
        return {};
    }

    void stop()
    {
        if (m_postgres.state() != QProcess::NotRunning) {
            m_postgres.terminate(); // SIGTERM: smart shutdown; SIGINT would be fast, both end quickly here
            if (!m_postgres.waitForFinished(15000)) {
                m_postgres.kill();
                m_postgres.waitForFinished(5000);
            }
        }
    }

    quint16 port() const { return m_port; }
    // More "-c name=value" settings, after (and over) the test defaults; before start().
    // The benchmarks use it for a durable server (fsync=on) with a realistic cache.
    void addSettings(const QStringList &nameValues)
    {
        for (const QString &s : nameValues)
            m_settings << QStringLiteral("-c") << s;
    }
    QString log()
    {
        m_log += m_postgres.readAll();
        return QString::fromUtf8(m_log);
    }

private:
    void prepare(QProcess &p) const
    {
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir);
        const bool asRoot = m_asRoot;
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        p.setChildProcessModifier([asRoot, uid, gid] {
            if (asRoot && (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
                ::_exit(127);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL); // after the change of user, which clears it
        });
    }

    QString m_dir;
    QProcess m_postgres;
    QByteArray m_log;
    QStringList m_settings;
    quint16 m_port = 0;
    bool m_asRoot = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace certdesk::test
