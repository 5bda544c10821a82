// Deployments (core/deploy): layouts checked with openssl and Java's keytool, atomic writing with
// backups and roll-back, the reload command, and the whole path against a real nginx on
// 127.0.0.1: deploy, reload, check; renew and the deployment runs again; a broken reload rolls
// back and nginx keeps serving the old certificate; "in use" refuses deletion. Also discovery's
// recording (new, stale, gone), saved scans and the file-system scan.

#include "ca/certificateauthority.h"
#include "testinventory.h"
#include "deploy/deployments.h"
#include "deploy/discovery.h"
#include "inventory/inventory.h"
#include "lifecycle/managedcertificates.h"
#include "nginxserver.h"
#include "testports.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace certdesk::core;
using certdesk::test::NginxServer;

namespace {

int modeOf(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The command line of argv for a deployment's reload command (single quotes: no shell ever sees it).
QString commandLine(const QStringList &argv)
{
    QStringList quoted;
    for (const QString &a : argv)
        quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
    return quoted.join(QLatin1Char(' '));
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Inventory> m_inv;
    std::unique_ptr<CertificateAuthorities> m_cas;
    std::unique_ptr<ManagedCertificates> m_managed;
    int m_dbCount = 0;
    QByteArray m_password = "deploy master password";

    MasterPasswordCallback password()
    {
        return [this](MasterPasswordPurpose) { return std::optional<QByteArray>(m_password); };
    }

    void fresh()
    {
        m_managed.reset();
        m_cas.reset();
        m_inv.reset();
        ++m_dbCount;
        auto inv = Inventory::open(certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("dep%1.db").arg(m_dbCount))), m_clock,
                                   QStringLiteral("dep%1").arg(m_dbCount));
        QVERIFY2(inv, inv ? "" : qPrintable(inv.error().message));
        m_inv = std::move(*inv);
        m_inv->keyStore().setScryptCost(1 << 10);
        m_cas = std::make_unique<CertificateAuthorities>(*m_inv, password());
        m_managed = std::make_unique<ManagedCertificates>(*m_cas, password());
        // A root and an issuing CA under it: deployed chains have an intermediate.
        CaConfig root;
        root.name = QStringLiteral("deploy-root");
        root.subject = QStringLiteral("CN=Deploy Test Root,O=Example");
        QVERIFY(m_cas->create(root));
        CaConfig issuing;
        issuing.name = QStringLiteral("deploy-issuing");
        issuing.kind = CaKind::Subordinate;
        issuing.parent = QStringLiteral("deploy-root");
        issuing.subject = QStringLiteral("CN=Deploy Test Issuing CA,O=Example");
        issuing.validity = Validity{Validity::Unit::Years, 5, {}};
        auto sub = m_cas->create(issuing);
        QVERIFY2(sub, sub ? "" : qPrintable(sub.error().message));
    }

    // A managed certificate from the issuing CA: its id, its certificate's id.
    std::pair<qint64, qint64> issue(const QString &domain)
    {
        RequestSpec s;
        s.domainName = domain;
        s.keyAlgorithm = QStringLiteral("EC_prime256v1");
        s.issuer = QStringLiteral("deploy-issuing");
        s.validity = Validity::days(30);
        auto m = m_managed->request(s);
        if (!m || !m->certificateId)
            qFatal("request: %s", m ? "no certificate" : qPrintable(m.error().message));
        return {m->id, *m->certificateId};
    }

    QString sha256Of(qint64 certId)
    {
        auto c = m_inv->certificate(certId);
        return c ? c->sha256Hex() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fresh();
    }

