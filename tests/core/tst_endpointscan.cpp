// TLS endpoint probes and discovery scans against real servers on loopback: Debian's nginx
// (several TLS ports with complete, short, expired and misordered chains, a plain-HTTP port, two
// names on one port), PostgreSQL 15 with ssl=on (STARTTLS by SSLRequest), protocol stand-ins for
// SMTP, IMAP and POP3 STARTTLS (see starttlsresponder.h: no mail server is installed), a closed
// port and a socket that listens but never accepts. Every server is started here and stopped
// after; one that cannot start fails the test.

#include "deploy/endpointscanner.h"
#include "deploy/tlsprobe.h"

#include "nginxserver.h"
#include "postgresserver.h"
#include "starttlsresponder.h"
#include "testports.h"
#include "testutil.h"
#include "tlstestchain.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace certdesk;
using namespace certdesk::core;
using namespace certdesk::test;

Q_DECLARE_METATYPE(ProbeTarget)

namespace {

QDateTime at(int year, int month, int day) { return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC); }

ProbeTarget local(quint16 port, StartTls startTls = StartTls::None, const QString &sni = {})
{
    return ProbeTarget{QStringLiteral("127.0.0.1"), QString(), port, sni, startTls};
}

} // namespace

class TestEndpointScan : public QObject
{
    Q_OBJECT

    // One endpoint and what a probe of it must find.
    struct Case
    {
        const char *name;
        ProbeTarget target;
        int timeoutMs = 5000;
        QList<ProbeStatus> status;  // the expected one (two for the unresolvable name: see there)
        QString errorWords;         // part of the error ("" for TLS)
        int chainLength = 0;
        QStringList problemWords;   // one part per expected problem, in order
        QString leafName;           // CN of the served leaf ("" = do not check)
    };

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probe_data();
    void probe();
    void scanAll();
    void scanProgressAndCancel();
    void chainProblemsWithoutAnchors();
    void names();
    void parsePortList_data();
    void parsePortList();
    void expandScanTargets_data();
    void expandScanTargets();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    void writeChain(const QString &name, const QList<const TestKeyCert *> &chain, const TestKeyCert &key);

    QTemporaryDir m_dir;
    TestKeyCert m_root, m_intermediate, m_expiredIntermediate;
    std::unique_ptr<NginxServer> m_nginx;
    PostgresServer m_postgres;
    StartTlsResponder m_smtp, m_smtpPlain, m_imap, m_pop3, m_tls6;
    int m_blackhole = -1;
    QList<Case> m_cases;
};

void TestEndpointScan::writeChain(const QString &name, const QList<const TestKeyCert *> &chain, const TestKeyCert &key)
{
    QByteArray pem;
    for (const TestKeyCert *c : chain)
        pem += c->certPem();
    QVERIFY(writeTestFile(file(name + QStringLiteral(".pem")), pem));
    QVERIFY(writeTestFile(file(name + QStringLiteral(".key")), key.keyPem()));
}

