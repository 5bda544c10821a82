#include "testutil.h"

#include "crypto/ossl.h"
#include "x509/crl.h"
#include "x509/pathvalidator.h"
#include "x509/pem.h"

#include <openssl/pem.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk::core;
using namespace certdesk::test;

namespace {

QByteArray firstDer(const QString &name)
{
    const QByteArray data = readData(name);
    if (!looksLikePem(data))
        return data;
    const auto blocks = scanPem(data);
    if (blocks.isEmpty() || blocks.first().error)
        qFatal("bad fixture %s", qPrintable(name));
    return blocks.first().der;
}

Certificate load(const QString &name)
{
    auto cert = Certificate::fromDer(firstDer(name));
    if (!cert)
        qFatal("cannot parse %s: %s", qPrintable(name), qPrintable(cert.error().message));
    return *cert;
}

Crl loadCrl(const QString &name)
{
    auto crl = Crl::fromDer(firstDer(name));
    if (!crl)
        qFatal("cannot parse %s: %s", qPrintable(name), qPrintable(crl.error().message));
    return *crl;
}

Certificate root()
{
    return load(QStringLiteral("root-ca.pem"));
}
Certificate intermediate()
{
    return load(QStringLiteral("intermediate-ca.pem"));
}

// The usual setup: the issuing CA as intermediate, the root trusted, at the fixtures' fixed time.
ValidationOptions standard()
{
    ValidationOptions o;
    o.untrusted = {intermediate()};
    o.trusted = {root()};
    o.at = testTime();
    return o;
}

bool anyContains(const QStringList &list, const QString &needle)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &s) { return s.contains(needle); });
}

QString problemsText(const ValidationResult &r)
{
    return r.problems.join(QStringLiteral(" | "));
}

ossl::EvpPkeyPtr loadKey(const QString &name)
{
    const QByteArray pem = readData(QStringLiteral("keys/") + name);
    ossl::BioPtr bio = ossl::readBio(pem);
    return ossl::EvpPkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

// A fresh EC certificate signed by issuerKey; extensions in openssl.cnf syntax.
struct Issued
{
    Certificate cert;
    ossl::EvpPkeyPtr key;
};

Issued issue(const QString &cn, const Certificate &issuer, EVP_PKEY *issuerKey,
             const QList<QPair<int, const char *>> &exts)
{
    Issued out;
    out.key.reset(EVP_EC_gen("P-256"));
    ossl::X509Ptr x(X509_new());
    X509_set_version(x.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(x.get()), 0x3001);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(x.get()), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.toUtf8().constData()), -1, -1, 0);
    X509_set_issuer_name(x.get(), X509_get_subject_name(issuer.handle()));
    ASN1_TIME_set_string(X509_getm_notBefore(x.get()), "20250101000000Z");
    ASN1_TIME_set_string(X509_getm_notAfter(x.get()), "20300101000000Z");
    X509_set_pubkey(x.get(), out.key.get());
    X509V3_CTX v3;
    X509V3_set_ctx(&v3, issuer.handle(), x.get(), nullptr, nullptr, 0);
    for (const auto &[nid, value] : exts) {
        ossl::X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &v3, nid, value));
        if (!ext || !X509_add_ext(x.get(), ext.get(), -1))
            qFatal("bad test extension %s", value);
    }
    if (X509_sign(x.get(), issuerKey, EVP_sha256()) <= 0)
        qFatal("cannot sign the test certificate");
    out.cert = *Certificate::fromX509(x.get());
    return out;
}

