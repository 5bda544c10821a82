// The DNS client against a real BIND 9 (named) started here on 127.0.0.1: queries, RFC 2136
// updates signed with TSIG keys made by tsig-keygen, refusals, a server that does not answer, and
// the parsing of server addresses, resolv.conf and TSIG keys.

#include "acme/dnsclient.h"

#include "bindserver.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QtTest>

using namespace certdesk::core;
using certdesk::test::BindServer;

namespace {

const QString Zone = QStringLiteral("certdesk.test.");

QByteArray randomSecret(int bytes = 32)
{
    QByteArray secret(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), bytes / 4);
    return secret;
}

QString describe(const Error &e) { return QStringLiteral("[%1] %2").arg(errorCodeName(e.code), e.message); }

} // namespace

class TestDns : public QObject
{
    Q_OBJECT

    BindServer m_bind;
    DnsServer m_server;
    QMap<QString, TsigKey> m_keys; // by algorithm, as tsig-keygen made them for named

    DnsClient client() const { return DnsClient(m_server, 5000); }

    QStringList txtAt(const QString &name)
    {
        auto values = client().txt(name);
        if (!values)
            qWarning("txt(%s): %s", qPrintable(name), qPrintable(describe(values.error())));
        return values.value_or(QStringList{QStringLiteral("<error>")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        BindServer::Options options;
        options.records = "www IN A 127.0.0.1\n"
                          "_acme-challenge.alias IN CNAME _acme-challenge.delegated.certdesk.test.\n"
                          "_acme-challenge.delegated IN TXT \"delegated-token\"\n";
        for (const char *algorithm : {"hmac-sha256", "hmac-sha512", "hmac-sha1", "hmac-md5", "hmac-sha384"}) {
            const QString alg = QString::fromLatin1(algorithm);
            const QString name = alg == QLatin1String("hmac-sha256") ? QStringLiteral("certdesk-key")
                                                                     : QStringLiteral("certdesk-") + alg.mid(5);
            options.keys.append({name, alg});
        }
        const QString error = m_bind.start(options);
        if (!error.isEmpty())
            QFAIL(qPrintable(error));
        m_server = DnsServer{QStringLiteral("127.0.0.1"), m_bind.port()};
        for (const auto &[name, algorithm] : options.keys) {
            auto key = certdesk::core::parseTsigKey(m_bind.keyStatement(name));
            QVERIFY2(key, key ? "" : qPrintable(describe(key.error())));
            m_keys.insert(algorithm, *key);
        }
    }

    void cleanupTestCase() { m_bind.stop(); }

    // --- parsing, no network ---

    void parseDnsServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("IPv4") << "192.0.2.1" << "192.0.2.1" << 53;
        QTest::newRow("IPv4 with port") << "127.0.0.1:5353" << "127.0.0.1" << 5353;
        QTest::newRow("spaces around") << "  198.51.100.7:53 " << "198.51.100.7" << 53;
        QTest::newRow("IPv6 in brackets") << "[2001:db8::1]" << "2001:db8::1" << 53;
        QTest::newRow("IPv6 in brackets with port") << "[2001:DB8:0::1]:5353" << "2001:db8::1" << 5353;
        QTest::newRow("IPv6 loopback with port") << "[::1]:53" << "::1" << 53;
        QTest::newRow("bare IPv6 (as in resolv.conf)") << "2001:db8::53" << "2001:db8::53" << 53;
        QTest::newRow("highest port") << "192.0.2.1:65535" << "192.0.2.1" << 65535;
    }

    void parseDnsServer()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto server = certdesk::core::parseDnsServer(text);
        QVERIFY2(server, server ? "" : qPrintable(describe(server.error())));
        QCOMPARE(server->host, host);
        QCOMPARE(int(server->port), port);
    }

