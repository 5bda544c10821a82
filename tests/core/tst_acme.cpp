// ACME (RFC 8555) against Debian's pebble on 127.0.0.1: accounts, orders with http-01 (certdesk's
// responder and a web root) and dns-01 (records set by the "administrator" through
// pebble-challtestsrv), the managed lifecycle (request, renewal on a fake clock, revocation), ARI
// through a small local renewalInfo responder, and the faults pebble can inject. What pebble issues
// is verified with the openssl command against pebble's root.

#include "acme/acmeaccounts.h"
#include "testinventory.h"
#include "acme/acmeorder.h"
#include "ca/certificateauthority.h"
#include "lifecycle/managedcertificates.h"
#include "x509/pem.h"
#include "bindserver.h"
#include "acme/dnsclient.h"
#include "pebbleserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>

#include "testutil.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <signal.h>

using namespace certdesk::core;
using certdesk::test::openssl;
using certdesk::test::BindServer;
using certdesk::test::PebbleServer;

namespace {

qint64 scalar(Inventory &inv, const QString &sql)
{
    return certdesk::test::scalar(inv.database().db(), sql);
}

// Serves files of a folder over HTTP: the administrator's web server for the web-root mode.
class StaticFileServer : public QAbstractHttpServer
{
public:
    explicit StaticFileServer(QString root) : m_root(std::move(root)) {}
    int served = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QFile f(m_root + request.url().path());
        auto responder = makeResponder(request, socket);
        if (!request.url().path().contains(QLatin1String("..")) && f.open(QIODevice::ReadOnly)) {
            ++served;
            responder.write(f.readAll(), "text/plain");
        } else {
            responder.write(QHttpServerResponder::StatusCode::NotFound);
        }
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    QString m_root;
};

// ARI: serves pebble's directory with a renewalInfo resource added, and renewal windows for it.
class AriResponder : public QAbstractHttpServer
{
public:
    QByteArray directory;            // pebble's, with renewalInfo pointing here
    QDateTime start, end;
    QStringList asked;               // the certificate ids asked for

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        auto responder = makeResponder(request, socket);
        const QString path = request.url().path();
        if (path == QLatin1String("/dir")) {
            responder.write(directory, "application/json");
        } else if (path.startsWith(QLatin1String("/renewal-info/"))) {
            asked << path.mid(14);
            const QJsonObject o{{QStringLiteral("suggestedWindow"),
                                 QJsonObject{{QStringLiteral("start"), start.toString(Qt::ISODate)},
                                             {QStringLiteral("end"), end.toString(Qt::ISODate)}}},
                                {QStringLiteral("explanationURL"), QStringLiteral("https://ca.example/incident-42")}};
            responder.write(QJsonDocument(o).toJson(), {{"Content-Type", "application/json"}, {"Retry-After", "21600"}},
                            QHttpServerResponder::StatusCode::Ok);
        } else {
            responder.write(QHttpServerResponder::StatusCode::NotFound);
        }
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }
};

// The private JWK of key (what certbot writes to private_key.json), built with OpenSSL here.
QJsonObject privateJwk(const PrivateKey &key)
{
    EVP_PKEY *k = key.handle();
    const auto bn = [&](const char *param, int width = 0) {
        BIGNUM *raw = nullptr;
        EVP_PKEY_get_bn_param(k, param, &raw);
        QByteArray out(std::max(width, BN_num_bytes(raw)), '\0');
        BN_bn2binpad(raw, reinterpret_cast<unsigned char *>(out.data()), int(out.size()));
        BN_free(raw);
        return QString::fromLatin1(base64Url(out));
    };
    if (EVP_PKEY_is_a(k, "RSA"))
        return {{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("n"), bn(OSSL_PKEY_PARAM_RSA_N)},
                {QStringLiteral("e"), bn(OSSL_PKEY_PARAM_RSA_E)}, {QStringLiteral("d"), bn(OSSL_PKEY_PARAM_RSA_D)},
                {QStringLiteral("p"), bn(OSSL_PKEY_PARAM_RSA_FACTOR1)}, {QStringLiteral("q"), bn(OSSL_PKEY_PARAM_RSA_FACTOR2)},
                {QStringLiteral("dp"), bn(OSSL_PKEY_PARAM_RSA_EXPONENT1)}, {QStringLiteral("dq"), bn(OSSL_PKEY_PARAM_RSA_EXPONENT2)},
                {QStringLiteral("qi"), bn(OSSL_PKEY_PARAM_RSA_COEFFICIENT1)}};
    if (EVP_PKEY_is_a(k, "EC")) {
        const bool p384 = key.algorithm() == QLatin1String("EC_secp384r1");
        const int w = p384 ? 48 : 32;
        return {{QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("crv"), p384 ? QStringLiteral("P-384") : QStringLiteral("P-256")},
                {QStringLiteral("x"), bn(OSSL_PKEY_PARAM_EC_PUB_X, w)}, {QStringLiteral("y"), bn(OSSL_PKEY_PARAM_EC_PUB_Y, w)},
                {QStringLiteral("d"), bn(OSSL_PKEY_PARAM_PRIV_KEY, w)}};
    }
    QByteArray d(32, '\0'), x(32, '\0');
    size_t len = 32;
    EVP_PKEY_get_raw_private_key(k, reinterpret_cast<unsigned char *>(d.data()), &len);
    len = 32;
    EVP_PKEY_get_raw_public_key(k, reinterpret_cast<unsigned char *>(x.data()), &len);
    return {{QStringLiteral("kty"), QStringLiteral("OKP")}, {QStringLiteral("crv"), QStringLiteral("Ed25519")},
            {QStringLiteral("x"), QString::fromLatin1(base64Url(x))}, {QStringLiteral("d"), QString::fromLatin1(base64Url(d))}};
}

QDateTime start()
{
    static const QDateTime t = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return t;
}

} // namespace

class TestAcme : public QObject
{
    Q_OBJECT

    PebbleServer m_pebble;
    QTemporaryDir m_dir;
    FixedClock m_clock{start()};
    std::unique_ptr<Inventory> m_inv;
    std::unique_ptr<CertificateAuthorities> m_cas;
    std::unique_ptr<ManagedCertificates> m_managed;
    std::unique_ptr<AcmeAccounts> m_accounts;
    int m_dbCount = 0;
    QByteArray m_password = "acme master password";