// A CRL by the root, 2026-05-01 to 2026-07-01, revoking the issuing CA when asked to.
Crl rootCrl(bool revokeIntermediate)
{
    ossl::EvpPkeyPtr key = loadKey(QStringLiteral("root-rsa3072.key"));
    ossl::X509CrlPtr crl(X509_CRL_new());
    ossl::Asn1TimePtr last(ASN1_TIME_new()), next(ASN1_TIME_new()), revokedAt(ASN1_TIME_new());
    ASN1_TIME_set_string(last.get(), "20260501000000Z");
    ASN1_TIME_set_string(next.get(), "20260701000000Z");
    ASN1_TIME_set_string(revokedAt.get(), "20260420000000Z");
    X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2);
    X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(root().handle()));
    X509_CRL_set1_lastUpdate(crl.get(), last.get());
    X509_CRL_set1_nextUpdate(crl.get(), next.get());
    if (revokeIntermediate) {
        X509_REVOKED *entry = X509_REVOKED_new();
        ossl::Asn1IntegerPtr serial(ASN1_INTEGER_new());
        ossl::Asn1EnumeratedPtr reason(ASN1_ENUMERATED_new());
        ASN1_INTEGER_set(serial.get(), 2);
        ASN1_ENUMERATED_set(reason.get(), 5); // cessationOfOperation
        X509_REVOKED_set_serialNumber(entry, serial.get());
        X509_REVOKED_set_revocationDate(entry, revokedAt.get());
        X509_REVOKED_add1_ext_i2d(entry, NID_crl_reason, reason.get(), 0, 0);
        X509_CRL_add0_revoked(crl.get(), entry); // takes ownership
        X509_CRL_sort(crl.get());
    }
    if (!key || X509_CRL_sign(crl.get(), key.get(), EVP_sha256()) <= 0)
        qFatal("cannot sign the test CRL");
    unsigned char *buf = nullptr;
    const int len = i2d_X509_CRL(crl.get(), &buf);
    const QByteArray der(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return *Crl::fromDer(der);
}

} // namespace

class TestPathValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullChain()
    {
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), standard());
        QVERIFY2(r.valid, qPrintable(problemsText(r)));
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.summary(), QStringLiteral("valid"));
        QCOMPARE(r.chain.size(), 3);
        QCOMPARE(r.chain[0].certificate, load(QStringLiteral("leaf-rsa.pem")));
        QCOMPARE(r.chain[1].certificate, intermediate());
        QCOMPARE(r.chain[2].certificate, root());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.chain[i].depth, i);
            QCOMPARE(r.chain[i].trustAnchor, i == 2);
            QVERIFY(r.chain[i].problems.isEmpty());
        }
    }

    void validLeaves_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("RSA leaf") << QStringLiteral("leaf-rsa.pem");
        QTest::newRow("EC leaf") << QStringLiteral("leaf-ec.pem");
        QTest::newRow("Ed25519 leaf") << QStringLiteral("leaf-ed25519.pem");
        QTest::newRow("client") << QStringLiteral("client.pem");
        QTest::newRow("no CN") << QStringLiteral("leaf-nocn.pem");
        QTest::newRow("intermediate itself") << QStringLiteral("intermediate-ca.pem");
    }
    void validLeaves()
    {
        QFETCH(QString, file);
        const ValidationResult r = PathValidator::validate(load(file), standard());
        QVERIFY2(r.valid, qPrintable(problemsText(r)));
        QVERIFY(r.chain.last().trustAnchor);
        QCOMPARE(r.chain.last().certificate, root());
    }

    void trustedIntermediateIsAnAnchor()
    {
        ValidationOptions o = standard();
        o.trusted = {intermediate()};
        o.untrusted.clear();
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), o);
        QVERIFY2(r.valid, qPrintable(problemsText(r)));
        QCOMPARE(r.chain.size(), 2);
        QVERIFY(!r.chain[0].trustAnchor);
        QVERIFY(r.chain[1].trustAnchor);
    }

    void missingIssuer_data()
    {
        QTest::addColumn<QList<Certificate>>("untrusted");
        QTest::addColumn<QList<Certificate>>("trusted");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("chainSize");
        QTest::newRow("intermediate missing") << QList<Certificate>{} << QList<Certificate>{root()} << 0
                                              << QStringLiteral("www.example.test (depth 0): issuer \"CN=certdesk Test "
                                                                "Issuing CA,OU=Issuing,O=certdesk Tests,C=DE\" "
                                                                "not found")
                                              << 1;
        QTest::newRow("root missing") << QList<Certificate>{intermediate()} << QList<Certificate>{} << 1
                                      << QStringLiteral("certdesk Test Issuing CA (depth 1): issuer \"CN=certdesk Test "
                                                        "Root CA,O=certdesk Tests,C=DE\" not found")
                                      << 2;
        QTest::newRow("root given but not trusted")
            << QList<Certificate>{intermediate(), root()} << QList<Certificate>{} << 2
            << QStringLiteral("certdesk Test Root CA (depth 2): self-signed root certificate that is not trusted") << 3;
    }
    void missingIssuer()
    {
        QFETCH(QList<Certificate>, untrusted);
        QFETCH(QList<Certificate>, trusted);
        QFETCH(int, depth);
        QFETCH(QString, expected);
        QFETCH(int, chainSize);
        ValidationOptions o = standard();
        o.untrusted = untrusted;
        o.trusted = trusted;
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), o);
        QVERIFY(!r.valid);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().startsWith(expected), qPrintable(problemsText(r)));
        QCOMPARE(r.summary(), r.problems.first());
        QCOMPARE(r.chain.size(), chainSize);
        QCOMPARE(r.chain[depth].problems.size(), 1);
        QVERIFY(r.problems.first().endsWith(r.chain[depth].problems.first()));
        for (const ChainElement &e : r.chain)
            QVERIFY(!e.trustAnchor);
    }

    void time_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QStringList>("expected");
        const QDateTime t = testTime();
        QTest::newRow("expired leaf")
            << QStringLiteral("leaf-expired.pem") << t
            << QStringList{
                   QStringLiteral("expired.example.test (depth 0): certificate expired on 2021-01-01 00:00 UTC")};
        QTest::newRow("not yet valid leaf")
            << QStringLiteral("leaf-notyetvalid.pem") << t
            << QStringList{QStringLiteral("future.example.test (depth 0): certificate is not yet valid, it is valid "
                                          "from 2032-01-01 00:00 UTC")};
        QTest::newRow("leaf-rsa in 2031")
            << QStringLiteral("leaf-rsa.pem") << QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC)
            << QStringList{QStringLiteral("www.example.test (depth 0): certificate expired on 2030-01-01 00:00 UTC")};
        QTest::newRow("everything expired in 2045")
            << QStringLiteral("leaf-rsa.pem") << QDateTime(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC)
            << QStringList{
                   QStringLiteral("www.example.test (depth 0): certificate expired on 2030-01-01 00:00 UTC"),
                   QStringLiteral("certdesk Test Issuing CA (depth 1): certificate expired on 2034-01-01 00:00 UTC"),
                   QStringLiteral("certdesk Test Root CA (depth 2): certificate expired on 2044-01-01 00:00 UTC")};
        QTest::newRow("everything not yet valid in 2023")
            << QStringLiteral("leaf-rsa.pem") << QDateTime(QDate(2023, 6, 1), QTime(0, 0), Qt::UTC)
            << QStringList{QStringLiteral("www.example.test (depth 0): certificate is not yet valid, it is valid from "
                                          "2025-01-01 00:00 UTC"),
                           QStringLiteral("certdesk Test Issuing CA (depth 1): certificate is not yet valid, it is "
                                          "valid from 2024-01-01 00:00 UTC"),
                           QStringLiteral("certdesk Test Root CA (depth 2): certificate is not yet valid, it is valid "
                                          "from 2024-01-01 00:00 UTC")};
    }
    void time()
    {
        QFETCH(QString, file);
        QFETCH(QDateTime, at);
        QFETCH(QStringList, expected);
        ValidationOptions o = standard();
        o.at = at;
        const ValidationResult r = PathValidator::validate(load(file), o);
        QVERIFY(!r.valid);
        QCOMPARE(r.problems, expected);
        QCOMPARE(r.chain.size(), 3);
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(r.chain[i].problems.size(), 1);
    }

    void names_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("problem"); // "" = valid
        const QString none;
        QTest::newRow("host www") << QStringLiteral("www.example.test") << none << none << none;
        QTest::newRow("host apex") << QStringLiteral("example.test") << none << none << none;
        QTest::newRow("host upper case") << QStringLiteral("WWW.Example.Test") << none << none << none;
        QTest::newRow("host wildcard") << QStringLiteral("foo.api.example.test") << none << none << none;
        QTest::newRow("wildcard needs a label") << QStringLiteral("api.example.test") << none << none
                                                << QStringLiteral("does not match host name \"api.example.test\"");
        QTest::newRow("wildcard matches one label only")
            << QStringLiteral("a.b.api.example.test") << none << none << QStringLiteral("does not match host name");
        QTest::newRow("host mismatch") << QStringLiteral("other.test") << none << none
                                       << QStringLiteral(
                                              "www.example.test (depth 0): does not match host name \"other.test\" "
                                              "(it is for www.example.test, example.test, *.api.example.test)");
        QTest::newRow("ipv4") << none << QStringLiteral("192.0.2.10") << none << none;
        QTest::newRow("ipv6") << none << QStringLiteral("2001:db8::10") << none << none;
        QTest::newRow("ip mismatch")
            << none << QStringLiteral("192.0.2.11") << none
            << QStringLiteral("does not match IP address 192.0.2.11 (it is for 192.0.2.10, 2001:db8::10)");
        QTest::newRow("not an ip") << none << QStringLiteral("192.0.2.x") << none
                                   << QStringLiteral("\"192.0.2.x\" is not an IP address");
        QTest::newRow("email") << none << none << QStringLiteral("admin@example.test") << none;
        QTest::newRow("email mismatch")
            << none << none << QStringLiteral("bob@example.test")
            << QStringLiteral("does not match e-mail address bob@example.test (it is for admin@example.test)");
    }
    void names()
    {
        QFETCH(QString, host);
        QFETCH(QString, ip);
        QFETCH(QString, email);
        QFETCH(QString, problem);
        ValidationOptions o = standard();
        o.host = host;
        o.ip = ip;
        o.email = email;
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), o);
        if (problem.isEmpty()) {
            QVERIFY2(r.valid, qPrintable(problemsText(r)));
        } else {
            QVERIFY(!r.valid);
            QCOMPARE(r.problems.size(), 1);
            QVERIFY2(r.problems.first().contains(problem), qPrintable(problemsText(r)));
        }
    }

    void hostOfLeafWithoutCn()
    {
        ValidationOptions o = standard();
        o.host = QStringLiteral("www.example.test");
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-nocn.pem")), o);
        QVERIFY(!r.valid);
        QCOMPARE(r.problems, QStringList{QStringLiteral(
                                 "nocn.example.test (depth 0): does not match host name \"www.example.test\" "
                                 "(it is for nocn.example.test, alt.nocn.example.test)")});
    }

    void purpose_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Purpose>("purpose");
        QTest::addColumn<QString>("problem");
        QTest::newRow("client cert for client auth")
            << QStringLiteral("client.pem") << Purpose::ClientAuth << QString();
        QTest::newRow("client cert for server auth")
            << QStringLiteral("client.pem") << Purpose::ServerAuth
            << QStringLiteral("alice (depth 0): not valid for TLS server authentication (extended key usage: "
                              "TLS_WEB_CLIENT_AUTHENTICATION)");
        QTest::newRow("client cert for any") << QStringLiteral("client.pem") << Purpose::Any << QString();
        QTest::newRow("server cert for server auth")
            << QStringLiteral("leaf-ec.pem") << Purpose::ServerAuth << QString();
        QTest::newRow("server cert for client auth")
            << QStringLiteral("leaf-ec.pem") << Purpose::ClientAuth
            << QStringLiteral("ec.example.test (depth 0): not valid for TLS client authentication (extended key usage: "
                              "TLS_WEB_SERVER_AUTHENTICATION)");
        QTest::newRow("dual-use cert for server auth")
            << QStringLiteral("leaf-rsa.pem") << Purpose::ServerAuth << QString();
        QTest::newRow("dual-use cert for client auth")
            << QStringLiteral("leaf-rsa.pem") << Purpose::ClientAuth << QString();
    }
    void purpose()
    {
        QFETCH(QString, file);
        QFETCH(Purpose, purpose);
        QFETCH(QString, problem);
        ValidationOptions o = standard();
        o.purpose = purpose;
        const ValidationResult r = PathValidator::validate(load(file), o);
        if (problem.isEmpty()) {
            QVERIFY2(r.valid, qPrintable(problemsText(r)));
        } else {
            QVERIFY(!r.valid);
            QCOMPARE(r.problems, QStringList{problem});
        }
    }

    void revocation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("withCrl");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("problem");
        const QDateTime t = testTime();
        QTest::newRow("revoked leaf")
            << QStringLiteral("leaf-revoked.pem") << true << t
            << QStringLiteral("revoked.example.test (depth 0): certificate is revoked since 2026-04-15 00:00 UTC "
                              "(reason: keyCompromise), "
                              "says the CRL from \"CN=certdesk Test Issuing CA,OU=Issuing,O=certdesk Tests,C=DE\"");
        QTest::newRow("revoked leaf, no CRL given") << QStringLiteral("leaf-revoked.pem") << false << t << QString();
        QTest::newRow("good leaf, root has no CRL") << QStringLiteral("leaf-rsa.pem") << true << t << QString();
        QTest::newRow("CRL expired")
            << QStringLiteral("leaf-rsa.pem") << true << QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC)
            << QStringLiteral(
                   "www.example.test (depth 0): revocation not checked: the CRL from "
                   "\"CN=certdesk Test Issuing CA,OU=Issuing,O=certdesk Tests,C=DE\" expired on 2026-07-01 00:00 UTC");
        QTest::newRow("CRL not yet valid")
            << QStringLiteral("leaf-rsa.pem") << true << QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC)
            << QStringLiteral("www.example.test (depth 0): revocation not checked: the CRL from "
                              "\"CN=certdesk Test Issuing CA,OU=Issuing,O=certdesk Tests,C=DE\" is not valid before "
                              "2026-05-01 00:00 UTC");
        QTest::newRow("leaf whose issuer has no CRL")
            << QStringLiteral("intermediate-ca.pem") << true << t
            << QStringLiteral("certdesk Test Issuing CA (depth 0): revocation not checked: no CRL from its issuer "
                              "\"CN=certdesk Test Root CA,O=certdesk Tests,C=DE\" was given");
    }
    void revocation()
    {
        QFETCH(QString, file);
        QFETCH(bool, withCrl);
        QFETCH(QDateTime, at);
        QFETCH(QString, problem);
        ValidationOptions o = standard();
        o.at = at;
        if (withCrl)
            o.crls = {loadCrl(QStringLiteral("intermediate.crl"))};
        const ValidationResult r = PathValidator::validate(load(file), o);
        if (problem.isEmpty()) {
            QVERIFY2(r.valid, qPrintable(problemsText(r)));
        } else {
            QVERIFY(!r.valid);
            QCOMPARE(r.problems, QStringList{problem});
            QCOMPARE(r.chain[0].problems.size(), 1);
            QVERIFY(problem.endsWith(r.chain[0].problems.first()));
        }
    }

    void revocationOfTheIntermediate_data()
    {
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("root CRL lists nothing") << false << QStringList{};
        QTest::newRow("root CRL revokes the issuing CA")
            << true
            << QStringList{QStringLiteral(
                   "certdesk Test Issuing CA (depth 1): certificate is revoked since 2026-04-20 00:00 UTC "
                   "(reason: cessationOfOperation), says the CRL from "
                   "\"CN=certdesk Test Root CA,O=certdesk Tests,C=DE\"")};
    }
    void revocationOfTheIntermediate()
    {
        QFETCH(bool, revoked);
        QFETCH(QStringList, problems);
        ValidationOptions o = standard();
        o.crls = {loadCrl(QStringLiteral("intermediate.crl")), rootCrl(revoked)};
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), o);
        QCOMPARE(r.valid, problems.isEmpty());
        QCOMPARE(r.problems, problems);
        QCOMPARE(r.chain.size(), 3);
        QCOMPARE(r.chain[1].problems.size(), problems.size());
    }

    void revokedWithDerCrl()
    {
        ValidationOptions o = standard();
        o.crls = {loadCrl(QStringLiteral("intermediate.crl.der"))};
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-revoked.pem")), o);
        QVERIFY(!r.valid);
        QVERIFY(r.summary().contains(QStringLiteral("revoked")));
        QVERIFY(r.summary().contains(QStringLiteral("keyCompromise")));
    }

    void selfSigned_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not trusted")
            << false
            << QStringLiteral("selfsigned.example.test (depth 0): self-signed certificate that is not trusted");
        QTest::newRow("trusted") << true << QString();
    }
    void selfSigned()
    {
        QFETCH(bool, trusted);
        QFETCH(QString, problem);
        const Certificate leaf = load(QStringLiteral("selfsigned-ec.pem"));
        ValidationOptions o = standard();
        if (trusted)
            o.trusted << leaf;
        o.host = QStringLiteral("selfsigned.example.test");
        const ValidationResult r = PathValidator::validate(leaf, o);
        QCOMPARE(r.chain.size(), 1);
        QCOMPARE(r.chain[0].trustAnchor, trusted);
        if (problem.isEmpty()) {
            QVERIFY2(r.valid, qPrintable(problemsText(r)));
        } else {
            QVERIFY(!r.valid);
            QCOMPARE(r.problems, QStringList{problem});
        }
    }

    void systemTrustDoesNotKnowOurRoot()
    {
        ValidationOptions o = standard();
        o.trusted.clear();
        o.systemTrust = true;
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), o);
        QVERIFY(!r.valid);
        QVERIFY(!r.problems.isEmpty());
        QVERIFY(!r.chain.isEmpty());
        QCOMPARE(r.chain[0].certificate, load(QStringLiteral("leaf-rsa.pem")));
        if (QFileInfo::exists(QStringLiteral("/etc/ssl/certs/ca-certificates.crt")))
            QVERIFY2(anyContains(r.problems, QStringLiteral("issuer \"CN=certdesk Test Root CA")),
                     qPrintable(problemsText(r)));
    }

    void systemTrustFromHashedDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hash = QStringLiteral("%1").arg(X509_subject_name_hash(root().handle()), 8, 16, QLatin1Char('0'));
        QFile f(dir.filePath(hash + QStringLiteral(".0")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(root().toPem());
        f.close();
        ValidationOptions o = standard();
        o.trusted.clear();
        o.systemTrust = true;
        o.systemTrustDir = dir.path();
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), o);
        QVERIFY2(r.valid, qPrintable(problemsText(r)));
        QCOMPARE(r.chain.size(), 3);
        QVERIFY(r.chain[2].trustAnchor);
    }

    void severalProblems()
    {
        ValidationOptions o = standard();
        o.untrusted.clear();                   // missing intermediate ...
        o.host = QStringLiteral("other.test"); // ... wrong name ...
        o.crls = {loadCrl(QStringLiteral("intermediate.crl"))};
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-expired.pem")), o); // ... expired
        QVERIFY(!r.valid);
        // Without its issuer the CRL cannot be used either, but that follows from the missing issuer.
        QVERIFY2(r.problems.size() == 3, qPrintable(problemsText(r)));
        QVERIFY2(
            anyContains(r.problems,
                        QStringLiteral("expired.example.test (depth 0): certificate expired on 2021-01-01 00:00 UTC")),
            qPrintable(problemsText(r)));
        QVERIFY2(
            anyContains(r.problems,
                        QStringLiteral("does not match host name \"other.test\" (it is for expired.example.test)")),
            qPrintable(problemsText(r)));
        QVERIFY2(anyContains(r.problems, QStringLiteral("issuer \"CN=certdesk Test Issuing CA")),
                 qPrintable(problemsText(r)));
        QCOMPARE(r.chain.size(), 1);
        QCOMPARE(r.chain[0].problems.size(), r.problems.size());
        QStringList unique = r.problems;
        QCOMPARE(unique.removeDuplicates(), 0);
    }

    void expiredAndWrongHost()
    {
        ValidationOptions o = standard();
        o.host = QStringLiteral("other.test");
        const ValidationResult r = PathValidator::validate(load(QStringLiteral("leaf-expired.pem")), o);
        QVERIFY(!r.valid);
        QCOMPARE(r.problems.size(), 2);
        QVERIFY(anyContains(r.problems, QStringLiteral("certificate expired on 2021-01-01 00:00 UTC")));
        QVERIFY(anyContains(r.problems, QStringLiteral("does not match host name \"other.test\"")));
        QCOMPARE(r.chain[0].problems.size(), 2);
    }

    void badSignature()
    {
        QByteArray der = load(QStringLiteral("leaf-rsa.pem")).der();
        der[der.size() - 1] = char(der.at(der.size() - 1) ^ 0x01); // last byte of the ECDSA signature
        auto tampered = Certificate::fromDer(der);
        QVERIFY(tampered.has_value());
        const ValidationResult r = PathValidator::validate(*tampered, standard());
        QVERIFY(!r.valid);
        QVERIFY2(anyContains(r.problems, QStringLiteral("www.example.test (depth 0): signature does not verify")),
                 qPrintable(problemsText(r)));
    }

    void pathLengthExceeded()
    {
        ossl::EvpPkeyPtr interKey = loadKey(QStringLiteral("inter-ec384.key"));
        QVERIFY(interKey);
        const Issued sub =
            issue(QStringLiteral("Sub CA"), intermediate(), interKey.get(),
                  {{NID_basic_constraints, "critical,CA:TRUE"}, {NID_key_usage, "critical,keyCertSign,cRLSign"}});
        const Issued leaf =
            issue(QStringLiteral("deep.example.test"), sub.cert, sub.key.get(), {{NID_basic_constraints, "CA:FALSE"}});
        ValidationOptions o = standard();
        o.untrusted << sub.cert;
        const ValidationResult r = PathValidator::validate(leaf.cert, o);
        QVERIFY(!r.valid);
        QCOMPARE(r.chain.size(), 4);
        QCOMPARE(r.problems,
                 QStringList{QStringLiteral("certdesk Test Issuing CA (depth 2): path length constraint exceeded: "
                                            "pathlen:0 allows 0 intermediate CA certificate(s) below it")});
    }

    void issuerIsNotACa()
    {
        ossl::EvpPkeyPtr leafKey = loadKey(QStringLiteral("leaf-rsa2048.key"));
        QVERIFY(leafKey);
        const Certificate leafRsa = load(QStringLiteral("leaf-rsa.pem"));
        const Issued bogus = issue(QStringLiteral("bogus.example.test"), leafRsa, leafKey.get(), {});
        ValidationOptions o = standard();
        o.untrusted << leafRsa;
        const ValidationResult r = PathValidator::validate(bogus.cert, o);
        QVERIFY(!r.valid);
        QCOMPARE(r.chain.size(), 4);
        QCOMPARE(
            r.problems,
            (QStringList{
                QStringLiteral("www.example.test (depth 1): issues certificates but is not a CA certificate "
                               "(basicConstraints CA:TRUE is missing)"),
                QStringLiteral("www.example.test (depth 1): issues certificates but its key usage does not allow it "
                               "(keyCertSign is missing)"),
                QStringLiteral("certdesk Test Issuing CA (depth 2): path length constraint exceeded: "
                               "pathlen:0 allows 0 intermediate CA certificate(s) below it")}));
        QCOMPARE(r.chain[1].problems.size(), 2);
    }

    void badInput()
    {
        ValidationOptions o = standard();
        o.untrusted << Certificate();
        o.trusted << Certificate();
        const ValidationResult nullLeaf = PathValidator::validate(Certificate(), o);
        QVERIFY(!nullLeaf.valid);
        QCOMPARE(nullLeaf.summary(), QStringLiteral("no certificate to validate"));

        const ValidationResult nullsInLists = PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), o);
        QVERIFY2(nullsInLists.valid, qPrintable(problemsText(nullsInLists)));

        o.at = QDateTime();
        const ValidationResult badTime = PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), o);
        QVERIFY(!badTime.valid);
        QCOMPARE(badTime.summary(), QStringLiteral("the validation time is not a valid date and time"));

        const ValidationResult nothing =
            PathValidator::validate(load(QStringLiteral("leaf-rsa.pem")), ValidationOptions{});
        QVERIFY(!nothing.valid);
        QCOMPARE(nothing.chain.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPathValidator)
#include "tst_pathvalidator.moc"
