// End-to-end tests of certdesk-cli through QProcess: exit codes, --json parsed back,
// file modes, and what we export checked with the openssl command.

#include "nginxserver.h"
#include "testinventory.h"
#include "pebbleserver.h"
#include "testcertificates.h"
#include "testutil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

using namespace certdesk::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

const QString kAt = QStringLiteral("--at=2026-06-01T00:00:00Z");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run run(const QStringList &args, const QByteArray &stdinData = {}, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CERTDESK_CLI), args);
        if (!p.waitForStarted())
            qFatal("cannot start certdesk-cli");
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("certdesk-cli hung: %s", qPrintable(args.join(QLatin1Char(' '))));
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    Run cli(QStringList args)
    {
        // After "db info", "team add": the option belongs to the subcommand.
        const bool grouped = args.value(0) == QLatin1String("db") || args.value(0) == QLatin1String("team");
        args.insert(grouped ? 2 : 1, QStringLiteral("--db=") + m_db);
        return run(args);
    }

    static int openssl(const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        p.waitForFinished(60000);
        if (output)
            *output = p.readAll();
        return p.exitCode();
    }

    qint64 idOf(const QString &name)
    {
        const Run r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--search=") + name});
        for (const QJsonValue &v : r.json().array()) {
            if (v[QStringLiteral("DomainName")].toString() == name)
                return v[QStringLiteral("Id")].toInteger();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("inventory.db")));
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--password-source=pass:master"),
                           QStringLiteral("--pkcs12-password-source=pass:test-p12-pass"), dataPath(QStringLiteral("root-ca.pem")),
                           dataPath(QStringLiteral("intermediate-ca.pem")), dataPath(QStringLiteral("leaf-rsa.p12")),
                           dataPath(QStringLiteral("leaf-ec.pem")), dataPath(QStringLiteral("leaf-expired.pem")),
                           dataPath(QStringLiteral("keys/leaf-ec256.key")), dataPath(QStringLiteral("intermediate.crl")),
                           dataPath(QStringLiteral("leaf-revoked.pem"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o[QStringLiteral("imported")].toInt(), 6);
        QCOMPARE(o[QStringLiteral("duplicates")].toInt(), 2); // root and intermediate again from the .p12
        QCOMPARE(o[QStringLiteral("keysImported")].toInt(), 2);
        QCOMPARE(o[QStringLiteral("keysAttached")].toInt(), 2);
        QCOMPARE(o[QStringLiteral("crls")].toInt(), 1);
        QCOMPARE(o[QStringLiteral("failed")].toInt(), 0);
        QCOMPARE(o[QStringLiteral("importedIds")].toArray().size(), 6);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << "Usage: certdesk-cli";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")} << 2 << "Unknown option";
        QTest::newRow("bad status") << QStringList{QStringLiteral("list"), QStringLiteral("--status=SHINY")} << 2 << "unknown status";
        QTest::newRow("bad sort") << QStringList{QStringLiteral("list"), QStringLiteral("--sort=color")} << 2 << "cannot sort by";
        QTest::newRow("bad ref") << QStringList{QStringLiteral("describe"), QStringLiteral("999")} << 2 << "no certificate with id 999";
        QTest::newRow("bad format") << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format=zip"), QStringLiteral("--out=x")}
                                    << 2 << "unknown format";
        QTest::newRow("bad password source") << QStringList{QStringLiteral("import"), QStringLiteral("--pkcs12-password-source=hello"), QStringLiteral("x")}
                                             << 2 << "must start with pass:, env:, file: or fd:";
        QTest::newRow("import nothing") << QStringList{QStringLiteral("import")} << 2 << "give at least one file";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = args.isEmpty() ? run({}) : cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void helpOnEveryCommand()
    {
        for (const char *command : {"import", "list", "describe", "export", "delete", "tag", "untag", "events", "verify"}) {
            const Run r = run({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("Usage:"), command);
        }
        QCOMPARE(run({QStringLiteral("--help")}).exitCode, 0);
    }

    void listJsonAndFilters()
    {
        Run r = cli({QStringLiteral("list"), QStringLiteral("--json"), kAt});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = r.json().array();
        QCOMPARE(all.size(), 6);
        for (const QJsonValue &v : all) {
            QVERIFY(v[QStringLiteral("FingerprintSha256")].toString().size() == 64);
            QVERIFY(!v[QStringLiteral("Status")].toString().isEmpty());
        }
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), kAt, QStringLiteral("--status=EXPIRED")});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().first()[QStringLiteral("DomainName")].toString(), QStringLiteral("expired.example.test"));
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), kAt, QStringLiteral("--status=REVOKED")});
        QCOMPARE(r.json().array().size(), 1);
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), kAt, QStringLiteral("--key-type=EC_prime256v1"),
                 QStringLiteral("--sort=-not_after"), QStringLiteral("--limit=1")});
        QCOMPARE(r.json().array().size(), 1);
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), kAt, QStringLiteral("--expires-within=1400")});
        QCOMPARE(r.json().array().size(), 3); // the 2030 leaves: www, ec and the revoked one
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--search=192.0.2.10")});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().first()[QStringLiteral("HasPrivateKey")].toBool(), true);
        r = cli({QStringLiteral("list"), kAt});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("www.example.test +6"));
        QVERIFY(r.out.contains("6 certificate(s)"));
    }

    void describeJson()
    {
        const qint64 id = idOf(QStringLiteral("www.example.test"));
        QVERIFY(id > 0);
        const Run r = cli({QStringLiteral("describe"), QString::number(id), QStringLiteral("--json"), kAt});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o[QStringLiteral("DomainName")].toString(), QStringLiteral("www.example.test"));
        QCOMPARE(o[QStringLiteral("Status")].toString(), QStringLiteral("ISSUED"));
        QCOMPARE(o[QStringLiteral("DaysLeft")].toInt(), 1310);
        QCOMPARE(o[QStringLiteral("KeyAlgorithm")].toString(), QStringLiteral("RSA_2048"));
        QCOMPARE(o[QStringLiteral("SubjectAlternativeNames")].toArray().size(), 7);
        QCOMPARE(o[QStringLiteral("Chain")].toArray().size(), 2);
        QCOMPARE(o[QStringLiteral("HasPrivateKey")].toBool(), true);
        QCOMPARE(o[QStringLiteral("Serial")].toString(), QStringLiteral("1001"));
        QVERIFY(o[QStringLiteral("Extensions")].toArray().size() >= 9);
        // By fingerprint prefix, with colons.
        const QString fp = o[QStringLiteral("FingerprintSha256")].toString().left(11);
        const Run byFp = cli({QStringLiteral("describe"), fp, QStringLiteral("--json")});
        QCOMPARE(byFp.exitCode, 0);
        QCOMPARE(byFp.json().object()[QStringLiteral("Id")].toInteger(), id);
        const Run text = cli({QStringLiteral("describe"), QString::number(id)});
        QVERIFY(text.out.contains("Alternative names:         DNS:www.example.test"));
    }

    void exportPemBundle()
    {
        const qint64 id = idOf(QStringLiteral("www.example.test"));
        const QString out = m_dir.filePath(QStringLiteral("bundle"));
        const Run r = cli({QStringLiteral("export"), QString::number(id), QStringLiteral("--format=pem-bundle"), QStringLiteral("--out=") + out,
                           QStringLiteral("--passphrase-source=pass:export-pass"), QStringLiteral("--password-source=pass:master"),
                           QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object()[QStringLiteral("files")].toArray().size(), 3);
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(out + QStringLiteral("/private_key.pem")).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QByteArray log;
        QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-attime"), QStringLiteral("1780272000"), QStringLiteral("-CAfile"),
                          dataPath(QStringLiteral("root-ca.pem")), QStringLiteral("-untrusted"), out + QStringLiteral("/chain.pem"),
                          out + QStringLiteral("/certificate.pem")}, &log), 0);
        QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), out + QStringLiteral("/private_key.pem"),
                          QStringLiteral("-passin"), QStringLiteral("pass:export-pass"), QStringLiteral("-noout")}, &log), 0);
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), out + QStringLiteral("/private_key.pem"),
                         QStringLiteral("-passin"), QStringLiteral("pass:wrong"), QStringLiteral("-noout")}, &log) != 0);
        QVERIFY(QFile(out + QStringLiteral("/private_key.pem")).open(QIODevice::ReadOnly));
        QFile key(out + QStringLiteral("/private_key.pem"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        // The chain is leaf-most first: the issuing CA, then the root.
        QFile chain(out + QStringLiteral("/chain.pem"));
        QVERIFY(chain.open(QIODevice::ReadOnly));
        QCOMPARE(chain.readAll().count("BEGIN CERTIFICATE"), 2);
        // The export and the key use are in the audit log.
        const Run events = cli({QStringLiteral("events"), QString::number(id), QStringLiteral("--json")});
        QStringList kinds;
        for (const QJsonValue &e : events.json().array())
            kinds << e[QStringLiteral("Kind")].toString();
        QVERIFY(kinds.contains(QStringLiteral("export")));
        QVERIFY(kinds.contains(QStringLiteral("key-use")));
    }

    void exportPkcs12_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("modern") << "pkcs12" << "AES-256-CBC";
        QTest::newRow("legacy") << "pkcs12-legacy" << "pbeWithSHA1And3-KeyTripleDES-CBC";
    }
    void exportPkcs12()
    {
        QFETCH(QString, format);
        QFETCH(QString, algorithm);
        const qint64 id = idOf(QStringLiteral("ec.example.test"));
        const QString out = m_dir.filePath(format + QStringLiteral(".p12"));
        qputenv("CERTDESK_TEST_PASS", "p12-export");
        const Run r = cli({QStringLiteral("export"), QString::number(id), QStringLiteral("--format=") + format, QStringLiteral("--out=") + out,
                           QStringLiteral("--passphrase-source=env:CERTDESK_TEST_PASS"), QStringLiteral("--password-source=pass:master")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QByteArray info;
        QCOMPARE(openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), out, QStringLiteral("-info"), QStringLiteral("-noout"),
                          QStringLiteral("-passin"), QStringLiteral("pass:p12-export")}, &info), 0);
        QVERIFY2(info.contains(algorithm.toLatin1()), info.constData());
        if (format == QLatin1String("pkcs12-legacy"))
            QVERIFY2(info.contains("MAC: sha1"), info.constData());
        // Imports back, key included.
        QTemporaryDir other;
        const Run back = run({QStringLiteral("import"), QStringLiteral("--db=") + certdesk::test::inventoryLocation(other.filePath(QStringLiteral("x.db"))), QStringLiteral("--json"),
                              QStringLiteral("--password-source=pass:m2"), QStringLiteral("--pkcs12-password-source=pass:p12-export"), out});
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(back.json().object()[QStringLiteral("keysAttached")].toInt(), 1);
    }

    void exportSimpleFormats()
    {
        const qint64 id = idOf(QStringLiteral("www.example.test"));
        for (const char *format : {"pem", "der", "fullchain"}) {
            const QString out = m_dir.filePath(QStringLiteral("simple.") + QString::fromLatin1(format));
            const Run r = cli({QStringLiteral("export"), QString::number(id), QStringLiteral("--format=") + QString::fromLatin1(format),
                               QStringLiteral("--out=") + out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QByteArray text;
            QStringList args{QStringLiteral("x509"), QStringLiteral("-in"), out, QStringLiteral("-noout"), QStringLiteral("-subject")};
            if (qstrcmp(format, "der") == 0)
                args << QStringLiteral("-inform") << QStringLiteral("DER");
            QCOMPARE(openssl(args, &text), 0);
            QVERIFY(text.contains("www.example.test"));
        }
        QFile full(m_dir.filePath(QStringLiteral("simple.fullchain")));
        QVERIFY(full.open(QIODevice::ReadOnly));
        QCOMPARE(full.readAll().count("BEGIN CERTIFICATE"), 3);
    }

    void wrongMasterPasswordExportsNothing()
    {
        const qint64 id = idOf(QStringLiteral("www.example.test"));
        const QString out = m_dir.filePath(QStringLiteral("never"));
        const Run r = cli({QStringLiteral("export"), QString::number(id), QStringLiteral("--format=pem-bundle"), QStringLiteral("--out=") + out,
                           QStringLiteral("--passphrase-source=pass:x"), QStringLiteral("--password-source=pass:not-master")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("wrong master password"));
        QVERIFY(!QFile::exists(out + QStringLiteral("/private_key.pem")));
    }

    void passwordFromFileAndFd()
    {
        const QString pwFile = m_dir.filePath(QStringLiteral("pw.txt"));
        QFile f(pwFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("test-p12-pass\nignored second line\n");
        f.close();
        QTemporaryDir other;
        Run r = run({QStringLiteral("import"), QStringLiteral("--db=") + certdesk::test::inventoryLocation(other.filePath(QStringLiteral("a.db"))), QStringLiteral("--json"),
                     QStringLiteral("--password-source=fd:0"), QStringLiteral("--pkcs12-password-source=file:") + pwFile,
                     dataPath(QStringLiteral("leaf-rsa-legacy.p12"))},
                    "master-from-stdin\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object()[QStringLiteral("imported")].toInt(), 3);
        QCOMPARE(r.json().object()[QStringLiteral("keysAttached")].toInt(), 1);
        // Wrong PKCS#12 password: a clear message, the other file still lands, exit 1.
        r = run({QStringLiteral("import"), QStringLiteral("--db=") + certdesk::test::inventoryLocation(other.filePath(QStringLiteral("b.db"))),
                 QStringLiteral("--pkcs12-password-source=pass:nope"), dataPath(QStringLiteral("leaf-rsa.p12")), dataPath(QStringLiteral("leaf-ec.pem"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("leaf-rsa.p12: wrong password"), r.err.constData());
        QVERIFY(r.out.contains("1 certificate(s) imported"));
    }

    void dryRunAndBadInput()
    {
        QTemporaryDir other;
        const QString db = certdesk::test::inventoryLocation(other.filePath(QStringLiteral("dry.db")));
        Run r = run({QStringLiteral("import"), QStringLiteral("--db=") + db, QStringLiteral("--dry-run"), QStringLiteral("--json"),
                     dataPath(QStringLiteral("chain-all.pem")), dataPath(QStringLiteral("bundle-one-bad.pem"))});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json().object();
        QCOMPARE(o[QStringLiteral("dryRun")].toBool(), true);
        QCOMPARE(o[QStringLiteral("imported")].toInt(), 5);
        QCOMPARE(o[QStringLiteral("failed")].toInt(), 1);
        QVERIFY(o[QStringLiteral("failures")].toArray().first()[QStringLiteral("message")].toString().contains(QStringLiteral("bad base64 at line")));
        r = run({QStringLiteral("list"), QStringLiteral("--db=") + db, QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 0);
    }

    void tagUntagDelete()
    {
        const qint64 id = idOf(QStringLiteral("ec.example.test"));
        QCOMPARE(cli({QStringLiteral("tag"), QString::number(id), QStringLiteral("env=prod"), QStringLiteral("owner=web team")}).exitCode, 0);
        Run r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--tag=env=prod")});
        QCOMPARE(r.json().array().size(), 1);
        r = cli({QStringLiteral("describe"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(r.json().object()[QStringLiteral("Tags")].toArray().size(), 2);
        QCOMPARE(cli({QStringLiteral("tag"), QString::number(id), QString(129, QLatin1Char('k')) + QStringLiteral("=v")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("untag"), QString::number(id), QStringLiteral("env")}).exitCode, 0);
        r = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--tag=env")});
        QCOMPARE(r.json().array().size(), 0);
        const qint64 expired = idOf(QStringLiteral("expired.example.test"));
        QCOMPARE(cli({QStringLiteral("delete"), QString::number(expired)}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("delete"), QString::number(expired)}).exitCode, 2);
        QCOMPARE(idOf(QStringLiteral("expired.example.test")), -1);
    }

    void verify_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("text");
        const QString leaf = dataPath(QStringLiteral("leaf-rsa.pem"));
        const QString inter = QStringLiteral("--untrusted=") + dataPath(QStringLiteral("intermediate-ca.pem"));
        const QString root = QStringLiteral("--trusted=") + dataPath(QStringLiteral("root-ca.pem"));
        QTest::newRow("valid") << QStringList{leaf, inter, root, kAt, QStringLiteral("--host=www.example.test"), QStringLiteral("--purpose=server")} << 0 << "valid";
        QTest::newRow("full chain file") << QStringList{dataPath(QStringLiteral("fullchain.pem")), root, kAt} << 0 << "valid";
        QTest::newRow("wrong host") << QStringList{leaf, inter, root, kAt, QStringLiteral("--host=other.test")} << 1 << "INVALID";
        QTest::newRow("missing intermediate") << QStringList{leaf, root, kAt} << 1 << "INVALID";
        QTest::newRow("expired later") << QStringList{leaf, inter, root, QStringLiteral("--at=2031-01-01T00:00:00Z")} << 1 << "expired";
        QTest::newRow("revoked") << QStringList{dataPath(QStringLiteral("leaf-revoked.pem")), inter, root, kAt,
                                               QStringLiteral("--crl=") + dataPath(QStringLiteral("intermediate.crl"))} << 1 << "revoked";
        QTest::newRow("no trust given") << QStringList{leaf, inter} << 2 << "";
        QTest::newRow("leaf not a certificate") << QStringList{dataPath(QStringLiteral("pubkey-only.pem")), root} << 2 << "";
        QTest::newRow("bad time") << QStringList{leaf, root, QStringLiteral("--at=yesterday")} << 2 << "";
    }
    void verify()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, text);
        const Run r = run(QStringList{QStringLiteral("verify")} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.out).contains(text), r.out.constData());
        if (exitCode == 2)
            QVERIFY(!r.err.isEmpty());
        const Run j = run(QStringList{QStringLiteral("verify"), QStringLiteral("--json")} + args);
        if (exitCode != 2)
            QCOMPARE(j.json().object()[QStringLiteral("valid")].toBool(), exitCode == 0);
    }

    // expiring --within DAYS: `list` of the valid certificates expiring soon, exit 1 when there is any.
    void expiring()
    {
        Run r = cli({QStringLiteral("expiring"), QStringLiteral("--within=1400"), QStringLiteral("--json"), kAt});
        QCOMPARE(r.exitCode, 1);
        QStringList names;
        for (const QJsonValue &v : r.json().array()) {
            names << v[QStringLiteral("DomainName")].toString();
            QCOMPARE(v[QStringLiteral("Status")].toString(), QStringLiteral("ISSUED"));
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("ec.example.test"), QStringLiteral("www.example.test")})); // not the revoked one
        // The same rows and columns as list.
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--status=ISSUED"), QStringLiteral("--expires-within=1400"),
                              QStringLiteral("--sort=not_after"), QStringLiteral("--json"), kAt});
        QCOMPARE(r.out, list.out);
        const Run text = cli({QStringLiteral("expiring"), QStringLiteral("--within"), QStringLiteral("1400"), kAt});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("NOT AFTER"));
        QVERIFY(text.out.contains("www.example.test"));
        QVERIFY(text.out.contains("2 certificate(s)"));

        r = cli({QStringLiteral("expiring"), QStringLiteral("--within=30"), QStringLiteral("--json"), kAt});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().isArray());
        QCOMPARE(r.json().array().size(), 0);
        // A week before the leaves expire; the expired one stays out.
        r = cli({QStringLiteral("expiring"), QStringLiteral("--within=7"), QStringLiteral("--json"),
                 QStringLiteral("--at=2029-12-25T00:00:00Z")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().array().size(), 2);
        QCOMPARE(r.json().array().first()[QStringLiteral("DaysLeft")].toInt(), 7);

        for (const QStringList &bad : {QStringList{}, QStringList{QStringLiteral("--within=soon")},
                                       QStringList{QStringLiteral("--within=-1")},
                                       QStringList{QStringLiteral("--within=7"), QStringLiteral("extra")}}) {
            const Run u = cli(QStringList{QStringLiteral("expiring")} + bad);
            QCOMPARE(u.exitCode, 2);
            QVERIFY2(u.err.contains("certdesk-cli:"), u.err.constData());
        }
        const Run help = run({QStringLiteral("expiring"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--within"));
    }

    // certdesk-cli ca against its own inventory, checked with the openssl command.
    Run ca(const QStringList &args, const QString &password = QStringLiteral("ca-master"))
    {
        return run(QStringList{QStringLiteral("ca")} + args
                   + QStringList{QStringLiteral("--db=") + certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("ca.db"))),
                                 QStringLiteral("--password-source=pass:") + password});
    }

    QString caFile(const QString &name) { return m_dir.filePath(QStringLiteral("ca-") + name); }

    void caHelpAndUsage()
    {
        Run r = run({QStringLiteral("ca"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *sub : {"create", "list", "describe", "csr", "import-cert", "disable", "enable", "delete", "restore", "issue",
                                "revoke", "crl", "ocsp-signer", "audit-report", "serve"}) {
            QVERIFY2(r.out.contains(sub), sub);
            const Run h = run({QStringLiteral("ca"), QString::fromLatin1(sub), QStringLiteral("--help")});
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.contains("Usage:"), sub);
        }
        r = run({QStringLiteral("ca")});
        QCOMPARE(r.exitCode, 2);
        r = ca({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown ca command"));
    }

    void caIssueRevokeCrl()
    {
        Run r = ca({QStringLiteral("create"), QStringLiteral("cli-root"), QStringLiteral("--subject=CN=CLI Root CA,O=certdesk,C=DE"),
                    QStringLiteral("--key-type=EC_secp384r1"), QStringLiteral("--validity=10y"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("Status")].toString(), QStringLiteral("ACTIVE"));
        const qint64 rootCert = r.json()[QStringLiteral("CertificateId")].toInteger();
        r = ca({QStringLiteral("create"), QStringLiteral("cli-issuing"), QStringLiteral("--parent=cli-root"),
                QStringLiteral("--subject=CN=CLI Issuing CA,O=certdesk"), QStringLiteral("--key-type=RSA_2048"),
                QStringLiteral("--validity=5y"), QStringLiteral("--permit-dns=internal"), QStringLiteral("--permit-ip=10.0.0.0/8"),
                QStringLiteral("--crl-dir=") + caFile(QStringLiteral("crl")), QStringLiteral("--crl-lifetime=2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("CA cli-issuing created (ACTIVE)"));

        // The issue's two examples: a CSR from openssl req, and a generated key.
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), caFile(QStringLiteral("req.key")), QStringLiteral("-subj"), QStringLiteral("/CN=api.internal"),
                         QStringLiteral("-out"), caFile(QStringLiteral("req.pem"))}) == 0);
        r = ca({QStringLiteral("issue"), QStringLiteral("cli-issuing"), QStringLiteral("--template=EndEntityServerAuth"),
                QStringLiteral("--csr=") + caFile(QStringLiteral("req.pem")), QStringLiteral("--validity=90d"),
                QStringLiteral("--out=") + caFile(QStringLiteral("cert.pem")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 fromCsr = r.json()[QStringLiteral("Id")].toInteger();
        QCOMPARE(r.json()[QStringLiteral("KeyGenerated")].toBool(), false);
        r = ca({QStringLiteral("issue"), QStringLiteral("cli-issuing"), QStringLiteral("--subject=CN=api.internal"),
                QStringLiteral("--san=DNS:api.internal"), QStringLiteral("--san=IP:10.0.0.5"), QStringLiteral("--key-type=EC_prime256v1"),
                QStringLiteral("--validity=30d"), QStringLiteral("--chain"), QStringLiteral("--out=") + caFile(QStringLiteral("gen.pem"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("issued certificate"));

        // Chain and openssl verify (the root exported by the ordinary export command).
        QCOMPARE(run({QStringLiteral("export"), QString::number(rootCert), QStringLiteral("--format=pem"), QStringLiteral("--out=") + caFile(QStringLiteral("root.pem")),
                      QStringLiteral("--db=") + certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("ca.db")))}).exitCode, 0);
        QByteArray out;
        QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile(QStringLiteral("root.pem")), QStringLiteral("-untrusted"),
                          caFile(QStringLiteral("gen.pem")), QStringLiteral("-purpose"), QStringLiteral("sslserver"), caFile(QStringLiteral("gen.pem"))}, &out), 0);
        QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile(QStringLiteral("root.pem")), QStringLiteral("-untrusted"),
                          caFile(QStringLiteral("gen.pem")), caFile(QStringLiteral("cert.pem"))}, &out), 0);

        // Bad input: exit 2, nothing issued.
        const auto issuedCount = [&] { return ca({QStringLiteral("describe"), QStringLiteral("cli-issuing"), QStringLiteral("--json")})
                                           .json()[QStringLiteral("IssuedCount")].toInt(); };
        QCOMPARE(issuedCount(), 2);
        QFile garbage(caFile(QStringLiteral("garbage.csr")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("-----BEGIN CERTIFICATE REQUEST-----\nnot base64 !!\n-----END CERTIFICATE REQUEST-----\n");
        garbage.close();
        for (const QStringList &bad : {QStringList{QStringLiteral("--csr=") + garbage.fileName()},
                                       QStringList{QStringLiteral("--key-type=DSA_1024"), QStringLiteral("--subject=CN=x.internal")},
                                       QStringList{QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--subject=CN=www.example.com")},
                                       QStringList{QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--subject=CN=x.internal"), QStringLiteral("--validity=9y")},
                                       QStringList{QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--subject=CN=x.internal"), QStringLiteral("--san=FTP:x")},
                                       QStringList{}}) {
            r = ca(QStringList{QStringLiteral("issue"), QStringLiteral("cli-issuing")} + bad);
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(QLatin1Char(' '))));
            QVERIFY2(r.err.startsWith("certdesk-cli: "), r.err.constData());
        }
        r = ca({QStringLiteral("issue"), QStringLiteral("cli-issuing"), QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--subject=CN=x.internal")},
               QStringLiteral("wrong password"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("wrong"), r.err.constData());
        QCOMPARE(issuedCount(), 2);

        // Revoke: the status, the CRL in the folder, openssl crl -verify and verify -crl_check.
        r = ca({QStringLiteral("revoke"), QString::number(fromCsr), QStringLiteral("--reason=keyCompromise"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("CrlNumber")].toString(), QStringLiteral("1"));
        QCOMPARE(ca({QStringLiteral("revoke"), QString::number(fromCsr), QStringLiteral("--reason=superseded")}).exitCode, 2);
        QCOMPARE(ca({QStringLiteral("revoke"), QString::number(rootCert)}).exitCode, 2);
        const Run described = run({QStringLiteral("describe"), QString::number(fromCsr), QStringLiteral("--json"),
                                   QStringLiteral("--db=") + certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("ca.db")))});
        QCOMPARE(described.json()[QStringLiteral("Status")].toString(), QStringLiteral("REVOKED"));
        QCOMPARE(described.json()[QStringLiteral("Type")].toString(), QStringLiteral("PRIVATE"));
        const QString crl = caFile(QStringLiteral("crl/cli-issuing.crl.pem"));
        QCOMPARE(openssl({QStringLiteral("crl"), QStringLiteral("-in"), crl, QStringLiteral("-CAfile"), caFile(QStringLiteral("gen.pem")),
                          QStringLiteral("-verify"), QStringLiteral("-noout")}, &out), 0);
        QVERIFY2(out.contains("verify OK"), out.constData());
        QVERIFY(openssl({QStringLiteral("verify"), QStringLiteral("-crl_check"), QStringLiteral("-CRLfile"), crl, QStringLiteral("-CAfile"),
                         caFile(QStringLiteral("root.pem")), QStringLiteral("-untrusted"), caFile(QStringLiteral("gen.pem")),
                         caFile(QStringLiteral("cert.pem"))}, &out) != 0);
        QVERIFY2(out.contains("certificate revoked"), out.constData());
        r = ca({QStringLiteral("crl"), QStringLiteral("cli-issuing"), QStringLiteral("--format=der"), QStringLiteral("--out=") + caFile(QStringLiteral("next.crl"))});
        QVERIFY2(r.exitCode == 0 && r.out.contains("CRL 2 of CA cli-issuing: 1 entries"), r.out.constData());
        QCOMPARE(openssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), caFile(QStringLiteral("next.crl")),
                          QStringLiteral("-noout"), QStringLiteral("-crlnumber")}, &out), 0);
        QVERIFY2(out.contains("crlNumber=0x02"), out.constData());

        // The audit report.
        r = ca({QStringLiteral("audit-report"), QStringLiteral("cli-issuing"), QStringLiteral("--format=csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("time,ca,action,serial,subject,template,result,detail,actor"));
        QCOMPARE(r.out.count("\n,"), 0);
        QCOMPARE(r.out.count(",ISSUE,"), 2);
        QCOMPARE(r.out.count(",REVOKE,"), 1);
        QCOMPARE(r.out.count(",CRL,"), 2);
        r = ca({QStringLiteral("audit-report"), QStringLiteral("cli-issuing"), QStringLiteral("--format=json")});
        QCOMPARE(r.json().array().size(), 6); // CREATE, 2 ISSUE, REVOKE, 2 CRL

        // Lifecycle through the CLI.
        QCOMPARE(ca({QStringLiteral("delete"), QStringLiteral("cli-issuing")}).exitCode, 2); // active
        QCOMPARE(ca({QStringLiteral("disable"), QStringLiteral("cli-issuing")}).exitCode, 0);
        r = ca({QStringLiteral("issue"), QStringLiteral("cli-issuing"), QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--subject=CN=y.internal")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("disabled"));
        QCOMPARE(ca({QStringLiteral("delete"), QStringLiteral("cli-issuing"), QStringLiteral("--restore-days=7")}).exitCode, 0);
        QVERIFY(!ca({QStringLiteral("list")}).out.contains("cli-issuing"));
        QVERIFY(ca({QStringLiteral("list"), QStringLiteral("--all")}).out.contains("DELETED"));
        QCOMPARE(ca({QStringLiteral("restore"), QStringLiteral("cli-issuing")}).exitCode, 0);
        QCOMPARE(ca({QStringLiteral("enable"), QStringLiteral("cli-issuing")}).exitCode, 0);
        QVERIFY(ca({QStringLiteral("list")}).out.contains("ACTIVE"));
    }

    void caExternalParent()
    {
        Run r = ca({QStringLiteral("create"), QStringLiteral("cli-ext"), QStringLiteral("--external-parent"),
                    QStringLiteral("--subject=CN=CLI External Issuing"), QStringLiteral("--key-type=ED25519")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("PENDING_CERTIFICATE"), r.err.constData());
        QCOMPARE(ca({QStringLiteral("csr"), QStringLiteral("cli-ext"), QStringLiteral("--out=") + caFile(QStringLiteral("ext.csr"))}).exitCode, 0);
        const QString dir = m_dir.path();
        QByteArray out;
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), caFile(QStringLiteral("off.key")),
                          QStringLiteral("-out"), caFile(QStringLiteral("off.pem")), QStringLiteral("-days"), QStringLiteral("3650"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=CLI Offline Root")}, &out), 0);
        QFile ext(caFile(QStringLiteral("ext.cnf")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n");
        ext.close();
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), caFile(QStringLiteral("ext.csr")), QStringLiteral("-CA"),
                          caFile(QStringLiteral("off.pem")), QStringLiteral("-CAkey"), caFile(QStringLiteral("off.key")), QStringLiteral("-set_serial"),
                          QStringLiteral("42"), QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-extfile"), ext.fileName(),
                          QStringLiteral("-out"), caFile(QStringLiteral("ext.pem"))}, &out), 0);
        QFile signedCert(caFile(QStringLiteral("ext.pem"))), offRoot(caFile(QStringLiteral("off.pem")));
        QVERIFY(signedCert.open(QIODevice::ReadOnly) && offRoot.open(QIODevice::ReadOnly));
        QFile bundle(caFile(QStringLiteral("ext-chain.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(signedCert.readAll() + offRoot.readAll());
        bundle.close();
        r = ca({QStringLiteral("import-cert"), QStringLiteral("cli-ext"), caFile(QStringLiteral("off.pem"))}); // the root is for another key
        QCOMPARE(r.exitCode, 2);
        r = ca({QStringLiteral("import-cert"), QStringLiteral("cli-ext"), bundle.fileName(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("Status")].toString(), QStringLiteral("ACTIVE"));
        r = ca({QStringLiteral("issue"), QStringLiteral("cli-ext"), QStringLiteral("--template=EndEntityClientAuth"), QStringLiteral("--subject=CN=svc-a"),
                QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--validity=30d"), QStringLiteral("--chain"),
                QStringLiteral("--out=") + caFile(QStringLiteral("svc.pem"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile(QStringLiteral("off.pem")), QStringLiteral("-untrusted"),
                          caFile(QStringLiteral("svc.pem")), QStringLiteral("-purpose"), QStringLiteral("sslclient"), caFile(QStringLiteral("svc.pem"))}, &out), 0);
    }

    // ca serve, asked by openssl ocsp for good, revoked and unknown serials, then stopped with SIGTERM.
    void caServeOcsp()
    {
        Run r = ca({QStringLiteral("create"), QStringLiteral("cli-ocsp"), QStringLiteral("--subject=CN=CLI OCSP CA"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(run({QStringLiteral("export"), QString::number(r.json()[QStringLiteral("CertificateId")].toInteger()), QStringLiteral("--format=pem"),
                      QStringLiteral("--out=") + caFile(QStringLiteral("ocsp-ca.pem")), QStringLiteral("--db=") + certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("ca.db")))}).exitCode, 0);
        QList<qint64> ids;
        for (const char *name : {"CN=good.ocsp.test", "CN=bad.ocsp.test"}) {
            r = ca({QStringLiteral("issue"), QStringLiteral("cli-ocsp"), QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--subject=") + QLatin1String(name),
                    QStringLiteral("--out=") + caFile(QString::fromLatin1(name).mid(3) + QStringLiteral(".pem")), QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            ids << r.json()[QStringLiteral("Id")].toInteger();
        }
        QCOMPARE(ca({QStringLiteral("revoke"), QString::number(ids[1]), QStringLiteral("--reason=cessationOfOperation")}).exitCode, 0);
        QCOMPARE(ca({QStringLiteral("ocsp-signer"), QStringLiteral("cli-ocsp")}).exitCode, 0);

        QProcess server;
        server.start(QStringLiteral(CERTDESK_CLI), {QStringLiteral("ca"), QStringLiteral("serve"), QStringLiteral("--listen=127.0.0.1:0"),
                                                    QStringLiteral("--db=") + certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("ca.db"))),
                                                    QStringLiteral("--password-source=pass:ca-master")});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
        const QByteArray banner = server.readLine().trimmed();
        QVERIFY2(banner.startsWith("listening on http://127.0.0.1:"), banner.constData());
        const QString url = QString::fromLatin1(banner.mid(banner.indexOf("http://"))) + QStringLiteral("/ocsp");
        QByteArray out;
        const int rc = openssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), caFile(QStringLiteral("ocsp-ca.pem")), QStringLiteral("-CAfile"),
                                caFile(QStringLiteral("ocsp-ca.pem")), QStringLiteral("-url"), url, QStringLiteral("-cert"),
                                caFile(QStringLiteral("good.ocsp.test.pem")), QStringLiteral("-cert"), caFile(QStringLiteral("bad.ocsp.test.pem")),
                                QStringLiteral("-serial"), QStringLiteral("0xdeadbeef")}, &out);
        QVERIFY2(rc == 0, out.constData());
        QVERIFY2(out.contains("Response verify OK"), out.constData());
        QVERIFY2(out.contains("good.ocsp.test.pem: good"), out.constData());
        QVERIFY2(out.contains("bad.ocsp.test.pem: revoked"), out.constData());
        QVERIFY2(out.contains("Reason: cessationOfOperation"), out.constData());
        QVERIFY2(out.contains("0xdeadbeef: unknown"), out.constData());
        // The CA certificate over HTTP, read back by openssl.
        server.terminate(); // SIGTERM: a clean stop
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAll().contains("served 1 request(s)"));
    }

    // certdesk-cli request / managed / renew against its own inventory.
    Run lc(const QString &command, const QStringList &args)
    {
        return run(QStringList{command} + args
                   + QStringList{QStringLiteral("--db=") + certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("lifecycle.db"))),
                                 QStringLiteral("--password-source=pass:lc-master")});
    }

    Run acme(const QString &command, const QStringList &args)
    {
        return run(QStringList{command} + args
                   + QStringList{QStringLiteral("--db=") + certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("acme.db"))),
                                 QStringLiteral("--password-source=pass:acme-master")});
    }

    // ACME through the CLI against pebble: an account, http-01 with certdesk's responder, dns-01
    // with the records set by hand while the CLI waits, renew, revoke, pre-flight.
    void acmeAccountsAndRequests()
    {
        PebbleServer pebble;
        const QString started = pebble.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString bundle = m_dir.filePath(QStringLiteral("pebble-tls.pem"));
        QFile f(bundle);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pebble.tlsCertificate());
        f.close();
        for (const QStringList &help : {QStringList{QStringLiteral("acme"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("acme"), QStringLiteral("account"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("acme"), QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("--help")}}) {
            const Run h = run(help);
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.contains("Usage:"), qPrintable(help.join(QLatin1Char(' '))));
        }
        Run r = acme(QStringLiteral("acme"), {QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("--ca=letsencrypt-prod")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("letsencrypt-staging"), r.err.constData());
        r = acme(QStringLiteral("acme"), {QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("--ca=") + pebble.directoryUrl(),
                                          QStringLiteral("--email=admin@example.org"), QStringLiteral("--ca-bundle=") + bundle});
        QCOMPARE(r.exitCode, 2); // no --agree-tos
        QVERIFY2(r.err.contains("terms of service"), r.err.constData());
        r = acme(QStringLiteral("acme"), {QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("--ca=") + pebble.directoryUrl(),
                                          QStringLiteral("--email=admin@example.org"), QStringLiteral("--ca-bundle=") + bundle,
                                          QStringLiteral("--agree-tos"), QStringLiteral("--name=pebble"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object()[QStringLiteral("Status")].toString(), QStringLiteral("valid"));
        r = acme(QStringLiteral("acme"), {QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY(r.out.contains("pebble") && r.out.contains("mailto:admin@example.org"));

        // http-01 through certdesk's own responder.
        const QString listen = QStringLiteral("--http-listen=127.0.0.1:%1").arg(pebble.httpPort());
        r = acme(QStringLiteral("request"), {QStringLiteral("--domain=www.example.org"), QStringLiteral("--san=example.org"),
                                             QStringLiteral("--issuer=acme:pebble"), listen, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject m = r.json().object();
        QCOMPARE(m[QStringLiteral("Status")].toString(), QStringLiteral("ISSUED"));
        QCOMPARE(m[QStringLiteral("ValidationMethod")].toString(), QStringLiteral("HTTP"));
        QVERIFY2(r.err.contains("acme: valid www.example.org"), r.err.constData());
        const QString ref = m[QStringLiteral("Id")].toString();
        r = acme(QStringLiteral("managed"), {QStringLiteral("describe"), ref});
        QVERIFY2(r.out.contains("http-01 through certdesk's responder on 127.0.0.1:"), r.out.constData());
        r = acme(QStringLiteral("managed"), {QStringLiteral("preflight"), ref});
        QVERIFY2(r.exitCode == 0 && r.out.contains("ready to renew"), r.out.constData());
        r = acme(QStringLiteral("renew"), {ref, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().array().first()[QStringLiteral("Result")].toString(), QStringLiteral("RENEWED"));
        r = acme(QStringLiteral("managed"), {QStringLiteral("revoke"), ref, QStringLiteral("--reason=superseded"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object()[QStringLiteral("Status")].toString(), QStringLiteral("REVOKED"));

        // dns-01 by hand: the CLI prints the records and waits; the test creates them at challtestsrv.
        QProcess p;
        p.start(QStringLiteral(CERTDESK_CLI),
                {QStringLiteral("request"), QStringLiteral("--domain=*.example.net"), QStringLiteral("--issuer=acme:pebble"),
                 QStringLiteral("--validation=dns"), QStringLiteral("--dns-resolver=") + pebble.dnsServer(), QStringLiteral("--dns-wait=60"),
                 QStringLiteral("--db=") + certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("acme.db"))), QStringLiteral("--password-source=pass:acme-master")});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QRegularExpression record(QStringLiteral("(_acme-challenge\\.example\\.net\\.) TXT \"([^\"]+)\""));
        QRegularExpressionMatch match;
        while (!(match = record.match(QString::fromUtf8(err))).hasMatch() && p.state() == QProcess::Running) {
            p.waitForReadyRead(1000);
            err += p.readAllStandardError();
        }
        QVERIFY2(match.hasMatch(), err.constData());
        QVERIFY(pebble.addTxt(match.captured(1), match.captured(2)));
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(p.readAllStandardOutput().contains("ISSUED"), err.constData());

        // An account lego registered is taken over with lego's account key.
        const QString legoPath = m_dir.filePath(QStringLiteral("lego"));
        QProcess lego;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEGO_CA_CERTIFICATES"), bundle);
        lego.setProcessEnvironment(env);
        lego.setProcessChannelMode(QProcess::MergedChannels);
        lego.start(QStringLiteral("lego"), {QStringLiteral("--server"), pebble.directoryUrl(), QStringLiteral("--accept-tos"), QStringLiteral("--email"),
                                            QStringLiteral("lego@example.org"), QStringLiteral("--path"), legoPath, QStringLiteral("--http"),
                                            QStringLiteral("--http.port"), QStringLiteral("127.0.0.1:%1").arg(pebble.httpPort()),
                                            QStringLiteral("--domains"), QStringLiteral("lego.example.org"), QStringLiteral("run")});
        QVERIFY2(lego.waitForFinished(60000) && lego.exitCode() == 0, lego.readAll().constData());
        QDirIterator keys(legoPath + QStringLiteral("/accounts"), {QStringLiteral("*.key")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(keys.hasNext());
        const QString legoKey = keys.next();
        r = acme(QStringLiteral("acme"), {QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("--ca=") + pebble.directoryUrl(),
                                          QStringLiteral("--key-file=") + legoKey, QStringLiteral("--ca-bundle=") + bundle,
                                          QStringLiteral("--name=from-lego"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object()[QStringLiteral("Contacts")].toArray().first().toString(), QStringLiteral("mailto:lego@example.org"));

        r = acme(QStringLiteral("acme"), {QStringLiteral("account"), QStringLiteral("deactivate"), QStringLiteral("pebble")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--yes"));
        r = acme(QStringLiteral("acme"), {QStringLiteral("account"), QStringLiteral("deactivate"), QStringLiteral("pebble"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("deactivated"), r.err.constData());
    }

    Run dep(const QString &command, const QStringList &args)
    {
        return run(QStringList{command} + args
                   + QStringList{QStringLiteral("--db=") + certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("deploy.db"))),
                                 QStringLiteral("--password-source=pass:deploy-master")});
    }

    // Deployments and discovery end to end, against a real nginx on 127.0.0.1.
    void deployAndScan()
    {
        for (const char *sub : {"add", "list", "run", "remove", "check"}) {
            const Run h = run({QStringLiteral("deploy"), QString::fromLatin1(sub), QStringLiteral("--help")});
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.contains("Usage: certdesk-cli deploy"), sub);
        }
        for (const char *command : {"scan", "scan-files", "endpoints"})
            QCOMPARE(run({QString::fromLatin1(command), QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(dep(QStringLiteral("ca"), {QStringLiteral("create"), QStringLiteral("dep-root"), QStringLiteral("--subject=CN=Dep Root")}).exitCode, 0);
        Run r = dep(QStringLiteral("request"), {QStringLiteral("--domain=app.deploy.example"), QStringLiteral("--issuer=ca:dep-root"),
                                                QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--validity=30d"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 first = r.json().object()[QStringLiteral("CertificateId")].toInteger();

        const QString site = m_dir.filePath(QStringLiteral("deploy-site"));
        QVERIFY(QDir().mkpath(site));
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=placeholder"), QStringLiteral("-days"), QStringLiteral("1"),
                          QStringLiteral("-keyout"), site + QStringLiteral("/privkey.pem"), QStringLiteral("-out"),
                          site + QStringLiteral("/fullchain.pem")}),
                 0);
        const quint16 port = freePort();
        NginxServer nginx(m_dir.filePath(QStringLiteral("cli-nginx")));
        QString why;
        QVERIFY2(nginx.start({{port, true, site + QStringLiteral("/fullchain.pem"), site + QStringLiteral("/privkey.pem"), {}}}, &why),
                 qPrintable(why));
        QStringList reload;
        for (const QString &a : nginx.reloadCommand())
            reload << QLatin1Char('\'') + a + QLatin1Char('\'');

        // Bad input: exit 2 with the reason, nothing stored.
        r = dep(QStringLiteral("deploy"), {QStringLiteral("add"), QStringLiteral("mc-1"), QStringLiteral("--target=") + site,
                                            QStringLiteral("--layout=iis")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--layout must be one of"));
        r = dep(QStringLiteral("deploy"), {QStringLiteral("add"), QStringLiteral("mc-1"), QStringLiteral("--target=relative"),
                                            QStringLiteral("--layout=nginx")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("absolute path"));
        r = dep(QStringLiteral("deploy"), {QStringLiteral("add"), QStringLiteral("mc-1"), QStringLiteral("--target=") + site,
                                            QStringLiteral("--layout=nginx"), QStringLiteral("--endpoint=127.0.0.1")});
        QCOMPARE(r.exitCode, 2);

        // Add and run at once: files, reload, the endpoint serves what was deployed.
        r = dep(QStringLiteral("deploy"), {QStringLiteral("add"), QStringLiteral("mc-1"), QStringLiteral("--target=") + site,
                                            QStringLiteral("--layout=nginx"), QStringLiteral("--reload-cmd=") + reload.join(QLatin1Char(' ')),
                                            QStringLiteral("--endpoint=127.0.0.1:%1").arg(port), QStringLiteral("--sni=app.deploy.example"),
                                            QStringLiteral("--run"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        QJsonObject d = r.json().object();
        QCOMPARE(d[QStringLiteral("Id")].toString(), QStringLiteral("dep-1"));
        QCOMPARE(d[QStringLiteral("ManagedId")].toString(), QStringLiteral("mc-1"));
        QCOMPARE(d[QStringLiteral("Run")][QStringLiteral("Ok")].toBool(), true);
        QCOMPARE(d[QStringLiteral("Run")][QStringLiteral("EndpointCheck")][QStringLiteral("State")].toString(), QStringLiteral("CURRENT"));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(site + QStringLiteral("/privkey.pem")).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        r = dep(QStringLiteral("deploy"), {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0)[QStringLiteral("State")].toString(), QStringLiteral("DEPLOYED"));
        r = dep(QStringLiteral("deploy"), {QStringLiteral("check")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("CURRENT"), r.out.constData());
        r = dep(QStringLiteral("describe"), {QString::number(first), QStringLiteral("--json")});
        const QJsonArray inUse = r.json().object()[QStringLiteral("InUseBy")].toArray();
        QCOMPARE(inUse.size(), 2); // the deployment and its endpoint
        QVERIFY(inUse.at(0).toString().startsWith(QLatin1String("dep-1 ") + site));
        r = dep(QStringLiteral("describe"), {QString::number(first)});
        QVERIFY2(r.out.contains("In use by:") && r.out.contains("endpoint 127.0.0.1:"), r.out.constData());

        // In use: deleting the certificate is refused.
        r = dep(QStringLiteral("delete"), {QString::number(first)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("in use by deployment dep-1"), r.err.constData());

        // Discovery over the endpoint and a closed port.
        const quint16 closed = freePort();
        r = dep(QStringLiteral("scan"), {QStringLiteral("127.0.0.1"), QStringLiteral("--ports=%1,%2").arg(port).arg(closed),
                                          QStringLiteral("--timeout=2000"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        QCOMPARE(r.json().object()[QStringLiteral("Probed")].toInt(), 2);
        QCOMPARE(r.json().object()[QStringLiteral("Serving")].toInt(), 1);
        QCOMPARE(r.json().object()[QStringLiteral("NewCertificates")].toInt(), 0);
        r = dep(QStringLiteral("scan"), {QStringLiteral("127.0.0.1"), QStringLiteral("--ports=%1").arg(port), QStringLiteral("--save=loop"),
                                          QStringLiteral("--every=12")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = dep(QStringLiteral("scan"), {QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0)[QStringLiteral("IntervalHours")].toInt(), 12);
        r = dep(QStringLiteral("scan"), {QStringLiteral("--due")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("No saved scan is due"), r.out.constData());
        r = dep(QStringLiteral("scan"), {QStringLiteral("not a host!")});
        QCOMPARE(r.exitCode, 2);
        // Two endpoints: the deployment's (with its SNI name) and the scan's (none, for an address).
        r = dep(QStringLiteral("endpoints"), {QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 2);

        // Renewal runs the deployment again.
        r = dep(QStringLiteral("renew"), {QStringLiteral("mc-1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        const QJsonObject renewed = r.json().array().at(0).toObject();
        QCOMPARE(renewed[QStringLiteral("Deployments")].toArray().size(), 1);
        QVERIFY(renewed[QStringLiteral("Deployments")].toArray().at(0).toString().contains(QLatin1String("CURRENT")));
        r = dep(QStringLiteral("delete"), {QString::number(first)});
        QVERIFY2(r.exitCode == 0, r.err.constData()); // renewed away: no longer in use

        // File discovery: the deployed files, key matched.
        r = dep(QStringLiteral("scan-files"), {site, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object()[QStringLiteral("Certificates")].toInt(), 1); // fullchain.pem: the leaf (its issuer is the root); backups are skipped
        QCOMPARE(r.json().object()[QStringLiteral("KeysMatched")].toInt(), 1);

        r = dep(QStringLiteral("deploy"), {QStringLiteral("remove"), QStringLiteral("dep-1")});
        QCOMPARE(r.exitCode, 0);
        r = dep(QStringLiteral("deploy"), {QStringLiteral("run"), QStringLiteral("dep-1")});
        QCOMPARE(r.exitCode, 2);
        nginx.stop();
    }

    void requestAndRenew()
    {
        for (const char *command : {"request", "renew"}) {
            const Run h = run({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.contains("Usage:"), command);
        }
        for (const char *sub : {"list", "describe", "csr", "settings", "deactivate", "reactivate"}) {
            const Run h = run({QStringLiteral("managed"), QString::fromLatin1(sub), QStringLiteral("--help")});
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.contains("Usage:"), sub);
        }
        QCOMPARE(lc(QStringLiteral("ca"), {QStringLiteral("create"), QStringLiteral("lc-root"), QStringLiteral("--subject=CN=LC Root")}).exitCode, 0);
        // Bad input: exit 2, a specific message, nothing stored.
        Run r = lc(QStringLiteral("request"), {QStringLiteral("--domain=bad_name.example"), QStringLiteral("--issuer=ca:lc-root")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad_name.example contains \"_\""), r.err.constData());
        r = lc(QStringLiteral("request"), {QStringLiteral("--domain=ok.example"), QStringLiteral("--issuer=lc-root")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("ca:NAME"));
        r = lc(QStringLiteral("request"), {QStringLiteral("--domain=ok.example"), QStringLiteral("--issuer=acme:letsencrypt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("ACME"));
        r = lc(QStringLiteral("managed"), {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 0);

        // A private-CA request, repeated with its token: one certificate.
        const QStringList request{QStringLiteral("--domain=app.example.com"), QStringLiteral("--san=api.example.com"),
                                  QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--issuer=ca:lc-root"),
                                  QStringLiteral("--validity=30d"), QStringLiteral("--tag=env=prod"), QStringLiteral("--token=ci_run_7"),
                                  QStringLiteral("--json")};
        r = lc(QStringLiteral("request"), request);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject m = r.json().object();
        QCOMPARE(m[QStringLiteral("Id")].toString(), QStringLiteral("mc-1"));
        QCOMPARE(m[QStringLiteral("Status")].toString(), QStringLiteral("ISSUED"));
        QCOMPARE(m[QStringLiteral("RenewalEligibility")].toString(), QStringLiteral("ELIGIBLE"));
        QCOMPARE(m[QStringLiteral("SubjectAlternativeNames")].toArray().size(), 2);
        const qint64 first = m[QStringLiteral("CertificateId")].toInteger();
        r = lc(QStringLiteral("request"), request);
        QCOMPARE(r.json().object()[QStringLiteral("Id")].toString(), QStringLiteral("mc-1"));
        QCOMPARE(r.json().object()[QStringLiteral("CertificateId")].toInteger(), first);

        // What is due when: nothing now, mc-1 in three weeks (dry run: nothing changes).
        r = lc(QStringLiteral("renew"), {QStringLiteral("--due"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 0);
        const QString later = QDateTime::currentDateTimeUtc().addDays(21).toString(Qt::ISODate);
        r = lc(QStringLiteral("renew"), {QStringLiteral("--due"), QStringLiteral("--at=") + later, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0)[QStringLiteral("Result")].toString(), QStringLiteral("WOULD_RENEW"));
        r = lc(QStringLiteral("renew"), {QStringLiteral("mc-1"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().at(0)[QStringLiteral("Result")].toString(), QStringLiteral("WOULD_RENEW"));
        r = lc(QStringLiteral("managed"), {QStringLiteral("describe"), QString::number(first), QStringLiteral("--json")});
        QCOMPARE(r.json().object()[QStringLiteral("CertificateId")].toInteger(), first);

        // Renew now, by certificate id: a new certificate under the same identity.
        r = lc(QStringLiteral("renew"), {QString::number(first), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 second = r.json().array().at(0)[QStringLiteral("CertificateId")].toInteger();
        QVERIFY(second != first);
        r = lc(QStringLiteral("managed"), {QStringLiteral("describe"), QStringLiteral("mc-1"), QStringLiteral("--json")});
        const QJsonObject d = r.json().object();
        QCOMPARE(d[QStringLiteral("CertificateId")].toInteger(), second);
        QCOMPARE(d[QStringLiteral("RenewalSummary")][QStringLiteral("RenewalStatus")].toString(), QStringLiteral("SUCCESS"));
        QStringList actions;
        for (const QJsonValue &h : d[QStringLiteral("History")].toArray())
            actions << h[QStringLiteral("Action")].toString();
        QCOMPARE(actions, (QStringList{QStringLiteral("REQUEST"), QStringLiteral("ISSUE"), QStringLiteral("RENEW")}));
        // The renewed certificate carries the tags; the inventory lists it.
        r = lc(QStringLiteral("describe"), {QString::number(second), QStringLiteral("--json")});
        QVERIFY2(r.out.contains("\"env\""), r.out.constData());

        // Settings.
        r = lc(QStringLiteral("managed"), {QStringLiteral("settings"), QStringLiteral("mc-1"), QStringLiteral("--renew-before=5"),
                                           QStringLiteral("--reuse-key"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object()[QStringLiteral("RenewBeforeDays")].toInt(), 5);
        QCOMPARE(r.json().object()[QStringLiteral("ReuseKey")].toBool(), true);
        r = lc(QStringLiteral("managed"), {QStringLiteral("settings"), QStringLiteral("mc-1"), QStringLiteral("--renew-before=soon")});
        QCOMPARE(r.exitCode, 2);

        // Deactivated: not due, not renewable; reactivated: back.
        QCOMPARE(lc(QStringLiteral("managed"), {QStringLiteral("deactivate"), QStringLiteral("mc-1")}).exitCode, 0);
        r = lc(QStringLiteral("renew"), {QStringLiteral("mc-1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("inactive"));
        QCOMPARE(lc(QStringLiteral("managed"), {QStringLiteral("reactivate"), QStringLiteral("mc-1")}).exitCode, 0);

        // A failed request: exit 1 with the reason; listed as a problem.
        QCOMPARE(lc(QStringLiteral("ca"), {QStringLiteral("disable"), QStringLiteral("lc-root")}).exitCode, 0);
        r = lc(QStringLiteral("request"), {QStringLiteral("--domain=down.example.com"), QStringLiteral("--issuer=ca:lc-root")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("FAILED") && r.out.contains("disabled"), r.out.constData());
        r = lc(QStringLiteral("managed"), {QStringLiteral("list"), QStringLiteral("--problems"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0)[QStringLiteral("Status")].toString(), QStringLiteral("FAILED"));
        QCOMPARE(lc(QStringLiteral("ca"), {QStringLiteral("enable"), QStringLiteral("lc-root")}).exitCode, 0);
        r = lc(QStringLiteral("renew"), {QStringLiteral("mc-2"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().array().at(0)[QStringLiteral("Result")].toString(), QStringLiteral("RENEWED"));

        // A key marked not exportable stays in: the certificate alone may leave.
        r = lc(QStringLiteral("request"), {QStringLiteral("--domain=locked.example.com"), QStringLiteral("--issuer=ca:lc-root"),
                                           QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--no-export"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object()[QStringLiteral("ExportAllowed")].toBool(), false);
        const QString locked = QString::number(r.json().object()[QStringLiteral("CertificateId")].toInteger());
        const QString bundle = m_dir.filePath(QStringLiteral("locked-bundle"));
        r = lc(QStringLiteral("export"), {locked, QStringLiteral("--format=pem-bundle"), QStringLiteral("--out=") + bundle,
                                          QStringLiteral("--passphrase-source=pass:x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("may not be exported"), r.err.constData());
        QVERIFY(!QFileInfo::exists(bundle + QStringLiteral("/private_key.pem")));
        r = lc(QStringLiteral("export"), {locked, QStringLiteral("--format=pem"), QStringLiteral("--out=") + m_dir.filePath(QStringLiteral("locked.pem"))});
        QCOMPARE(r.exitCode, 0);
    }

    // The external-CA flow through the CLI: CSR out, signed by openssl, imported, matched.
    void requestExternal()
    {
        const QString csr = m_dir.filePath(QStringLiteral("ext-req.pem"));
        Run r = lc(QStringLiteral("request"), {QStringLiteral("--domain=ext.example.net"), QStringLiteral("--issuer=external"),
                                               QStringLiteral("--key-type=RSA_2048"), QStringLiteral("--csr-out=") + csr,
                                               QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = r.json().object()[QStringLiteral("Id")].toString();
        QCOMPARE(r.json().object()[QStringLiteral("Status")].toString(), QStringLiteral("PENDING_VALIDATION"));
        r = lc(QStringLiteral("managed"), {QStringLiteral("csr"), id});
        QVERIFY(r.out.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        const auto file = [&](const char *name) { return m_dir.filePath(QStringLiteral("ext-") + QLatin1String(name)); };
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"), file("ca.key"), QStringLiteral("-out"), file("ca.pem"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=Other CA"), QStringLiteral("-days"), QStringLiteral("365")}), 0);
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"), file("ca.pem"),
                          QStringLiteral("-CAkey"), file("ca.key"), QStringLiteral("-days"), QStringLiteral("90"),
                          QStringLiteral("-copy_extensions"), QStringLiteral("copy"), QStringLiteral("-out"), file("signed.pem")}), 0);
        r = lc(QStringLiteral("import"), {file("signed.pem"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object()[QStringLiteral("requestsMatched")].toInt(), 1);
        r = lc(QStringLiteral("managed"), {QStringLiteral("describe"), id, QStringLiteral("--json")});
        QCOMPARE(r.json().object()[QStringLiteral("Status")].toString(), QStringLiteral("ISSUED"));
        const qint64 cert = r.json().object()[QStringLiteral("CertificateId")].toInteger();
        r = lc(QStringLiteral("describe"), {QString::number(cert), QStringLiteral("--json")});
        QVERIFY2(r.out.contains("\"HasPrivateKey\": true"), r.out.constData());
    }

    // The GUI's timer and the systemd timer at once: two processes, each certificate renewed once.
    // External-CA certificates: a renewal makes a new CSR and then waits, so a certificate is due
    // exactly once and a second renewal of it would show as a second CSR.
    void twoImportersAndTwoRenewers()
    {
        const QString db = certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("race.db")));
        const auto opts = [&](QStringList args) {
            return args << QStringLiteral("--db=") + db << QStringLiteral("--password-source=pass:race");
        };
        const auto file = [&](const QString &name) { return m_dir.filePath(QStringLiteral("race-") + name); };
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), file(QStringLiteral("ca.key")), QStringLiteral("-out"), file(QStringLiteral("ca.pem")),
                          QStringLiteral("-subj"), QStringLiteral("/CN=Race CA"), QStringLiteral("-days"), QStringLiteral("365")}), 0);
        const int n = 6;
        QStringList signedFiles;
        for (int i = 0; i < n; ++i) {
            const QString csr = file(QStringLiteral("%1.csr").arg(i)), crt = file(QStringLiteral("%1.pem").arg(i));
            // renew-before 400 days, longer than the 90 days the CA gives: due as soon as it is issued.
            QCOMPARE(run(opts({QStringLiteral("request"), QStringLiteral("--domain=r%1.example.com").arg(i), QStringLiteral("--issuer=external"),
                               QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--renew-before=400"),
                               QStringLiteral("--csr-out=") + csr})).exitCode, 0);
            QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                              file(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"), file(QStringLiteral("ca.key")), QStringLiteral("-days"),
                              QStringLiteral("90"), QStringLiteral("-copy_extensions"), QStringLiteral("copy"), QStringLiteral("-out"), crt}), 0);
            signedFiles << crt;
        }
        const Run imported = run(opts(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + signedFiles));
        QCOMPARE(imported.json().object()[QStringLiteral("requestsMatched")].toInt(), n);
        // Two importers at the same time as the two renewers: overlapping sets of 200 (300 new
        // certificates, 100 of them in both sets).
        const qint64 before = run(opts({QStringLiteral("list"), QStringLiteral("--json")})).json().array().size();
        QStringList setA, setB;
        const QDateTime t0 = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 300; ++i) {
            const QString path = file(QStringLiteral("bulk-%1.pem").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(certdesk::test::makeCertificatePem(QStringLiteral("bulk%1.example.net").arg(i), t0, t0.addDays(365 + i), 1000 + i));
            f.close();
            if (i < 200)
                setA << path;
            if (i >= 100)
                setB << path;
        }
        QProcess a, b, importA, importB;
        const QStringList args = opts({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--json")});
        importA.start(QStringLiteral(CERTDESK_CLI), opts(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + setA));
        importB.start(QStringLiteral(CERTDESK_CLI), opts(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + setB));
        a.start(QStringLiteral(CERTDESK_CLI), args);
        b.start(QStringLiteral(CERTDESK_CLI), args);
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QVERIFY(importA.waitForFinished(120000) && importB.waitForFinished(120000));
        for (QProcess *p : {&a, &b, &importA, &importB}) {
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     qPrintable(QStringLiteral("%1 exited %2: %3").arg(p->arguments().join(u' ').left(60)).arg(p->exitCode()).arg(QString::fromUtf8(err))));
        }
        int importedBoth = 0, duplicatesBoth = 0;
        for (QProcess *p : {&importA, &importB}) {
            const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            QCOMPARE(o[QStringLiteral("failed")].toInt(), 0);
            importedBoth += o[QStringLiteral("imported")].toInt();
            duplicatesBoth += o[QStringLiteral("duplicates")].toInt();
        }
        QCOMPARE(importedBoth, 300);   // none lost ...
        QCOMPARE(duplicatesBoth, 100); // ... none twice
        const QJsonArray all = run(opts({QStringLiteral("list"), QStringLiteral("--json")})).json().array();
        QSet<QString> fingerprints;
        for (const QJsonValue &c : all)
            fingerprints.insert(c[QStringLiteral("FingerprintSha256")].toString());
        QCOMPARE(all.size(), before + 300); // (the renewals made CSRs for the external CA, no certificates)
        QCOMPARE(fingerprints.size(), all.size());
        int created = 0, skipped = 0;
        for (QProcess *p : {&a, &b}) {
            for (const QJsonValue &o : QJsonDocument::fromJson(p->readAllStandardOutput()).array()) {
                if (o[QStringLiteral("Result")].toString() == QLatin1String("CSR_CREATED"))
                    ++created;
                else if (o[QStringLiteral("Result")].toString() == QLatin1String("SKIPPED"))
                    ++skipped;
            }
        }
        QCOMPARE(created, n);
        const Run list = run(opts({QStringLiteral("managed"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(list.json().array().size(), n);
        for (const QJsonValue &m : list.json().array()) {
            QCOMPARE(m[QStringLiteral("RenewalSummary")][QStringLiteral("RenewalStatus")].toString(), QStringLiteral("PENDING_VALIDATION"));
            const Run d = run(opts({QStringLiteral("managed"), QStringLiteral("describe"), m[QStringLiteral("Id")].toString(), QStringLiteral("--json")}));
            int csrs = 0;
            for (const QJsonValue &h : d.json().object()[QStringLiteral("History")].toArray())
                csrs += h[QStringLiteral("Action")].toString() == QLatin1String("CSR");
            QCOMPARE(csrs, 2); // the request's and one renewal's
        }
        qInfo("two renewer processes: %d renewals, %d skipped as claimed by the other", created, skipped);
    }

    void dbInfoMigrateAndTeam()
    {
        const Run info = cli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const QJsonObject o = info.json().object();
        QCOMPARE(o[QStringLiteral("Engine")].toString(), postgresBackend() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
        QCOMPARE(o[QStringLiteral("Role")].toString(), QStringLiteral("administrator"));
        QCOMPARE(o[QStringLiteral("SchemaVersion")].toInt(), 9);
        QVERIFY(!o[QStringLiteral("Location")].toString().contains(QLatin1String(":secret@")));
        const QJsonObject rows = o[QStringLiteral("Rows")].toObject();
        QCOMPARE(rows[QStringLiteral("certificates")].toInteger(),
                 cli({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size());

        // A backup to a SQLite file: the same rows; a second copy onto it is refused.
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        const Run copied = run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--from=") + m_db,
                                QStringLiteral("--to=") + backup, QStringLiteral("--json")});
        QVERIFY2(copied.exitCode == 0, copied.err.constData());
        QVERIFY(copied.json().object()[QStringLiteral("Rows")].toInteger() > 10);
        const Run backupInfo = run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--db=") + backup});
        QCOMPARE(backupInfo.json().object()[QStringLiteral("Engine")].toString(), QStringLiteral("sqlite"));
        QCOMPARE(backupInfo.json().object()[QStringLiteral("Rows")].toObject(), rows);
        const Run again = run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--from=") + m_db,
                               QStringLiteral("--to=") + backup});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("not empty"), again.err.constData());
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--to=") + backup}).exitCode, 2);
        const Run missing = run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--from=") + m_dir.filePath(QStringLiteral("nothing.db")),
                                 QStringLiteral("--to=") + m_dir.filePath(QStringLiteral("b2.db"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("b2.db"))));

        if (!postgresBackend()) {
            // A local inventory has no team: said so, with the way to one.
            const Run team = cli({QStringLiteral("team"), QStringLiteral("list")});
            QCOMPARE(team.exitCode, 2);
            QVERIFY2(team.err.contains("local inventory") && team.err.contains("db migrate"), team.err.constData());
            QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--db-password-source=pass:x")}).exitCode, 2);
            return;
        }
        const Run added = cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role=auditor"),
                               QStringLiteral("--create"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role=boss")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("nobody-yet"), QStringLiteral("--role=operator")}).exitCode, 2);
        const Run members = cli({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(members.exitCode == 0, members.err.constData());
        bool carol = false;
        for (const QJsonValue &m : members.json().array())
            carol |= m[QStringLiteral("Login")].toString() == QLatin1String("carol") && m[QStringLiteral("Role")].toString() == QLatin1String("auditor");
        QVERIFY(carol);

        // carol, an Auditor, reads but deletes nothing: exit 2, "not permitted", the certificate stays.
        const QString asCarol = QString(m_db).replace(QStringLiteral("certdesk_test@"), QStringLiteral("carol@"));
        const Run carolInfo = run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--db=") + asCarol});
        QVERIFY2(carolInfo.exitCode == 0, carolInfo.err.constData());
        QCOMPARE(carolInfo.json().object()[QStringLiteral("Role")].toString(), QStringLiteral("auditor"));
        QCOMPARE(carolInfo.json().object()[QStringLiteral("User")].toString(), QStringLiteral("carol"));
        const qint64 victim = idOf(QStringLiteral("revoked.example.test"));
        const Run denied = run({QStringLiteral("delete"), QString::number(victim), QStringLiteral("--db=") + asCarol});
        QCOMPARE(denied.exitCode, 2);
        QVERIFY2(denied.err.contains("not permitted"), denied.err.constData());
        QVERIFY2(denied.err.count('\n') == 1, denied.err.constData()); // the one sentence, no driver noise
        QCOMPARE(idOf(QStringLiteral("revoked.example.test")), victim);
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("remove"), QStringLiteral("carol")}).exitCode, 0);
        // The password of a team inventory from a password source (the test cluster trusts
        // 127.0.0.1, so any password does; what matters is that the option is taken).
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--db-password-source=pass:x")}).exitCode, 0);
    }

    void defaultInventoryLocation()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        const Run r = run({QStringLiteral("import"), dataPath(QStringLiteral("leaf-ec.pem"))}, {}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("certdesk/inventory.db"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