void TestEndpointScan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Fixed dates around testTime() (2026-06-01): the servers do not look at them, the checks do.
    m_root = makeTestCertificate(QStringLiteral("certdesk scan test root"), nullptr, at(2025, 1, 1), at(2035, 1, 1), true, 1);
    m_intermediate = makeTestCertificate(QStringLiteral("certdesk scan test intermediate"), &m_root, at(2025, 1, 1), at(2030, 1, 1), true, 2);
    m_expiredIntermediate = makeTestCertificate(QStringLiteral("certdesk scan test old intermediate"), &m_root, at(2024, 1, 1),
                                                at(2026, 1, 1), true, 3);
    const TestKeyCert leaf = makeTestCertificate(QStringLiteral("www.certdesk.test"), &m_intermediate, at(2026, 1, 1), at(2027, 1, 1), false, 10);
    const TestKeyCert other = makeTestCertificate(QStringLiteral("other.certdesk.test"), &m_intermediate, at(2026, 1, 1), at(2027, 1, 1), false, 11);
    const TestKeyCert expired = makeTestCertificate(QStringLiteral("expired.certdesk.test"), &m_intermediate, at(2025, 1, 1), at(2026, 1, 1), false, 12);
    const TestKeyCert underOld = makeTestCertificate(QStringLiteral("old.certdesk.test"), &m_expiredIntermediate, at(2025, 6, 1), at(2027, 1, 1), false, 13);
    writeChain(QStringLiteral("complete"), {&leaf, &m_intermediate}, leaf);
    writeChain(QStringLiteral("leafonly"), {&leaf}, leaf);
    writeChain(QStringLiteral("expired"), {&expired, &m_intermediate}, expired);
    writeChain(QStringLiteral("oldintermediate"), {&underOld, &m_expiredIntermediate}, underOld);
    writeChain(QStringLiteral("wrongorder"), {&leaf, &m_root, &m_intermediate}, leaf);
    writeChain(QStringLiteral("other"), {&other, &m_intermediate}, other);

    // nginx: one TLS port per chain, a plain-HTTP port, and one port with two names (SNI).
    const QList<quint16> ports = NginxServer::freePorts(8);
    QCOMPARE(ports.size(), 8);
    const auto site = [&](int i, const char *chain, const QString &serverName = {}) {
        const QString c = QString::fromLatin1(chain);
        return NginxServer::Site{ports[i], true, file(c + QStringLiteral(".pem")), file(c + QStringLiteral(".key")), serverName};
    };
    m_nginx = std::make_unique<NginxServer>(file(QStringLiteral("nginx")));
    QString why;
    QVERIFY2(m_nginx->start({site(0, "complete"), site(1, "leafonly"), site(2, "expired"), site(3, "oldintermediate"),
                             site(4, "wrongorder"), NginxServer::Site{ports[5], false, {}, {}, {}},
                             site(6, "complete", QStringLiteral("www.certdesk.test")),
                             site(6, "other", QStringLiteral("other.certdesk.test"))},
                            &why),
             qPrintable(why));

    // PostgreSQL 15 with ssl=on: STARTTLS by SSLRequest.
    const QString pgError = m_postgres.start(file(QStringLiteral("pg")), file(QStringLiteral("complete.pem")),
                                             file(QStringLiteral("complete.key")));
    QVERIFY2(pgError.isEmpty(), qPrintable(pgError));

    // Mail protocol stand-ins and implicit TLS on ::1.
    const QString pem = file(QStringLiteral("complete.pem"));
    const QString key = file(QStringLiteral("complete.key"));
    for (auto [responder, protocol, address] :
         {std::tuple{&m_smtp, StartTlsResponder::Protocol::Smtp, QStringLiteral("127.0.0.1")},
          std::tuple{&m_smtpPlain, StartTlsResponder::Protocol::SmtpNoStartTls, QStringLiteral("127.0.0.1")},
          std::tuple{&m_imap, StartTlsResponder::Protocol::Imap, QStringLiteral("127.0.0.1")},
          std::tuple{&m_pop3, StartTlsResponder::Protocol::Pop3, QStringLiteral("127.0.0.1")},
          std::tuple{&m_tls6, StartTlsResponder::Protocol::Tls, QStringLiteral("::1")}}) {
        const QString error = responder->start(protocol, pem, key, address);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Listens, never accepts: the kernel completes the TCP handshake into the backlog, and
    // nobody ever answers the ClientHello.
    m_blackhole = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof sin;
    QVERIFY(m_blackhole >= 0 && ::bind(m_blackhole, reinterpret_cast<sockaddr *>(&sin), len) == 0 && ::listen(m_blackhole, 64) == 0
            && ::getsockname(m_blackhole, reinterpret_cast<sockaddr *>(&sin), &len) == 0);
    const quint16 blackhole = ntohs(sin.sin_port);
    const quint16 closed = freePort();
    QVERIFY(closed != 0);

    const QString leafName = QStringLiteral("www.certdesk.test");
    using S = ProbeStatus;
    m_cases = {
        {"nginx: leaf and intermediate (complete)", local(ports[0]), 5000, {S::Tls}, {}, 2, {}, leafName},
        {"nginx: missing intermediate", local(ports[1]), 5000, {S::Tls}, {}, 1,
         {QStringLiteral("missing intermediate: the issuer CN=certdesk scan test intermediate,O=certdesk tests")}, leafName},
        {"nginx: expired leaf", local(ports[2]), 5000, {S::Tls}, {}, 2,
         {QStringLiteral("expired certificate: CN=expired.certdesk.test,O=certdesk tests (expired 2026-01-01)")},
         QStringLiteral("expired.certdesk.test")},
        {"nginx: expired intermediate", local(ports[3]), 5000, {S::Tls}, {}, 2,
         {QStringLiteral("expired intermediate: CN=certdesk scan test old intermediate,O=certdesk tests (expired 2026-01-01)")},
         QStringLiteral("old.certdesk.test")},
        {"nginx: wrong order (leaf, root, intermediate)", local(ports[4]), 5000, {S::Tls}, {}, 3,
         {QStringLiteral("wrong order: the issuer CN=certdesk scan test intermediate,O=certdesk tests of "
                         "CN=www.certdesk.test,O=certdesk tests is sent as certificate 3")},
         leafName},
        {"nginx: plain-HTTP port", local(ports[5]), 5000, {S::NotTls}, QStringLiteral("the server answered, but not with TLS (plain HTTP?"), 0, {}, {}},
        {"nginx: SNI picks the second name on a port", local(ports[6], StartTls::None, QStringLiteral("other.certdesk.test")), 5000,
         {S::Tls}, {}, 2, {}, QStringLiteral("other.certdesk.test")},
        {"nginx: SMTP STARTTLS asked of an HTTPS port (no greeting)", local(ports[0], StartTls::Smtp), 400, {S::Timeout},
         QStringLiteral("no answer within 400 ms (the SMTP greeting)"), 0, {}, {}},
        {"closed port", local(closed), 5000, {S::Closed}, QStringLiteral("connection refused"), 0, {}, {}},
        {"listening, never accepting (time limit)", local(blackhole), 400, {S::Timeout},
         QStringLiteral("connected, but no TLS answer within 400 ms"), 0, {}, {}},
        {"PostgreSQL 15, ssl=on (SSLRequest)", local(m_postgres.port(), StartTls::Postgres), 5000, {S::Tls}, {}, 2, {}, leafName},
        // nginx sees that the 8 bytes of an SSLRequest are no TLS record and answers with HTTP 400.
        {"PostgreSQL SSLRequest to an HTTPS port", local(ports[0], StartTls::Postgres), 5000, {S::NotTls},
         QStringLiteral("not a PostgreSQL server: the server answered, but not with TLS (plain HTTP? it sent \"HTTP/1.1 400 Bad Request\")"),
         0, {}, {}},
        {"SMTP STARTTLS (stand-in)", local(m_smtp.port(), StartTls::Smtp), 5000, {S::Tls}, {}, 2, {}, leafName},
        {"SMTP without STARTTLS (stand-in)", local(m_smtpPlain.port(), StartTls::Smtp), 5000, {S::NotTls},
         QStringLiteral("the SMTP server does not offer STARTTLS"), 0, {}, {}},
        {"IMAP STARTTLS (stand-in)", local(m_imap.port(), StartTls::Imap), 5000, {S::Tls}, {}, 2, {}, leafName},
        {"POP3 STLS (stand-in)", local(m_pop3.port(), StartTls::Pop3), 5000, {S::Tls}, {}, 2, {}, leafName},
        {"implicit TLS on ::1 (stand-in)", ProbeTarget{QStringLiteral("::1"), QString(), m_tls6.port(), QString(), StartTls::None},
         5000, {S::Tls}, {}, 2, {}, leafName},
        {"name by address: localhost", ProbeTarget{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), ports[0], QString(), StartTls::None},
         5000, {S::Tls}, {}, 2, {}, leafName},
        // RFC 6761: .invalid never resolves. Without a reachable DNS server the lookup may
        // instead run into the time limit; either way it ends in time.
        {"name that does not resolve", ProbeTarget{QStringLiteral("nothing.invalid"), QString(), 443, QString(), StartTls::None},
         2000, {S::Unreachable, S::Timeout}, {}, 0, {}, {}},
    };
}

