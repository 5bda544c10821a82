// The team inventory on a real PostgreSQL (a throwaway cluster, tests/core/testinventory.h):
// roles enforced by the database itself (checked with direct SQL connections as the role, and
// through certdesk), the connected user in every audit entry, optimistic versioning between two
// connections, and copying an inventory SQLite -> PostgreSQL -> SQLite row for row.

#include "testinventory.h"
#include "testutil.h"

#include "ca/certificateauthority.h"
#include "inventory/databasecopy.h"
#include "inventory/demoinventory.h"
#include "inventory/importjob.h"
#include "inventory/inventory.h"
#include "inventory/team.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::core;
using certdesk::test::TestPostgres;

namespace {

QString databaseOf(const QString &url) { return url.mid(url.lastIndexOf(QLatin1Char('/')) + 1); }

MasterPasswordCallback demoPassword()
{
    return [](MasterPasswordPurpose) -> std::optional<QByteArray> { return QByteArray(kDemoMasterPassword); };
}

// Every row of every table, each row as text (blobs in hex, NULL apart from ""), sorted: equal
// dumps mean equal inventories whatever order the rows were written in.
QMap<QString, QStringList> dumpTables(QSqlDatabase db, const QStringList &tables)
{
    QMap<QString, QStringList> out;
    for (const QString &table : tables) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qFatal("cannot read %s: %s", qPrintable(table), qPrintable(q.lastError().text()));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i) {
                const QVariant v = q.value(i);
                if (v.isNull())
                    cells << QStringLiteral("<null>");
                else if (v.typeId() == QMetaType::QByteArray)
                    cells << rec.fieldName(i) + QLatin1Char('=') + QString::fromLatin1(v.toByteArray().toHex());
                else
                    cells << rec.fieldName(i) + QLatin1Char('=') + v.toString();
            }
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        out.insert(table, rows);
    }
    return out;
}

