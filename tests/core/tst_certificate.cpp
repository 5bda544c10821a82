#include "testutil.h"

#include "crypto/libcontext.h"
#include "crypto/ossl.h"
#include "x509/certificate.h"
#include "x509/pem.h"

#include <QtTest>

using namespace certdesk::core;
using namespace certdesk::test;

namespace {

Certificate load(const QString &name)
{
    const QByteArray data = readData(name);
    QByteArray der = data;
    if (looksLikePem(data)) {
        const auto blocks = scanPem(data);
        if (blocks.isEmpty() || blocks.first().error)
            qFatal("bad fixture %s", qPrintable(name));
        der = blocks.first().der;
    }
    auto cert = Certificate::fromDer(der);
    if (!cert)
        qFatal("cannot parse %s: %s", qPrintable(name), qPrintable(cert.error().message));
    return *cert;
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leafFields()
    {
        const Certificate c = load(QStringLiteral("leaf-rsa.pem"));
        QCOMPARE(c.version(), 3);
        QCOMPARE(c.domainName(), QStringLiteral("www.example.test"));
        QCOMPARE(c.commonName(), QStringLiteral("www.example.test"));
        QCOMPARE(c.serial(), QStringLiteral("1001"));
        QCOMPARE(c.subject().rfc4514,
                 QStringLiteral("CN=www.example.test,OU=Web,O=Example Org,L=Berlin,ST=Berlin,C=DE"));
        QCOMPARE(c.subject().components.size(), 6);
        QCOMPARE(c.subject().components.first().type, QStringLiteral("C"));
        QCOMPARE(c.subject().components.first().oid, QStringLiteral("2.5.4.6"));
        QCOMPARE(c.subject().value(QStringLiteral("O")), QStringLiteral("Example Org"));
        QCOMPARE(c.issuer().rfc4514, QStringLiteral("CN=certdesk Test Issuing CA,OU=Issuing,O=certdesk Tests,C=DE"));
        QCOMPARE(c.notBefore(), QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(c.notAfter(), QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(c.notAfter().timeSpec(), Qt::UTC);
        QCOMPARE(c.keyAlgorithm(), QStringLiteral("RSA_2048"));
        QCOMPARE(c.signatureAlgorithm(), QStringLiteral("SHA384WITHECDSA"));
        QCOMPARE(c.signatureAlgorithmOid(), QStringLiteral("1.2.840.10045.4.3.3"));
        QCOMPARE(c.keyUsages(), (QStringList{QStringLiteral("DIGITAL_SIGNATURE"), QStringLiteral("KEY_ENCIPHERMENT")}));
        QCOMPARE(c.extendedKeyUsages().size(), 2);
        QCOMPARE(c.extendedKeyUsages()[0].name, QStringLiteral("TLS_WEB_SERVER_AUTHENTICATION"));
        QCOMPARE(c.extendedKeyUsages()[0].oid, QStringLiteral("1.3.6.1.5.5.7.3.1"));
        QCOMPARE(c.extendedKeyUsages()[1].name, QStringLiteral("TLS_WEB_CLIENT_AUTHENTICATION"));
        QCOMPARE(c.extendedKeyUsages()[1].oid, QStringLiteral("1.3.6.1.5.5.7.3.2"));
        QVERIFY(c.basicConstraints().present);
        QVERIFY(c.basicConstraints().critical);
        QVERIFY(!c.isCa());
        QVERIFY(!c.isSelfSigned());
        QCOMPARE(c.subjectKeyId().size(), 20);
        QCOMPARE(c.authorityKeyId().size(), 20);
        QCOMPARE(c.crlDistributionPoints(), QStringList{QStringLiteral("http://crl.example.test/issuing.crl")});
        QCOMPARE(c.ocspUrls(), QStringList{QStringLiteral("http://ocsp.example.test")});
        QCOMPARE(c.caIssuerUrls(), QStringList{QStringLiteral("http://ca.example.test/issuing.cer")});
        QCOMPARE(c.policies(), (QStringList{QStringLiteral("2.23.140.1.2.2"), QStringLiteral("1.3.6.1.4.1.55555.1.1")}));
        QCOMPARE(c.sha256().size(), 32);
        QCOMPARE(c.sha1().size(), 20);
        QCOMPARE(c.sha256Hex().size(), 64);
        QCOMPARE(c.publicKeySha256().size(), 32);
    }

    void fingerprintsMatchOpenssl()
    {
        const Certificate c = load(QStringLiteral("root-ca.pem"));
        // From `openssl x509 -fingerprint -sha256` (the root is RSA-signed, so its bytes are fixed).
        QCOMPARE(toColonHex(c.sha256()),
                 QStringLiteral("F1:DC:B3:E0:AB:7F:B6:BA:5D:9D:49:8B:83:FE:7D:DD:81:F0:87:5D:11:BA:E5:6F:08:7C:77:43:10:BE:27:FB"));
        QCOMPARE(c.der(), readData(QStringLiteral("root-ca.der")));
    }

    void subjectAlternativeNames()
    {
        const Certificate c = load(QStringLiteral("leaf-rsa.pem"));
        const QList<GeneralName> expected = {
            {GeneralName::Kind::Dns, QStringLiteral("www.example.test")},
            {GeneralName::Kind::Dns, QStringLiteral("example.test")},
            {GeneralName::Kind::Dns, QStringLiteral("*.api.example.test")},
            {GeneralName::Kind::Ip, QStringLiteral("192.0.2.10")},
            {GeneralName::Kind::Ip, QStringLiteral("2001:db8::10")},
            {GeneralName::Kind::Email, QStringLiteral("admin@example.test")},
            {GeneralName::Kind::Uri, QStringLiteral("https://example.test/id")},
        };
        QCOMPARE(c.subjectAlternativeNames(), expected);
        QCOMPARE(c.dnsNames().size(), 3);
    }

    void rawExtensions()
    {
        const Certificate c = load(QStringLiteral("leaf-rsa.pem"));
        QStringList oids;
        for (const Extension &e : c.extensions())
            oids << e.oid;
        for (const char *oid : {"2.5.29.17", "2.5.29.15", "2.5.29.37", "2.5.29.19", "2.5.29.14", "2.5.29.35",
                                "2.5.29.31", "1.3.6.1.5.5.7.1.1", "2.5.29.32"})
            QVERIFY2(oids.contains(QString::fromLatin1(oid)), oid);
        for (const Extension &e : c.extensions()) {
            QVERIFY(!e.value.isEmpty());
            QVERIFY(!e.name.isEmpty());
            if (e.oid == QLatin1String("2.5.29.15"))
                QVERIFY(e.critical);
            if (e.oid == QLatin1String("2.5.29.17")) {
                QVERIFY(!e.critical);
                QVERIFY(describeExtension(e).contains(QStringLiteral("DNS:www.example.test")));
            }
        }
    }

    void keyAlgorithms_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("keyAlgorithm");
        QTest::addColumn<QString>("signature");
        QTest::newRow("RSA 3072 root") << "root-ca.pem" << "RSA_3072" << "SHA256WITHRSA";
        QTest::newRow("EC P-384 intermediate") << "intermediate-ca.pem" << "EC_secp384r1" << "SHA256WITHRSA";
        QTest::newRow("RSA 2048 leaf") << "leaf-rsa.pem" << "RSA_2048" << "SHA384WITHECDSA";
        QTest::newRow("EC P-256 leaf") << "leaf-ec.pem" << "EC_prime256v1" << "SHA384WITHECDSA";
        QTest::newRow("Ed25519 leaf") << "leaf-ed25519.pem" << "ED25519" << "SHA384WITHECDSA";
    }
    void keyAlgorithms()
    {
        QFETCH(QString, file);
        QFETCH(QString, keyAlgorithm);
        QFETCH(QString, signature);
        const Certificate c = load(file);
        QCOMPARE(c.keyAlgorithm(), keyAlgorithm);
        QCOMPARE(c.signatureAlgorithm(), signature);
    }

    void caCertificates()
    {
        const Certificate root = load(QStringLiteral("root-ca.pem"));
        QVERIFY(root.isCa());
        QVERIFY(root.isSelfSigned());
        QCOMPARE(root.basicConstraints().pathLength, -1);
        QCOMPARE(root.keyUsages(), (QStringList{QStringLiteral("CERTIFICATE_SIGNING"), QStringLiteral("CRL_SIGNING")}));
        QVERIFY(root.authorityKeyId().isEmpty() || root.authorityKeyId() == root.subjectKeyId());
        const Certificate inter = load(QStringLiteral("intermediate-ca.pem"));
        QVERIFY(inter.isCa());
        QVERIFY(!inter.isSelfSigned());
        QCOMPARE(inter.basicConstraints().pathLength, 0);
        QCOMPARE(inter.authorityKeyId(), root.subjectKeyId());
        QCOMPARE(inter.caIssuerUrls(), QStringList{QStringLiteral("http://ca.example.test/root.cer")});
    }

    void selfSignedLeafIsNotCa()
    {
        const Certificate c = load(QStringLiteral("selfsigned-ec.pem"));
        QVERIFY(c.isSelfSigned());
        QVERIFY(!c.isCa());
        QVERIFY(!c.basicConstraints().present);
    }

    void domainNameFallsBackToFirstDnsName()
    {
        const Certificate c = load(QStringLiteral("leaf-nocn.pem"));
        QVERIFY(c.commonName().isEmpty());
        QCOMPARE(c.domainName(), QStringLiteral("nocn.example.test"));
    }

    void emailOnlyClient()
    {
        const Certificate c = load(QStringLiteral("client.pem"));
        QCOMPARE(c.domainName(), QStringLiteral("alice"));
        QCOMPARE(c.extendedKeyUsages().size(), 1);
        QCOMPARE(c.extendedKeyUsages()[0].name, QStringLiteral("TLS_WEB_CLIENT_AUTHENTICATION"));
        QCOMPARE(c.subjectAlternativeNames().first().kind, GeneralName::Kind::Email);
    }

    void validityStatus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("notYetValid");
        QTest::newRow("valid") << "leaf-ec.pem" << false << false;
        QTest::newRow("expired") << "leaf-expired.pem" << true << false;
        QTest::newRow("not yet valid") << "leaf-notyetvalid.pem" << false << true;
    }
    void validityStatus()
    {
        QFETCH(QString, file);
        QFETCH(bool, expired);
        QFETCH(bool, notYetValid);
        const Certificate c = load(file);
        QCOMPARE(c.isExpiredAt(testTime()), expired);
        QCOMPARE(c.isNotYetValidAt(testTime()), notYetValid);
    }

    void bulkContextReadsTheSameFields_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"root-ca.pem", "intermediate-ca.pem", "leaf-rsa.pem", "leaf-ec.pem", "leaf-ed25519.pem",
                              "client.pem", "leaf-nocn.pem", "selfsigned-ec.pem", "leaf-expired.pem"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void bulkContextReadsTheSameFields()
    {
        QFETCH(QString, file);
        const Certificate full = load(file);
        const LibContext bulk = LibContext::forBulkParsing();
        QVERIFY(bulk.isLean());
        auto lean = Certificate::fromDer(full.der(), &bulk);
        QVERIFY2(lean, qPrintable(lean ? QString() : lean.error().message));
        QCOMPARE(lean->keyAlgorithm(), full.keyAlgorithm());
        QCOMPARE(lean->signatureAlgorithm(), full.signatureAlgorithm());
        QCOMPARE(lean->subject().rfc4514, full.subject().rfc4514);
        QCOMPARE(lean->issuer().rfc4514, full.issuer().rfc4514);
        QCOMPARE(lean->subjectAlternativeNames(), full.subjectAlternativeNames());
        QCOMPARE(lean->sha256(), full.sha256());
        QCOMPARE(lean->sha1(), full.sha1());
        QCOMPARE(lean->publicKeySha256(), full.publicKeySha256());
        QCOMPARE(lean->isSelfSigned(), full.isSelfSigned());
        QCOMPARE(lean->isCa(), full.isCa());
        QCOMPARE(lean->keyUsages(), full.keyUsages());
        QCOMPARE(lean->extensions().size(), full.extensions().size());
        QCOMPARE(lean->notAfter(), full.notAfter());
        // The handle is a complete certificate again: its key and signature work.
        QVERIFY(lean->handle());
        QVERIFY(X509_get0_pubkey(lean->handle()));
    }

    void bulkParsedCertificateVerifies()
    {
        const LibContext bulk = LibContext::forBulkParsing();
        auto leaf = Certificate::fromDer(load(QStringLiteral("leaf-rsa.pem")).der(), &bulk);
        const Certificate issuer = load(QStringLiteral("intermediate-ca.pem"));
        QVERIFY(leaf);
        QCOMPARE(X509_verify(leaf->handle(), X509_get0_pubkey(issuer.handle())), 1);
    }

    void pemRoundTrip()
    {
        const Certificate c = load(QStringLiteral("leaf-ec.pem"));
        const auto blocks = scanPem(c.toPem());
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().der, c.der());
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not DER") << QByteArray("hello world");
        QTest::newRow("truncated") << readData(QStringLiteral("leaf-rsa.der")).left(300);
        QTest::newRow("trailing bytes") << readData(QStringLiteral("leaf-rsa.der")) + QByteArray("xx");
    }
    void rejectsGarbage()
    {
        QFETCH(QByteArray, der);
        auto c = Certificate::fromDer(der);
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::InvalidInput);
        QVERIFY(!c.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