void TestEndpointScan::cleanupTestCase()
{
    if (m_blackhole >= 0)
        ::close(m_blackhole);
    for (StartTlsResponder *r : {&m_smtp, &m_smtpPlain, &m_imap, &m_pop3, &m_tls6})
        r->stop();
    m_postgres.stop();
    if (m_nginx)
        m_nginx->stop();
}

void TestEndpointScan::probe_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::newRow(m_cases[i].name) << i;
}

void TestEndpointScan::probe()
{
    QFETCH(int, index);
    const Case &c = m_cases[index];
    QElapsedTimer timer;
    timer.start();
    const ProbeResult r = probeEndpoint(c.target, c.timeoutMs);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(c.status.contains(r.status),
             qPrintable(QStringLiteral("%1: %2 (%3)").arg(c.target.label(), probeStatusName(r.status), r.error)));
    // The whole probe keeps to the time limit (plus scheduling slack on a shared machine).
    QVERIFY2(elapsed <= c.timeoutMs + 300, qPrintable(QStringLiteral("took %1 ms, limit %2 ms").arg(elapsed).arg(c.timeoutMs)));
    QVERIFY(r.at.isValid());
    QVERIFY(!r.target.address.isEmpty() || r.status == ProbeStatus::Unreachable || r.status == ProbeStatus::Timeout);
    if (r.status != ProbeStatus::Tls) {
        QVERIFY2(r.error.contains(c.errorWords), qPrintable(r.error));
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.chain.isEmpty());
        return;
    }
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.chain.size(), c.chainLength);
    QVERIFY(r.served());
    QVERIFY(r.tlsVersion.startsWith(QLatin1String("TLSv1.")));
    QVERIFY(!r.cipher.isEmpty());
    if (!c.leafName.isEmpty())
        QCOMPARE(r.chain.first().commonName(), c.leafName);
    const Certificate root = *Certificate::fromX509(m_root.cert.get());
    const QStringList problems = servedChainProblems(r.chain, {root}, testTime());
    QCOMPARE(problems.size(), c.problemWords.size());
    for (int i = 0; i < problems.size(); ++i)
        QVERIFY2(problems[i].startsWith(c.problemWords[i]), qPrintable(problems[i]));
}