    void parseDnsServerRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("host name") << "ns1.example.org";
        QTest::newRow("host name with port") << "ns1.example.org:53";
        QTest::newRow("port 0") << "127.0.0.1:0";
        QTest::newRow("port too high") << "127.0.0.1:65536";
        QTest::newRow("empty port") << "127.0.0.1:";
        QTest::newRow("port not a number") << "127.0.0.1:dns";
        QTest::newRow("negative port") << "127.0.0.1:-53";
        QTest::newRow("short IPv4") << "1.2.3";
        QTest::newRow("IPv4 octet too big") << "256.1.1.1";
        QTest::newRow("IPv4 in brackets") << "[127.0.0.1]:53";
        QTest::newRow("missing ]") << "[2001:db8::1:53";
        QTest::newRow("no colon after ]") << "[2001:db8::1]53";
        QTest::newRow("not IPv6 in brackets") << "[ns1]:53";
        QTest::newRow("IPv6 with zone") << "[fe80::1%eth0]:53";
        QTest::newRow("two colons, not IPv6") << "1.2.3.4:53:53";
    }

    void parseDnsServerRejects()
    {
        QFETCH(QString, text);
        const auto server = certdesk::core::parseDnsServer(text);
        QVERIFY2(!server, qPrintable(QStringLiteral("accepted as %1").arg(server ? server->toString() : QString())));
        QCOMPARE(server.error().code, ErrorCode::InvalidInput);
        QVERIFY2(text.trimmed().isEmpty() || server.error().message.contains(text), qPrintable(server.error().message));
    }

    void dnsServerToString()
    {
        QCOMPARE((DnsServer{QStringLiteral("192.0.2.1"), 53}).toString(), QStringLiteral("192.0.2.1:53"));
        QCOMPARE((DnsServer{QStringLiteral("2001:db8::1"), 5353}).toString(), QStringLiteral("[2001:db8::1]:5353"));
        // What toString() gives, parseDnsServer() reads back.
        for (const DnsServer &s : {DnsServer{QStringLiteral("2001:db8::1"), 5353}, DnsServer{QStringLiteral("127.0.0.1"), 53}})
            QCOMPARE(*certdesk::core::parseDnsServer(s.toString()), s);
    }

    void parseTsigKey_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QByteArray>("secret");
        const QByteArray secret = QByteArray::fromBase64("0jnu3SdsMvzzlmTDPYRceA==");
        const QByteArray secret2 = QByteArray::fromBase64("c2VjcmV0Ly9zbGFzaGVz+/+/");
        QTest::newRow("tsig-keygen output")
            << QByteArray("key \"certdesk-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"0jnu3SdsMvzzlmTDPYRceA==\";\n};\n")
            << "certdesk-key." << "hmac-sha256" << secret;
        QTest::newRow("ddns-confgen output, comments and update-policy around the key")
            << QByteArray("# To activate this key, place the following in named.conf, and\n"
                          "# in a separate keyfile on the system or systems from which nsupdate\n"
                          "# will be run:\n"
                          "key \"ddns-key.example.com\" {\n\talgorithm hmac-sha512;\n\tsecret \"0jnu3SdsMvzzlmTDPYRceA==\";\n};\n\n"
                          "# Then, in the \"zone\" definition statement for \"example.com\",\n"
                          "update-policy {\n\t  grant ddns-key.example.com zonesub ANY;\n};\n\n"
                          "nsupdate -k <keyfile>\n")
            << "ddns-key.example.com." << "hmac-sha512" << secret;
        QTest::newRow("one line, unquoted name, upper-case algorithm, absolute name")
            << QByteArray("key certdesk-key. { algorithm HMAC-SHA1; secret \"0jnu3SdsMvzzlmTDPYRceA==\"; };")
            << "certdesk-key." << "hmac-sha1" << secret;
        QTest::newRow("C and C++ comments, // inside the secret")
            << QByteArray("/* made by hand */ key \"k1\" { // the key\n algorithm hmac-sha256; secret \"c2VjcmV0Ly9zbGFzaGVz+/+/\"; };")
            << "k1." << "hmac-sha256" << secret2;
        QTest::newRow("NAME:BASE64 (hmac-sha256)") << QByteArray("certdesk-key:0jnu3SdsMvzzlmTDPYRceA==") << "certdesk-key."
                                                   << "hmac-sha256" << secret;
        QTest::newRow("ALGORITHM:NAME:BASE64") << QByteArray("hmac-sha512:certdesk-key.:0jnu3SdsMvzzlmTDPYRceA==\n")
                                               << "certdesk-key." << "hmac-sha512" << secret;
        QTest::newRow("hmac-md5 by its long name") << QByteArray("hmac-md5.sig-alg.reg.int:old-key:0jnu3SdsMvzzlmTDPYRceA==")
                                                   << "old-key." << "hmac-md5" << secret;
        QTest::newRow("hmac-sha384") << QByteArray("hmac-sha384:k384:0jnu3SdsMvzzlmTDPYRceA==") << "k384." << "hmac-sha384" << secret;
    }

    void parseTsigKey()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(QString, algorithm);
        QFETCH(QByteArray, secret);
        const auto key = certdesk::core::parseTsigKey(text);
        QVERIFY2(key, key ? "" : qPrintable(describe(key.error())));
        QCOMPARE(key->name, name);
        QCOMPARE(key->algorithm, algorithm);
        QCOMPARE(key->secret, secret);
    }

    void parseTsigKeyRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("empty") << QByteArray("  \n") << ErrorCode::InvalidInput << "empty";
        QTest::newRow("bad base64 in a key statement")
            << QByteArray("key \"certdesk-key\" { algorithm hmac-sha256; secret \"not*base64!\"; };") << ErrorCode::InvalidInput
            << "base64";
        QTest::newRow("bad base64, NAME:BASE64") << QByteArray("certdesk-key:s3cr3t?notbase64") << ErrorCode::InvalidInput << "base64";
        QTest::newRow("empty secret") << QByteArray("key k { algorithm hmac-sha256; secret \"\"; };") << ErrorCode::InvalidInput << "empty";
        QTest::newRow("unknown algorithm") << QByteArray("hmac-sha3-256:certdesk-key:0jnu3SdsMvzzlmTDPYRceA==")
                                           << ErrorCode::UnsupportedFormat << "hmac-sha3-256";
        QTest::newRow("hmac-sha224 (BIND has it, ldns does not)")
            << QByteArray("key k { algorithm hmac-sha224; secret \"0jnu3SdsMvzzlmTDPYRceA==\"; };") << ErrorCode::UnsupportedFormat
            << "hmac-sha224";
        QTest::newRow("no secret") << QByteArray("key k { algorithm hmac-sha256; };") << ErrorCode::InvalidInput << "no secret";
        QTest::newRow("no algorithm") << QByteArray("key k { secret \"0jnu3SdsMvzzlmTDPYRceA==\"; };") << ErrorCode::InvalidInput
                                      << "no algorithm";
        QTest::newRow("two keys") << QByteArray("key a { algorithm hmac-sha256; secret \"0jnu3SdsMvzzlmTDPYRceA==\"; };\n"
                                                "key b { algorithm hmac-sha256; secret \"0jnu3SdsMvzzlmTDPYRceA==\"; };")
                                  << ErrorCode::Ambiguous << "a, b";
        QTest::newRow("a name alone") << QByteArray("certdesk-key") << ErrorCode::InvalidInput << "NAME:SECRET";
        QTest::newRow("too many colons") << QByteArray("a:b:c:d") << ErrorCode::InvalidInput << "NAME:SECRET";
        QTest::newRow("braces without a key") << QByteArray("options { directory \"/tmp\"; };") << ErrorCode::InvalidInput
                                              << "no key statement";
    }

    void parseTsigKeyRejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(ErrorCode, code);
        QFETCH(QString, inMessage);
        const auto key = certdesk::core::parseTsigKey(text);
        QVERIFY(!key);
        QCOMPARE(errorCodeName(key.error().code), errorCodeName(code));
        QVERIFY2(key.error().message.contains(inMessage), qPrintable(key.error().message));
        // The secret is never repeated.
        for (const char *secret : {"not*base64!", "s3cr3t?notbase64", "0jnu3SdsMvzzlmTDPYRceA=="})
            QVERIFY2(!key.error().message.contains(QLatin1String(secret)), qPrintable(key.error().message));
    }

    void tsigKeygenKeysParse()
    {
        // initTestCase parsed what tsig-keygen printed for named; the secret is the one in the statement.
        QCOMPARE(m_keys.size(), 5);
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            QCOMPARE(it->algorithm, it.key());
            QVERIFY(it->name.startsWith(QLatin1String("certdesk-")) && it->name.endsWith(QLatin1Char('.')));
            QVERIFY2(m_bind.keyStatement(it->name.chopped(1)).contains("\"" + it->secret.toBase64() + "\""), qPrintable(it->name));
        }
    }

    void systemResolvers()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("# generated by hand\n"
                   "; another comment\n"
                   "search example.org\n"
                   "nameserver 192.0.2.53\n"
                   "nameserver 2001:db8::53\n"
                   "nameserver\tfe80::1%eth0\n"
                   "nameserver   198.51.100.1   # the office\n"
                   "nameserver ns.example.org\n"
                   "nameserver\n"
                   "options edns0 trust-ad\n");
        file.close();
        const QList<DnsServer> expected{{QStringLiteral("192.0.2.53"), 53},
                                        {QStringLiteral("2001:db8::53"), 53},
                                        {QStringLiteral("fe80::1"), 53},
                                        {QStringLiteral("198.51.100.1"), 53}};
        QCOMPARE(certdesk::core::systemResolvers(file.fileName()), expected);
        QVERIFY(certdesk::core::systemResolvers(file.fileName() + QStringLiteral(".missing")).isEmpty());
    }

    // --- queries against named ---

    void serverAnswers()
    {
        const auto zone = client().zoneOf(QStringLiteral("certdesk.test"));
        QVERIFY2(zone, zone ? "" : qPrintable(describe(zone.error()) + m_bind.log()));
        QCOMPARE(*zone, Zone);
    }

    void txtAbsent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("NXDOMAIN") << "_acme-challenge.nothing.certdesk.test";
        QTest::newRow("NODATA (only an A record)") << "ns1.certdesk.test.";
        QTest::newRow("empty non-terminal") << "alias.certdesk.test";
    }

    void txtAbsent()
    {
        QFETCH(QString, name);
        const auto values = client().txt(name);
        QVERIFY2(values, values ? "" : qPrintable(describe(values.error())));
        QVERIFY2(values->isEmpty(), qPrintable(values->join(QLatin1Char(','))));
    }

    void txtFollowsCname()
    {
        QCOMPARE(txtAt(QStringLiteral("_acme-challenge.alias.certdesk.test")), QStringList{QStringLiteral("delegated-token")});
    }

    void zoneOf_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("challenge name below a host") << "_acme-challenge.www.certdesk.test";
        QTest::newRow("absolute") << "_acme-challenge.www.certdesk.test.";
        QTest::newRow("apex") << "certdesk.test";
        QTest::newRow("host") << "ns1.certdesk.test";
        QTest::newRow("a CNAME (the zone it is in)") << "_acme-challenge.alias.certdesk.test";
        QTest::newRow("upper case") << "_ACME-CHALLENGE.WWW.CERTDESK.TEST";
    }

    void zoneOf()
    {
        QFETCH(QString, name);
        const auto zone = client().zoneOf(name);
        QVERIFY2(zone, zone ? "" : qPrintable(describe(zone.error())));
        QCOMPARE(*zone, Zone);
    }

    void zoneOfOutsideServersZones()
    {
        // named is authoritative for certdesk.test only and does not recurse.
        const auto zone = client().zoneOf(QStringLiteral("_acme-challenge.example.org"));
        QVERIFY(!zone);
        QCOMPARE(zone.error().code, ErrorCode::Io);
        QVERIFY2(zone.error().message.contains(m_server.toString()) && zone.error().message.contains(QLatin1String("REFUSED")),
                 qPrintable(zone.error().message));
    }

    void authoritativeServers()
    {
        const auto servers = client().authoritativeServers(QStringLiteral("certdesk.test"));
        QVERIFY2(servers, servers ? "" : qPrintable(describe(servers.error())));
        QCOMPARE(*servers, (QList<DnsServer>{{QStringLiteral("127.0.0.1"), 53}}));
    }

    void cname()
    {
        const auto target = client().cname(QStringLiteral("_acme-challenge.alias.certdesk.test"));
        QVERIFY2(target, target ? "" : qPrintable(describe(target.error())));
        QCOMPARE(*target, QStringLiteral("_acme-challenge.delegated.certdesk.test."));
        const auto none = client().cname(QStringLiteral("www.certdesk.test."));
        QVERIFY2(none, none ? "" : qPrintable(describe(none.error())));
        QCOMPARE(*none, QString());
        const auto missing = client().cname(QStringLiteral("nothing.certdesk.test"));
        QVERIFY(missing);
        QCOMPARE(*missing, QString());
    }

    void badName()
    {
        const auto values = client().txt(QStringLiteral("a..b"));
        QVERIFY(!values);
        QCOMPARE(values.error().code, ErrorCode::InvalidInput);
    }

    // --- updates ---

    void addAndRemoveTxt()
    {
        const QString name = QStringLiteral("_acme-challenge.www.certdesk.test");
        const TsigKey key = m_keys.value(QStringLiteral("hmac-sha256"));
        const QString first = QStringLiteral("LoqXcYV8q5ONbJQxbmR7SCTNo3tiAXDfowyjxAjEuX0");
        const QString second = QStringLiteral("9ihDbjxDp5tYcWcyJ6GZsr5UeWq3jcvDtcWjFH1y_FU");
        auto added = client().addTxt(Zone, name, first, 60, key);
        QVERIFY2(added, added ? "" : qPrintable(describe(added.error())));
        QCOMPARE(txtAt(name), QStringList{first});

        added = client().addTxt(QStringLiteral("certdesk.test"), name + QLatin1Char('.'), second, 60, key);
        QVERIFY2(added, added ? "" : qPrintable(describe(added.error())));
        QStringList both = txtAt(name);
        both.sort();
        QCOMPARE(both, (QStringList{second, first}));

        auto removed = client().removeTxt(Zone, name, first, key);
        QVERIFY2(removed, removed ? "" : qPrintable(describe(removed.error())));
        QCOMPARE(txtAt(name), QStringList{second});

        // Removing a value that is not there changes nothing and is not an error.
        removed = client().removeTxt(Zone, name, first, key);
        QVERIFY2(removed, removed ? "" : qPrintable(describe(removed.error())));
        QCOMPARE(txtAt(name), QStringList{second});

        removed = client().removeTxt(Zone, name, second, key);
        QVERIFY2(removed, removed ? "" : qPrintable(describe(removed.error())));
        QCOMPARE(txtAt(name), QStringList());
    }

    void updateWithEachAlgorithm_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("works");
        QTest::newRow("hmac-sha256") << "hmac-sha256" << true;
        QTest::newRow("hmac-sha512") << "hmac-sha512" << true;
        QTest::newRow("hmac-sha1") << "hmac-sha1" << true;
        QTest::newRow("hmac-md5") << "hmac-md5" << true;
        // libldns looks hmac-sha384 up under a misspelt name and cannot sign with it.
        QTest::newRow("hmac-sha384: ldns cannot") << "hmac-sha384" << false;
    }

    void updateWithEachAlgorithm()
    {
        QFETCH(QString, algorithm);
        QFETCH(bool, works);
        const QString name = QStringLiteral("_acme-challenge.%1.certdesk.test").arg(algorithm);
        const TsigKey key = m_keys.value(algorithm);
        QCOMPARE(key.algorithm, algorithm);
        const auto added = client().addTxt(Zone, name, QStringLiteral("token-") + algorithm, 60, key);
        if (!works) {
            QVERIFY(!added);
            QCOMPARE(added.error().code, ErrorCode::UnsupportedFormat);
            QVERIFY2(added.error().message.contains(algorithm) && added.error().message.contains(QLatin1String("hmac-sha256")),
                     qPrintable(added.error().message));
            QCOMPARE(txtAt(name), QStringList());
            return;
        }
        QVERIFY2(added, added ? "" : qPrintable(describe(added.error())));
        QCOMPARE(txtAt(name), QStringList{QStringLiteral("token-") + algorithm});
        const auto removed = client().removeTxt(Zone, name, QStringLiteral("token-") + algorithm, key);
        QVERIFY2(removed, removed ? "" : qPrintable(describe(removed.error())));
        QCOMPARE(txtAt(name), QStringList());
    }

    void longAndOddValues_data()
    {
        QTest::addColumn<QString>("value");
        QString letters;
        for (int i = 0; i < 700; ++i)
            letters += QLatin1Char(char('a' + i % 26));
        QTest::newRow("255 octets, one string") << letters.left(255);
        QTest::newRow("256 octets, two strings") << letters.left(256);
        // No EDNS: the answer (> 512 octets) comes truncated over UDP and again over TCP.
        QTest::newRow("700 octets, three strings, answer over TCP") << letters;
        QTest::newRow("quotes, backslashes, spaces, semicolon") << QStringLiteral("a \"quoted\" \\value\\; with spaces");
        QTest::newRow("UTF-8 split across strings") << QString(QStringLiteral("x").repeated(254) + QStringLiteral("üöä€"));
        QTest::newRow("empty") << QString();
    }

    void longAndOddValues()
    {
        QFETCH(QString, value);
        const QString name = QStringLiteral("_acme-challenge.long.certdesk.test");
        const TsigKey key = m_keys.value(QStringLiteral("hmac-sha256"));
        const auto added = client().addTxt(Zone, name, value, 60, key);
        QVERIFY2(added, added ? "" : qPrintable(describe(added.error())));
        QCOMPARE(txtAt(name), QStringList{value});
        const auto removed = client().removeTxt(Zone, name, value, key);
        QVERIFY2(removed, removed ? "" : qPrintable(describe(removed.error())));
        QCOMPARE(txtAt(name), QStringList());
    }

    void refusedUpdates_data()
    {
        QTest::addColumn<QString>("keyName");  // "" = no key
        QTest::addColumn<bool>("wrongSecret");
        QTest::addColumn<QStringList>("inMessage");
        QTest::newRow("wrong secret") << "certdesk-key" << true
                                      << QStringList{QStringLiteral("TSIG key certdesk-key."), QStringLiteral("BADSIG")};
        QTest::newRow("key named server does not know") << "nobody-key" << true
                                                        << QStringList{QStringLiteral("TSIG key nobody-key."), QStringLiteral("BADKEY")};
        QTest::newRow("no key") << "" << false << QStringList{QStringLiteral("REFUSED"), QStringLiteral("without a TSIG key")};
    }

    void refusedUpdates()
    {
        QFETCH(QString, keyName);
        QFETCH(bool, wrongSecret);
        QFETCH(QStringList, inMessage);
        const QString name = QStringLiteral("_acme-challenge.refused.certdesk.test");
        const TsigKey good = m_keys.value(QStringLiteral("hmac-sha256"));
        QVERIFY(client().addTxt(Zone, name, QStringLiteral("already-there"), 60, good));

        std::optional<TsigKey> key;
        if (!keyName.isEmpty()) {
            key = TsigKey{keyName, QStringLiteral("hmac-sha256"), wrongSecret ? randomSecret() : good.secret};
            key->name += QLatin1Char('.');
        }
        QElapsedTimer timer;
        timer.start();
        const auto added = client().addTxt(Zone, name, QStringLiteral("intruder"), 60, key);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::Io);
        QVERIFY2(timer.elapsed() < 4000, "a refusal is an answer, not a timeout");
        const QString message = added.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("DNS server ") + m_server.toString() + QStringLiteral(" refused the update of certdesk.test.")),
                 qPrintable(message));
        for (const QString &part : inMessage)
            QVERIFY2(message.contains(part), qPrintable(message));
        if (key) {
            QVERIFY2(!message.contains(QString::fromLatin1(key->secret.toBase64())), "the secret is in the message");
            QVERIFY2(!message.contains(QString::fromLatin1(good.secret.toBase64())), "the secret is in the message");
        }
        // Nothing changed, and a removal with the same key is refused too.
        QCOMPARE(txtAt(name), QStringList{QStringLiteral("already-there")});
        QVERIFY(!client().removeTxt(Zone, name, QStringLiteral("already-there"), key));
        QCOMPARE(txtAt(name), QStringList{QStringLiteral("already-there")});
        QVERIFY(client().removeTxt(Zone, name, QStringLiteral("already-there"), good));
    }

    void nameOutsideZone()
    {
        const auto added = client().addTxt(Zone, QStringLiteral("_acme-challenge.example.org"), QStringLiteral("x"), 60,
                                           m_keys.value(QStringLiteral("hmac-sha256")));
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::InvalidInput);
        QVERIFY2(added.error().message.contains(QLatin1String("_acme-challenge.example.org. is not in the zone certdesk.test.")),
                 qPrintable(added.error().message));
    }

    void serverDoesNotAnswer()
    {
        // A port nobody listens on: the UDP query goes unanswered.
        const quint16 port = certdesk::test::freePort();
        QVERIFY(port);
        DnsClient silent(DnsServer{QStringLiteral("127.0.0.1"), port}, 300);
        const QString expected = QStringLiteral("DNS server 127.0.0.1:%1 did not answer within 0.3 s").arg(port);

        QElapsedTimer timer;
        timer.start();
        const auto values = silent.txt(QStringLiteral("_acme-challenge.www.certdesk.test"));
        QVERIFY(!values);
        QCOMPARE(values.error().code, ErrorCode::Io);
        QCOMPARE(values.error().message, expected);

        const auto added = silent.addTxt(Zone, QStringLiteral("_acme-challenge.www.certdesk.test"), QStringLiteral("x"), 60,
                                         m_keys.value(QStringLiteral("hmac-sha256")));
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::Io);
        QCOMPARE(added.error().message, expected);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("two timeouts of 0.3 s took %1 ms").arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestDns)
#include "tst_dns.moc"