// The SQLite tables of an inventory file (without SQLite's own).
QStringList sqliteTables(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool deniedByDatabase(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return false;
    // SQLSTATE 42501: insufficient_privilege.
    return q.lastError().nativeErrorCode() == QLatin1String("42501");
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC)};
    QString m_url;      // the team inventory, its Administrator certdesk_test
    QString m_database; // its database name
    std::unique_ptr<Inventory> m_admin;
    DemoInventory m_demo;

    std::unique_ptr<Inventory> openAs(const QString &user)
    {
        auto inv = Inventory::open(TestPostgres::instance().url(m_database, user), m_clock, QStringLiteral("tst-team-") + user);
        if (!inv)
            qFatal("cannot open the team inventory as %s: %s", qPrintable(user), qPrintable(inv.error().message));
        return std::move(*inv);
    }

    qint64 count(const QString &sql) { return certdesk::test::scalar(m_admin->database().db(), sql); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_url = TestPostgres::instance().freshDatabase();
        m_database = databaseOf(m_url);
        auto inv = Inventory::open(m_url, m_clock, QStringLiteral("tst-team-admin"));
        QVERIFY2(inv, inv ? "" : qPrintable(inv.error().message));
        m_admin = std::move(*inv);
        QCOMPARE(m_admin->database().role(), TeamRole::Administrator);
        QCOMPARE(m_admin->database().user(), QStringLiteral("certdesk_test"));
        auto demo = populateDemoInventory(*m_admin);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        m_demo = *demo;
        QVERIFY(m_demo.privateKeys > 0);

        Team team(m_admin->database());
        for (const auto &[login, role] : {std::pair{QStringLiteral("alice"), TeamRole::Operator},
                                          std::pair{QStringLiteral("audrey"), TeamRole::Auditor},
                                          std::pair{QStringLiteral("bob"), TeamRole::Administrator}}) {
            auto m = team.add(login, role, true);
            QVERIFY2(m, m ? "" : qPrintable(m.error().message));
            QCOMPARE(m->role, role);
        }
    }

    void membersAndRoles()
    {
        Team team(m_admin->database());
        auto members = team.members();
        QVERIFY2(members, members ? "" : qPrintable(members.error().message));
        QHash<QString, TeamRole> roles;
        for (const TeamMember &m : *members)
            roles.insert(m.login, m.role);
        QCOMPARE(roles.value(QStringLiteral("alice")), TeamRole::Operator);
        QCOMPARE(roles.value(QStringLiteral("audrey")), TeamRole::Auditor);
        QCOMPARE(roles.value(QStringLiteral("bob")), TeamRole::Administrator);
        QCOMPARE(roles.value(QStringLiteral("certdesk_test")), TeamRole::Administrator);
        QCOMPARE(openAs(QStringLiteral("alice"))->database().role(), TeamRole::Operator);
        QCOMPARE(openAs(QStringLiteral("audrey"))->database().role(), TeamRole::Auditor);

        // A user with no role at all may not even read.
        TestPostgres::instance().exec(QStringLiteral("CREATE ROLE mallory LOGIN"));
        auto none = Inventory::open(TestPostgres::instance().url(m_database, QStringLiteral("mallory")), m_clock, QStringLiteral("tst-team-mallory"));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotPermitted);
        QVERIFY2(none.error().message.contains(QStringLiteral("mallory is not a member"))
                     && none.error().message.contains(QStringLiteral("team add mallory")),
                 qPrintable(none.error().message));

        // Only an Administrator changes the team; an Operator is told so and nothing changes.
        auto alice = openAs(QStringLiteral("alice"));
        Team asOperator(alice->database());
        auto refused = asOperator.add(QStringLiteral("audrey"), TeamRole::Administrator);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotPermitted);
        QCOMPARE(openAs(QStringLiteral("audrey"))->database().role(), TeamRole::Auditor);

        // A role changes: the old one is taken away.
        QVERIFY(team.add(QStringLiteral("bob"), TeamRole::Operator));
        QCOMPARE(openAs(QStringLiteral("bob"))->database().role(), TeamRole::Operator);
        QVERIFY(team.remove(QStringLiteral("bob")));
        {
            auto gone = Inventory::open(TestPostgres::instance().url(m_database, QStringLiteral("bob")), m_clock, QStringLiteral("tst-team-bob-gone"));
            QVERIFY(!gone);
            QCOMPARE(gone.error().code, ErrorCode::NotPermitted);
        }
        QVERIFY(!team.remove(QStringLiteral("certdesk_test"))); // not yourself
        auto bad = team.add(QStringLiteral("x; DROP TABLE certificates"), TeamRole::Auditor, true);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'team'")), qint64(5)); // 3 added, bob changed, bob removed
    }

    // The Auditor through a direct SQL connection as that role: every row readable except key
    // material, nothing writable.
    void auditorThroughSql()
    {
        QSqlDatabase db = TestPostgres::instance().connect(m_database, QStringLiteral("audrey"));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM certificates")) && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), m_demo.certificates);
        QVERIFY2(q.exec(QStringLiteral("SELECT id, spki_sha256, key_algorithm FROM private_keys")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next() && q.value(0).toInt() > 0, qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("SELECT id, target_dir, layout FROM deployments")), qPrintable(q.lastError().text()));

        // Key material: the encrypted keys, the key store (wrapped data key, KDF parameters),
        // key store passwords of deployments.
        for (const QString &sql : {QStringLiteral("SELECT encrypted_pkcs8 FROM private_keys"), QStringLiteral("SELECT * FROM private_keys"),
                                   QStringLiteral("SELECT * FROM keystore"), QStringLiteral("SELECT password FROM deployments"),
                                   QStringLiteral("COPY private_keys TO STDOUT")})
            QVERIFY2(deniedByDatabase(q, sql), qPrintable(sql));

        // Writes of any kind.
        const QString someCert = QString::number(m_demo.rootId);
        for (const QString &sql : {QStringLiteral("INSERT INTO events (at, kind, subject, detail, actor) VALUES (0, 'x', 'x', 'x', 'x')"),
                                   QStringLiteral("UPDATE certificates SET version = version + 1 WHERE id = ") + someCert,
                                   QStringLiteral("DELETE FROM tags"), QStringLiteral("DELETE FROM certificates WHERE id = ") + someCert,
                                   QStringLiteral("UPDATE keystore SET id = id"), QStringLiteral("TRUNCATE events"),
                                   QStringLiteral("INSERT INTO team_members (login, role, added_at, added_by) VALUES ('audrey', 'administrator', 0, 'audrey')"),
                                   QStringLiteral("DROP TABLE certificates"), QStringLiteral("ALTER TABLE events DISABLE TRIGGER ALL"),
                                   QStringLiteral("GRANT certdesk_test TO audrey")})
            QVERIFY2(!q.exec(sql), qPrintable(sql));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(m_demo.certificates));
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM tags")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'x'")), qint64(0));
    }

    // The same through certdesk: a clear "not permitted", nothing changed.
    void auditorThroughCertdesk()
    {
        auto audrey = openAs(QStringLiteral("audrey"));
        QCOMPARE(audrey->database().role(), TeamRole::Auditor);
        auto n = audrey->count();
        QVERIFY(n);
        QCOMPARE(*n, qint64(m_demo.certificates));
        QVERIFY(audrey->events().has_value());
        auto rec = audrey->record(m_demo.rootId);
        QVERIFY(rec);

        auto tagged = audrey->addTags(m_demo.rootId, {{QStringLiteral("audited"), QStringLiteral("yes")}});
        QVERIFY(!tagged);
        QCOMPARE(tagged.error().code, ErrorCode::NotPermitted);
        QVERIFY2(tagged.error().message.contains(QLatin1String("not permitted")), qPrintable(tagged.error().message));
        auto removed = audrey->remove(m_demo.brokenChainId);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, ErrorCode::NotPermitted);

        // A key: the key store cannot even be read.
        qint64 withKey = 0;
        for (qint64 id = 1; id <= 200 && !withKey; ++id)
            withKey = m_admin->hasPrivateKey(id) ? id : 0;
        QVERIFY(withKey);
        auto key = audrey->privateKey(withKey, demoPassword(), QStringLiteral("export"));
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::NotPermitted);
        // ... while the Administrator can.
        QVERIFY(m_admin->privateKey(withKey, demoPassword(), QStringLiteral("export")));
        QVERIFY(m_admin->record(m_demo.rootId)->tags.isEmpty()
                || !m_admin->record(m_demo.rootId)->tags.contains(Tag{QStringLiteral("audited"), QStringLiteral("yes")}));
        QVERIFY(m_admin->record(m_demo.brokenChainId));
    }

    // The Operator: requests, renews, deploys, tags; no deleting certificates, no CAs, no team.
    void operatorLimits()
    {
        auto alice = openAs(QStringLiteral("alice"));
        QVERIFY(alice->addTags(m_demo.brokenChainId, {{QStringLiteral("owner"), QStringLiteral("alice")}}));
        auto removed = alice->remove(m_demo.brokenChainId);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, ErrorCode::NotPermitted);
        QVERIFY(m_admin->record(m_demo.brokenChainId));

        const qint64 casBefore = count(QStringLiteral("SELECT COUNT(*) FROM cas"));
        const qint64 keysBefore = count(QStringLiteral("SELECT COUNT(*) FROM private_keys"));
        const qint64 certsBefore = count(QStringLiteral("SELECT COUNT(*) FROM certificates"));
        CertificateAuthorities cas(*alice, demoPassword());
        CaConfig config;
        config.name = QStringLiteral("alices-root");
        config.subject = QStringLiteral("CN=Alice's Root");
        auto ca = cas.create(config);
        QVERIFY(!ca);
        QCOMPARE(ca.error().code, ErrorCode::NotPermitted);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cas")), casBefore);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM private_keys")), keysBefore);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates")), certsBefore);

        // Keys: used for renewing and deploying, never handed out by an Operator.
        qint64 withKey = 0;
        for (qint64 id = 1; id <= 200 && !withKey; ++id)
            withKey = m_admin->hasPrivateKey(id) ? id : 0;
        QVERIFY(withKey);
        auto exported = alice->privateKeyForExport(withKey, demoPassword(), QStringLiteral("export"));
        QVERIFY(!exported);
        QCOMPARE(exported.error().code, ErrorCode::NotPermitted);
        QVERIFY(alice->privateKey(withKey, demoPassword(), QStringLiteral("deploy")));
        QVERIFY(m_admin->privateKeyForExport(withKey, demoPassword(), QStringLiteral("export")));

        // Directly: the grants, not certdesk, say no.
        QSqlQuery q(TestPostgres::instance().connect(m_database, QStringLiteral("alice")));
        QVERIFY(deniedByDatabase(q, QStringLiteral("DELETE FROM certificates WHERE id = %1").arg(m_demo.brokenChainId)));
        QVERIFY(deniedByDatabase(q, QStringLiteral("INSERT INTO cas (name) VALUES ('x')")));
        QVERIFY(deniedByDatabase(q, QStringLiteral("DELETE FROM events")));
        QVERIFY(deniedByDatabase(q, QStringLiteral("UPDATE keystore SET id = id")));
    }

    // Every audit entry names the connected user, whatever the client writes into it.
    void actorIsTheConnectedUser()
    {
        auto alice = openAs(QStringLiteral("alice"));
        alice->setActor(QStringLiteral("someone-else"));
        QVERIFY(alice->addTags(m_demo.rootId, {{QStringLiteral("checked-by"), QStringLiteral("alice")}}));
        auto events = m_admin->events(m_demo.rootId, 1);
        QVERIFY(events && !events->isEmpty());
        QCOMPARE(events->first().actor, QStringLiteral("alice"));

        QSqlQuery q(TestPostgres::instance().connect(m_database, QStringLiteral("alice")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO events (at, kind, subject, detail, actor) VALUES (1, 'spoof', 's', 'd', 'certdesk_test')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'spoof' AND actor = 'alice'")), qint64(1));
        // Turning the trigger's restore mode on is an Administrator's (db migrate); alice's try is ignored.
        QVERIFY(q.exec(QStringLiteral("SET certdesk.restore = 'on'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events (at, kind, subject, detail, actor) VALUES (1, 'spoof2', 's', 'd', 'certdesk_test')")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'spoof2' AND actor = 'alice'")), qint64(1));
        QVERIFY(q.exec(QStringLiteral("RESET certdesk.restore")));

        // The team events too.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'team' AND actor <> 'certdesk_test'")), qint64(0));
    }

    // An inventory without keys or CRLs takes leaves in the bulk statement (binary arrays on
    // libpq): the server refuses the Auditor there too, plainly, and records the Operator.
    void bulkImportByRole()
    {
        const QString url = TestPostgres::instance().freshDatabase();
        const QString database = databaseOf(url);
        auto admin = Inventory::open(url, m_clock, QStringLiteral("tst-team-bulk-admin"));
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
        Team team((*admin)->database());
        QVERIFY(team.add(QStringLiteral("audrey"), TeamRole::Auditor, false));
        QVERIFY(team.add(QStringLiteral("alice"), TeamRole::Operator, false));
        const QStringList leaves{certdesk::test::dataPath(QStringLiteral("leaf-ec.pem")),
                                 certdesk::test::dataPath(QStringLiteral("leaf-rsa.pem"))};
        const auto openAsUser = [&](const QString &user) {
            auto inv = Inventory::open(TestPostgres::instance().url(database, user), m_clock, QStringLiteral("tst-team-bulk-") + user);
            if (!inv)
                qFatal("cannot open as %s: %s", qPrintable(user), qPrintable(inv.error().message));
            return std::move(*inv);
        };
        const auto certificates = [&] { return certdesk::test::scalar((*admin)->database().db(), QStringLiteral("SELECT COUNT(*) FROM certificates")); };

        const ImportReport refused = ImportJob(*openAsUser(QStringLiteral("audrey")), {}).importPaths(leaves);
        QCOMPARE(refused.imported, 0);
        QCOMPARE(refused.failed(), 2);
        QVERIFY2(refused.failures.first().message.contains(QLatin1String("not permitted for your role")),
                 qPrintable(refused.failures.first().message));
        QCOMPARE(certificates(), qint64(0));

        const ImportReport taken = ImportJob(*openAsUser(QStringLiteral("alice")), {}).importPaths(leaves);
        QCOMPARE(taken.failed(), 0);
        QCOMPARE(taken.imported, 2);
        QCOMPARE(certificates(), qint64(2));
        QCOMPARE(certdesk::test::scalar((*admin)->database().db(),
                                        QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'import' AND actor = 'alice'")),
                 qint64(2));
        QVERIFY(team.remove(QStringLiteral("audrey")));
        QVERIFY(team.remove(QStringLiteral("alice")));
    }

    // Two consoles on the same certificate: the second save, based on what the first changed,
    // is refused and names who changed it.
    void conflictingEditRefused()
    {
        auto alice = openAs(QStringLiteral("alice"));
        auto mine = m_admin->record(m_demo.brokenChainId);
        auto hers = alice->record(m_demo.brokenChainId);
        QVERIFY(mine && hers);
        QCOMPARE(mine->version, hers->version);
        QVERIFY(alice->addTags(m_demo.brokenChainId, {{QStringLiteral("env"), QStringLiteral("prod")}}, hers->version));
        auto late = m_admin->addTags(m_demo.brokenChainId, {{QStringLiteral("env"), QStringLiteral("staging")}}, mine->version);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::Conflict);
        QVERIFY2(late.error().message.contains(QLatin1String("alice")), qPrintable(late.error().message));
        auto now = m_admin->record(m_demo.brokenChainId);
        QVERIFY(now->tags.contains(Tag{QStringLiteral("env"), QStringLiteral("prod")}));
        QCOMPARE(now->version, mine->version + 1);
        // After a refresh the save goes through.
        QVERIFY(m_admin->addTags(m_demo.brokenChainId, {{QStringLiteral("env"), QStringLiteral("staging")}}, now->version));
    }

    // SQLite -> PostgreSQL -> SQLite: every row of every table, the encrypted keys still open
    // with the master password.
    void migrationRoundTrip()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.db")), b = m_dir.filePath(QStringLiteral("b.db"));
        {
            auto demo = createDemoInventory(a, m_clock);
            QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
            auto inv = Inventory::open(a, m_clock, QStringLiteral("tst-team-a"));
            QVERIFY(inv);
            CertificateAuthorities cas(**inv, demoPassword());
            CaConfig config;
            config.name = QStringLiteral("team-root");
            config.subject = QStringLiteral("CN=Team Root");
            auto ca = cas.create(config);
            QVERIFY2(ca, ca ? "" : qPrintable(ca.error().message));
        }
        const QString pg = TestPostgres::instance().freshDatabase();
        auto there = copyInventory(a, pg);
        QVERIFY2(there, there ? "" : qPrintable(there.error().message));
        QVERIFY(there->rows > 200);
        auto back = copyInventory(pg, b);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->rows, there->rows);
        QCOMPARE(back->keyDigest, there->keyDigest);
        QCOMPARE(back->tables, there->tables);

        {
            QSqlDatabase da = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-team-dump-a"));
            da.setDatabaseName(a);
            QVERIFY(da.open());
            QSqlDatabase dbb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-team-dump-b"));
            dbb.setDatabaseName(b);
            QVERIFY(dbb.open());
            const QStringList tables = sqliteTables(da);
            QCOMPARE(sqliteTables(dbb), tables);
            QVERIFY(tables.contains(QStringLiteral("private_keys")) && tables.contains(QStringLiteral("cas")));
            const auto before = dumpTables(da, tables);
            const auto after = dumpTables(dbb, tables);
            int rows = 0;
            for (const QString &t : tables) {
                QCOMPARE(after.value(t).size(), before.value(t).size());
                for (int i = 0; i < before.value(t).size(); ++i)
                    QCOMPARE(after.value(t).at(i), before.value(t).at(i));
                rows += before.value(t).size();
            }
            qInfo("round trip: %d tables, %d rows equal", int(tables.size()), rows);
            da.close();
            dbb.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst-team-dump-a"));
        QSqlDatabase::removeDatabase(QStringLiteral("tst-team-dump-b"));

        // The keys open with the master password on the team inventory and after the way back,
        // and the copy goes on where the original left off (ids continue).
        for (const QString &loc : {pg, b}) {
            auto inv = Inventory::open(loc, m_clock, QStringLiteral("tst-team-open"));
            QVERIFY2(inv, inv ? "" : qPrintable(inv.error().message));
            int opened = 0;
            for (qint64 id = 1; id <= 100; ++id) {
                if ((*inv)->hasPrivateKey(id)) {
                    auto key = (*inv)->privateKey(id, demoPassword(), QStringLiteral("test"));
                    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
                    ++opened;
                }
            }
            QVERIFY(opened >= 20);
            CertificateAuthorities cas(**inv, demoPassword());
            auto root = cas.find(QStringLiteral("team-root"));
            QVERIFY2(root, root ? "" : qPrintable(root.error().message));
            IssueRequest request;
            request.subject = QStringLiteral("CN=after-copy.example.com");
            request.keyAlgorithm = QStringLiteral("EC_prime256v1");
            request.sans = {GeneralName{GeneralName::Kind::Dns, QStringLiteral("after-copy.example.com")}};
            auto issued = cas.issue(root->id, request);
            QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        }

        // Never into an inventory that holds something.
        auto again = copyInventory(a, pg);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QLatin1String("not empty")), qPrintable(again.error().message));
        auto self = copyInventory(a, a);
        QVERIFY(!self);
    }

    void cleanupTestCase() { m_admin.reset(); }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