void TestEndpointScan::scanAll()
{
    // Every endpoint at once, a few connections at a time, with the longest time limit of the
    // cases: results come back in target order, each as the single probe found it, and the scan
    // ends within the time limit of its slowest connection times the rounds it needs.
    QList<ProbeTarget> targets;
    for (const Case &c : std::as_const(m_cases))
        targets.append(c.target);
    ScanSpec spec;
    spec.concurrency = 4;
    spec.timeoutMs = 1500;
    QElapsedTimer timer;
    timer.start();
    const QList<ProbeResult> results = scanEndpoints(targets, spec);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(results.size(), targets.size());
    for (int i = 0; i < results.size(); ++i) {
        const Case &c = m_cases[i];
        QCOMPARE(results[i].target.port, c.target.port);
        QCOMPARE(results[i].target.host, c.target.host);
        QVERIFY2(c.status.contains(results[i].status),
                 qPrintable(QStringLiteral("%1: %2 (%3)").arg(QLatin1String(c.name), probeStatusName(results[i].status), results[i].error)));
        if (results[i].status == ProbeStatus::Tls)
            QCOMPARE(results[i].chain.size(), c.chainLength);
    }
    const qint64 rounds = (targets.size() + spec.concurrency - 1) / spec.concurrency;
    QVERIFY2(elapsed < rounds * spec.timeoutMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestEndpointScan::scanProgressAndCancel()
{
    QList<ProbeTarget> targets;
    for (int i = 0; i < 5; ++i)
        targets.append(m_cases[0].target);
    ScanSpec spec;
    spec.concurrency = 1;
    QList<int> seen;
    const QList<ProbeResult> all = scanEndpoints(targets, spec, [&](int done, int total) {
        QCOMPARE(total, 5);
        seen.append(done);
    });
    QCOMPARE(all.size(), 5);
    QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5}));

    // Cancelled after the second endpoint: the two done come back, no new probe starts.
    std::atomic<bool> cancelled{false};
    const QList<ProbeResult> some = scanEndpoints(targets, spec, [&](int done, int) { cancelled = done >= 2; }, &cancelled);
    QCOMPARE(some.size(), 2);
    QCOMPARE(some[0].status, ProbeStatus::Tls);

    // Cancelled before the start: nothing probed.
    const QList<ProbeResult> none = scanEndpoints(targets, spec, {}, &cancelled);
    QVERIFY(none.isEmpty());
}