    void layouts_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QByteArray>("filePassword");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("nginx: fullchain + plain key") << QStringLiteral("nginx") << QByteArray()
                                                       << QStringList{QStringLiteral("fullchain.pem"), QStringLiteral("privkey.pem")};
        QTest::newRow("apache: cert, chain, key") << QStringLiteral("apache") << QByteArray()
                                                  << QStringList{QStringLiteral("cert.pem"), QStringLiteral("chain.pem"),
                                                                 QStringLiteral("privkey.pem")};
        QTest::newRow("haproxy: one combined file") << QStringLiteral("haproxy") << QByteArray()
                                                    << QStringList{QStringLiteral("haproxy.pem")};
        QTest::newRow("PEM bundle, key encrypted") << QStringLiteral("pem-bundle") << QByteArray("bundle pass")
                                                   << QStringList{QStringLiteral("certificate.pem"), QStringLiteral("chain.pem"),
                                                                  QStringLiteral("private_key.pem")};
        QTest::newRow("PKCS#12 modern") << QStringLiteral("pkcs12") << QByteArray("p12 pass")
                                        << QStringList{QStringLiteral("certificate.p12")};
        QTest::newRow("PKCS#12 legacy") << QStringLiteral("pkcs12-legacy") << QByteArray("p12 pass")
                                        << QStringList{QStringLiteral("certificate.p12")};
        QTest::newRow("PKCS#12 for Java") << QStringLiteral("pkcs12-java") << QByteArray("java pass")
                                          << QStringList{QStringLiteral("keystore.p12")};
    }

    // Every layout, written by a deployment run, read back by the tools that use it.
    void layouts()
    {
        QFETCH(QString, layout);
        QFETCH(QByteArray, filePassword);
        QFETCH(QStringList, files);
        const auto [mcId, certId] = issue(QStringLiteral("%1.layouts.test").arg(layout));
        Q_UNUSED(mcId);
        const QString target = m_dir.filePath(QStringLiteral("layout-") + layout);
        Deployments deployments(*m_inv, password());
        DeploymentSpec spec;
        spec.certificateId = certId;
        spec.targetDir = target;
        spec.layout = *deployLayoutFromName(layout);
        spec.password = filePassword;
        spec.alias = QStringLiteral("tomcat");
        auto d = deployments.add(spec);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        auto run = deployments.run(d->id);
        QVERIFY2(run && run->ok, run ? qPrintable(run->error) : qPrintable(run.error().message));
        QStringList written;
        for (const QString &f : run->files)
            written << QFileInfo(f).fileName();
        QCOMPARE(written, files);
        const QList<DeployFileInfo> preview = Deployments::preview(spec.layout);
        QCOMPARE(preview.size(), files.size());
        for (const DeployFileInfo &info : preview) {
            const QString path = QDir(target).filePath(info.name);
            QVERIFY(QFileInfo::exists(path));
            QCOMPARE(modeOf(path), info.secret ? 0600 : 0644);
        }
        const QString leafSha = sha256Of(certId);
        QByteArray out;
        const QString p = QStringLiteral("pass:") + QString::fromUtf8(filePassword);
        if (layout == QLatin1String("nginx") || layout == QLatin1String("haproxy")) {
            const QString pemFile = QDir(target).filePath(layout == QLatin1String("nginx") ? QStringLiteral("fullchain.pem")
                                                                                              : QStringLiteral("haproxy.pem"));
            // Leaf then the intermediate, without the root; the key matches the leaf.
            QCOMPARE(readFile(pemFile).count("BEGIN CERTIFICATE"), 2);
            QCOMPARE(certdesk::test::openssl({QStringLiteral("x509"), QStringLiteral("-in"), pemFile, QStringLiteral("-noout"),
                                              QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                                             &out),
                     0);
            QVERIFY2(QString::fromLatin1(out).remove(QLatin1Char(':')).toLower().contains(leafSha), out.constData());
            const QString keyFile = layout == QLatin1String("nginx") ? QDir(target).filePath(QStringLiteral("privkey.pem")) : pemFile;
            QByteArray keyPub, certPub;
            QCOMPARE(certdesk::test::openssl({QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-pubout")}, &keyPub), 0);
            QCOMPARE(certdesk::test::openssl({QStringLiteral("x509"), QStringLiteral("-in"), pemFile, QStringLiteral("-noout"),
                                              QStringLiteral("-pubkey")},
                                             &certPub),
                     0);
            QCOMPARE(keyPub, certPub);
        } else if (layout == QLatin1String("apache") || layout == QLatin1String("pem-bundle")) {
            const QString dir = target + QLatin1Char('/');
            const bool apache = layout == QLatin1String("apache");
            const QString cert = dir + (apache ? QStringLiteral("cert.pem") : QStringLiteral("certificate.pem"));
            const QString chain = dir + QStringLiteral("chain.pem");
            const QString key = dir + (apache ? QStringLiteral("privkey.pem") : QStringLiteral("private_key.pem"));
            // openssl verify: leaf with the chain file as untrusted intermediates, the CA's root as trust anchor.
            auto chainIds = m_inv->issuerChain(certId);
            QVERIFY(chainIds && chainIds->size() == 2);
            const QString rootFile = m_dir.filePath(QStringLiteral("root-%1.pem").arg(layout));
            QVERIFY(writeFile(rootFile, chainIds->last().toPem()));
            QCOMPARE(certdesk::test::openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), rootFile,
                                              QStringLiteral("-untrusted"), chain, cert},
                                             &out),
                     0);
            QStringList keyArgs{QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-noout")};
            if (!filePassword.isEmpty()) {
                QVERIFY(readFile(key).contains("BEGIN ENCRYPTED PRIVATE KEY"));
                keyArgs << QStringLiteral("-passin") << p;
            } else {
                QVERIFY(readFile(key).contains("BEGIN PRIVATE KEY"));
            }
            QCOMPARE(certdesk::test::openssl(keyArgs, &out), 0);
        } else if (layout == QLatin1String("pkcs12-java")) {
            // Java's own tool reads it: one PrivateKeyEntry under the alias, chain of 2.
            QProcess keytool;
            keytool.setProcessChannelMode(QProcess::MergedChannels);
            keytool.start(QStringLiteral("keytool"), {QStringLiteral("-list"), QStringLiteral("-v"), QStringLiteral("-keystore"),
                                                      QDir(target).filePath(QStringLiteral("keystore.p12")),
                                                      QStringLiteral("-storetype"), QStringLiteral("PKCS12"),
                                                      QStringLiteral("-storepass"), QString::fromUtf8(filePassword)});
            QVERIFY2(keytool.waitForStarted(), "keytool (Debian package openjdk-17-jre-headless) did not start");
            QVERIFY(keytool.waitForFinished(60000));
            const QByteArray text = keytool.readAll();
            QVERIFY2(keytool.exitCode() == 0, text.constData());
            QVERIFY2(text.contains("Alias name: tomcat"), text.constData());
            QVERIFY2(text.contains("PrivateKeyEntry"), text.constData());
            QVERIFY2(text.contains("Certificate chain length: 2"), text.constData());
        } else {
            const QString file = QDir(target).filePath(QStringLiteral("certificate.p12"));
            QStringList args{QStringLiteral("pkcs12"), QStringLiteral("-in"), file, QStringLiteral("-passin"), p,
                             QStringLiteral("-nodes"), QStringLiteral("-info")};
            QCOMPARE(certdesk::test::openssl(args, &out), 0);
            QVERIFY(out.contains(layout == QLatin1String("pkcs12-legacy") ? QByteArray("pbeWithSHA1And3-KeyTripleDES-CBC")
                                                                          : QByteArray("AES-256-CBC")));
            QCOMPARE(out.count("BEGIN CERTIFICATE"), 2);
            QVERIFY(out.contains("BEGIN PRIVATE KEY"));
        }
    }

    void badSpecs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QByteArray>("filePassword");
        QTest::addColumn<QString>("reload");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("relative target") << QStringLiteral("relative/dir") << QStringLiteral("nginx") << QByteArray() << QString()
                                         << QString() << 0600 << QStringLiteral("absolute path");
        QTest::newRow("PKCS#12 without password") << QStringLiteral("/tmp/x") << QStringLiteral("pkcs12") << QByteArray()
                                                  << QString() << QString() << 0600 << QStringLiteral("needs a password");
        QTest::newRow("nginx with a password") << QStringLiteral("/tmp/x") << QStringLiteral("nginx") << QByteArray("x")
                                               << QString() << QString() << 0600 << QStringLiteral("takes no password");
        QTest::newRow("unbalanced quote") << QStringLiteral("/tmp/x") << QStringLiteral("nginx") << QByteArray()
                                          << QStringLiteral("nginx -s 'reload") << QString() << 0600 << QStringLiteral("unclosed");
        QTest::newRow("key readable by all") << QStringLiteral("/tmp/x") << QStringLiteral("nginx") << QByteArray() << QString()
                                             << QString() << 0644 << QStringLiteral("every user");
        QTest::newRow("endpoint without port") << QStringLiteral("/tmp/x") << QStringLiteral("nginx") << QByteArray() << QString()
                                               << QStringLiteral("example.test") << 0600 << QStringLiteral("needs a port");
    }

    // Bad input is refused with a specific reason and stores nothing.
    void badSpecs()
    {
        QFETCH(QString, target);
        QFETCH(QString, layout);
        QFETCH(QByteArray, filePassword);
        QFETCH(QString, reload);
        QFETCH(QString, endpoint);
        QFETCH(int, mode);
        QFETCH(QString, message);
        const auto [mcId, certId] = issue(QStringLiteral("bad.specs.test"));
        Q_UNUSED(mcId);
        Deployments deployments(*m_inv, password());
        const qint64 before = deployments.count().value_or(-1);
        DeploymentSpec spec;
        spec.certificateId = certId;
        spec.targetDir = target;
        spec.layout = *deployLayoutFromName(layout);
        spec.password = filePassword;
        spec.reloadCommand = reload;
        spec.endpointHost = endpoint;
        spec.keyPermissions.mode = mode;
        auto d = deployments.add(spec);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::InvalidInput);
        QVERIFY2(d.error().message.contains(message), qPrintable(d.error().message));
        QCOMPARE(deployments.count().value_or(-1), before);
    }

    void splitCommandLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("words") << QStringLiteral("nginx -s reload") << QStringList{QStringLiteral("nginx"), QStringLiteral("-s"), QStringLiteral("reload")};
        QTest::newRow("single quotes keep spaces") << QStringLiteral("systemctl reload 'my service'")
                                                   << QStringList{QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("my service")};
        QTest::newRow("double quotes and escapes") << QStringLiteral("sh -c \"echo \\\"hi\\\"\"")
                                                   << QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo \"hi\"")};
        QTest::newRow("no shell expansion") << QStringLiteral("echo $HOME *; rm")
                                            << QStringList{QStringLiteral("echo"), QStringLiteral("$HOME"), QStringLiteral("*;"), QStringLiteral("rm")};
        QTest::newRow("empty quoted word") << QStringLiteral("prog ''") << QStringList{QStringLiteral("prog"), QString()};
    }

    void splitCommandLine()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, argv);
        auto r = certdesk::core::splitCommandLine(line);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, argv);
        QVERIFY(!certdesk::core::splitCommandLine(QStringLiteral("   ")));
        QVERIFY(!certdesk::core::splitCommandLine(QStringLiteral("a \"b")));
    }

    // The reload command: output captured, exit status, time limit, a program that is not there.
    void runCommand()
    {
        CommandResult ok = certdesk::core::runCommand({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")}, 5000);
        QVERIFY(ok.started);
        QCOMPARE(ok.exitCode, 3);
        QVERIFY(ok.output.contains(QLatin1String("out")) && ok.output.contains(QLatin1String("err")));
        QVERIFY(!ok.ok());
        QElapsedTimer t;
        t.start();
        CommandResult slow = certdesk::core::runCommand({QStringLiteral("sleep"), QStringLiteral("30")}, 300);
        QVERIFY(slow.timedOut);
        QVERIFY2(t.elapsed() < 5000, "the time limit did not stop the command");
        QVERIFY(slow.describe().contains(QLatin1String("timed out")));
        CommandResult missing = certdesk::core::runCommand({QStringLiteral("/nonexistent/reload")}, 1000);
        QVERIFY(!missing.started);
        QVERIFY(missing.describe().contains(QLatin1String("could not start")));
    }

    // Writing: atomic, previous files kept, roll-back restores them and removes new ones.
    void writerRollBack()
    {
        const QString dir = m_dir.filePath(QStringLiteral("writer"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeFile(dir + QStringLiteral("/a.pem"), "old a"));
        DeployWriter writer(dir);
        auto w = writer.write({{QStringLiteral("a.pem"), "new a", false}, {QStringLiteral("b.key"), "new b", true}},
                              KeyFilePermissions{{}, {}, 0640});
        QVERIFY2(w, w ? "" : qPrintable(w.error().message));
        QCOMPARE(readFile(dir + QStringLiteral("/a.pem")), QByteArray("new a"));
        QCOMPARE(readFile(dir + QStringLiteral("/a.pem.certdesk-previous")), QByteArray("old a"));
        QCOMPARE(modeOf(dir + QStringLiteral("/b.key")), 0640);
        QVERIFY(writer.rollBack());
        QCOMPARE(readFile(dir + QStringLiteral("/a.pem")), QByteArray("old a"));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/b.key")));
        // A key file made read-only (0400) is still replaced: only the folder must be writable.
        {
            DeployWriter ro(dir);
            QVERIFY(ro.write({{QStringLiteral("ro.key"), "first", true}}, KeyFilePermissions{{}, {}, 0400}));
            ro.commit();
            DeployWriter again(dir);
            auto w2 = again.write({{QStringLiteral("ro.key"), "second", true}}, KeyFilePermissions{{}, {}, 0400});
            QVERIFY2(w2, w2 ? "" : qPrintable(w2.error().message));
            again.commit();
            QCOMPARE(readFile(dir + QStringLiteral("/ro.key")), QByteArray("second"));
            QCOMPARE(readFile(dir + QStringLiteral("/ro.key.certdesk-previous")), QByteArray("first"));
            QCOMPARE(modeOf(dir + QStringLiteral("/ro.key.certdesk-previous")), 0400);
        }
        // A symbolic link where a file goes is refused; what it points at is untouched.
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("elsewhere")), "do not overwrite"));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("elsewhere")), dir + QStringLiteral("/link.key")));
        DeployWriter linked(dir);
        auto l = linked.write({{QStringLiteral("link.key"), "secret", true}}, {});
        QVERIFY(!l);
        QVERIFY2(l.error().message.contains(QLatin1String("symbolic link")), qPrintable(l.error().message));
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("elsewhere"))), QByteArray("do not overwrite"));
        // No temporary files are left behind.
        QCOMPARE(QDir(dir).entryList({QStringLiteral(".*.??????")}, QDir::Files | QDir::Hidden).size(), 0);
        // A folder that cannot be made: the error names it, nothing is written.
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("plainfile")), "x"));
        DeployWriter bad(m_dir.filePath(QStringLiteral("plainfile/sub")));
        auto b = bad.write({{QStringLiteral("a.pem"), "x", false}}, {});
        QVERIFY(!b);
        QVERIFY2(b.error().message.contains(QLatin1String("plainfile/sub")), qPrintable(b.error().message));
        // An owner that does not exist: refused before anything is written.
        DeployWriter unknown(dir);
        auto u = unknown.write({{QStringLiteral("c.key"), "x", true}}, KeyFilePermissions{QStringLiteral("no-such-user-here"), {}, 0600});
        QVERIFY(!u);
        QVERIFY(u.error().message.contains(QLatin1String("no user")));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/c.key")));
    }

    // The whole path against a real nginx.
    void nginxDeployRenewRollBack()
    {
        fresh();
        const auto [mcId, firstCert] = issue(QStringLiteral("shop.deploy.test"));
        const QString site = m_dir.filePath(QStringLiteral("nginx-site"));
        QVERIFY(QDir().mkpath(site));
        // Something for nginx to start with (what the administrator had before certdesk).
        QByteArray out;
        QCOMPARE(certdesk::test::openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                          QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                          QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=placeholder"),
                                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"),
                                          site + QStringLiteral("/privkey.pem"), QStringLiteral("-out"),
                                          site + QStringLiteral("/fullchain.pem")},
                                         &out),
                 0);
        const quint16 port = certdesk::test::freePort();
        NginxServer nginx(m_dir.filePath(QStringLiteral("nginx")));
        const QList<NginxServer::Site> sites{{port, true, site + QStringLiteral("/fullchain.pem"), site + QStringLiteral("/privkey.pem"),
                                              QStringLiteral("shop.deploy.test")}};
        QString why;
        QVERIFY2(nginx.start(sites, &why), qPrintable(why));

        Deployments deployments(*m_inv, password());
        DeploymentSpec spec;
        spec.certificateId = firstCert;
        spec.targetDir = site;
        spec.layout = DeployLayout::Nginx;
        spec.reloadCommand = commandLine(nginx.reloadCommand());
        spec.endpointHost = QStringLiteral("127.0.0.1");
        spec.endpointPort = port;
        spec.endpointSni = QStringLiteral("shop.deploy.test");
        auto d = deployments.add(spec);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QCOMPARE(d->managedId.value_or(0), mcId);
        QCOMPARE(d->state, DeploymentState::New);

        // Deploy: files written (the placeholder kept as the previous file), nginx reloaded, endpoint current.
        auto run = deployments.run(d->id);
        QVERIFY2(run && run->ok, run ? qPrintable(run->error) : qPrintable(run.error().message));
        QVERIFY(run->check);
        QCOMPARE(run->check->state, EndpointState::Current);
        QVERIFY2(run->check->chainProblems.isEmpty(), qPrintable(run->check->chainProblems.join(QLatin1Char('\n'))));
        QCOMPARE(run->check->leafSha256, sha256Of(firstCert));
        QCOMPARE(run->check->chainLength, 2);
        QVERIFY(!run->check->tlsVersion.isEmpty());
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/privkey.pem.certdesk-previous")));
        QCOMPARE(modeOf(site + QStringLiteral("/privkey.pem")), 0600);

        // In use: the deployment and the endpoint; deleting the certificate is refused.
        auto used = deployments.inUse(firstCert);
        QVERIFY(used);
        QCOMPARE(used->deployments.size(), 1);
        QCOMPARE(used->endpoints.size(), 1);
        auto extras = m_inv->summaryExtras({firstCert});
        QVERIFY(extras);
        QCOMPARE(extras->value(firstCert).deployments, 1);
        QCOMPARE(extras->value(firstCert).endpoints, 1);
        auto refused = m_inv->remove(firstCert);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("dep-%1").arg(d->id)), qPrintable(refused.error().message));
        QVERIFY(m_inv->record(firstCert));

        // Renew: the renewal engine runs the deployment again; nginx serves the new certificate.
        auto renewed = m_managed->renew(mcId);
        QVERIFY2(renewed && renewed->result == QLatin1String("RENEWED"), renewed ? qPrintable(renewed->detail) : qPrintable(renewed.error().message));
        QVERIFY(renewed->certificateId);
        const qint64 secondCert = *renewed->certificateId;
        QCOMPARE(renewed->deployments.size(), 1);
        QVERIFY2(!renewed->deploymentsFailed, qPrintable(renewed->deployments.join(QLatin1Char('\n'))));
        QVERIFY2(renewed->deployments.first().contains(QLatin1String("CURRENT")), qPrintable(renewed->deployments.first()));
        ProbeTarget target{QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"), port, QStringLiteral("shop.deploy.test"), StartTls::None};
        // nginx's old workers may take one more connection after the new ones serve: a moment later
        // every connection gets the new certificate.
        auto servedSha = [&target] {
            const ProbeResult r = probeEndpoint(target, 5000);
            return r.served() ? r.chain.first().sha256Hex() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(servedSha(), sha256Of(secondCert), 30000);
        ProbeResult served;
        auto after = deployments.get(d->id);
        QVERIFY(after);
        QCOMPARE(after->certificateId, secondCert);
        QCOMPARE(after->deployedCertificateId.value_or(0), secondCert);
        // The renewed-away certificate is no longer in use: it may go.
        QVERIFY(deployments.inUse(firstCert)->deployments.isEmpty());

        // Break the reload (nginx's config now names a missing file): the next renewal's deployment
        // fails, its files are rolled back, and nginx still serves the certificate before it.
        QList<NginxServer::Site> broken = sites;
        broken << NginxServer::Site{certdesk::test::freePort(), true, m_dir.filePath(QStringLiteral("missing.pem")),
                                    m_dir.filePath(QStringLiteral("missing.key")), QStringLiteral("broken.test")};
        QVERIFY2(nginx.writeConfig(broken, &why), qPrintable(why));
        const QByteArray filesBefore = readFile(site + QStringLiteral("/fullchain.pem"));
        auto third = m_managed->renew(mcId);
        QVERIFY2(third && third->result == QLatin1String("RENEWED"), third ? qPrintable(third->detail) : qPrintable(third.error().message));
        QVERIFY(third->deploymentsFailed);
        QVERIFY2(third->deployments.first().contains(QLatin1String("FAILED")), qPrintable(third->deployments.first()));
        auto failed = deployments.get(d->id);
        QVERIFY(failed);
        QCOMPARE(failed->state, DeploymentState::Failed);
        QVERIFY2(failed->lastError.contains(QLatin1String("reload command failed"))
                     && failed->lastError.contains(QLatin1String("previous files were put back")),
                 qPrintable(failed->lastError));
        QVERIFY2(failed->lastError.contains(QLatin1String("emerg")), qPrintable(failed->lastError)); // nginx's own words
        QVERIFY(failed->outOfDate());
        QCOMPARE(readFile(site + QStringLiteral("/fullchain.pem")), filesBefore);
        served = probeEndpoint(target, 5000);
        QVERIFY(served.served());
        QCOMPARE(served.chain.first().sha256Hex(), sha256Of(secondCert));
        // A scan sees it too: the endpoint serves an older certificate of the managed certificate.
        Discovery discovery(*m_inv);
        auto stale = discovery.record({served});
        QVERIFY(stale);
        QCOMPARE(stale->endpoints.size(), 1);
        QCOMPARE(stale->endpoints.first().state, EndpointState::Stale);
        QCOMPARE(countEndpointProblems(m_inv->database()).value_or(-1), 1);
        auto problems = deployments.list(DeploymentFilter{{}, true});
        QVERIFY(problems && problems->size() == 1);
        // The deployment's own check says the same: nginx serves what was last deployed, but the
        // current certificate is the newest one.
        auto check = deployments.check(d->id);
        QVERIFY(check);
        QCOMPARE(check->state, EndpointState::Stale);
        QVERIFY2(check->detail.contains(QStringLiteral("instead of #%1").arg(*third->certificateId)), qPrintable(check->detail));
        // Both the newest certificate (to be written) and the one still served are in use.
        QVERIFY(!m_inv->remove(*third->certificateId));
        QVERIFY(!m_inv->remove(secondCert));

        // Fixed: running it again deploys the newest certificate.
        QVERIFY2(nginx.writeConfig(sites, &why), qPrintable(why));
        // Nothing is due, but the renewal engine's next pass (an hour after the failure at the
        // earliest) runs the deployment that is behind again.
        auto tooSoon = m_managed->renewDue();
        QVERIFY(tooSoon && tooSoon->isEmpty());
        m_clock.set(m_clock.now().addSecs(3601));
        auto pass = m_managed->renewDue();
        QVERIFY2(pass, pass ? "" : qPrintable(pass.error().message));
        QCOMPARE(pass->size(), 1);
        QCOMPARE(pass->first().result, QStringLiteral("REDEPLOYED"));
        QVERIFY2(!pass->first().deploymentsFailed, qPrintable(pass->first().deployments.join(QLatin1Char('\n'))));
        auto again = deployments.get(d->id);
        QVERIFY(again);
        QCOMPARE(again->state, DeploymentState::Deployed);
        QVERIFY(again->endpoint);
        QCOMPARE(again->endpoint->state, EndpointState::Current);
        QCOMPARE(again->endpoint->leafSha256, sha256Of(*third->certificateId));
        QVERIFY(m_managed->renewDue()->isEmpty()); // up to date: nothing more to do
        QCOMPARE(countEndpointProblems(m_inv->database()).value_or(-1), 0);

        // Deleting the current certificate waits for the deployment to be removed.
        QVERIFY(!m_inv->remove(*third->certificateId));
        QVERIFY(deployments.remove(d->id));
        QVERIFY2(m_inv->remove(*third->certificateId), "deletion is allowed once the deployment is gone");
        nginx.stop();
    }

    // Discovery's record: new endpoints and certificates, last seen, gone; saved scans.
    void discoveryRecord()
    {
        fresh();
        const auto [mcId, certId] = issue(QStringLiteral("found.deploy.test"));
        Q_UNUSED(mcId);
        // Serve a certificate that is NOT in this inventory, plus the managed one.
        QTemporaryDir other;
        const QString site = m_dir.filePath(QStringLiteral("discovery-site"));
        QVERIFY(QDir().mkpath(site));
        QByteArray out;
        QCOMPARE(certdesk::test::openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                          QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                          QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=stranger.test"),
                                          QStringLiteral("-days"), QStringLiteral("20"), QStringLiteral("-keyout"),
                                          site + QStringLiteral("/stranger.key"), QStringLiteral("-out"),
                                          site + QStringLiteral("/stranger.pem")},
                                         &out),
                 0);
        Deployments deployments(*m_inv, password());
        DeploymentSpec spec;
        spec.certificateId = certId;
        spec.targetDir = site + QStringLiteral("/managed");
        auto d = deployments.add(spec);
        QVERIFY(d);
        QVERIFY(deployments.run(d->id)->ok);
        const QList<quint16> ports = NginxServer::freePorts(3);
        QCOMPARE(ports.size(), 3);
        NginxServer nginx(m_dir.filePath(QStringLiteral("nginx-discovery")));
        QList<NginxServer::Site> sites{{ports[0], true, site + QStringLiteral("/stranger.pem"), site + QStringLiteral("/stranger.key"), {}},
                                       {ports[1], true, site + QStringLiteral("/managed/fullchain.pem"),
                                        site + QStringLiteral("/managed/privkey.pem"), {}}};
        QString why;
        QVERIFY2(nginx.start(sites, &why), qPrintable(why));
        ScanSpec scan;
        scan.targets = {QStringLiteral("127.0.0.1")};
        scan.ports = {ports[0], ports[1], ports[2]}; // the third: closed
        scan.timeoutMs = 3000;
        Discovery discovery(*m_inv);
        const qint64 certsBefore = m_inv->count().value_or(-1);
        auto saved = discovery.saveScan(QStringLiteral("loopback"), scan);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY(!discovery.saveScan(QStringLiteral("loopback"), scan)); // names are unique
        ScanSpec bad = scan;
        bad.targets = {QStringLiteral("not a host!")};
        auto refused = discovery.saveScan(QStringLiteral("bad"), bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("not a host name")), qPrintable(refused.error().message));
        bad.targets = {QStringLiteral("10.0.0.0/33")};
        QVERIFY(!discovery.saveScan(QStringLiteral("bad"), bad));
        QCOMPARE(discovery.dueScans()->size(), 1);                      // a new scheduled scan is due at once
        auto first = discovery.runSavedScan(saved->id);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->probed, 3);
        QCOMPARE(first->serving, 2);
        QCOMPARE(first->newEndpoints, 2);
        QCOMPARE(first->newCertificates, 1); // the stranger; the managed one was already there
        QCOMPARE(m_inv->count().value_or(-1), certsBefore + 1);
        QCOMPARE(first->endpoints.size(), 2);
        QCOMPARE(first->endpoints[0].state, EndpointState::Current); // now in the inventory
        QVERIFY(first->endpoints[0].certificateId);
        QCOMPARE(first->endpoints[1].state, EndpointState::Current);
        QCOMPARE(first->endpoints[1].certificateId.value_or(0), certId);
        QVERIFY(discovery.dueScans()->isEmpty()); // next run tomorrow
        auto savedAfter = discovery.savedScan(QStringLiteral("loopback"));
        QVERIFY(savedAfter->nextRunAt > m_clock.now().addSecs(23 * 3600));
        QVERIFY(savedAfter->lastSummary.contains(QLatin1String("2 serving TLS")));
        // The certificate found is in use by the endpoint.
        auto extras = m_inv->summaryExtras({*first->endpoints[0].certificateId});
        QCOMPARE(extras->value(*first->endpoints[0].certificateId).endpoints, 1);

        // A day later the stranger's port is closed: the endpoint is gone, the other one seen again.
        m_clock.set(m_clock.now().addDays(1));
        QVERIFY2(nginx.writeConfig({sites[1]}, &why), qPrintable(why));
        QVERIFY2(nginx.reload(&why), qPrintable(why));
        // The old workers let go of the port a moment after the new ones serve.
        auto accepts = [](quint16 port) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(1000);
        };
        QTRY_VERIFY_WITH_TIMEOUT(!accepts(ports[0]), 10000);
        QCOMPARE(discovery.dueScans()->size(), 1);
        auto second = discovery.runSavedScan(saved->id);
        QVERIFY(second);
        QVERIFY2(second->gone == 1, qPrintable(second->describe() + QLatin1Char('\n') + [&] {
                     QStringList s;
                     for (const EndpointRecord &e : second->endpoints)
                         s << e.label() + QLatin1Char(' ') + e.state + QLatin1Char(' ') + e.detail;
                     return s.join(QLatin1Char('\n'));
                 }()));
        QCOMPARE(second->newEndpoints, 0);
        QCOMPARE(second->serving, 1);
        EndpointFilter all;
        all.includeGone = true;
        auto endpoints = discovery.endpoints(all);
        QVERIFY(endpoints && endpoints->size() == 2);
        int gone = 0;
        for (const EndpointRecord &e : *endpoints) {
            if (e.goneAt.isValid()) {
                ++gone;
                QCOMPARE(e.state, EndpointState::Gone);
                QVERIFY(e.lastSeen < e.goneAt);
                QVERIFY2(!e.leafSha256.isEmpty() && e.certificateId, "a gone endpoint keeps what it served");
            } else {
                QCOMPARE(e.lastSeen.toSecsSinceEpoch(), m_clock.now().toSecsSinceEpoch());
                QVERIFY(e.firstSeen < e.lastSeen);
            }
        }
        QCOMPARE(gone, 1);
        QCOMPARE(discovery.countEndpoints().value_or(-1), 1);
        QVERIFY(discovery.removeScan(saved->id));
        nginx.stop();
    }

    // File-system discovery: certificates imported with their paths, keys matched but not imported.
    void scanFiles()
    {
        fresh();
        const QString dir = m_dir.filePath(QStringLiteral("etc-ssl"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/private")));
        QByteArray out;
        QCOMPARE(certdesk::test::openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                                          QStringLiteral("/CN=files.test"), QStringLiteral("-days"), QStringLiteral("30"),
                                          QStringLiteral("-keyout"), dir + QStringLiteral("/private/files.key"),
                                          QStringLiteral("-out"), dir + QStringLiteral("/files.crt")},
                                         &out),
                 0);
        QVERIFY(writeFile(dir + QStringLiteral("/readme.txt"), "not a certificate"));
        QVERIFY(writeFile(dir + QStringLiteral("/broken.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n"));
        Discovery discovery(*m_inv);
        const qint64 keysBefore = certdesk::test::scalar(m_inv->database().db(), QStringLiteral("SELECT count(*) FROM private_keys"));
        auto r = discovery.scanFiles({dir, m_dir.filePath(QStringLiteral("no-such-folder"))});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->certificates, 1);
        QCOMPARE(r->newCertificates, 1);
        QCOMPARE(r->keysMatched, 1);
        QCOMPARE(r->locations, 1);
        QVERIFY(r->files >= 3);
        bool folderError = false;
        for (const Error &e : r->errors)
            folderError = folderError || e.message.contains(QLatin1String("no-such-folder"));
        QVERIFY(folderError);
        // Keys stay on disk: nothing was added to the key store.
        QCOMPARE(certdesk::test::scalar(m_inv->database().db(), QStringLiteral("SELECT count(*) FROM private_keys")), keysBefore);
        auto id = m_inv->resolve(QString::number(certdesk::test::scalar(m_inv->database().db(),
                                                                          QStringLiteral("SELECT max(id) FROM certificates"))));
        QVERIFY(id);
        Deployments deployments(*m_inv, password());
        auto used = deployments.inUse(*id);
        QVERIFY(used && used->files.size() == 1);
        QVERIFY2(used->files.first().contains(QLatin1String("files.crt")) && used->files.first().contains(QLatin1String("files.key")),
                 qPrintable(used->files.first()));
        // Again: nothing new, the location is not duplicated.
        auto again = discovery.scanFiles({dir});
        QVERIFY(again);
        QCOMPARE(again->newCertificates, 0);
        QCOMPARE(certdesk::test::scalar(m_inv->database().db(), QStringLiteral("SELECT count(*) FROM file_locations")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