    MasterPasswordCallback password()
    {
        return [this](MasterPasswordPurpose) { return std::optional<QByteArray>(m_password); };
    }

    void fresh()
    {
        m_accounts.reset();
        m_managed.reset();
        m_cas.reset();
        m_inv.reset();
        m_clock.set(start());
        ++m_dbCount;
        auto inv = Inventory::open(certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("acme%1.db").arg(m_dbCount))), m_clock,
                                   QStringLiteral("acme%1").arg(m_dbCount));
        QVERIFY2(inv, inv ? "" : qPrintable(inv.error().message));
        m_inv = std::move(*inv);
        m_inv->keyStore().setScryptCost(1 << 10);
        m_cas = std::make_unique<CertificateAuthorities>(*m_inv, password());
        m_managed = std::make_unique<ManagedCertificates>(*m_cas, password());
        m_accounts = std::make_unique<AcmeAccounts>(*m_inv, password());
    }

    AcmeAccountInfo account(PebbleServer &pebble, const QString &keyAlgorithm = QStringLiteral("EC_prime256v1"),
                            const QString &directory = {})
    {
        AcmeAccountRequest req;
        req.ca = directory.isEmpty() ? pebble.directoryUrl() : directory;
        req.emails = {QStringLiteral("admin@example.org")};
        req.agreeTerms = true;
        req.extraTrustPem = pebble.tlsCertificate();
        req.keyAlgorithm = keyAlgorithm;
        auto a = m_accounts->create(req);
        if (!a)
            qWarning("account: %s", qPrintable(a.error().message));
        return a.value_or(AcmeAccountInfo());
    }

    RequestSpec httpSpec(const QString &account, const QString &name, quint16 port)
    {
        RequestSpec spec;
        spec.issuerKind = IssuerKind::Acme;
        spec.issuer = account;
        spec.domainName = name;
        spec.keyAlgorithm = QStringLiteral("EC_prime256v1");
        spec.acme.method = QStringLiteral("HTTP");
        spec.acme.httpListen = QStringLiteral("127.0.0.1:%1").arg(port);
        return spec;
    }

    // The chain of the managed certificate's current certificate verifies against pebble's root.
    void verifyWithOpenssl(PebbleServer &pebble, qint64 certId)
    {
        QByteArray root = pebble.rootPem();
        QVERIFY2(root.contains("BEGIN CERTIFICATE"), root.constData());
        auto chain = m_inv->issuerChain(certId);
        QVERIFY2(chain, chain ? "" : qPrintable(chain.error().message));
        auto leaf = m_inv->certificate(certId);
        QVERIFY(leaf);
        QFile rootFile(m_dir.filePath(QStringLiteral("root.pem")));
        QVERIFY(rootFile.open(QIODevice::WriteOnly));
        rootFile.write(root);
        rootFile.close();
        QFile untrusted(m_dir.filePath(QStringLiteral("untrusted.pem")));
        QVERIFY(untrusted.open(QIODevice::WriteOnly));
        for (const Certificate &c : std::as_const(*chain))
            untrusted.write(c.toPem());
        untrusted.close();
        QFile leafFile(m_dir.filePath(QStringLiteral("leaf.pem")));
        QVERIFY(leafFile.open(QIODevice::WriteOnly));
        leafFile.write(leaf->toPem());
        leafFile.close();
        QByteArray out;
        const int rc = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), rootFile.fileName(), QStringLiteral("-untrusted"),
                                untrusted.fileName(), leafFile.fileName()},
                               &out);
        QVERIFY2(rc == 0, out.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_pebble.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void cleanupTestCase() { m_pebble.stop(); }

    void base64UrlRoundTrips()
    {
        const QByteArray data("\xfb\xff\x00\x10 certdesk", 13);
        QCOMPARE(base64Url(data), QByteArray("-_8AECBjZXJ0ZGVzaw"));
        QCOMPARE(fromBase64Url(base64Url(data)).value(), data);
        QVERIFY(!fromBase64Url("not base64!"));
    }

    void retryAfter()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("120", now), now.addSecs(120));
        QCOMPARE(parseRetryAfter("Fri, 27 Nov 2026 12:30:00 GMT", now), now.addSecs(1800));
        QVERIFY(!parseRetryAfter("", now).isValid());
        QVERIFY(!parseRetryAfter("soon", now).isValid());
    }

    void problemsInPlainWords()
    {
        const QJsonObject o = QJsonDocument::fromJson(R"({"type": "urn:ietf:params:acme:error:compound",
            "detail": "Errors during validation", "subproblems": [
              {"type": "urn:ietf:params:acme:error:caa", "detail": "CAA forbids", "identifier": {"type": "dns", "value": "a.example"}},
              {"type": "urn:ietf:params:acme:error:rateLimited", "detail": "too many", "identifier": {"type": "dns", "value": "b.example"}}]})")
                                  .object();
        const AcmeProblem p = AcmeProblem::fromJson(o, 403);
        QCOMPARE(p.shortType(), QStringLiteral("compound"));
        const QString words = p.plainWords();
        QVERIFY2(words.contains(QLatin1String("a.example: a CAA record forbids this CA to issue for the name (CAA forbids)")), qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("b.example: the CA's rate limit was reached (too many)")), qPrintable(words));
    }

    // RFC 9773 section 4.1's example: AKI 69:88:5B:6B:87:46:40:41:E1:B3:7B:84:7B:A0:AE:2C:DE:01:C8:D4,
    // serial 00:87:65:43:21 give "aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE".
    void ariCertificateIdAsTheRfc()
    {
        const QString d = m_dir.path();
        QByteArray out;
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"),
                          QStringLiteral("-out"), d + QStringLiteral("/ca.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=ARI CA"),
                          QStringLiteral("-addext"), QStringLiteral("subjectKeyIdentifier=69:88:5B:6B:87:46:40:41:E1:B3:7B:84:7B:A0:AE:2C:DE:01:C8:D4")},
                         &out), 0);
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), d + QStringLiteral("/leaf.key"),
                          QStringLiteral("-out"), d + QStringLiteral("/leaf.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=ari.example")},
                         &out), 0);
        QFile ext(d + QStringLiteral("/ext.cnf"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("authorityKeyIdentifier=keyid\n");
        ext.close();
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("/leaf.csr"), QStringLiteral("-CA"),
                          d + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"), QStringLiteral("-set_serial"),
                          QStringLiteral("0x87654321"), QStringLiteral("-extfile"), ext.fileName(), QStringLiteral("-outform"), QStringLiteral("DER"),
                          QStringLiteral("-out"), d + QStringLiteral("/leaf.der")},
                         &out), 0);
        QFile leaf(d + QStringLiteral("/leaf.der"));
        QVERIFY(leaf.open(QIODevice::ReadOnly));
        QCOMPARE(ariCertificateId(leaf.readAll()).value(), QStringLiteral("aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE"));
    }

    void accountsWithEveryKeyType_data()
    {
        QTest::addColumn<QString>("keyAlgorithm");
        QTest::addColumn<QString>("jwsAlgorithm");
        QTest::newRow("P-256 (ES256, the default)") << QStringLiteral("EC_prime256v1") << QStringLiteral("ES256");
        QTest::newRow("P-384 (ES384)") << QStringLiteral("EC_secp384r1") << QStringLiteral("ES384");
        QTest::newRow("RSA 2048 (RS256)") << QStringLiteral("RSA_2048") << QStringLiteral("RS256");
    }

    // pebble 2.4 takes no EdDSA account keys ("no signature algorithms suitable"): the JWS is checked
    // with the openssl command instead, and pebble's refusal must come through in plain words.
    void eddsaAccounts()
    {
        auto key = generatePrivateKey(QStringLiteral("ED25519"));
        QVERIFY(key);
        auto signer = JwsSigner::forKey(*key);
        QVERIFY(signer);
        QCOMPARE(signer->algorithm(), QStringLiteral("EdDSA"));
        QCOMPARE(signer->jwk().value(QLatin1String("crv")).toString(), QStringLiteral("Ed25519"));
        auto jws = signer->signWithHeader({{QStringLiteral("alg"), QStringLiteral("EdDSA")}}, "{\"hello\":\"acme\"}");
        QVERIFY(jws);
        const QByteArray input = jws->value(QLatin1String("protected")).toString().toLatin1() + '.'
                                 + jws->value(QLatin1String("payload")).toString().toLatin1();
        QFile data(m_dir.filePath(QStringLiteral("jws.in"))), sig(m_dir.filePath(QStringLiteral("jws.sig"))),
            pub(m_dir.filePath(QStringLiteral("jws.pub")));
        QVERIFY(data.open(QIODevice::WriteOnly) && sig.open(QIODevice::WriteOnly) && pub.open(QIODevice::WriteOnly));
        data.write(input);
        sig.write(fromBase64Url(jws->value(QLatin1String("signature")).toString().toLatin1()).value());
        pub.write("-----BEGIN PUBLIC KEY-----\n" + key->publicKeyDer().toBase64() + "\n-----END PUBLIC KEY-----\n");
        data.close();
        sig.close();
        pub.close();
        QByteArray out;
        QCOMPARE(openssl({QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"), pub.fileName(),
                          QStringLiteral("-rawin"), QStringLiteral("-in"), data.fileName(), QStringLiteral("-sigfile"), sig.fileName()},
                         &out),
                 0);
        // The thumbprint is over the canonical JWK (RFC 7638): crv, kty, x in that order.
        QVERIFY(signer->thumbprint().size() == 43);
        fresh();
        AcmeAccountRequest req;
        req.ca = m_pebble.directoryUrl();
        req.agreeTerms = true;
        req.extraTrustPem = m_pebble.tlsCertificate();
        req.keyAlgorithm = QStringLiteral("ED25519");
        auto refused = m_accounts->create(req);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("the CA does not accept this key")), qPrintable(refused.error().message));
    }

    void rsaThumbprintAsRfc7638()
    {
        // RFC 7638 section 3.1's example key (n, e) and its thumbprint.
        const QByteArray n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMs"
                             "tn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91"
                             "CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        const QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("n"), QString::fromLatin1(n)},
                              {QStringLiteral("e"), QStringLiteral("AQAB")}};
        QCOMPARE(jwkThumbprint(jwk), QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    }

    void accountsWithEveryKeyType()
    {
        QFETCH(QString, keyAlgorithm);
        QFETCH(QString, jwsAlgorithm);
        fresh();
        auto key = generatePrivateKey(keyAlgorithm);
        QVERIFY(key);
        QCOMPARE(JwsSigner::forKey(*key)->algorithm(), jwsAlgorithm);
        const AcmeAccountInfo a = account(m_pebble, keyAlgorithm);
        QVERIFY(a.id > 0);
        QCOMPARE(a.status, QStringLiteral("valid"));
        QCOMPARE(a.keyAlgorithm, keyAlgorithm);
        QVERIFY(a.accountUrl.startsWith(QLatin1String("https://127.0.0.1:")));
        // The account signs requests: read it back from the CA.
        auto refreshed = m_accounts->refresh(a.name);
        QVERIFY2(refreshed, refreshed ? "" : qPrintable(refreshed.error().message));
        QCOMPARE(refreshed->contacts, QStringList{QStringLiteral("mailto:admin@example.org")});
    }

    void accountRefusals()
    {
        fresh();
        AcmeAccountRequest req;
        req.ca = QStringLiteral("letsencrypt-prod");
        auto unknown = m_accounts->create(req);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QLatin1String("letsencrypt-staging")), qPrintable(unknown.error().message));
        req.ca = m_pebble.directoryUrl();
        req.emails = {QStringLiteral("not an address")};
        auto badMail = m_accounts->create(req);
        QVERIFY(!badMail);
        QVERIFY2(badMail.error().message.contains(QLatin1String("not an e-mail address")), qPrintable(badMail.error().message));
        req.emails = {QStringLiteral("admin@example.org")};
        auto untrusted = m_accounts->create(req); // pebble's TLS certificate is not trusted without the anchor
        QVERIFY(!untrusted);
        QVERIFY2(untrusted.error().message.contains(QLatin1String("not trusted")), qPrintable(untrusted.error().message));
        req.extraTrustPem = m_pebble.tlsCertificate();
        auto noTerms = m_accounts->create(req);
        QVERIFY(!noTerms);
        QVERIFY2(noTerms.error().message.contains(QLatin1String("terms of service")), qPrintable(noTerms.error().message));
        QCOMPARE(m_accounts->list()->size(), 0);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM private_keys")), 0);
    }

    void accountLifecycle()
    {
        fresh();
        const AcmeAccountInfo a = account(m_pebble);
        QVERIFY(a.id > 0);
        QCOMPARE(a.name, QStringLiteral("127.0.0.1"));
        const AcmeAccountInfo second = account(m_pebble);
        QCOMPARE(second.name, QStringLiteral("127.0.0.1-2"));
        QCOMPARE(m_accounts->get(QString::number(second.id))->name, second.name);

        auto contacts = m_accounts->updateContacts(a.name, {QStringLiteral("ops@example.org"), QStringLiteral("mailto:pki@example.org")});
        QVERIFY2(contacts, contacts ? "" : qPrintable(contacts.error().message));
        QCOMPARE(contacts->contacts, (QStringList{QStringLiteral("mailto:ops@example.org"), QStringLiteral("mailto:pki@example.org")}));

        // Key roll-over: the CA knows the account by the new key afterwards.
        auto rolled = m_accounts->rollKey(a.name, QStringLiteral("EC_secp384r1"));
        QVERIFY2(rolled, rolled ? "" : qPrintable(rolled.error().message));
        QCOMPARE(rolled->keyAlgorithm, QStringLiteral("EC_secp384r1"));
        QCOMPARE(rolled->accountUrl, a.accountUrl);
        auto afterRoll = m_accounts->refresh(a.name);
        QVERIFY2(afterRoll, afterRoll ? "" : qPrintable(afterRoll.error().message));
        auto managed = m_managed->request(httpSpec(a.name, QStringLiteral("rolled.example.org"), m_pebble.httpPort()));
        QVERIFY2(managed, managed ? "" : qPrintable(managed.error().message));
        QCOMPARE(managed->status, ManagedStatus::Issued);

        auto off = m_accounts->deactivate(a.name);
        QVERIFY2(off, off ? "" : qPrintable(off.error().message));
        QCOMPARE(off->status, QStringLiteral("deactivated"));
        auto refused = m_managed->request(httpSpec(a.name, QStringLiteral("after.example.org"), m_pebble.httpPort()));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("deactivated")), qPrintable(refused.error().message));
        // Every change is in the activity log.
        QVERIFY(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'acme-account'")) >= 5);
    }

    void externalAccountBinding()
    {
        PebbleServer eab;
        PebbleServer::Options options;
        const QByteArray hmac = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        options.eabKeys.insert(QStringLiteral("kid-1"), QString::fromLatin1(base64Url(hmac)));
        const QString started = eab.start(options);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        fresh();
        AcmeAccountRequest req;
        req.ca = eab.directoryUrl();
        req.emails = {QStringLiteral("admin@example.org")};
        req.agreeTerms = true;
        req.extraTrustPem = eab.tlsCertificate();
        auto without = m_accounts->create(req);
        QVERIFY(!without);
        QVERIFY2(without.error().message.contains(QLatin1String("External Account Binding")), qPrintable(without.error().message));
        req.eabKeyId = QStringLiteral("kid-1");
        req.eabHmacKey = QByteArray(32, 'x');
        auto wrongKey = m_accounts->create(req);
        QVERIFY(!wrongKey);
        req.eabHmacKey = hmac;
        auto with = m_accounts->create(req);
        QVERIFY2(with, with ? "" : qPrintable(with.error().message));
        QCOMPARE(with->eabKeyId, QStringLiteral("kid-1"));
    }

    void issueOverHttpWithTheResponder()
    {
        fresh();
        const AcmeAccountInfo a = account(m_pebble);
        QList<AcmeProgress> steps;
        m_managed->setAcmeHooks({[&](const AcmeProgress &p) { steps.append(p); }, {}, {}});
        RequestSpec spec = httpSpec(a.name, QStringLiteral("www.example.org"), m_pebble.httpPort());
        spec.additionalNames = {QStringLiteral("example.org"), QStringLiteral("api.example.org")};
        spec.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
        auto m = m_managed->request(spec);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::Issued);
        QCOMPARE(m->issuerKind, IssuerKind::Acme);
        QCOMPARE(m->validationMethod, QStringLiteral("HTTP"));
        QCOMPARE(m->renewalEligibility, QStringLiteral("ELIGIBLE"));
        QVERIFY(m->certificateId);
        auto rec = m_inv->record(*m->certificateId);
        QVERIFY(rec);
        QCOMPARE(rec->summary.type, QStringLiteral("PUBLIC"));
        QVERIFY(m_inv->hasPrivateKey(*m->certificateId));
        const QList<GeneralName> sans = rec->certificate.subjectAlternativeNames();
        QCOMPARE(sans.size(), 3);
        verifyWithOpenssl(m_pebble, *m->certificateId);
        // The live view saw each name validated, and the log has the steps.
        int valid = 0;
        for (const AcmeProgress &p : std::as_const(steps))
            valid += p.step == QLatin1String("VALID") ? 1 : 0;
        QCOMPARE(valid, 3);
        QVERIFY(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'acme' AND detail LIKE '%VALID%'")) >= 3);
        // The private key is never in the clear in the inventory.
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM private_keys WHERE encrypted_pkcs8 LIKE '%PRIVATE KEY%'")), 0);
    }

    void issueOverHttpWithAWebRoot()
    {
        fresh();
        const AcmeAccountInfo a = account(m_pebble);
        QTemporaryDir webroot;
        StaticFileServer web(webroot.path());
        QVERIFY(web.listen(QHostAddress::LocalHost, m_pebble.httpPort()) != 0);
        RequestSpec spec = httpSpec(a.name, QStringLiteral("files.example.org"), 0);
        spec.acme.httpListen.clear();
        spec.acme.webroot = webroot.path();
        auto m = m_managed->request(spec);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::Issued);
        QVERIFY(web.served >= 1); // pebble's VA may look more than once
        // The answer and the folders made for it are gone.
        QVERIFY(!QFileInfo::exists(webroot.filePath(QStringLiteral(".well-known"))));
    }

    void issueOverDnsByHand()
    {
        fresh();
        const AcmeAccountInfo a = account(m_pebble);
        int told = 0;
        // The test plays the administrator: it creates the records it is shown, at challtestsrv.
        AcmeHooks hooks;
        hooks.dnsInstructions = [&](const QList<DnsRecord> &records) -> Result<void> {
            ++told;
            for (const DnsRecord &r : records)
                if (!m_pebble.addTxt(r.name, r.value))
                    return fail(ErrorCode::Io, QStringLiteral("challtestsrv refused"));
            return {};
        };
        m_managed->setAcmeHooks(hooks);
        RequestSpec spec;
        spec.issuerKind = IssuerKind::Acme;
        spec.issuer = a.name;
        spec.domainName = QStringLiteral("example.net");
        spec.additionalNames = {QStringLiteral("*.example.net")};
        spec.keyAlgorithm = QStringLiteral("RSA_2048");
        spec.acme.method = QStringLiteral("DNS");
        spec.acme.dnsResolver = m_pebble.dnsServer();
        auto m = m_managed->request(spec);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::Issued);
        QCOMPARE(told, 1);
        QVERIFY(m->manualValidation);
        QCOMPARE(m->renewalEligibility, QStringLiteral("INELIGIBLE")); // every renewal needs the administrator
        auto cert = m_inv->certificate(*m->certificateId);
        QVERIFY(cert);
        QCOMPARE(cert->subjectAlternativeNames().size(), 2);
        verifyWithOpenssl(m_pebble, *m->certificateId);
        m_pebble.clearTxt(QStringLiteral("_acme-challenge.example.net."));

        // Unattended (the engine, no administrator to ask): no order goes to the CA; the renewal
        // waits for the administrator and says how to do it, and is asked again a day later.
        m_managed->setAcmeHooks({});
        const qint64 ordersBefore = scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'acme' AND detail LIKE '%ORDER%'"));
        m_clock.set(m->renewAt.addSecs(60));
        auto waiting = m_managed->renewDue();
        QVERIFY2(waiting, waiting ? "" : qPrintable(waiting.error().message));
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().result, RenewalStatus::PendingValidation);
        QVERIFY2(waiting->first().detail.contains(QLatin1String("certdesk-cli renew mc-")), qPrintable(waiting->first().detail));
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'acme' AND detail LIKE '%ORDER%'")), ordersBefore);
        auto pending = m_managed->get(m->id);
        QCOMPARE(pending->renewalStatus, RenewalStatus::PendingValidation);
        QCOMPARE(pending->status, ManagedStatus::Issued);
        QVERIFY(m_managed->due()->isEmpty());
        m_clock.set(m->renewAt.addDays(1).addSecs(120));
        QCOMPARE(m_managed->due()->size(), 1);
        // With the administrator at hand, the renewal goes through.
        m_managed->setAcmeHooks(hooks);
        auto renewed = m_managed->renew(m->id);
        QVERIFY2(renewed && renewed->result == QLatin1String("RENEWED"), renewed ? qPrintable(renewed->detail) : qPrintable(renewed.error().message));
        QCOMPARE(told, 2);
        QCOMPARE(m_managed->history(m->id)->last().action, QStringLiteral("RENEW"));
    }

    // dns-01 with RFC 2136 updates to a real BIND 9, which pebble also asks (-dnsserver): a wildcard
    // and its base name, CNAME delegation, pre-flight, and a TSIG key the server does not take.
    void issueOverDnsWithUpdates()
    {
        BindServer bind;
        BindServer::Options zone;
        zone.zone = QStringLiteral("certdesk.test");
        zone.keys = {{QStringLiteral("certdesk-key"), QStringLiteral("hmac-sha256")}};
        zone.records = "_acme-challenge.www IN CNAME www.certdesk.test.acme.certdesk.test.\n";
        const QString named = bind.start(zone);
        QVERIFY2(named.isEmpty(), qPrintable(named));
        PebbleServer pebble;
        PebbleServer::Options options;
        options.dnsServer = QStringLiteral("127.0.0.1:%1").arg(bind.port());
        const QString started = pebble.start(options);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        fresh();
        const AcmeAccountInfo a = account(pebble);
        auto key = parseTsigKey(bind.keyStatement(QStringLiteral("certdesk-key")));
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        const QString server = QStringLiteral("127.0.0.1:%1").arg(bind.port());

        RequestSpec spec;
        spec.issuerKind = IssuerKind::Acme;
        spec.issuer = a.name;
        spec.domainName = QStringLiteral("auto.certdesk.test");
        spec.additionalNames = {QStringLiteral("*.auto.certdesk.test")};
        spec.keyAlgorithm = QStringLiteral("EC_secp384r1");
        spec.acme.method = QStringLiteral("DNS");
        spec.acme.dnsUpdate = server;
        spec.acme.dnsResolver = server;
        spec.acme.tsig = *key;
        auto m = m_managed->request(spec);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QVERIFY2(m->status == ManagedStatus::Issued, qPrintable(m->failureReason + QLatin1Char('\n') + pebble.log()));
        QCOMPARE(m->renewalEligibility, QStringLiteral("ELIGIBLE"));
        QVERIFY(m->validationDetail.contains(QLatin1String("TSIG key certdesk-key.")));
        verifyWithOpenssl(pebble, *m->certificateId);
        // The records are gone again.
        DnsClient dns(*parseDnsServer(server));
        QCOMPARE(dns.txt(QStringLiteral("_acme-challenge.auto.certdesk.test")).value(), QStringList());
        // The TSIG secret is only sealed in the inventory.
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM managed WHERE acme_options LIKE '%%1%'")
                                    .arg(QString::fromLatin1(key->secret.toBase64()))),
                 0);
        // Renewal runs unattended: the engine needs no administrator.
        m_managed->setAcmeHooks({});
        auto renewed = m_managed->renew(m->id);
        QVERIFY2(renewed && renewed->result == QLatin1String("RENEWED"), renewed ? qPrintable(renewed->detail) : "");

        // CNAME delegation: _acme-challenge.www.certdesk.test points into the delegation zone.
        RequestSpec delegated = spec;
        delegated.domainName = QStringLiteral("www.certdesk.test");
        delegated.additionalNames.clear();
        delegated.acme.delegationZone = QStringLiteral("acme.certdesk.test");
        QCOMPARE(DnsSolver::delegationCname(delegated.domainName, delegated.acme.delegationZone),
                 std::pair(QStringLiteral("_acme-challenge.www.certdesk.test."), QStringLiteral("www.certdesk.test.acme.certdesk.test.")));
        auto d = m_managed->request(delegated);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QVERIFY2(d->status == ManagedStatus::Issued, qPrintable(d->failureReason));
        QCOMPARE(m_managed->preflight(d->id).value(), QString());
        // A name whose CNAME was never created: the pre-flight says which record is missing.
        RequestSpec missing = delegated;
        missing.domainName = QStringLiteral("api.certdesk.test");
        auto mm = m_managed->request(missing);
        QVERIFY(mm);
        QCOMPARE(mm->status, ManagedStatus::Failed);
        const QString problem = m_managed->preflight(mm->id).value();
        QVERIFY2(problem.contains(QLatin1String("_acme-challenge.api.certdesk.test. should be a CNAME to api.certdesk.test.acme.certdesk.test.")),
                 qPrintable(problem));

        // A key the server does not know: FAILED with the server's answer, nothing stored.
        RequestSpec wrong = spec;
        wrong.domainName = QStringLiteral("wrong.certdesk.test");
        wrong.additionalNames.clear();
        wrong.acme.tsig->secret = QByteArray(32, 'k');
        const qint64 certsBefore = scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM certificates"));
        auto w = m_managed->request(wrong);
        QVERIFY(w);
        QCOMPARE(w->status, ManagedStatus::Failed);
        QVERIFY2(w->failureReason.contains(QLatin1String("certdesk-key.")), qPrintable(w->failureReason));
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM certificates")), certsBefore);
    }

    // The CA offers the chain to another root as an alternate (Link rel="alternate"): the one
    // whose top issuer is the preferred root is taken, and it verifies against that root.
    void preferredChain()
    {
        PebbleServer pebble;
        PebbleServer::Options options;
        options.alternateRoots = 1;
        const QString started = pebble.start(options);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QList<PemBlock> roots = scanPem(pebble.rootPem(1));
        QVERIFY(!roots.isEmpty());
        auto alternate = Certificate::fromDer(roots.first().der);
        QVERIFY(alternate);
        const QString preferred = alternate->subject().value(QStringLiteral("CN"));
        QVERIFY(!preferred.isEmpty());
        fresh();
        const AcmeAccountInfo a = account(pebble);
        for (const bool prefer : {false, true}) {
            RequestSpec spec = httpSpec(a.name, prefer ? QStringLiteral("alt.example.org") : QStringLiteral("default.example.org"), pebble.httpPort());
            if (prefer)
                spec.acme.preferredRoot = preferred;
            auto m = m_managed->request(spec);
            QVERIFY2(m && m->status == ManagedStatus::Issued, m ? qPrintable(m->failureReason) : qPrintable(m.error().message));
            // The intermediate stored as the leaf's issuer (both intermediates share subject and key, so
            // the chain is read from what the order stored, not rebuilt by signature).
            QSqlQuery q(m_inv->database().db());
            QVERIFY(q.exec(QStringLiteral("SELECT i.issuer_cn FROM certificates c JOIN certificates i ON i.id = c.issuer_id WHERE c.id = %1")
                               .arg(*m->certificateId)));
            QVERIFY(q.next());
            const QString top = q.value(0).toString();
            QVERIFY2((top == preferred) == prefer, qPrintable(QStringLiteral("prefer %1: top %2, alternate root %3").arg(prefer).arg(top, preferred)));
        }
    }

    // An account key's existing registration is found again (onlyReturnExisting).
    void accountLookUp()
    {
        fresh();
        const AcmeAccountInfo a = account(m_pebble);
        auto client = m_accounts->client(a.id);
        QVERIFY(client);
        AcmeClient::NewAccount lookUp;
        lookUp.onlyReturnExisting = true;
        auto found = (*client)->newAccount(lookUp);
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        QCOMPARE(found->url, a.accountUrl);
        // A key the CA never saw: no account, in plain words.
        auto other = generatePrivateKey(QStringLiteral("EC_prime256v1"));
        AcmeClient::Options options;
        options.directoryUrl = m_pebble.directoryUrl();
        options.extraTrustPem = m_pebble.tlsCertificate();
        AcmeClient stranger(options);
        stranger.setAccount(*JwsSigner::forKey(*other), {});
        auto none = stranger.newAccount(lookUp);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QVERIFY2(none.error().message.contains(QLatin1String("the CA has no account for this key")), qPrintable(none.error().message));
    }

    void privateKeysFromJwk_data()
    {
        QTest::addColumn<QString>("keyAlgorithm");
        for (const char *k : {"RSA_2048", "EC_prime256v1", "EC_secp384r1", "ED25519"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }

    // certbot keeps account keys as private JWKs: they read back to the same key.
    void privateKeysFromJwk()
    {
        QFETCH(QString, keyAlgorithm);
        auto key = generatePrivateKey(keyAlgorithm);
        QVERIFY(key);
        const QJsonObject jwk = privateJwk(*key);
        auto back = privateKeyFromJwk(jwk);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->publicKeySha256(), key->publicKeySha256());
        QCOMPARE(back->algorithm(), keyAlgorithm);
        // The private part of another key does not go with this public part.
        QJsonObject mixed = jwk;
        mixed.insert(QStringLiteral("d"), privateJwk(*generatePrivateKey(keyAlgorithm)).value(QLatin1String("d")));
        if (keyAlgorithm != QLatin1String("ED25519")) { // an Ed25519 JWK's public part follows from d
            auto wrong = privateKeyFromJwk(mixed);
            QVERIFY(!wrong);
        }
        QJsonObject missing = jwk;
        missing.remove(QStringLiteral("d"));
        auto none = privateKeyFromJwk(missing);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::InvalidInput);
    }

    // An account made elsewhere (here: registered by a bare client) is taken over by its key.
    void importAnExistingAccount()
    {
        fresh();
        auto key = generatePrivateKey(QStringLiteral("EC_prime256v1"));
        AcmeClient::Options options;
        options.directoryUrl = m_pebble.directoryUrl();
        options.extraTrustPem = m_pebble.tlsCertificate();
        AcmeClient elsewhere(options);
        elsewhere.setAccount(*JwsSigner::forKey(*key), {});
        AcmeClient::NewAccount na;
        na.termsAgreed = true;
        na.contacts = {QStringLiteral("old@example.org")};
        auto made = elsewhere.newAccount(na);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        AcmeAccountRequest req;
        req.ca = m_pebble.directoryUrl();
        req.extraTrustPem = m_pebble.tlsCertificate();
        req.name = QStringLiteral("taken-over");
        auto imported = m_accounts->importExisting(req, *key);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->accountUrl, made->url);
        QCOMPARE(imported->contacts, QStringList{QStringLiteral("mailto:old@example.org")});
        auto again = m_accounts->importExisting(req, *key);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Duplicate);
        auto m = m_managed->request(httpSpec(imported->name, QStringLiteral("imported.example.org"), m_pebble.httpPort()));
        QVERIFY2(m && m->status == ManagedStatus::Issued, m ? qPrintable(m->failureReason) : qPrintable(m.error().message));
        // A key the CA does not know: nothing stored.
        req.name = QStringLiteral("stranger");
        auto none = m_accounts->importExisting(req, *generatePrivateKey(QStringLiteral("EC_prime256v1")));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QCOMPARE(m_accounts->list()->size(), 1);
    }

    void wildcardNeedsDns()
    {
        fresh();
        const AcmeAccountInfo a = account(m_pebble);
        RequestSpec spec = httpSpec(a.name, QStringLiteral("*.wild.example.org"), m_pebble.httpPort());
        auto m = m_managed->request(spec);
        QVERIFY(m);
        QCOMPARE(m->status, ManagedStatus::Failed);
        QVERIFY2(m->failureReason.contains(QLatin1String("only be validated through DNS")), qPrintable(m->failureReason));
    }

    void badRequestsStoreNothing_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("expected");
        QTest::newRow("IP address") << QStringLiteral("10.0.0.1") << QStringLiteral("127.0.0.1:80") << QString() << QStringLiteral("IP");
        QTest::newRow("no listener") << QStringLiteral("a.example.org") << QString() << QString() << QStringLiteral("web root");
        QTest::newRow("bad listener") << QStringLiteral("a.example.org") << QStringLiteral("localhost:http") << QString() << QStringLiteral("ADDRESS:PORT");
        QTest::newRow("unknown account") << QStringLiteral("a.example.org") << QStringLiteral("127.0.0.1:80") << QStringLiteral("nobody") << QStringLiteral("no ACME account");
    }

    void badRequestsStoreNothing()
    {
        QFETCH(QString, domain);
        QFETCH(QString, listen);
        QFETCH(QString, account);
        QFETCH(QString, expected);
        fresh();
        const AcmeAccountInfo a = this->account(m_pebble);
        RequestSpec spec = httpSpec(account.isEmpty() ? a.name : account, domain, 80);
        spec.acme.httpListen = listen;
        auto m = m_managed->request(spec);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(expected), qPrintable(m.error().message));
        QCOMPARE(m_managed->count().value(), 0);
    }

    void failedValidationLeavesNothingHalfWritten()
    {
        fresh();
        const AcmeAccountInfo a = account(m_pebble);
        const qint64 keysBefore = scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM private_keys"));
        // The responder listens where the CA does not look: the validation fails.
        auto m = m_managed->request(httpSpec(a.name, QStringLiteral("unreachable.example.org"), certdesk::test::freePort()));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::Failed);
        QVERIFY2(m->failureReason.contains(QLatin1String("unreachable.example.org")), qPrintable(m->failureReason));
        QVERIFY2(m->failureReason.contains(QLatin1String("connect")), qPrintable(m->failureReason));
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM certificates")), 0);
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM private_keys")), keysBefore);
        auto history = m_managed->history(m->id);
        QVERIFY(history);
        QCOMPARE(history->last().action, QStringLiteral("ISSUE_FAILED"));
    }

    void renewThroughTheEngineAndRevoke()
    {
        fresh();
        const AcmeAccountInfo a = account(m_pebble);
        auto m = m_managed->request(httpSpec(a.name, QStringLiteral("renew.example.org"), m_pebble.httpPort()));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::Issued);
        const qint64 first = *m->certificateId;
        QVERIFY(m_managed->due()->isEmpty());
        m_clock.set(m->renewAt.addSecs(60));
        auto renewed = m_managed->renewDue();
        QVERIFY2(renewed, renewed ? "" : qPrintable(renewed.error().message));
        QCOMPARE(renewed->size(), 1);
        QCOMPARE(renewed->first().result, QStringLiteral("RENEWED"));
        auto after = m_managed->get(m->id);
        QVERIFY(after);
        QVERIFY(*after->certificateId != first);
        QCOMPARE(after->status, ManagedStatus::Issued);
        auto history = m_managed->history(m->id);
        QCOMPARE(history->last().action, QStringLiteral("RENEW"));
        QCOMPARE(history->last().certificateId, after->certificateId);
        verifyWithOpenssl(m_pebble, *after->certificateId);

        auto revoked = m_managed->revoke(m->id, QStringLiteral("superseded"));
        QVERIFY2(revoked, revoked ? "" : qPrintable(revoked.error().message));
        QCOMPARE(revoked->status, ManagedStatus::Revoked);
        QVERIFY(m_managed->due()->isEmpty());
        // The CA knows: revoking again at the CA is refused as already revoked.
        QSqlQuery q(m_inv->database().db());
        QVERIFY(q.exec(QStringLiteral("UPDATE certificates SET revoked_at = NULL WHERE id = %1").arg(*after->certificateId)));
        auto twice = m_managed->revoke(m->id);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QLatin1String("revoked already")), qPrintable(twice.error().message));
    }

    void nonceRejectionsAreRetried()
    {
        PebbleServer flaky;
        PebbleServer::Options options;
        options.nonceRejectPercent = 50;
        const QString started = flaky.start(options);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        fresh();
        const AcmeAccountInfo a = account(flaky);
        QVERIFY(a.id > 0);
        for (int i = 0; i < 3; ++i) {
            auto m = m_managed->request(httpSpec(a.name, QStringLiteral("nonce%1.example.org").arg(i), flaky.httpPort()));
            QVERIFY2(m, m ? "" : qPrintable(m.error().message));
            QVERIFY2(m->status == ManagedStatus::Issued, qPrintable(m->failureReason));
        }
    }

    void serverStoppedMidOrder()
    {
        PebbleServer stopping;
        const QString started = stopping.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        fresh();
        const AcmeAccountInfo a = account(stopping);
        AcmeHooks hooks;
        hooks.timeoutMs = 2000;
        bool stopped = false;
        hooks.progress = [&](const AcmeProgress &p) {
            if (p.step == QLatin1String("CHALLENGE") && !stopped) {
                stopped = true;
                ::kill(pid_t(stopping.pebblePid()), SIGSTOP); // the server stops answering mid-order
            }
        };
        m_managed->setAcmeHooks(hooks);
        auto m = m_managed->request(httpSpec(a.name, QStringLiteral("stopped.example.org"), stopping.httpPort()));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::Failed);
        QVERIFY2(m->failureReason.contains(QLatin1String("did not answer within 2 s")), qPrintable(m->failureReason));
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM certificates")), 0);
        ::kill(pid_t(stopping.pebblePid()), SIGCONT);
        // Later, with the server back, trying again works.
        m_managed->setAcmeHooks({});
        auto retry = m_managed->renew(m->id);
        QVERIFY2(retry, retry ? "" : qPrintable(retry.error().message));
        QCOMPARE(retry->result, QStringLiteral("RENEWED"));
        QCOMPARE(m_managed->get(m->id)->status, ManagedStatus::Issued);
    }

    void renewalWindowFromAri()
    {
        fresh();
        // A directory like pebble's, with a renewalInfo resource served here.
        AriResponder ari;
        const quint16 port = ari.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        QByteArray pebbleDir = m_pebble.fetchDirectory();
        QJsonObject dir = QJsonDocument::fromJson(pebbleDir).object();
        QVERIFY(dir.contains(QLatin1String("newOrder")));
        dir.insert(QStringLiteral("renewalInfo"), QStringLiteral("http://127.0.0.1:%1/renewal-info").arg(port));
        ari.directory = QJsonDocument(dir).toJson();
        ari.start = start().addDays(10);
        ari.end = start().addDays(11);

        const AcmeAccountInfo a = account(m_pebble, QStringLiteral("EC_prime256v1"), QStringLiteral("http://127.0.0.1:%1/dir").arg(port));
        QVERIFY(a.id > 0);
        auto m = m_managed->request(httpSpec(a.name, QStringLiteral("ari.example.org"), m_pebble.httpPort()));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->status, ManagedStatus::Issued);
        auto read = m_managed->refreshRenewalInfo();
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(*read, 1);
        auto cert = m_inv->certificate(*m->certificateId);
        QCOMPARE(ari.asked, QStringList{ariCertificateId(cert->der()).value()});
        auto windowed = m_managed->get(m->id);
        QCOMPARE(windowed->ariWindowStart, ari.start);
        QCOMPARE(windowed->ariWindowEnd, ari.end);
        QVERIFY(windowed->renewAt >= ari.start && windowed->renewAt <= ari.end);
        QVERIFY(m_managed->due()->isEmpty());
        // Asked again before Retry-After: nothing is read.
        QCOMPARE(m_managed->refreshRenewalInfo().value(), 0);
        // The CA moves the window to now (say, after an incident): the certificate is due at once.
        ari.start = start().addDays(-1);
        ari.end = start().addDays(1);
        m_clock.set(start().addSecs(7 * 3600));
        QCOMPARE(m_managed->refreshRenewalInfo().value(), 1);
        QCOMPARE(m_managed->due()->size(), 1);
        auto renewed = m_managed->renewDue();
        QVERIFY2(renewed, renewed ? "" : qPrintable(renewed.error().message));
        QCOMPARE(renewed->first().result, QStringLiteral("RENEWED"));
        auto history = m_managed->history(m->id);
        QVERIFY(std::any_of(history->cbegin(), history->cend(), [](const ManagedHistoryEntry &e) { return e.action == QLatin1String("RENEWAL_WINDOW"); }));
    }

    void preflightWarnsBeforeTheRenewal()
    {
        fresh();
        const AcmeAccountInfo a = account(m_pebble);
        auto m = m_managed->request(httpSpec(a.name, QStringLiteral("preflight.example.org"), m_pebble.httpPort()));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m_managed->preflight(m->id).value(), QString());
        // Something else takes the responder's port: the check says so days ahead.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, m_pebble.httpPort()));
        m_clock.set(m->renewAt.addDays(-3));
        QCOMPARE(m_managed->preflightUpcoming().value(), 1);
        auto warned = m_managed->get(m->id);
        QVERIFY2(warned->preflightProblem.contains(QLatin1String("cannot listen")), qPrintable(warned->preflightProblem));
        QCOMPARE(scalar(*m_inv, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'preflight'")), 1);
        // It counts as a renewal problem (dashboard tile, managed list --problems) until it is solved.
        QCOMPARE(m_managed->counts()->renewalProblems, 1);
        ManagedFilter problems;
        problems.problemsOnly = true;
        QCOMPARE(m_managed->count(problems).value(), 1);
        // Once a day, not on every run.
        QCOMPARE(m_managed->preflightUpcoming().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAcme)
#include "tst_acme.moc"
