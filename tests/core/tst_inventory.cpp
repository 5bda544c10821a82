#include "testutil.h"
#include "testinventory.h"

#include "inventory/importjob.h"
#include "inventory/inventory.h"

#include <QSqlQuery>
#include <QtTest>

using namespace certdesk::core;
using namespace certdesk::test;

namespace {

const QStringList kCertificateFiles = {
    QStringLiteral("root-ca.pem"),      QStringLiteral("intermediate-ca.pem"), QStringLiteral("leaf-rsa.pem"),
    QStringLiteral("leaf-ec.pem"),      QStringLiteral("leaf-ed25519.pem"),    QStringLiteral("client.pem"),
    QStringLiteral("leaf-expired.pem"), QStringLiteral("leaf-notyetvalid.pem"), QStringLiteral("leaf-revoked.pem"),
    QStringLiteral("leaf-nocn.pem"),    QStringLiteral("selfsigned-ec.pem"),
};

QStringList paths(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << dataPath(n);
    return out;
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

    FixedClock m_clock{testTime()};
    QTemporaryDir m_dir;
    std::unique_ptr<Inventory> m_inv;

    std::unique_ptr<Inventory> fresh(const QString &name)
    {
        auto inv = Inventory::open(certdesk::test::inventoryLocation(m_dir.filePath(name)), m_clock, name);
        if (!inv)
            qFatal("%s", qPrintable(inv.error().message));
        (*inv)->keyStore().setScryptCost(1 << 10);
        return std::move(*inv);
    }

    ImportReport import(Inventory &inv, const QStringList &files, bool dryRun = false)
    {
        ImportOptions options;
        options.dryRun = dryRun;
        options.masterPassword = [](MasterPasswordPurpose) { return std::optional<QByteArray>("master"); };
        options.filePasswords = [](const PasswordRequest &r) -> std::optional<QByteArray> {
            if (r.attempt > 0)
                return std::nullopt;
            return r.kind == PasswordRequest::Kind::Pkcs12 ? QByteArray("test-p12-pass") : QByteArray("test-key-pass");
        };
        return ImportJob(inv, options).importPaths(paths(files));
    }

    qint64 idOf(const QString &domain)
    {
        CertificateFilter f;
        f.search = domain;
        auto rows = m_inv->list(f);
        for (const auto &r : *rows) {
            if (r.domainName == domain)
                return r.id;
        }
        qFatal("no %s", qPrintable(domain));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_inv = fresh(QStringLiteral("main.db"));
        const ImportReport r = import(*m_inv, kCertificateFiles + QStringList{QStringLiteral("intermediate.crl")});
        for (const Error &e : r.failures)
            qWarning() << e.message;
        QCOMPARE(r.failed(), 0);
        QCOMPARE(r.imported, 11);
        QCOMPARE(r.crls, 1);
        QCOMPARE(r.duplicates, 0);
    }

    void schemaAndPragmas()
    {
        QCOMPARE(m_inv->database().schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(m_inv->database().db());
        if (m_inv->database().isPostgres()) {
            // The same tables as SQLite, the version in certdesk_schema, the connected user an Administrator.
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM certdesk_schema")) && q.next());
            QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 25);
            QCOMPARE(m_inv->database().role(), TeamRole::Administrator);
            QCOMPARE(m_inv->database().user(), QStringLiteral("certdesk_test"));
            return;
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reimportIsDuplicate()
    {
        const ImportReport r = import(*m_inv, {QStringLiteral("leaf-rsa.pem"), QStringLiteral("chain-all.pem")});
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.duplicates, 4);
        QCOMPARE(*m_inv->count(), 11);
    }

    void statusAtFixedClock_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("count");
        QTest::newRow("issued") << "ISSUED" << 8;
        QTest::newRow("expired") << "EXPIRED" << 1;
        QTest::newRow("not yet valid") << "NOT_YET_VALID" << 1;
        QTest::newRow("revoked (from the CRL)") << "REVOKED" << 1;
    }
    void statusAtFixedClock()
    {
        QFETCH(QString, status);
        QFETCH(int, count);
        CertificateFilter f;
        f.status = status;
        QCOMPARE(*m_inv->count(f), count);
        const auto rows = m_inv->list(f);
        QVERIFY(rows);
        for (const auto &row : *rows)
            QCOMPARE(row.status, status);
    }

    void statusFollowsTheClock()
    {
        FixedClock later(QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
        auto inv = Inventory::open(m_inv->path(), later, QStringLiteral("later"));
        QVERIFY(inv);
        CertificateFilter f;
        f.status = QStringLiteral("EXPIRED");
        QCOMPARE(*(*inv)->count(f), 7); // the 2030 leaves (but the revoked one) and the 2021 one
    }

    void unknownStatusIsAnError()
    {
        CertificateFilter f;
        f.status = QStringLiteral("SHINY");
        const auto r = m_inv->count(f);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("unknown status")));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("common name") << "www.example" << 1;
        QTest::newRow("SAN only") << "*.api.example.test" << 1;
        QTest::newRow("SAN of leaf without CN") << "alt.nocn" << 1;
        QTest::newRow("IP SAN") << "192.0.2.10" << 1;
        QTest::newRow("e-mail SAN") << "alice@example.test" << 1;
        QTest::newRow("subject O") << "Example Org" << 3;
        QTest::newRow("issuer") << "certdesk Test Issuing CA" << 9; // 8 leaves + the CA's own subject
        QTest::newRow("serial") << "1007" << 1;
        QTest::newRow("case-insensitive") << "WWW.EXAMPLE.TEST" << 1;
        QTest::newRow("no match") << "nothing-like-this" << 0;
        QTest::newRow("like wildcard is literal") << "%" << 0;
        QTest::newRow("underscore is literal") << "www_example" << 0;
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        CertificateFilter f;
        f.search = text;
        QCOMPARE(*m_inv->count(f), count);

        // Resolved to ids, the same rows in the same order; past the limit, left unresolved.
        const auto idsOf = [this](const CertificateFilter &filter) {
            QList<qint64> ids;
            const auto rows = m_inv->list(filter, SortSpec{QStringLiteral("name"), false});
            for (const auto &row : *rows)
                ids << row.id;
            return ids;
        };
        const auto resolved = m_inv->resolveSearch(f);
        QVERIFY(resolved);
        QVERIFY(resolved->searchIds);
        QCOMPARE(resolved->searchIds->size(), count);
        QCOMPARE(*m_inv->count(*resolved), count);
        QCOMPARE(idsOf(*resolved), idsOf(f));
        CertificateFilter combined = f;
        combined.status = Status::Issued;
        QCOMPARE(*m_inv->count(*m_inv->resolveSearch(combined)), *m_inv->count(combined));
        if (count > 1)
            QVERIFY(!m_inv->resolveSearch(f, count - 1)->searchIds);
    }

