#include "testutil.h"
#include "testinventory.h"
#include "testcertificates.h"

#include "inventory/importjob.h"
#include "inventory/inventory.h"
#include "x509/pem.h"

#include <QSqlQuery>
#include <QtTest>

#include <atomic>

using namespace certdesk::core;
using namespace certdesk::test;

namespace {

// Many distinct files: the fixtures re-wrapped in every encoding the parser knows,
// plus copies under other names (which are duplicates by content).
QStringList writeManyFiles(const QString &dir, int copies)
{
    QStringList names = {QStringLiteral("root-ca.pem"), QStringLiteral("intermediate-ca.pem"), QStringLiteral("leaf-rsa.pem"),
                         QStringLiteral("leaf-ec.pem"), QStringLiteral("leaf-ed25519.pem"), QStringLiteral("client.pem"),
                         QStringLiteral("leaf-expired.pem"), QStringLiteral("leaf-notyetvalid.pem"), QStringLiteral("leaf-revoked.pem"),
                         QStringLiteral("leaf-nocn.pem"), QStringLiteral("selfsigned-ec.pem")};
    QStringList written;
    for (int c = 0; c < copies; ++c) {
        QDir(dir).mkpath(QStringLiteral("copy%1/nested").arg(c));
        for (const QString &n : names) {
            const QString path = QStringLiteral("%1/copy%2/nested/%3").arg(dir).arg(c).arg(n);
            QFile::copy(dataPath(n), path);
            written << path;
        }
    }
    return written;
}

// A leaf (issued by "CN=Batch Test Issuer", not in the inventory) with the given CN and DNS names,
// built with OpenSSL's GENERAL_NAME API so any character can go in.
QByteArray makeLeafDer(const QString &commonName, const QStringList &dnsNames, quint64 serial)
{
    using namespace certdesk::core;
    ossl::X509Ptr cert(X509_new());
    X509 *x = cert.get();
    X509_set_version(x, X509_VERSION_3);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(x), serial);
    ASN1_TIME_set(X509_getm_notBefore(x), time_t(testTime().addDays(-1).toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x), time_t(testTime().addDays(90).toSecsSinceEpoch()));
    ossl::X509NamePtr subject(X509_NAME_new()), issuer(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(subject.get(), "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                               int(cn.size()), -1, 0);
    X509_NAME_add_entry_by_txt(issuer.get(), "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Batch Test Issuer"), -1, -1, 0);
    X509_set_subject_name(x, subject.get());
    X509_set_issuer_name(x, issuer.get());
    X509_set_pubkey(x, testKey());
    GENERAL_NAMES *names = sk_GENERAL_NAME_new_null();
    for (const QString &dns : dnsNames) {
        const QByteArray d = dns.toUtf8();
        ASN1_IA5STRING *ia5 = ASN1_IA5STRING_new();
        ASN1_STRING_set(ia5, d.constData(), int(d.size()));
        GENERAL_NAME *gn = GENERAL_NAME_new();
        GENERAL_NAME_set0_value(gn, GEN_DNS, ia5);
        sk_GENERAL_NAME_push(names, gn);
    }
    X509_add1_ext_i2d(x, NID_subject_alt_name, names, 0, X509V3_ADD_DEFAULT);
    GENERAL_NAMES_free(names);
    if (X509_sign(x, testKey(), nullptr) <= 0)
        qFatal("cannot sign a test certificate");
    unsigned char *der = nullptr;
    const int len = i2d_X509(x, &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

    FixedClock m_clock{testTime()};

private Q_SLOTS:
    void parallelImportMatchesSerial_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("transactionSize");
        QTest::newRow("one thread") << 1 << 2000 << 50000;
        QTest::newRow("two threads") << 2 << 2000 << 50000;
        QTest::newRow("four threads, tiny batches") << 4 << 3 << 50000;
        QTest::newRow("two threads, a transaction every few batches") << 2 << 5 << 12;
    }
    void parallelImportMatchesSerial()
    {
        QFETCH(int, threads);
        QFETCH(int, batchSize);
        QFETCH(int, transactionSize);
        QTemporaryDir dir;
        const QStringList files = writeManyFiles(dir.path(), 20); // 220 files, 11 distinct certificates
        auto inv = Inventory::open(certdesk::test::inventoryLocation(dir.filePath(QStringLiteral("inv.db"))), m_clock);
        QVERIFY(inv);
        ImportOptions options;
        options.threads = threads;
        options.batchSize = batchSize;
        options.transactionSize = transactionSize;
        QList<int> progress;
        const ImportReport r = ImportJob(**inv, options).importPaths({dir.path()}, [&](int done, int total, const QString &) {
            QCOMPARE(total, 220);
            progress << done;
        });
        QCOMPARE(r.sources, 220);
        QCOMPARE(r.imported, 11);
        QCOMPARE(r.duplicates, 209);
        QCOMPARE(r.failed(), 0);
        QCOMPARE(*(*inv)->count(), 11);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 220);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        // Issuer links do not depend on the order files were parsed in.
        QSqlQuery q((*inv)->database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE issuer_id IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 9); // all but the root and the self-signed leaf
    }

