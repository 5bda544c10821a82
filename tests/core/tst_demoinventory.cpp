// The demo inventory: composition at a fixed clock, keys, tags, the broken chain, and
// certificates that openssl itself verifies against the demo root.

#include "testutil.h"
#include "testinventory.h"

#include "inventory/demoinventory.h"
#include "inventory/inventory.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

class TestDemoInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto demo = core::createDemoInventory(path(), m_clock);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        m_demo = *demo;
        qInfo("demo inventory: %d certificates, keys and signatures in %lld ms, %lld ms in all", m_demo.certificates,
              m_demo.generationMs, m_demo.totalMs);
        auto inv = core::Inventory::open(path(), m_clock, QStringLiteral("tst-demo"));
        QVERIFY(inv);
        m_inventory = std::move(*inv);
    }

    void composition()
    {
        QCOMPARE(m_demo.authorities, 3);
        QCOMPARE(m_demo.leaves, 60);
        QCOMPARE(m_demo.certificates, 63);
        QCOMPARE(m_demo.expired + m_demo.within7Days + m_demo.within30Days + m_demo.within90Days + m_demo.later, 60);
        QCOMPARE(m_demo.intermediateIds.size(), 2);
        QVERIFY(m_demo.rootId > 0);
        QVERIFY(m_demo.brokenChainId > 0);
        QCOMPARE(*m_inventory->count(), 63);
    }

    void expiryBuckets_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("withinDays");
        QTest::addColumn<int>("expected");
        QTest::newRow("expired") << core::Status::Expired << -1 << 8;
        QTest::newRow("within 7 days") << QString() << 7 << 6;
        QTest::newRow("within 30 days") << QString() << 30 << 16;
        QTest::newRow("within 90 days") << QString() << 90 << 30;
        QTest::newRow("valid") << core::Status::Issued << -1 << 55; // 52 leaves and 3 CAs
    }

    void expiryBuckets()
    {
        QFETCH(QString, status);
        QFETCH(int, withinDays);
        QFETCH(int, expected);
        core::CertificateFilter filter;
        filter.status = status;
        if (withinDays >= 0)
            filter.expiresWithinDays = withinDays;
        QCOMPARE(*m_inventory->count(filter), qint64(expected));
    }

    void bucketsMatchTheSummary()
    {
        QCOMPARE(m_demo.expired, 8);
        QCOMPARE(m_demo.within7Days, 6);
        QCOMPARE(m_demo.within30Days, 10);
        QCOMPARE(m_demo.within90Days, 14);
        QCOMPARE(m_demo.later, 22);
    }

    void keyAlgorithms()
    {
        core::CertificateFilter rsa;
        rsa.keyAlgorithm = QStringLiteral("RSA_2048");
        core::CertificateFilter ec;
        ec.keyAlgorithm = QStringLiteral("EC_prime256v1");
        const qint64 rsaCount = *m_inventory->count(rsa);
        const qint64 ecCount = *m_inventory->count(ec);
        QVERIFY2(rsaCount >= 5 && rsaCount <= 15, qPrintable(QString::number(rsaCount)));
        QVERIFY(ecCount > rsaCount);
    }

    void privateKeysDecryptWithTheDemoPassword()
    {
        core::CertificateFilter withKey;
        withKey.hasPrivateKey = true;
        QCOMPARE(*m_inventory->count(withKey), qint64(m_demo.privateKeys));
        QVERIFY(m_demo.privateKeys >= 15);
        QVERIFY(!m_inventory->keyStore().isUnlocked());
        QVERIFY(m_inventory->keyStore().isInitialized());
        QVERIFY(!m_inventory->keyStore().unlock("wrong"));
        QVERIFY(m_inventory->keyStore().unlock(core::kDemoMasterPassword));

        const auto some = m_inventory->list(withKey, {}, 3);
        QVERIFY(some);
        for (const core::CertificateSummary &s : *some) {
            const auto key = m_inventory->privateKey(s.id, {}, QStringLiteral("test"));
            QVERIFY2(key, key ? "" : qPrintable(key.error().message));
            QCOMPARE(key->publicKeySha256(), m_inventory->certificate(s.id)->publicKeySha256());
        }
        m_inventory->keyStore().lock();
    }

    void tags()
    {
        core::CertificateFilter env;
        env.tags = {{QStringLiteral("env"), std::nullopt}};
        QCOMPARE(*m_inventory->count(env), qint64(m_demo.tagged));
        QVERIFY(m_demo.tagged >= 40 && m_demo.tagged < 60);
        core::CertificateFilter staging;
        staging.tags = {{QStringLiteral("env"), QStringLiteral("staging")}};
        QVERIFY(*m_inventory->count(staging) >= 5);
        core::CertificateFilter owner;
        owner.tags = {{QStringLiteral("owner"), std::nullopt}};
        QVERIFY(*m_inventory->count(owner) >= 15);
        core::CertificateFilter team;
        team.tags = {{QStringLiteral("team"), QStringLiteral("web")}};
        QVERIFY(*m_inventory->count(team) >= 10);
    }

    void brokenChain()
    {
        const auto chain = m_inventory->issuerChain(m_demo.brokenChainId);
        QVERIFY(chain);
        QVERIFY(chain->isEmpty());
        const auto record = m_inventory->record(m_demo.brokenChainId);
        QVERIFY(record);
        QCOMPARE(record->summary.domainName, QStringLiteral("legacy-erp.corp.example.net"));
        QVERIFY(!record->issuerId);
        QCOMPARE(record->certificate.issuer().value(QStringLiteral("CN")), QStringLiteral("Example Corp Legacy CA"));
    }

    void opensslVerifiesAgainstTheRoot_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("valid");
        QTest::newRow("public web, EC intermediate") << QStringLiteral(".example.com") << true;
        QTest::newRow("internal, RSA intermediate") << QStringLiteral(".corp.example.net") << true;
        QTest::newRow("broken chain") << QStringLiteral("legacy-erp.corp.example.net") << false;
    }

    void opensslVerifiesAgainstTheRoot()
    {
        QFETCH(QString, search);
        QFETCH(bool, valid);
        // The first valid leaf that matches (the broken one only for its own row).
        core::CertificateFilter filter;
        filter.search = search;
        filter.status = core::Status::Issued;
        const auto found = m_inventory->list(filter);
        QVERIFY(found);
        qint64 id = 0;
        for (const auto &s : *found) {
            if (!s.isCa && (s.id == m_demo.brokenChainId) == !valid) {
                id = s.id;
                break;
            }
        }
        QVERIFY(id > 0);
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("root.pem"), m_inventory->certificate(m_demo.rootId)->toPem());
        QByteArray chain;
        const auto issuers = m_inventory->issuerChain(id);
        QVERIFY(issuers);
        for (const core::Certificate &c : *issuers) {
            if (!c.isSelfSigned())
                chain += c.toPem();
        }
        write(QStringLiteral("chain.pem"), chain.isEmpty() ? QByteArray() : chain);
        write(QStringLiteral("leaf.pem"), m_inventory->certificate(id)->toPem());
        QStringList args{QStringLiteral("verify"), QStringLiteral("-attime"),
                         QString::number(m_clock.now().toSecsSinceEpoch()), QStringLiteral("-CAfile"),
                         dir.filePath(QStringLiteral("root.pem"))};
        if (!chain.isEmpty())
            args << QStringLiteral("-untrusted") << dir.filePath(QStringLiteral("chain.pem"));
        args << dir.filePath(QStringLiteral("leaf.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), args);
        QVERIFY(openssl.waitForFinished(30000));
        const QByteArray output = openssl.readAllStandardOutput() + openssl.readAllStandardError();
        QVERIFY2((openssl.exitCode() == 0) == valid, output.constData());
    }

    void refusesANonEmptyInventory()
    {
        const auto again = core::createDemoInventory(path(), m_clock);
        QVERIFY(!again);
        QCOMPARE(again.error().code, core::ErrorCode::Duplicate);
        QCOMPARE(*m_inventory->count(), qint64(63));
    }

private:
    QString path() const { return certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("demo.db"))); }

    QTemporaryDir m_dir;
    core::FixedClock m_clock{test::testTime()};
    core::DemoInventory m_demo;
    std::unique_ptr<core::Inventory> m_inventory;
};

QTEST_GUILESS_MAIN(TestDemoInventory)
#include "tst_demoinventory.moc"