void TestEndpointScan::chainProblemsWithoutAnchors()
{
    const Certificate root = *Certificate::fromX509(m_root.cert.get());
    const Certificate intermediate = *Certificate::fromX509(m_intermediate.cert.get());
    const TestKeyCert leafKc = makeTestCertificate(QStringLiteral("a.certdesk.test"), &m_intermediate, at(2026, 1, 1), at(2027, 1, 1), false, 20);
    const TestKeyCert soon = makeTestCertificate(QStringLiteral("b.certdesk.test"), &m_intermediate, at(2026, 9, 1), at(2027, 1, 1), false, 21);
    const Certificate leaf = *Certificate::fromX509(leafKc.cert.get());
    const Certificate future = *Certificate::fromX509(soon.cert.get());
    // With no anchors, a chain that stops below its root misses the root's certificate ...
    QCOMPARE(servedChainProblems({leaf, intermediate}, {}, testTime()),
             QStringList{QStringLiteral("missing intermediate: the issuer CN=certdesk scan test root,O=certdesk tests of "
                                        "CN=certdesk scan test intermediate,O=certdesk tests is not sent")});
    // ... and a chain sent up to its self-signed root is complete.
    QCOMPARE(servedChainProblems({leaf, intermediate, root}, {}, testTime()), QStringList());
    // The intermediate itself as the anchor.
    QCOMPARE(servedChainProblems({leaf}, {intermediate}, testTime()), QStringList());
    // Sent before the certificate it issued.
    QCOMPARE(servedChainProblems({intermediate, leaf}, {root}, testTime()),
             QStringList{QStringLiteral("wrong order: the issuer CN=certdesk scan test intermediate,O=certdesk tests of "
                                        "CN=a.certdesk.test,O=certdesk tests is sent before it (as certificate 1)")});
    QCOMPARE(servedChainProblems({future, intermediate}, {root}, testTime()),
             QStringList{QStringLiteral("not yet valid: CN=b.certdesk.test,O=certdesk tests (valid from 2026-09-01)")});
    QCOMPARE(servedChainProblems({}, {root}, testTime()), QStringList());
}

void TestEndpointScan::names()
{
    for (StartTls mode : {StartTls::None, StartTls::Smtp, StartTls::Imap, StartTls::Pop3, StartTls::Postgres})
        QCOMPARE(startTlsFromName(startTlsName(mode)), std::optional<StartTls>(mode));
    QVERIFY(!startTlsFromName(QStringLiteral("ftp")));
    QCOMPARE(startTlsForPort(587), StartTls::Smtp);
    QCOMPARE(startTlsForPort(25), StartTls::Smtp);
    QCOMPARE(startTlsForPort(143), StartTls::Imap);
    QCOMPARE(startTlsForPort(110), StartTls::Pop3);
    QCOMPARE(startTlsForPort(5432), StartTls::Postgres);
    QCOMPARE(startTlsForPort(443), StartTls::None);
    QCOMPARE(probeStatusName(ProbeStatus::HandshakeFailed), QStringLiteral("HANDSHAKE_FAILED"));
    QCOMPARE(probeStatusName(ProbeStatus::NotTls), QStringLiteral("NOT_TLS"));
    QCOMPARE((ProbeTarget{QStringLiteral("example.test"), {}, 443, {}, StartTls::None}.label()), QStringLiteral("example.test:443"));
    QCOMPARE((ProbeTarget{QStringLiteral("::1"), {}, 8443, {}, StartTls::None}.label()), QStringLiteral("[::1]:8443"));
    QCOMPARE((ProbeTarget{QStringLiteral("10.0.0.1"), {}, 443, QStringLiteral("www.example.test"), StartTls::None}.label()),
             QStringLiteral("10.0.0.1:443 (www.example.test)"));
}