    void searchByFingerprintPrefix()
    {
        const auto rows = *m_inv->list({});
        const QString sha = rows.first().sha256;
        CertificateFilter f;
        f.search = sha.left(12).toUpper();
        QCOMPARE(*m_inv->count(f), 1);
        auto resolved = m_inv->resolve(sha.left(8));
        QVERIFY(resolved);
        QCOMPARE(*resolved, rows.first().id);
        QCOMPARE(*m_inv->resolve(QString::number(rows.first().id)), rows.first().id);
        QCOMPARE(m_inv->resolve(QStringLiteral("zz-top")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_inv->resolve(QStringLiteral("999")).error().code, ErrorCode::NotFound);
        QCOMPARE(m_inv->resolve(QStringLiteral("abc")).error().code, ErrorCode::InvalidInput);

        // With colons, as openssl prints it, and as SHA-1.
        QString colons;
        for (int i = 0; i < 16; i += 2)
            colons += sha.mid(i, 2) + (i < 14 ? QStringLiteral(":") : QString());
        f.search = colons;
        QCOMPARE(*m_inv->count(f), 1);
        f.search = QString::fromLatin1(m_inv->certificate(rows.first().id)->sha1().toHex().left(10));
        QCOMPARE(*m_inv->count(f), 1);
        // A few hex digits are a name fragment, not a fingerprint (they would match every 16th).
        f.search = sha.left(kMinFingerprintDigits - 1);
        QCOMPARE(*m_inv->count(f), 0);
    }

    void searchIsCaseInsensitiveBeyondAscii()
    {
        const QString stored = searchText(QStringLiteral("CN=M\u00dcNCHEN.example,O=\u00c9COLE"), QStringLiteral("CN=Root"),
                                          {QStringLiteral("Stra\u00dfe.example")});
        QVERIFY(stored.contains(searchNeedle(QStringLiteral("m\u00fcnchen"))));
        QVERIFY(stored.contains(searchNeedle(QStringLiteral("\u00e9cole"))));
        QVERIFY(stored.contains(searchNeedle(QStringLiteral("STRA\u00dfE"))));
        QVERIFY(!stored.contains(searchNeedle(QStringLiteral("muenchen"))));
    }

    void schemaTwoIsUpgraded()
    {
        if (certdesk::test::postgresBackend())
            QSKIP("SQLite only: team inventories (PostgreSQL) start at schema 9, there is no older one to upgrade");
        // Build a schema-2 inventory (DER inside certificates, no search table) from a current
        // one, reopen it, and check the upgrade kept every certificate whole and searchable.
        const QString path = m_dir.filePath(QStringLiteral("schema2.db"));
        {
            auto inv = fresh(QStringLiteral("schema2.db"));
            QCOMPARE(import(*inv, kCertificateFiles).imported, 11);
            QSqlQuery q(inv->database().db());
            for (const char *sql : {"ALTER TABLE certificates ADD COLUMN der BLOB",
                                    "UPDATE certificates SET der = (SELECT d.der FROM certificate_der d WHERE d.cert_id = certificates.id)",
                                    "DROP TABLE certificate_der", "DROP TABLE certificate_search", "DROP INDEX certificates_validity",
                                    "CREATE INDEX certificates_not_after ON certificates(not_after)", "DROP INDEX events_kind",
                                    "DROP TABLE file_locations", "DROP TABLE endpoints", "DROP TABLE scans", "DROP TABLE deployments",
                                    "DROP TABLE acme_accounts", "DROP TABLE managed_history", "DROP TABLE managed", "DROP TABLE ca_audit", "DROP TABLE ca_crls",
                                    "DROP TABLE ca_issued", "DROP TABLE cas", "DROP TABLE team_members",
                                    "ALTER TABLE certificates DROP COLUMN version", "PRAGMA user_version = 2"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        auto reopened = Inventory::open(path, m_clock, QStringLiteral("schema2-reopened"));
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        Inventory &inv = **reopened;
        QCOMPARE(inv.database().schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(*inv.count(), 11);
        QSqlQuery q(inv.database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM certificate_der")) && q.next());
        QCOMPARE(q.value(0).toInt(), 11);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('certificates') WHERE name = 'der'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const auto rows = inv.list({});
        QVERIFY(rows);
        for (const auto &row : *rows)
            QVERIFY(inv.certificate(row.id));
        CertificateFilter f;
        f.search = QStringLiteral("*.api.example.test"); // a SAN: read from the names table during the upgrade
        QCOMPARE(*inv.count(f), 1);
        f.search = QStringLiteral("CERTDESK TEST ISSUING CA");
        QCOMPARE(*inv.count(f), 9);
    }

    void newInventoryIsPrivateToItsOwner()
    {
        if (certdesk::test::postgresBackend())
            QSKIP("SQLite only: file permissions (a PostgreSQL inventory's privacy is its grants: tst_team)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/private.db"));
        auto inv = Inventory::open(path, m_clock);
        QVERIFY(inv);
        QVERIFY((*inv)->logEvent(QStringLiteral("test"), std::nullopt, QStringLiteral("subject"), QStringLiteral("detail")));
        const auto owner = QFile::ReadOwner | QFile::WriteOwner;
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            const auto mode = QFile::permissions(file);
            QVERIFY2((mode & owner) == owner && !(mode & others), qPrintable(file));
        }
    }

    void resolveEveryPrefixShape()
    {
        // Fingerprints are stored as bytes; prefixes of odd length, upper case, with colons,
        // SHA-1 or SHA-256, all find the one certificate.
        const auto rows = m_inv->list({});
        QVERIFY(rows && !rows->isEmpty());
        for (const CertificateSummary &row : *rows) {
            auto record = m_inv->record(row.id);
            QVERIFY(record);
            const QString sha1 = record->certificate.sha1Hex();
            const QStringList prefixes = {row.sha256, row.sha256.left(7), row.sha256.left(10).toUpper(), sha1.left(9),
                                          toColonHex(record->certificate.sha256()).left(20)};
            for (const QString &prefix : prefixes) {
                auto id = m_inv->resolve(prefix);
                QVERIFY2(id, qPrintable(prefix));
                QCOMPARE(*id, row.id);
            }
        }
        // The top of the range has no upper bound.
        const auto ff = m_inv->resolve(QStringLiteral("ffffffffff"));
        QVERIFY(!ff);
        QCOMPARE(ff.error().code, ErrorCode::NotFound);
    }

    void filtersCombine()
    {
        CertificateFilter f;
        f.keyAlgorithm = QStringLiteral("EC_prime256v1");
        QCOMPARE(*m_inv->count(f), 7); // ec, client, expired, future, revoked, nocn, selfsigned
        f.status = QStringLiteral("ISSUED");
        QCOMPARE(*m_inv->count(f), 4);
        f.expiresWithinDays = 30;
        QCOMPARE(*m_inv->count(f), 0);
        f = {};
        f.expiresWithinDays = 365 * 4; // until mid-2030: the 2030 leaves
        QCOMPARE(*m_inv->count(f), 7);
        f.type = QStringLiteral("IMPORTED");
        QCOMPARE(*m_inv->count(f), 7);
        f.type = QStringLiteral("PRIVATE");
        QCOMPARE(*m_inv->count(f), 0);
    }

    void sorting()
    {
        SortSpec s;
        s.column = QStringLiteral("not_after");
        auto rows = *m_inv->list({}, s);
        QCOMPARE(rows.first().domainName, QStringLiteral("expired.example.test"));
        QCOMPARE(rows.last().domainName, QStringLiteral("certdesk Test Root CA"));
        s.descending = true;
        rows = *m_inv->list({}, s, 2);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().domainName, QStringLiteral("certdesk Test Root CA"));
        s.column = QStringLiteral("name");
        s.descending = false;
        rows = *m_inv->list({}, s, 1, 1);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().domainName, QStringLiteral("certdesk Test Issuing CA"));
        s.column = QStringLiteral("bogus");
        QVERIFY(!m_inv->list({}, s));
    }

    void issuerLinksAndChain()
    {
        const qint64 leaf = idOf(QStringLiteral("www.example.test"));
        auto rec = m_inv->record(leaf);
        QVERIFY(rec);
        QVERIFY(rec->issuerId);
        QCOMPARE(m_inv->record(*rec->issuerId)->summary.domainName, QStringLiteral("certdesk Test Issuing CA"));
        const auto chain = m_inv->issuerChain(leaf);
        QVERIFY(chain);
        QCOMPARE(chain->size(), 2);
        QCOMPARE(chain->at(0).commonName(), QStringLiteral("certdesk Test Issuing CA"));
        QCOMPARE(chain->at(1).commonName(), QStringLiteral("certdesk Test Root CA"));
        const auto root = m_inv->record(idOf(QStringLiteral("certdesk Test Root CA")));
        QVERIFY(!root->issuerId);
        QVERIFY(root->summary.isCa);
    }

    void validateWithIntermediatesFromTheInventory()
    {
        const qint64 leaf = idOf(QStringLiteral("www.example.test"));
        ValidationOptions options;
        options.trusted = {m_inv->issuerChain(leaf)->last()}; // the root, as the given trust anchor
        options.host = QStringLiteral("www.example.test");
        auto result = m_inv->validate(leaf, options);
        QVERIFY(result);
        QVERIFY2(result->valid, qPrintable(result->summary()));
        QCOMPARE(result->chain.size(), 3);
        // Without a trust anchor the chain built from the inventory stops at an untrusted root.
        auto untrusted = m_inv->validate(leaf, {});
        QVERIFY(untrusted);
        QVERIFY(!untrusted->valid);
        QVERIFY(!untrusted->problems.isEmpty());
        // Status time comes from the inventory's clock: in 2031 the leaf has expired.
        options.at = QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(!m_inv->validate(leaf, options)->valid);
    }

    void revocationRecorded()
    {
        const auto rec = m_inv->record(idOf(QStringLiteral("revoked.example.test")));
        QCOMPARE(rec->summary.status, Status::Revoked);
        QCOMPARE(rec->revocationReason, QStringLiteral("keyCompromise"));
        QCOMPARE(rec->revokedAt, QDateTime(QDate(2026, 4, 15), QTime(0, 0), Qt::UTC));
    }

    void issuerArrivingLaterIsLinked()
    {
        auto inv = fresh(QStringLiteral("order.db"));
        QCOMPARE(import(*inv, {QStringLiteral("leaf-revoked.pem"), QStringLiteral("intermediate.crl")}).imported, 1);
        QCOMPARE(import(*inv, {QStringLiteral("intermediate-ca.pem")}).imported, 1);
        CertificateFilter f;
        f.status = QStringLiteral("REVOKED");
        QCOMPARE(*inv->count(f), 1);
        const auto rows = *inv->list({});
        for (const auto &row : rows) {
            if (row.domainName == QLatin1String("revoked.example.test"))
                QVERIFY(inv->record(row.id)->issuerId);
        }
    }

    void tags()
    {
        const qint64 id = idOf(QStringLiteral("ec.example.test"));
        QVERIFY(m_inv->addTags(id, {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("web")}}));
        QVERIFY(m_inv->addTags(id, {{QStringLiteral("env"), QStringLiteral("staging")}})); // overwrite
        auto rec = m_inv->record(id);
        QCOMPARE(rec->tags, (QList<Tag>{{QStringLiteral("env"), QStringLiteral("staging")}, {QStringLiteral("team"), QStringLiteral("web")}}));
        CertificateFilter f;
        f.tags = {TagFilter{QStringLiteral("env"), QStringLiteral("staging")}};
        QCOMPARE(*m_inv->count(f), 1);
        f.tags = {TagFilter{QStringLiteral("team"), std::nullopt}};
        QCOMPARE(*m_inv->count(f), 1);
        QVERIFY(m_inv->removeTags(id, {QStringLiteral("team")}));
        QCOMPARE(*m_inv->count(f), 0);

        // ACM limits: key 128, value 256, 50 tags.
        QVERIFY(!m_inv->addTags(id, {{QString(129, QLatin1Char('k')), QStringLiteral("v")}}));
        QVERIFY(!m_inv->addTags(id, {{QStringLiteral("k"), QString(257, QLatin1Char('v'))}}));
        QVERIFY(m_inv->addTags(id, {{QString(128, QLatin1Char('k')), QString(256, QLatin1Char('v'))}}));
        QList<Tag> many;
        for (int i = 0; i < 48; ++i)
            many.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});
        QVERIFY(m_inv->addTags(id, many)); // 1 + 1 + 48 = 50
        const auto tooMany = m_inv->addTags(id, {{QStringLiteral("one-more"), QStringLiteral("v")}});
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(m_inv->record(id)->tags.size(), 50);
        QVERIFY(parseTag(QStringLiteral("a=b=c")));
        QCOMPARE(parseTag(QStringLiteral("a=b=c"))->second, QStringLiteral("b=c"));
        QVERIFY(!parseTag(QStringLiteral("=x")));
    }

    void deleteAndEvents()
    {
        const qint64 id = idOf(QStringLiteral("future.example.test"));
        auto events = m_inv->events(id);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().kind, QStringLiteral("import"));
        QVERIFY(events->first().detail.contains(QStringLiteral("leaf-notyetvalid.pem")));
        QVERIFY(m_inv->remove(id));
        QCOMPARE(m_inv->record(id).error().code, ErrorCode::NotFound);
        events = m_inv->events(id);
        QCOMPARE(events->first().kind, QStringLiteral("delete"));
        QCOMPARE(*m_inv->count(), 10);
        QCOMPARE(m_inv->remove(id).error().code, ErrorCode::NotFound);
        QSqlQuery q(m_inv->database().db());
        for (const char *table : {"certificate_der", "certificate_search", "names"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE cert_id = %2").arg(QLatin1String(table)).arg(id)) && q.next());
            QVERIFY2(q.value(0).toInt() == 0, table);
        }
        QVERIFY(import(*m_inv, {QStringLiteral("leaf-notyetvalid.pem")}).imported == 1);
    }

    void keyBeforeOrAfterCertificate()
    {
        auto inv = fresh(QStringLiteral("keys.db"));
        // Key first, certificate later.
        ImportReport r = import(*inv, {QStringLiteral("leaf-ec.p8.enc.pem")});
        QCOMPARE(r.keysImported, 1);
        QCOMPARE(r.keysWithoutCertificate, 1);
        QCOMPARE(r.keysAttached, 0);
        r = import(*inv, {QStringLiteral("leaf-ec.pem")});
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.keysAttached, 1);
        // Certificate first, then re-import with its key: duplicate certificate, key attached.
        r = import(*inv, {QStringLiteral("leaf-rsa.pem")});
        QCOMPARE(r.keysAttached, 0);
        r = import(*inv, {QStringLiteral("leaf-rsa.p12")});
        QCOMPARE(r.imported, 2); // intermediate and root came with it
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.keysAttached, 1);
        QCOMPARE(r.keysImported, 1);
        const auto rows = *inv->list({});
        for (const auto &row : rows)
            QCOMPARE(row.hasPrivateKey, !row.isCa);
        // The key decrypts and its use is logged.
        const qint64 id = rows.first().isCa ? rows.last().id : rows.first().id;
        inv->keyStore().lock();
        const auto denied = inv->privateKey(id, [](MasterPasswordPurpose) { return std::optional<QByteArray>("bad"); },
                                            QStringLiteral("test"));
        QCOMPARE(denied.error().code, ErrorCode::WrongPassword);
        const auto key = inv->privateKey(id, [](MasterPasswordPurpose) { return std::optional<QByteArray>("master"); },
                                         QStringLiteral("export test"));
        QVERIFY(key);
        QCOMPARE(inv->events(id)->first().kind, QStringLiteral("key-use"));
    }

    void keyWithoutMasterPasswordFailsClearlyButCertificatesLand()
    {
        auto inv = fresh(QStringLiteral("nopass.db"));
        ImportOptions options; // no master password source
        const ImportReport r = ImportJob(*inv, options).importPaths(paths({QStringLiteral("bundle-mixed.pem")}));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.csrs, 1);
        QCOMPARE(r.crls, 1);
        QCOMPARE(r.keysImported, 0);
        QCOMPARE(r.failed(), 1);
        QVERIFY2(r.failures.first().message.contains(QStringLiteral("master password")), qPrintable(r.failures.first().message));
    }

    void dryRunStoresNothing()
    {
        auto inv = fresh(QStringLiteral("dry.db"));
        const ImportReport r = import(*inv, kCertificateFiles + QStringList{QStringLiteral("leaf-rsa.p12"), QStringLiteral("leaf-rsa.pem")}, true);
        QVERIFY(r.dryRun);
        QCOMPARE(r.imported, 11); // the p12 holds leaf-rsa, intermediate and root: duplicates within the run
        QCOMPARE(r.duplicates, 4);
        QCOMPARE(r.keysImported, 1);
        QCOMPARE(*inv->count(), 0);
        QVERIFY(!inv->keyStore().isInitialized());
        QCOMPARE(inv->events()->size(), 0);
    }

    void badFilesInBatchDoNotStopOthers()
    {
        auto inv = fresh(QStringLiteral("mixed.db"));
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("garbage.crt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("definitely not a certificate");
        bad.close();
        QFile::copy(dataPath(QStringLiteral("bundle-one-bad.pem")), dir.filePath(QStringLiteral("bundle-one-bad.pem")));
        QFile::copy(dataPath(QStringLiteral("leaf-rsa.der")), dir.filePath(QStringLiteral("sub/leaf.der")));
        QDir(dir.path()).mkdir(QStringLiteral("sub"));
        QFile::copy(dataPath(QStringLiteral("leaf-rsa.der")), dir.filePath(QStringLiteral("sub/leaf.der")));
        ImportOptions options;
        const ImportReport r = ImportJob(*inv, options).importPaths({dir.path(), QStringLiteral("/no/such/path")});
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.failed(), 3);
        QStringList messages;
        for (const Error &e : r.failures)
            messages << e.message;
        QVERIFY2(messages.filter(QStringLiteral("garbage.crt: not a certificate, key, CSR, CRL, PKCS#7 or PKCS#12")).size() == 1,
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(messages.filter(QStringLiteral("bundle-one-bad.pem entry 2: bad base64")).size() == 1);
        QVERIFY(messages.filter(QStringLiteral("/no/such/path: no such file or folder")).size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
