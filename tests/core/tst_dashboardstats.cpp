#include "testutil.h"
#include "testinventory.h"

#include "inventory/dashboardstats.h"
#include "inventory/importjob.h"
#include "inventory/inventory.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace certdesk::core;
using namespace certdesk::test;

namespace {

const QStringList kCertificates = {
    QStringLiteral("root-ca.pem"),      QStringLiteral("intermediate-ca.pem"),  QStringLiteral("leaf-rsa.pem"),
    QStringLiteral("leaf-ec.pem"),      QStringLiteral("leaf-ed25519.pem"),     QStringLiteral("client.pem"),
    QStringLiteral("leaf-expired.pem"), QStringLiteral("leaf-notyetvalid.pem"), QStringLiteral("leaf-revoked.pem"),
    QStringLiteral("leaf-nocn.pem"),    QStringLiteral("selfsigned-ec.pem"),
};

constexpr qint64 kDay = 86400;

using Count = DashboardStats::Count;

} // namespace

// The fixtures at 2026-06-01, with expiry dates and types moved so that every window has
// something in it (see init()). The expected numbers are worked out by hand from
// tests/data/README.md.
class TestDashboardStats : public QObject
{
    Q_OBJECT

    FixedClock m_clock{testTime()};
    QTemporaryDir m_dir;
    std::unique_ptr<Inventory> m_inv;
    int m_opened = 0;

    std::unique_ptr<Inventory> fresh(const QStringList &files)
    {
        const QString name = QStringLiteral("inv-%1").arg(++m_opened);
        auto inv = Inventory::open(certdesk::test::inventoryLocation(m_dir.filePath(name + QStringLiteral(".db"))), m_clock, name);
        if (!inv)
            qFatal("%s", qPrintable(inv.error().message));
        (*inv)->keyStore().setScryptCost(1 << 10);
        ImportOptions options;
        options.masterPassword = [](MasterPasswordPurpose) { return std::optional<QByteArray>("master"); };
        options.filePasswords = [](const PasswordRequest &r) -> std::optional<QByteArray> {
            if (r.attempt > 0)
                return std::nullopt;
            return r.kind == PasswordRequest::Kind::Pkcs12 ? QByteArray("test-p12-pass") : QByteArray("test-key-pass");
        };
        QStringList paths;
        for (const QString &f : files)
            paths << dataPath(f);
        const ImportReport report = ImportJob(**inv, options).importPaths(paths);
        if (report.failed())
            qFatal("import failed: %s", qPrintable(report.failures.first().message));
        return std::move(*inv);
    }