void TestEndpointScan::parsePortList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<quint16>>("ports");
    QTest::addColumn<QString>("errorWords");
    QTest::newRow("one") << QStringLiteral("443") << QList<quint16>{443} << QString();
    QTest::newRow("list and range") << QStringLiteral("443,8443,9000-9003") << QList<quint16>{443, 8443, 9000, 9001, 9002, 9003} << QString();
    QTest::newRow("spaces and repeats") << QStringLiteral(" 25 , 587,25, 465 ") << QList<quint16>{25, 587, 465} << QString();
    QTest::newRow("range of one") << QStringLiteral("65535-65535") << QList<quint16>{65535} << QString();
    QTest::newRow("zero") << QStringLiteral("0") << QList<quint16>{} << QStringLiteral("\"0\" is not a port");
    QTest::newRow("too big") << QStringLiteral("443,65536") << QList<quint16>{} << QStringLiteral("\"65536\" is not a port");
    QTest::newRow("word") << QStringLiteral("https") << QList<quint16>{} << QStringLiteral("\"https\" is not a port");
    QTest::newRow("backwards") << QStringLiteral("9010-9000") << QList<quint16>{} << QStringLiteral("\"9010-9000\" runs backwards");
    QTest::newRow("open range") << QStringLiteral("9000-") << QList<quint16>{} << QStringLiteral("\"9000-\" is not a port");
    QTest::newRow("empty") << QStringLiteral(" , ") << QList<quint16>{} << QStringLiteral("no ports");
}

void TestEndpointScan::parsePortList()
{
    QFETCH(QString, text);
    QFETCH(QList<quint16>, ports);
    QFETCH(QString, errorWords);
    const auto r = core::parsePortList(text);
    if (errorWords.isEmpty()) {
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, ports);
    } else {
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(errorWords), qPrintable(r.error().message));
    }
}

