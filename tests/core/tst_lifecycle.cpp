// Managed certificates: requests, the status machine and the renewal engine, on a fake clock.
// What certdesk issues is checked with the openssl command; the external-CA flow has openssl
// play the external CA.

#include "ca/certificateauthority.h"
#include "testinventory.h"
#include "inventory/importjob.h"
#include "lifecycle/managedcertificates.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "testutil.h"

#include <thread>

using namespace certdesk::core;
using certdesk::test::openssl;

namespace {

// The fake clock starts at the real time: openssl, playing the external CA, signs at the real time.
QDateTime start()
{
    static const QDateTime t = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return t;
}

qint64 scalar(Inventory &inv, const QString &sql)
{
    return certdesk::test::scalar(inv.database().db(), sql);
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{start()};
    std::unique_ptr<Inventory> m_inv;
    std::unique_ptr<CertificateAuthorities> m_cas;
    std::unique_ptr<ManagedCertificates> m_managed;
    int m_dbCount = 0;
    QString m_path;
    QByteArray m_password = "lifecycle master password";

    MasterPasswordCallback password()
    {
        return [this](MasterPasswordPurpose) { return std::optional<QByteArray>(m_password); };
    }

    void fresh()
    {
        m_managed.reset();
        m_cas.reset();
        m_inv.reset();
        m_clock.set(start());
        ++m_dbCount;
        m_path = certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("lc%1.db").arg(m_dbCount)));
        auto inv = Inventory::open(m_path, m_clock, QStringLiteral("lc%1").arg(m_dbCount));
        QVERIFY2(inv, inv ? "" : qPrintable(inv.error().message));
        m_inv = std::move(*inv);
        m_inv->keyStore().setScryptCost(1 << 10);
        m_cas = std::make_unique<CertificateAuthorities>(*m_inv, password());
        m_managed = std::make_unique<ManagedCertificates>(*m_cas, password());
    }

    CaInfo rootCa(const QString &name = QStringLiteral("corp-root"))
    {
        CaConfig c;
        c.name = name;
        c.subject = QStringLiteral("CN=%1,O=Example").arg(name);
        c.validity = Validity{Validity::Unit::Years, 5, {}};
        auto ca = m_cas->create(c);
        if (!ca)
            qFatal("CA: %s", qPrintable(ca.error().message));
        return *ca;
    }

    RequestSpec spec(const QString &domain, int days = 30)
    {
        RequestSpec s;
        s.domainName = domain;
        s.additionalNames = {QStringLiteral("www.") + domain};
        s.keyAlgorithm = QStringLiteral("EC_prime256v1");
        s.issuerKind = IssuerKind::PrivateCa;
        s.issuer = QStringLiteral("corp-root");
        s.validity = Validity::days(days);
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("ascii");
        QTest::addColumn<QString>("problem");
        const QString label63(63, QLatin1Char('a'));
        const QString label64(64, QLatin1Char('a'));
        // 4 labels of 63 + 3 dots = 255 > 253; 3 of 63 + "b.c" = 195 fine
        const QString long255 = QStringList{label63, label63, label63, label63}.join(QLatin1Char('.'));
        const QString ok253 = QStringList{label63, label63, label63, QString(61, QLatin1Char('b'))}.join(QLatin1Char('.'));
        QTest::newRow("plain") << "api.example.com" << true << "api.example.com" << "";
        QTest::newRow("upper case folded") << "API.Example.COM" << true << "api.example.com" << "";
        QTest::newRow("wildcard") << "*.example.com" << true << "*.example.com" << "";
        QTest::newRow("idn") << "bücher.example" << true << "xn--bcher-kva.example" << "";
        QTest::newRow("idn wildcard") << "*.münchen.example" << true << "*.xn--mnchen-3ya.example" << "";
        QTest::newRow("punycode kept") << "xn--bcher-kva.example" << true << "xn--bcher-kva.example" << "";
        QTest::newRow("label 63") << label63 + QStringLiteral(".example") << true << label63 + QStringLiteral(".example") << "";
        QTest::newRow("label 64") << label64 + QStringLiteral(".example") << false << "" << "64 characters long";
        QTest::newRow("name 253") << ok253 << true << ok253 << "";
        QTest::newRow("name 255") << long255 << false << "" << "255 characters long";
        QTest::newRow("wildcard in the middle") << "api.*.example.com" << false << "" << "whole leftmost label";
        QTest::newRow("partial wildcard") << "a*.example.com" << false << "" << "whole leftmost label";
        QTest::newRow("wildcard on a tld") << "*.com" << false << "" << "at least two labels";
        QTest::newRow("double wildcard") << "*.*.example.com" << false << "" << "whole leftmost label";
        QTest::newRow("underscore") << "my_host.example.com" << false << "" << "contains \"_\"";
        QTest::newRow("space") << "my host.example.com" << false << "" << "a space";
        QTest::newRow("leading hyphen") << "-api.example.com" << false << "" << "hyphen";
        QTest::newRow("trailing hyphen") << "api-.example.com" << false << "" << "hyphen";
        QTest::newRow("empty label") << "api..example.com" << false << "" << "empty label";
        QTest::newRow("trailing dot") << "example.com." << false << "" << "dot";
        QTest::newRow("empty") << "  " << false << "" << "empty";
        QTest::newRow("ip refused") << "10.0.0.5" << false << "10.0.0.5" << "IP address";
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QFETCH(QString, ascii);
        QFETCH(QString, problem);
        const DomainNameCheck c = checkDomainName(name);
        QCOMPARE(c.ok(), ok);
        if (!ascii.isEmpty())
            QCOMPARE(c.ascii, ascii);
        if (!problem.isEmpty())
            QVERIFY2(c.problem.contains(problem), qPrintable(c.problem));
    }

    void requestNames()
    {
        // Unicode shown both ways.
        DomainNameCheck idn = checkDomainName(QStringLiteral("Bücher.Example"));
        QCOMPARE(idn.unicode, QStringLiteral("bücher.example"));
        QCOMPARE(idn.ascii, QStringLiteral("xn--bcher-kva.example"));
        // IP addresses: only where allowed, never as the domain name.
        QVERIFY(checkDomainName(QStringLiteral("10.0.0.5"), true).ok());
        QVERIFY(checkDomainName(QStringLiteral("fd00::1"), true).ok());
        QVERIFY(!checkRequestNames(QStringLiteral("10.0.0.5"), {}, true).ok());
        // CN limit: a 65-octet domain name is refused as the domain name, fine as an additional one.
        const QString name65 = QString(56, QLatin1Char('a')) + QStringLiteral(".example"); // 56 + 8 = 64
        QVERIFY(checkRequestNames(name65, {}).ok());
        const QString name66 = QString(57, QLatin1Char('a')) + QStringLiteral(".example");
        RequestNamesCheck tooLong = checkRequestNames(name66, {});
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.problems.first().contains(QStringLiteral("common name")), qPrintable(tooLong.problems.first()));
        QVERIFY(checkRequestNames(QStringLiteral("example.com"), {name66}).ok());
        // Duplicates after conversion and case folding.
        RequestNamesCheck dup = checkRequestNames(QStringLiteral("bücher.example"),
                                                  {QStringLiteral("XN--BCHER-KVA.example"), QStringLiteral("www.example")});
        QCOMPARE(dup.problems.size(), 1);
        QVERIFY(!dup.additionalNames.at(0).ok());
        QVERIFY(dup.additionalNames.at(1).ok());
        QVERIFY2(dup.problems.first().contains(QStringLiteral("twice")), qPrintable(dup.problems.first()));
        // At most 100 names.
        QStringList many;
        for (int i = 0; i < 99; ++i)
            many << QStringLiteral("h%1.example.com").arg(i);
        QVERIFY(checkRequestNames(QStringLiteral("example.com"), many).ok());
        many << QStringLiteral("h99.example.com");
        RequestNamesCheck tooMany = checkRequestNames(QStringLiteral("example.com"), many);
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.problems.last().contains(QStringLiteral("101 names")), qPrintable(tooMany.problems.last()));
        // Pasted lists.
        QCOMPARE(splitNameList(QStringLiteral("a.example, b.example;c.example\n d.example\t\te.example\n")),
                 (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example"), QStringLiteral("c.example"),
                              QStringLiteral("d.example"), QStringLiteral("e.example")}));
    }

    void renewalWindow()
    {
        const QDateTime nb = start();
        // A year: 60 days before. 90 days: 30 days. 7 days: about 2 days. Override wins.
        QCOMPARE(ManagedCertificates::renewalTime(nb, nb.addDays(365)), nb.addDays(305));
        QCOMPARE(ManagedCertificates::renewalTime(nb, nb.addDays(90)), nb.addDays(60));
        QCOMPARE(ManagedCertificates::renewalTime(nb, nb.addDays(7)), nb.addSecs(7 * 86400 - 7 * 86400 / 3));
        QCOMPARE(ManagedCertificates::renewalTime(nb, nb.addDays(365), 10), nb.addDays(355));
        // Backoff: 1 h, 2 h, 4 h ... capped at a day.
        QCOMPARE(ManagedCertificates::retryDelaySeconds(1), 3600);
        QCOMPARE(ManagedCertificates::retryDelaySeconds(2), 7200);
        QCOMPARE(ManagedCertificates::retryDelaySeconds(5), 16 * 3600);
        QCOMPARE(ManagedCertificates::retryDelaySeconds(6), 86400);
        QCOMPARE(ManagedCertificates::retryDelaySeconds(30), 86400);
    }

    void privateCaRequest()
    {
        fresh();
        const CaInfo ca = rootCa();
        RequestSpec s = spec(QStringLiteral("shop.example.com"), 90);
        s.additionalNames << QStringLiteral("bücher.example") << QStringLiteral("10.1.2.3");
        s.tags = {{QStringLiteral("team"), QStringLiteral("web")}};
        auto m = m_managed->request(s);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::Issued);
        QCOMPARE(m->renewalEligibility, QStringLiteral("ELIGIBLE"));
        QVERIFY(m->certificateId);
        QCOMPARE(m->additionalNames, (QStringList{QStringLiteral("www.shop.example.com"), QStringLiteral("xn--bcher-kva.example"),
                                                  QStringLiteral("10.1.2.3")}));
        // The certificate: names, key, tags, issuer link, renewal due a third before the end.
        auto rec = m_inv->record(*m->certificateId);
        QVERIFY(rec);
        QCOMPARE(rec->summary.domainName, QStringLiteral("shop.example.com"));
        QCOMPARE(rec->summary.type, QStringLiteral("PRIVATE"));
        QCOMPARE(rec->summary.keyAlgorithm, QStringLiteral("EC_prime256v1"));
        QVERIFY(rec->summary.hasPrivateKey);
        QCOMPARE(rec->tags, (QList<Tag>{{QStringLiteral("team"), QStringLiteral("web")}}));
        QCOMPARE(m->renewAt, ManagedCertificates::renewalTime(rec->summary.notBefore, rec->summary.notAfter));
        QStringList sans;
        for (const GeneralName &n : rec->certificate.subjectAlternativeNames())
            sans << n.value;
        QCOMPARE(sans, (QStringList{QStringLiteral("shop.example.com"), QStringLiteral("www.shop.example.com"),
                                    QStringLiteral("xn--bcher-kva.example"), QStringLiteral("10.1.2.3")}));
        // openssl agrees it chains to the CA and names the hosts.
        const QString caPem = m_dir.filePath(QStringLiteral("ca.pem")), leafPem = m_dir.filePath(QStringLiteral("leaf.pem"));
        auto caCert = m_inv->certificate(*ca.certificateId);
        QVERIFY(caCert);
        QFile f(caPem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(caCert->toPem());
        f.close();
        QFile l(leafPem);
        QVERIFY(l.open(QIODevice::WriteOnly));
        l.write(rec->certificate.toPem());
        l.close();
        QByteArray out;
        const QString at = QString::number(m_clock.now().toSecsSinceEpoch());
        QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-attime"), at, QStringLiteral("-CAfile"), caPem,
                          QStringLiteral("-verify_hostname"), QStringLiteral("www.shop.example.com"), leafPem}, &out), 0);
        QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-attime"), at, QStringLiteral("-CAfile"), caPem,
                          QStringLiteral("-verify_ip"), QStringLiteral("10.1.2.3"), leafPem}, &out), 0);
        // History and audit log.
        auto h = m_managed->history(m->id);
        QVERIFY(h);
        QCOMPARE(h->size(), 2);
        QCOMPARE(h->at(0).action, QStringLiteral("REQUEST"));
        QCOMPARE(h->at(1).action, QStringLiteral("ISSUE"));
        QCOMPARE(h->at(1).certificateId, m->certificateId);
        QCOMPARE(h->at(1).serial, rec->summary.serial);
        // The certificate leads back to its managed certificate, by "mc-N" and by certificate ref.
        QCOMPARE(m_managed->managedOf(*m->certificateId), std::optional<qint64>(m->id));
        QCOMPARE(*m_managed->resolve(m->ref()), m->id);
        QCOMPARE(*m_managed->resolve(QString::number(*m->certificateId)), m->id);
        // The certificates table sees the renewal state.
        auto extras = m_inv->summaryExtras({*m->certificateId, *ca.certificateId});
        QVERIFY(extras);
        QCOMPARE(extras->value(*m->certificateId).managedId, std::optional<qint64>(m->id));
        QCOMPARE(extras->value(*m->certificateId).renewalEligibility, QStringLiteral("ELIGIBLE"));
        QCOMPARE(extras->value(*m->certificateId).renewAt, m->renewAt);
        QVERIFY(!extras->value(*ca.certificateId).managedId);
        QCOMPARE(extras->value(*ca.certificateId).renewalEligibility, QStringLiteral("INELIGIBLE"));
    }

    void idempotencyToken()
    {
        fresh();
        rootCa();
        RequestSpec s = spec(QStringLiteral("token.example.com"));
        s.token = QStringLiteral("deploy_42");
        auto first = m_managed->request(s);
        QVERIFY(first);
        m_clock.set(start().addSecs(3000));
        auto again = m_managed->request(s);
        QVERIFY(again);
        QCOMPARE(again->id, first->id);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM managed")), 1);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE is_ca = 0")), 1);
    }

    void idempotencyTokenExpires()
    {
        fresh();
        rootCa();
        RequestSpec s = spec(QStringLiteral("token.example.com"));
        s.token = QStringLiteral("deploy_42");
        auto first = m_managed->request(s);
        QVERIFY(first);
        m_clock.set(start().addSecs(3601));
        auto later = m_managed->request(s);
        QVERIFY(later);
        QVERIFY(later->id != first->id);
        s.token = QStringLiteral("not-a-token!");
        auto bad = m_managed->request(s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("token")));
    }

    void badInputStoresNothing()
    {
        fresh();
        rootCa();
        RequestSpec s = spec(QStringLiteral("bad_name.example.com"));
        auto r = m_managed->request(s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("bad_name")), qPrintable(r.error().message));
        s = spec(QStringLiteral("ok.example.com"));
        s.issuer = QStringLiteral("no-such-ca");
        r = m_managed->request(s);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("no-such-ca")), qPrintable(r.error().message));
        s = spec(QStringLiteral("ok.example.com"));
        s.keyAlgorithm = QStringLiteral("DSA_1024");
        QVERIFY(!m_managed->request(s));
        s = spec(QStringLiteral("ok.example.com"));
        s.templateName = QStringLiteral("SubordinateCA_PathLen0");
        QVERIFY(!m_managed->request(s));
        s = spec(QStringLiteral("ok.example.com"));
        s.issuerKind = IssuerKind::Acme;
        s.issuer = QStringLiteral("letsencrypt");
        r = m_managed->request(s);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("ACME")), qPrintable(r.error().message));
        QCOMPARE(*m_managed->count(), 0);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM managed_history")), 0);
    }

    // Issue 5's central test: a 30-day private certificate through a simulated year.
    void simulatedYear()
    {
        fresh();
        const CaInfo ca = rootCa();
        auto m = m_managed->request(spec(QStringLiteral("year.example.com"), 30));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        const qint64 id = m->id;
        QList<qint64> certificates{*m->certificateId};
        int renewals = 0;
        // Every 6 hours for a year: the engine renews when due; the certificate in force never lapses.
        for (int step = 1; step <= 365 * 4; ++step) {
            m_clock.set(start().addSecs(qint64(step) * 6 * 3600));
            auto done = m_managed->renewDue();
            QVERIFY2(done, done ? "" : qPrintable(done.error().message));
            auto now = m_managed->get(id);
            QVERIFY(now);
            QCOMPARE(now->status, ManagedStatus::Issued);
            QVERIFY2(now->notAfter > m_clock.now(), qPrintable(m_clock.now().toString(Qt::ISODate)));
            if (done->isEmpty())
                continue;
            QCOMPARE(done->size(), 1);
            QCOMPARE(done->first().result, QStringLiteral("RENEWED"));
            ++renewals;
            // On time: due at most 6 hours ago, with a third of the old lifetime (10 days) left at most.
            auto old = m_inv->record(certificates.last());
            QVERIFY(old);
            const QDateTime due = ManagedCertificates::renewalTime(old->summary.notBefore, old->summary.notAfter);
            QVERIFY(due <= m_clock.now());
            QVERIFY(due.secsTo(m_clock.now()) < 6 * 3600);
            QVERIFY(m_clock.now().secsTo(old->summary.notAfter) > 9 * 86400);
            QCOMPARE(now->certificateId, done->first().certificateId);
            QCOMPARE(now->renewalStatus, RenewalStatus::Success);
            QVERIFY(!certificates.contains(*now->certificateId));
            certificates << *now->certificateId;
            // A new key each time, by default.
            auto fresh = m_inv->record(*now->certificateId);
            QVERIFY(fresh->certificate.publicKeySha256() != old->certificate.publicKeySha256());
        }
        // 30-day certificates renewed with 10 days left: every 20 days, 18 times in 365 days.
        QCOMPARE(renewals, 18);
        // One identity, a complete history, and exactly one issue per renewal.
        auto h = m_managed->history(id);
        QVERIFY(h);
        QStringList actions;
        QList<qint64> historyCerts;
        for (const ManagedHistoryEntry &e : *h) {
            actions << e.action;
            if (e.certificateId)
                historyCerts << *e.certificateId;
        }
        QCOMPARE(actions.count(QStringLiteral("RENEW")), renewals);
        QCOMPARE(historyCerts, certificates);
        QCOMPARE(*m_managed->count(), 1);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM ca_issued WHERE ca_id = %1").arg(ca.id)), renewals + 1);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'renew'")), renewals);
        // Every certificate, old or new, leads to the same identity.
        for (qint64 c : std::as_const(certificates))
            QCOMPARE(m_managed->managedOf(c), std::optional<qint64>(id));
    }

    void dueAndDryRun()
    {
        fresh();
        rootCa();
        auto a = m_managed->request(spec(QStringLiteral("a.example.com"), 90));
        auto b = m_managed->request(spec(QStringLiteral("b.example.com"), 30));
        QVERIFY(a && b);
        QVERIFY(m_managed->due()->isEmpty());
        m_clock.set(start().addDays(21)); // b is due (10 days left of 30), a is not (due at day 60)
        auto d = m_managed->due();
        QVERIFY(d);
        QCOMPARE(d->size(), 1);
        QCOMPARE(d->first().managedId, b->id);
        QCOMPARE(m_managed->get(b->id)->renewalStatus, RenewalStatus::PendingAutoRenewal);
        auto dry = m_managed->renewDue(true);
        QVERIFY(dry);
        QCOMPARE(dry->size(), 1);
        QCOMPARE(dry->first().result, QStringLiteral("WOULD_RENEW"));
        QCOMPARE(m_managed->get(b->id)->certificateId, b->certificateId); // nothing changed
        // Renew now works on one that is not due; dry run again changes nothing.
        auto forcedDry = m_managed->renew(a->id, true);
        QVERIFY(forcedDry);
        QCOMPARE(m_managed->get(a->id)->certificateId, a->certificateId);
        auto forced = m_managed->renew(a->id);
        QVERIFY2(forced, forced ? "" : qPrintable(forced.error().message));
        QCOMPARE(forced->result, QStringLiteral("RENEWED"));
        QVERIFY(m_managed->get(a->id)->certificateId != a->certificateId);
    }

    void reuseKeyAndSettings()
    {
        fresh();
        rootCa();
        auto m = m_managed->request(spec(QStringLiteral("same-key.example.com"), 90));
        QVERIFY(m);
        ManagedCertificates::Settings settings;
        settings.renewBeforeDays = 45;
        settings.reuseKey = true;
        settings.expectedVersion = m->version;
        auto changed = m_managed->updateSettings(m->id, settings);
        QVERIFY(changed);
        QCOMPARE(changed->version, m->version + 1);
        QCOMPARE(changed->renewBeforeDays, std::optional<int>(45));
        // A second console saving what it read before that change: refused, nothing changes.
        ManagedCertificates::Settings stale;
        stale.renewBeforeDays = 10;
        stale.expectedVersion = m->version;
        auto refused = m_managed->updateSettings(m->id, stale);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("nothing was saved")), qPrintable(refused.error().message));
        QCOMPARE(m_managed->get(m->id)->renewBeforeDays, std::optional<int>(45));
        QCOMPARE(m_managed->get(m->id)->version, changed->version);
        QCOMPARE(changed->renewAt, changed->notAfter.addDays(-45));
        QCOMPARE(changed->nextAttemptAt, changed->renewAt);
        m_clock.set(changed->renewAt.addSecs(60));
        auto done = m_managed->renewDue();
        QVERIFY(done);
        QCOMPARE(done->size(), 1);
        auto before = m_inv->record(*m->certificateId);
        auto after = m_inv->record(*done->first().certificateId);
        QCOMPARE(after->certificate.publicKeySha256(), before->certificate.publicKeySha256());
        QCOMPARE(m_managed->history(m->id)->at(2).action, QStringLiteral("SETTINGS"));
    }

    void deactivateAndReactivate()
    {
        fresh();
        rootCa();
        auto m = m_managed->request(spec(QStringLiteral("off.example.com"), 30));
        QVERIFY(m);
        QVERIFY(m_managed->deactivate(m->id));
        QCOMPARE(m_managed->get(m->id)->status, ManagedStatus::Inactive);
        QCOMPARE(m_managed->get(m->id)->renewalEligibility, QStringLiteral("INELIGIBLE"));
        m_clock.set(start().addDays(25));
        QVERIFY(m_managed->due()->isEmpty());
        QVERIFY(!m_managed->renew(m->id));
        auto back = m_managed->reactivate(m->id);
        QVERIFY(back);
        QCOMPARE(back->status, ManagedStatus::Issued);
        QCOMPARE(m_managed->due()->size(), 1);
        // Past the end without renewal: EXPIRED, still renewable.
        QVERIFY(m_managed->deactivate(m->id));
        QVERIFY(m_managed->reactivate(m->id));
        m_clock.set(start().addDays(40));
        QCOMPARE(m_managed->get(m->id)->status, ManagedStatus::Expired);
        auto renewed = m_managed->renewDue();
        QVERIFY(renewed);
        QCOMPARE(renewed->size(), 1);
        QCOMPARE(m_managed->get(m->id)->status, ManagedStatus::Issued);
    }

    void revokedIsNotRenewed()
    {
        fresh();
        rootCa();
        auto m = m_managed->request(spec(QStringLiteral("revoked.example.com"), 30));
        QVERIFY(m);
        QVERIFY(m_cas->revoke(*m->certificateId, QStringLiteral("keyCompromise")));
        QCOMPARE(m_managed->get(m->id)->status, ManagedStatus::Revoked);
        m_clock.set(start().addDays(25));
        QVERIFY(m_managed->due()->isEmpty());
        QVERIFY(!m_managed->renew(m->id));
    }

    // CA disabled: the renewal fails with the reason, retries after 1 h, 2 h, 4 h ..., and
    // succeeds once the CA is enabled again.
    void failureAndBackoff()
    {
        fresh();
        const CaInfo ca = rootCa();
        auto m = m_managed->request(spec(QStringLiteral("backoff.example.com"), 30));
        QVERIFY(m);
        QVERIFY(m_cas->disable(ca.id));
        QDateTime t = m->renewAt.addSecs(1);
        QList<int> waits;
        for (int attempt = 1; attempt <= 7; ++attempt) {
            m_clock.set(t);
            auto done = m_managed->renewDue();
            QVERIFY2(done, done ? "" : qPrintable(done.error().message));
            QCOMPARE(done->size(), 1);
            QCOMPARE(done->first().result, QStringLiteral("FAILED"));
            auto now = m_managed->get(m->id);
            QCOMPARE(now->renewalStatus, RenewalStatus::Failed);
            QVERIFY2(now->renewalReason.contains(QStringLiteral("disabled")), qPrintable(now->renewalReason));
            QCOMPARE(now->failedAttempts, attempt);
            QCOMPARE(now->status, ManagedStatus::Issued); // the old certificate is still in force
            waits << int(t.secsTo(now->nextAttemptAt));
            // Nothing is due before the backoff ends.
            m_clock.set(now->nextAttemptAt.addSecs(-1));
            QVERIFY(m_managed->due()->isEmpty());
            t = now->nextAttemptAt;
        }
        QCOMPARE(waits, (QList<int>{3600, 7200, 14400, 28800, 57600, 86400, 86400}));
        // The dashboard counts it as a renewal problem; the Requests page filter finds it.
        QCOMPARE(m_managed->counts()->renewalProblems, 1);
        ManagedFilter problems;
        problems.problemsOnly = true;
        QCOMPARE(*m_managed->count(problems), 1);
        QVERIFY(m_cas->enable(ca.id));
        m_clock.set(t);
        auto done = m_managed->renewDue();
        QVERIFY(done);
        QCOMPARE(done->first().result, QStringLiteral("RENEWED"));
        auto healed = m_managed->get(m->id);
        QCOMPARE(healed->renewalStatus, RenewalStatus::Success);
        QCOMPARE(healed->failedAttempts, 0);
        QCOMPARE(m_managed->counts()->renewalProblems, 0);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM managed_history WHERE action = 'RENEW_FAILED'")), 7);
    }

    void failedRequest()
    {
        fresh();
        const CaInfo ca = rootCa();
        QVERIFY(m_cas->disable(ca.id));
        auto m = m_managed->request(spec(QStringLiteral("failed.example.com")));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::Failed);
        QVERIFY2(m->failureReason.contains(QStringLiteral("disabled")), qPrintable(m->failureReason));
        QVERIFY(!m->certificateId);
        QCOMPARE(m_managed->counts()->renewalProblems, 1);
        QVERIFY(m_cas->enable(ca.id));
        auto retried = m_managed->renew(m->id);
        QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
        QCOMPARE(retried->result, QStringLiteral("RENEWED"));
        QCOMPARE(m_managed->get(m->id)->status, ManagedStatus::Issued);
        QCOMPARE(m_managed->counts()->renewalProblems, 0);
    }

    // Two renewers at once (the GUI and the systemd timer): each certificate is renewed once.
    void concurrentRenewers()
    {
        fresh();
        const CaInfo ca = rootCa();
        const int n = 12;
        for (int i = 0; i < n; ++i)
            QVERIFY(m_managed->request(spec(QStringLiteral("c%1.example.com").arg(i), 30)));
        m_clock.set(start().addDays(21));
        QCOMPARE(m_managed->due()->size(), n);
        std::atomic_int renewed{0}, skipped{0}, errors{0};
        auto renewer = [&](int which) {
            auto inv = Inventory::open(m_path, m_clock, QStringLiteral("renewer%1").arg(which));
            if (!inv) {
                ++errors;
                return;
            }
            CertificateAuthorities cas(**inv, password());
            ManagedCertificates managed(cas, password());
            auto done = managed.renewDue();
            if (!done) {
                ++errors;
                return;
            }
            for (const RenewalOutcome &o : *done) {
                if (o.result == QLatin1String("RENEWED"))
                    ++renewed;
                else if (o.result == QLatin1String("SKIPPED"))
                    ++skipped;
                else
                    ++errors;
            }
        };
        std::thread a(renewer, 1), b(renewer, 2);
        a.join();
        b.join();
        QCOMPARE(errors.load(), 0);
        QCOMPARE(renewed.load(), n);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM ca_issued WHERE ca_id = %1").arg(ca.id)), 2 * n);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM managed_history WHERE action = 'RENEW'")), n);
        QVERIFY(m_managed->due()->isEmpty());
        qInfo("two renewers: %d renewed, %d skipped as claimed by the other", renewed.load(), skipped.load());
    }

    // External CA: certdesk makes the key and CSR, openssl signs it, import matches it.
    void externalCa()
    {
        fresh();
        RequestSpec s;
        s.domainName = QStringLiteral("ext.example.org");
        s.additionalNames = {QStringLiteral("api.ext.example.org")};
        s.keyAlgorithm = QStringLiteral("RSA_2048");
        s.issuerKind = IssuerKind::External;
        s.tags = {{QStringLiteral("owner"), QStringLiteral("ops")}};
        auto m = m_managed->request(s);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::PendingValidation);
        QVERIFY(m->hasPendingCsr);
        QVERIFY(!m->certificateId);
        auto csr = m_managed->pendingCsrPem(m->id);
        QVERIFY(csr);
        const QString dir = m_dir.filePath(QStringLiteral("external%1").arg(m_dbCount));
        QDir().mkpath(dir);
        const auto path = [&](const char *name) { return dir + QLatin1Char('/') + QLatin1String(name); };
        QFile out(path("req.pem"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*csr);
        out.close();
        QByteArray text;
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-in"), path("req.pem"), QStringLiteral("-verify"), QStringLiteral("-noout"),
                          QStringLiteral("-text")}, &text), 0);
        QVERIFY2(text.contains("DNS:ext.example.org, DNS:api.ext.example.org"), text.constData());
        // The private key never left certdesk: the key store holds it encrypted, nothing else.
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM private_keys")), 1);
        // The external CA: a root made by openssl signs the CSR with its names.
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), path("ca.pem"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=Elsewhere Root"), QStringLiteral("-days"), QStringLiteral("3650")}, &text), 0);
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("req.pem"), QStringLiteral("-CA"),
                          path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-days"), QStringLiteral("90"),
                          QStringLiteral("-copy_extensions"), QStringLiteral("copy"), QStringLiteral("-out"), path("signed.pem")}, &text), 0);
        // Two days later the administrator imports what the CA sent back (with an unrelated certificate).
        m_clock.set(start().addDays(2));
        ImportJob job(*m_inv, {});
        ImportReport report = job.importPaths({path("signed.pem"), path("ca.pem")}, {}, nullptr);
        QCOMPARE(report.failed(), 0);
        QCOMPARE(report.requestsMatched, 1);
        auto issued = m_managed->get(m->id);
        QVERIFY(issued);
        QCOMPARE(issued->status, ManagedStatus::Issued);
        QVERIFY(issued->certificateId);
        QVERIFY(!issued->hasPendingCsr);
        auto rec = m_inv->record(*issued->certificateId);
        QVERIFY(rec);
        QCOMPARE(rec->summary.domainName, QStringLiteral("ext.example.org"));
        QVERIFY(rec->summary.hasPrivateKey); // the waiting key completed it
        QCOMPARE(rec->tags, (QList<Tag>{{QStringLiteral("owner"), QStringLiteral("ops")}}));
        auto h = m_managed->history(m->id);
        QCOMPARE(h->last().action, QStringLiteral("MATCH"));
        QVERIFY(m_managed->pendingCsrPem(m->id).error().code == ErrorCode::NotFound);
        // A second import matches nothing again.
        ImportReport again = ImportJob(*m_inv, {}).importPaths({path("signed.pem")}, {}, nullptr);
        QCOMPARE(again.requestsMatched, 0);

        // Renewal: when due, certdesk makes a new key and CSR and waits for the CA again.
        m_clock.set(issued->renewAt.addSecs(60));
        auto done = m_managed->renewDue();
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->size(), 1);
        QCOMPARE(done->first().result, QStringLiteral("CSR_CREATED"));
        auto waiting = m_managed->get(m->id);
        QCOMPARE(waiting->renewalStatus, RenewalStatus::PendingValidation);
        QCOMPARE(waiting->status, ManagedStatus::Issued);
        QVERIFY(waiting->hasPendingCsr);
        QVERIFY(m_managed->due()->isEmpty());
        auto csr2 = m_managed->pendingCsrPem(m->id);
        QVERIFY(csr2 && *csr2 != *csr);
        QFile out2(path("req2.pem"));
        QVERIFY(out2.open(QIODevice::WriteOnly));
        out2.write(*csr2);
        out2.close();
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("req2.pem"), QStringLiteral("-CA"),
                          path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-days"), QStringLiteral("365"),
                          QStringLiteral("-copy_extensions"), QStringLiteral("copy"), QStringLiteral("-out"), path("signed2.pem")}, &text), 0);
        ImportReport renewedImport = ImportJob(*m_inv, {}).importPaths({path("signed2.pem")}, {}, nullptr);
        QCOMPARE(renewedImport.requestsMatched, 1);
        auto renewed = m_managed->get(m->id);
        QCOMPARE(renewed->renewalStatus, RenewalStatus::Success);
        QVERIFY(renewed->certificateId != issued->certificateId);
        QCOMPARE(m_managed->managedOf(*issued->certificateId), std::optional<qint64>(m->id));
    }

    void validationTimesOut()
    {
        fresh();
        RequestSpec s;
        s.domainName = QStringLiteral("slow.example.org");
        s.keyAlgorithm = QStringLiteral("EC_prime256v1");
        s.issuerKind = IssuerKind::External;
        auto m = m_managed->request(s);
        QVERIFY(m);
        m_clock.set(start().addSecs(72 * 3600 - 1));
        QCOMPARE(m_managed->get(m->id)->status, ManagedStatus::PendingValidation);
        QCOMPARE(m_managed->counts()->pending, 1);
        m_clock.set(start().addSecs(72 * 3600));
        QCOMPARE(m_managed->get(m->id)->status, ManagedStatus::ValidationTimedOut);
        QCOMPARE(m_managed->counts()->renewalProblems, 1);
        ManagedFilter f;
        f.status = ManagedStatus::ValidationTimedOut;
        QCOMPARE(*m_managed->count(f), 1);
    }

    void adoptImported()
    {
        fresh();
        rootCa();
        // An imported certificate (made by openssl) for two names.
        const QString dir = m_dir.filePath(QStringLiteral("adopt"));
        QDir().mkpath(dir);
        QByteArray text;
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir + QStringLiteral("/k.pem"), QStringLiteral("-out"),
                          dir + QStringLiteral("/r.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=legacy.example.net"),
                          QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:legacy.example.net,DNS:old.example.net")},
                         &text), 0);
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), dir + QStringLiteral("/r.pem"),
                          QStringLiteral("-signkey"), dir + QStringLiteral("/k.pem"), QStringLiteral("-copy_extensions"),
                          QStringLiteral("copy"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-out"),
                          dir + QStringLiteral("/c.pem")}, &text), 0);
        ImportReport report = ImportJob(*m_inv, {}).importPaths({dir + QStringLiteral("/c.pem")}, {}, nullptr);
        QCOMPARE(report.imported, 1);
        const qint64 imported = report.importedIds.first();
        QVERIFY(!m_managed->managedOf(imported));
        QCOMPARE(m_managed->resolve(QString::number(imported)).error().code, ErrorCode::NotFound);
        auto m = m_managed->adopt(imported, spec(QStringLiteral("ignored.example"), 60));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->domainName, QStringLiteral("legacy.example.net"));
        QCOMPARE(m->additionalNames, QStringList{QStringLiteral("old.example.net")});
        QCOMPARE(m->keyAlgorithm, QStringLiteral("RSA_2048"));
        QCOMPARE(m->status, ManagedStatus::Issued);
        QCOMPARE(m->adoptedCertificateId, std::optional<qint64>(imported));
        QVERIFY(m->certificateId != imported);
        QVERIFY(!m_managed->adopt(*m->certificateId, spec(QStringLiteral("x.example"))));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