    void inMemorySources()
    {
        QTemporaryDir dir;
        auto inv = Inventory::open(certdesk::test::inventoryLocation(dir.filePath(QStringLiteral("inv.db"))), m_clock);
        QList<ImportSource> sources;
        sources << ImportSource{QStringLiteral("pasted text"), readData(QStringLiteral("chain-all.pem"))}
                << ImportSource{QStringLiteral("clipboard"), QByteArray("not PEM at all")};
        const ImportReport r = ImportJob(**inv, {}).importData(sources);
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.failed(), 1);
        QVERIFY(r.failures.first().message.startsWith(QStringLiteral("clipboard: ")));
    }

    void cancelStopsAndKeepsWhatWasWritten()
    {
        QTemporaryDir dir;
        writeManyFiles(dir.path(), 50);
        auto inv = Inventory::open(certdesk::test::inventoryLocation(dir.filePath(QStringLiteral("inv.db"))), m_clock);
        std::atomic_bool cancel{false};
        ImportOptions options;
        options.threads = 2;
        options.batchSize = 5;
        const ImportReport r = ImportJob(**inv, options).importPaths({dir.path()}, [&](int done, int, const QString &) {
            if (done >= 20)
                cancel = true;
        }, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(r.sources < 550);
        QVERIFY(r.failures.last().message.contains(QStringLiteral("cancelled")));
        // What was reported as imported is exactly what is in the inventory.
        QCOMPARE(*(*inv)->count(), qint64(r.imported));
    }

    // A trigger that makes inserts into table fail with "disk on fire" (when condition holds).
    static bool refuseInserts(QSqlQuery &q, const QString &table, const QString &condition = {})
    {
        if (!certdesk::test::postgresBackend())
            return q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON %1 %2 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
                              .arg(table, condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition));
        return q.exec(QStringLiteral("CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                     "$$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$"))
            && q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON %1 FOR EACH ROW %2 EXECUTE FUNCTION refuse()")
                          .arg(table, condition.isEmpty() ? QString() : QStringLiteral("WHEN (%1)").arg(condition)));
    }

    void databaseFailureRollsBackTheBatchAndReportsIt()
    {
        QTemporaryDir dir;
        auto inv = Inventory::open(certdesk::test::inventoryLocation(dir.filePath(QStringLiteral("inv.db"))), m_clock);
        // Make every certificate insert fail inside the transaction.
        QSqlQuery q((*inv)->database().db());
        QVERIFY(refuseInserts(q, QStringLiteral("names")));
        const ImportReport r = ImportJob(**inv, {}).importPaths({dataPath(QStringLiteral("leaf-ec.pem")), dataPath(QStringLiteral("root-ca.pem"))});
        QCOMPARE(r.imported, 0);
        QVERIFY(r.failed() >= 1);
        QVERIFY(r.failures.first().message.contains(QStringLiteral("disk on fire")));
        QCOMPARE(*(*inv)->count(), 0); // nothing half-written
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(certdesk::test::postgresBackend() ? QStringLiteral("DROP TRIGGER refuse ON names") : QStringLiteral("DROP TRIGGER refuse")));
        const ImportReport again = ImportJob(**inv, {}).importPaths({dataPath(QStringLiteral("leaf-ec.pem"))});
        QCOMPARE(again.imported, 1);
    }

    // Names with every character that means something to SQL or to PostgreSQL's array
    // literals ({ } , " \\ ' NULL) arrive unchanged, in one batch with a repeat in it.
    void awkwardNamesArriveUnchanged()
    {
        QTemporaryDir dir;
        auto inv = Inventory::open(certdesk::test::inventoryLocation(dir.filePath(QStringLiteral("inv.db"))), m_clock);
        QVERIFY(inv);
        const QList<std::pair<QString, QStringList>> leaves{
            {QStringLiteral("q\"uote\\back{brace},comma 'apos'"), {QStringLiteral("a\"b.example"), QStringLiteral("c\\d{e},f.example")}},
            {QStringLiteral("NULL"), {QStringLiteral("NULL"), QStringLiteral("null.example")}},
            {QStringLiteral("ünïcödé – ✓"), {}},
            {QStringLiteral("plain.example"), {QStringLiteral("plain.example"), QStringLiteral("www.plain.example")}},
        };
        QList<ImportSource> sources;
        QList<QByteArray> ders;
        quint64 serial = 100;
        for (const auto &[cn, sans] : leaves) {
            ders << makeLeafDer(cn, sans, serial++);
            sources << ImportSource{cn, ders.last()};
        }
        sources << ImportSource{QStringLiteral("again"), ders.first()};
        const ImportReport r = ImportJob(**inv, {}).importData(sources);
        QCOMPARE(r.failed(), 0);
        QCOMPARE(r.imported, 4);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.importedIds.size(), 4);
        for (int i = 0; i < leaves.size(); ++i) {
            auto rec = (*inv)->record(r.importedIds[i]);
            QVERIFY(rec);
            QCOMPARE(rec->certificate.der(), ders[i]);
            QCOMPARE(rec->summary.domainName, leaves[i].first);
            QCOMPARE(rec->summary.subject, rec->certificate.subject().rfc4514);
            QSqlQuery q((*inv)->database().db());
            q.prepare(QStringLiteral("SELECT name FROM names WHERE cert_id = ?"));
            q.addBindValue(r.importedIds[i]);
            QVERIFY(q.exec());
            QStringList stored;
            while (q.next())
                stored << q.value(0).toString();
            QStringList expected = leaves[i].second;
            std::sort(stored.begin(), stored.end());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(stored, expected);
            auto events = (*inv)->events(r.importedIds[i]);
            QVERIFY(events);
            QCOMPARE(events->size(), 1);
            QCOMPARE(events->first().kind, QStringLiteral("import"));
        }
        CertificateFilter f;
        f.search = QStringLiteral("c\\d{e}");
        auto found = (*inv)->resolveSearch(f);
        QVERIFY(found);
        QCOMPARE(*(*inv)->count(*found), 1);
    }

    void aFailedTransactionKeepsTheCommittedOnes()
    {
        QTemporaryDir dir;
        auto inv = Inventory::open(certdesk::test::inventoryLocation(dir.filePath(QStringLiteral("inv.db"))), m_clock);
        QSqlQuery q((*inv)->database().db());
        QVERIFY(refuseInserts(q, QStringLiteral("certificates"), QStringLiteral("NEW.common_name = 'www.example.test'")));
        ImportOptions options;
        options.threads = 1;
        options.batchSize = 1;
        options.transactionSize = 2; // two one-certificate files per transaction: root + EC leaf commit, the other two fail
        const ImportReport r = ImportJob(**inv, options).importPaths(
            {dataPath(QStringLiteral("root-ca.pem")), dataPath(QStringLiteral("leaf-ec.pem")),
             dataPath(QStringLiteral("leaf-ed25519.pem")), dataPath(QStringLiteral("leaf-rsa.pem"))});
        QCOMPARE(r.sources, 4);
        QCOMPARE(r.imported, 2);
        QCOMPARE(*(*inv)->count(), 2);
        QCOMPARE(r.failed(), 2); // both files of the rolled-back transaction, each named
        QVERIFY(r.failures[0].message.startsWith(dataPath(QStringLiteral("leaf-ed25519.pem"))));
        QVERIFY(r.failures[1].message.startsWith(dataPath(QStringLiteral("leaf-rsa.pem"))));
        QVERIFY(r.failures[1].message.contains(QStringLiteral("disk on fire")));
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