void TestEndpointScan::expandScanTargets_data()
{
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QList<quint16>>("ports");
    QTest::addColumn<QStringList>("labels"); // expected, in order ("" when an error is expected)
    QTest::addColumn<int>("errorCode");      // -1: no error
    QTest::addColumn<QString>("errorWords");
    const QList<quint16> one{443};
    const auto none = -1;
    QTest::newRow("IPv4 /30: four addresses")
        << QStringList{QStringLiteral("192.0.2.4/30")} << one
        << QStringList{QStringLiteral("192.0.2.4:443"), QStringLiteral("192.0.2.5:443"), QStringLiteral("192.0.2.6:443"),
                       QStringLiteral("192.0.2.7:443")}
        << none << QString();
    QTest::newRow("IPv4 /30 written off the boundary")
        << QStringList{QStringLiteral("192.0.2.6/30")} << one
        << QStringList{QStringLiteral("192.0.2.4:443"), QStringLiteral("192.0.2.5:443"), QStringLiteral("192.0.2.6:443"),
                       QStringLiteral("192.0.2.7:443")}
        << none << QString();
    QTest::newRow("IPv4 /32 times two ports")
        << QStringList{QStringLiteral("198.51.100.7/32")} << QList<quint16>{443, 8443}
        << QStringList{QStringLiteral("198.51.100.7:443"), QStringLiteral("198.51.100.7:8443")} << none << QString();
    QTest::newRow("IPv6 /126 across a byte")
        << QStringList{QStringLiteral("2001:db8::fc/126")} << one
        << QStringList{QStringLiteral("[2001:db8::fc]:443"), QStringLiteral("[2001:db8::fd]:443"), QStringLiteral("[2001:db8::fe]:443"),
                       QStringLiteral("[2001:db8::ff]:443")}
        << none << QString();
    QTest::newRow("addresses, bracketed IPv6, and order kept")
        << QStringList{QStringLiteral("10.1.2.3"), QStringLiteral("[::1]"), QStringLiteral("10.1.2.1")} << one
        << QStringList{QStringLiteral("10.1.2.3:443"), QStringLiteral("[::1]:443"), QStringLiteral("10.1.2.1:443")} << none << QString();
    QTest::newRow("name resolved") << QStringList{QStringLiteral("localhost")} << QList<quint16>{443, 5432}
                                   << QStringList{QStringLiteral("localhost:443"), QStringLiteral("localhost:5432")} << none << QString();
    QTest::newRow("name that does not resolve: one target")
        << QStringList{QStringLiteral("nothing.invalid")} << QList<quint16>{443, 8443} << QStringList{QStringLiteral("nothing.invalid:443")}
        << none << QString();
    QTest::newRow("bad CIDR prefix") << QStringList{QStringLiteral("10.0.0.0/33")} << one << QStringList()
                                     << int(ErrorCode::InvalidInput) << QStringLiteral("\"10.0.0.0/33\": not a CIDR range");
    QTest::newRow("bad address") << QStringList{QStringLiteral("10.0.0.300/24")} << one << QStringList()
                                 << int(ErrorCode::InvalidInput) << QStringLiteral("\"10.0.0.300/24\"");
    QTest::newRow("not a name") << QStringList{QStringLiteral("web server")} << one << QStringList() << int(ErrorCode::InvalidInput)
                                << QStringLiteral("\"web server\": not an address, CIDR range or host name");
    QTest::newRow("no targets") << QStringList{QStringLiteral(" ")} << one << QStringList() << int(ErrorCode::InvalidInput)
                                << QStringLiteral("no targets");
    QTest::newRow("IPv4 /11 x 1 port: over the limit") << QStringList{QStringLiteral("10.0.0.0/11")} << one << QStringList()
                                                       << int(ErrorCode::LimitExceeded) << QStringLiteral("\"10.0.0.0/11\"");
    QTest::newRow("IPv6 /64: over the limit") << QStringList{QStringLiteral("fd00::/64")} << one << QStringList()
                                              << int(ErrorCode::LimitExceeded) << QStringLiteral("more than 1048576 endpoints");
    QTest::newRow("/16 x 16 ports reach the limit, one endpoint more is over it")
        << QStringList{QStringLiteral("10.0.0.0/16"), QStringLiteral("10.9.9.9")}
        << QList<quint16>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16} << QStringList() << int(ErrorCode::LimitExceeded)
        << QStringLiteral("\"10.9.9.9\"");
}

void TestEndpointScan::expandScanTargets()
{
    QFETCH(QStringList, targets);
    QFETCH(QList<quint16>, ports);
    QFETCH(QStringList, labels);
    QFETCH(int, errorCode);
    QFETCH(QString, errorWords);
    ScanSpec spec;
    spec.targets = targets;
    spec.ports = ports;
    const auto r = core::expandScanTargets(spec);
    if (errorCode >= 0) {
        QVERIFY(!r.has_value());
        QCOMPARE(int(r.error().code), errorCode);
        QVERIFY2(r.error().message.contains(errorWords), qPrintable(r.error().message));
        return;
    }
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QStringList got;
    for (const ProbeTarget &t : *r) {
        got.append(t.label());
        QCOMPARE(t.startTls, startTlsForPort(t.port));
    }
    QCOMPARE(got, labels);
    if (targets.first() == QLatin1String("localhost")) {
        QVERIFY(r->first().address == QLatin1String("127.0.0.1") || r->first().address == QLatin1String("::1"));
        QCOMPARE(r->at(1).startTls, StartTls::Postgres);
    }
    if (targets.first() == QLatin1String("nothing.invalid"))
        QVERIFY(r->first().address.isEmpty());
}

QTEST_GUILESS_MAIN(TestEndpointScan)
#include "tst_endpointscan.moc"