    void exec(Inventory &inv, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(inv.database().db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s", qPrintable(sql));
    }

    void setExpiry(const QString &domain, qint64 days, const QString &type = QStringLiteral("IMPORTED"))
    {
        exec(*m_inv, QStringLiteral("UPDATE certificates SET not_after = ?, type = ? WHERE domain_name = ?"),
             {m_clock.now().toSecsSinceEpoch() + days * kDay, type, domain});
    }

    qint64 sqlCount(Inventory &inv, const QString &where)
    {
        QSqlQuery q(inv.database().db());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM certificates c WHERE ") + where) || !q.next())
            qFatal("%s", qPrintable(where));
        return q.value(0).toLongLong();
    }

    DashboardStats stats(Inventory &inv, const QList<TrustedIssuer> &trusted = {})
    {
        auto s = computeDashboardStats(inv.database(), m_clock.now(), trusted);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return *s;
    }

    QString trustDirWith(const QString &fixture)
    {
        const QString dir = m_dir.filePath(QStringLiteral("trust-%1").arg(++m_opened));
        QDir().mkpath(dir);
        QFile::copy(dataPath(fixture), dir + QStringLiteral("/") + fixture);
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inv = fresh(kCertificates + QStringList{QStringLiteral("intermediate.crl"), QStringLiteral("leaf-rsa.p12"),
                                                  QStringLiteral("leaf-ec.p8.enc.pem")});
        setExpiry(QStringLiteral("www.example.test"), 3);                        // week 0
        setExpiry(QStringLiteral("revoked.example.test"), 10);                   // revoked: in no week
        setExpiry(QStringLiteral("ec.example.test"), 20, QStringLiteral("PRIVATE")); // week 2
        setExpiry(QStringLiteral("ed.example.test"), 45);                        // week 6
        setExpiry(QStringLiteral("alice"), 80, QStringLiteral("PUBLIC"));        // week 11
        setExpiry(QStringLiteral("future.example.test"), 100);                   // not yet valid: in no week
        setExpiry(QStringLiteral("nocn.example.test"), 200);                     // week 28
    }

    void counts_data()
    {
        QTest::addColumn<Count>("which");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("total: the 11 certificates") << Count::Total << qint64(11);
        QTest::newRow("valid: all but expired, not yet valid, revoked") << Count::Valid << qint64(8);
        QTest::newRow("expired: leaf-expired") << Count::Expired << qint64(1);
        QTest::newRow("expiring in 7 days: www") << Count::Expiring7 << qint64(1);
        QTest::newRow("expiring in 30 days: www, revoked, ec") << Count::Expiring30 << qint64(3);
        QTest::newRow("expiring in 60 days: + ed") << Count::Expiring60 << qint64(4);
        QTest::newRow("expiring in 90 days: + alice") << Count::Expiring90 << qint64(5);
        QTest::newRow("with a private key: leaf-rsa, leaf-ec") << Count::WithPrivateKey << qint64(2);
        QTest::newRow("without a trusted chain: none, the root is here") << Count::WithoutTrustedChain << qint64(0);
    }
    void counts()
    {
        QFETCH(Count, which);
        QFETCH(qint64, expected);
        const DashboardStats s = stats(*m_inv);
        QCOMPARE(s.count(which), expected);
        // The tile's filter lists exactly what it counted.
        auto listed = m_inv->count(DashboardStats::filter(which));
        QVERIFY(listed);
        QCOMPARE(*listed, expected);
    }

    void countsMatchPlainSql()
    {
        const DashboardStats s = stats(*m_inv);
        const qint64 now = m_clock.now().toSecsSinceEpoch();
        const QString status = statusExpression(now);
        QCOMPARE(s.total, sqlCount(*m_inv, QStringLiteral("1 = 1")));
        QCOMPARE(s.valid, sqlCount(*m_inv, status + QStringLiteral(" = 'ISSUED'")));
        QCOMPARE(s.expired, sqlCount(*m_inv, status + QStringLiteral(" = 'EXPIRED'")));
        QCOMPARE(s.notYetValid, sqlCount(*m_inv, status + QStringLiteral(" = 'NOT_YET_VALID'")));
        QCOMPARE(s.revoked, sqlCount(*m_inv, status + QStringLiteral(" = 'REVOKED'")));
        QCOMPARE(s.notYetValid, 1);
        QCOMPARE(s.revoked, 1);
        for (size_t i = 0; i < DashboardStats::kExpiryWindows.size(); ++i)
            QCOMPARE(s.expiringWithin[i], sqlCount(*m_inv, QStringLiteral("not_after BETWEEN %1 AND %2")
                                                                .arg(now)
                                                                .arg(now + DashboardStats::kExpiryWindows[i] * kDay)));
        QCOMPARE(s.byStatus.size(), 4);
        QCOMPARE(s.byStatus[0].key, Status::Issued);
        QCOMPARE(s.byStatus[0].count, 8);
        for (const auto &share : s.byStatus) {
            auto listed = m_inv->count(DashboardStats::statusFilter(share.key));
            QVERIFY(listed);
            QCOMPARE(*listed, share.count);
        }
    }

    void weeksByType()
    {
        const DashboardStats s = stats(*m_inv);
        QCOMPARE(s.types, (QStringList{QStringLiteral("IMPORTED"), QStringLiteral("PRIVATE"), QStringLiteral("PUBLIC")}));
        const QHash<int, QPair<QString, qint64>> expected = {
            {0, {QStringLiteral("IMPORTED"), 1}}, {2, {QStringLiteral("PRIVATE"), 1}},
            {6, {QStringLiteral("IMPORTED"), 1}}, {11, {QStringLiteral("PUBLIC"), 1}},
            {28, {QStringLiteral("IMPORTED"), 1}},
        };
        qint64 sum = 0;
        for (int w = 0; w < DashboardStats::kWeeks; ++w) {
            sum += s.expiringInWeek(w);
            if (expected.contains(w)) {
                QCOMPARE(s.expiringPerWeek[size_t(w)].size(), 1);
                QCOMPARE(s.expiringPerWeek[size_t(w)].value(expected[w].first), expected[w].second);
            } else {
                QVERIFY2(s.expiringPerWeek[size_t(w)].isEmpty(), qPrintable(QString::number(w)));
            }
            for (const QString &type : s.types) {
                auto listed = m_inv->count(s.weekFilter(w, type));
                QVERIFY(listed);
                QCOMPARE(*listed, s.expiringPerWeek[size_t(w)].value(type));
            }
            auto all = m_inv->count(s.weekFilter(w));
            QVERIFY(all);
            QCOMPARE(*all, s.expiringInWeek(w));
        }
        QCOMPARE(sum, 5); // the revoked and the not yet valid certificate are not counted
    }

    void breakdowns()
    {
        const DashboardStats s = stats(*m_inv);
        QCOMPARE(s.byIssuer.size(), 3);
        QCOMPARE(s.byIssuer[0].key, QStringLiteral("certdesk Test Issuing CA"));
        QCOMPARE(s.byIssuer[0].count, 8);
        QCOMPARE(s.byIssuer[1].key, QStringLiteral("certdesk Test Root CA"));
        QCOMPARE(s.byIssuer[1].count, 2);
        QCOMPARE(s.byIssuer[2].key, QStringLiteral("selfsigned.example.test"));
        QCOMPARE(s.byIssuer[2].count, 1);
        QCOMPARE(s.otherIssuers, 0);
        for (const auto &share : s.byIssuer)
            QCOMPARE(*m_inv->count(DashboardStats::issuerFilter(share.key)), share.count);
        QCOMPARE(s.byKeyAlgorithm.size(), 5);
        QCOMPARE(s.byKeyAlgorithm[0].key, QStringLiteral("EC_prime256v1"));
        QCOMPARE(s.byKeyAlgorithm[0].count, 7);
        qint64 sum = 0;
        for (const auto &share : s.byKeyAlgorithm) {
            sum += share.count;
            QCOMPARE(*m_inv->count(DashboardStats::keyAlgorithmFilter(share.key)), share.count);
        }
        QCOMPARE(sum, 11);
    }

    void moreThanTenIssuersMakeOther()
    {
        auto inv = fresh({QStringLiteral("leaf-rsa.pem")});
        for (int i = 0; i < 14; ++i)
            exec(*inv, QStringLiteral("INSERT INTO certificates (sha256, sha1, domain_name, common_name, subject, issuer, "
                                      "issuer_cn, serial, not_before, not_after, key_algorithm, signature_algorithm, "
                                      "is_ca, self_signed, spki_sha256, san_count, imported_at) "
                                      "SELECT %1, sha1, domain_name, common_name, subject, issuer, CAST(? AS TEXT), serial, "
                                      "not_before, not_after, key_algorithm, signature_algorithm, is_ca, self_signed, "
                                      "spki_sha256, san_count, imported_at FROM certificates WHERE id = 1")
                          .arg(certdesk::test::postgresBackend()
                                   ? QStringLiteral("decode(md5(random()::text) || md5(random()::text), 'hex')")
                                   : QStringLiteral("randomblob(32)")),
                 {QStringLiteral("Issuer %1").arg(i % 12, 2, 10, QLatin1Char('0'))});
        const DashboardStats s = stats(*inv);
        QCOMPARE(s.total, 15);
        QCOMPARE(s.byIssuer.size(), DashboardStats::kTopIssuers);
        QCOMPARE(s.byIssuer[0].count, 2); // Issuer 00 and 01 twice each
        QCOMPARE(s.byIssuer[0].key, QStringLiteral("Issuer 00"));
        QCOMPARE(s.byIssuer[1].key, QStringLiteral("Issuer 01"));
        qint64 top = 0;
        for (const auto &share : s.byIssuer)
            top += share.count;
        QCOMPARE(top + s.otherIssuers, 15);
        QCOMPARE(s.otherIssuers, 3);
    }

    void nextToExpire()
    {
        const DashboardStats s = stats(*m_inv);
        QStringList names;
        for (const CertificateSummary &c : s.nextToExpire)
            names << c.domainName;
        QCOMPARE(names, (QStringList{QStringLiteral("www.example.test"), QStringLiteral("ec.example.test"),
                                     QStringLiteral("ed.example.test"), QStringLiteral("alice"),
                                     QStringLiteral("nocn.example.test"), QStringLiteral("selfsigned.example.test"),
                                     QStringLiteral("certdesk Test Issuing CA"), QStringLiteral("certdesk Test Root CA")}));
        QCOMPARE(s.nextToExpire[0].notAfter, m_clock.now().addDays(3));
        QCOMPARE(s.nextToExpire[0].sha256.size(), 64);
    }

    void chainsWithoutTheRoot()
    {
        // Without the root, the issuing CA is the top of every chain but selfsigned-ec's.
        QStringList files = kCertificates;
        files.removeAll(QStringLiteral("root-ca.pem"));
        auto inv = fresh(files);
        const DashboardStats s = stats(*inv);
        QCOMPARE(s.total, 10);
        QCOMPARE(s.withoutTrustedChain, 9);
        auto listed = inv->count(DashboardStats::filter(Count::WithoutTrustedChain));
        QVERIFY(listed);
        QCOMPARE(*listed, 9);
        CertificateFilter trusted;
        trusted.chainsToTrustedRoot = true;
        QCOMPARE(*inv->count(trusted), 1);

        // The root in a "system store": the issuing CA's issuer name and key id match it.
        const QList<TrustedIssuer> system = loadTrustedIssuers(trustDirWith(QStringLiteral("root-ca.pem")));
        QCOMPARE(system.size(), 1);
        QCOMPARE(system[0].commonName, QStringLiteral("certdesk Test Root CA"));
        QCOMPARE(system[0].keyId.size(), 20);
        QCOMPARE(stats(*inv, system).withoutTrustedChain, 0);
        QCOMPARE(*inv->count(DashboardStats::filter(Count::WithoutTrustedChain, system)), 0);

        // Same name, another key: not the issuer.
        QList<TrustedIssuer> impostor = system;
        impostor[0].keyId = QByteArray(20, '\x42');
        QCOMPARE(stats(*inv, impostor).withoutTrustedChain, 9);
        QCOMPARE(*inv->count(DashboardStats::filter(Count::WithoutTrustedChain, impostor)), 9);

        // An unrelated store changes nothing.
        const QList<TrustedIssuer> other = loadTrustedIssuers(trustDirWith(QStringLiteral("selfsigned-ec.pem")));
        QCOMPARE(other.size(), 1);
        QCOMPARE(stats(*inv, other).withoutTrustedChain, 9);
    }

    void chainsThroughALeafWhoseIssuerIsMissing()
    {
        // A leaf alone: its issuer is nowhere, it is the top of its own chain.
        auto inv = fresh({QStringLiteral("leaf-ec.pem"), QStringLiteral("selfsigned-ec.pem")});
        QCOMPARE(stats(*inv).withoutTrustedChain, 1);
        CertificateFilter f = DashboardStats::filter(Count::WithoutTrustedChain);
        auto rows = inv->list(f);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().domainName, QStringLiteral("ec.example.test"));
    }

    void readOnlyConnectionOnAWorkerThread()
    {
        const QString path = m_inv->path();
        const QDateTime now = m_clock.now();
        auto future = QtConcurrent::run([path, now]() -> Result<DashboardStats> {
            auto db = Database::openReadOnly(path, QStringLiteral("tst-dashboard-worker"));
            if (!db)
                return std::unexpected(db.error());
            QSqlQuery q(db->db());
            if (q.exec(QStringLiteral("DELETE FROM events")))
                return fail(ErrorCode::Internal, QStringLiteral("a read-only connection wrote"));
            return computeDashboardStats(*db, now);
        });
        future.waitForFinished();
        const auto s = future.result();
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->total, 11);
        QCOMPARE(s->valid, 8);
        QCOMPARE(s->expiringWithin[3], 5);
        QVERIFY(!Database::openReadOnly(certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("missing.db"))), QStringLiteral("tst-missing")));
    }
};

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboardstats.moc"
