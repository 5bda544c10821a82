// The private CA, checked by independent tools: every certificate, CRL and OCSP response
// certdesk makes is verified with the openssl command (verify, crl -verify, ocsp), and what
// certdesk refuses to issue is shown to fail openssl's own checks when forced.

#include "ca/caserver.h"
#include "testinventory.h"
#include "ca/certificateauthority.h"
#include "ca/x509build.h"
#include "x509/importparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk::core;

namespace {

struct Tool
{
    int exitCode = -1;
    QByteArray out; // stdout and stderr together
};

// Runs openssl; the event loop keeps turning so an in-process server can answer it.
Tool openssl(const QStringList &args, const QString &dir = {})
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted())
        qFatal("openssl is not installed");
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(5);
    }
    if (p.state() != QProcess::NotRunning)
        qFatal("openssl hung: %s", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

QDateTime nowSeconds()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

QStringList extensionOids(const Certificate &c)
{
    QStringList out;
    for (const Extension &e : c.extensions())
        out << e.oid;
    std::sort(out.begin(), out.end());
    return out;
}

QStringList ekuNames(const Certificate &c)
{
    QStringList out;
    for (const ExtendedKeyUsage &e : c.extendedKeyUsages())
        out << e.name;
    return out;
}

const QString kBasicConstraints = QStringLiteral("2.5.29.19");
const QString kKeyUsage = QStringLiteral("2.5.29.15");
const QString kExtKeyUsage = QStringLiteral("2.5.29.37");
const QString kSki = QStringLiteral("2.5.29.14");
const QString kAki = QStringLiteral("2.5.29.35");
const QString kSan = QStringLiteral("2.5.29.17");
const QString kCrlDp = QStringLiteral("2.5.29.31");
const QString kAia = QStringLiteral("1.3.6.1.5.5.7.1.1");
const QString kNameConstraints = QStringLiteral("2.5.29.30");
const QString kOcspNoCheck = QStringLiteral("1.3.6.1.5.5.7.48.1.5");

} // namespace

class TestCa : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{nowSeconds()};
    std::unique_ptr<Inventory> m_inv;
    std::unique_ptr<CertificateAuthorities> m_cas;
    int m_dbCount = 0;
    QByteArray m_password = "ca master password";

    MasterPasswordCallback password()
    {
        return [this](MasterPasswordPurpose) { return std::optional<QByteArray>(m_password); };
    }

    void freshInventory()
    {
        m_cas.reset();
        m_inv.reset();
        m_clock.set(nowSeconds());
        ++m_dbCount;
        auto inv = Inventory::open(certdesk::test::inventoryLocation(m_dir.filePath(QStringLiteral("ca%1.db").arg(m_dbCount))), m_clock,
                                   QStringLiteral("ca%1").arg(m_dbCount));
        QVERIFY2(inv, inv ? "" : qPrintable(inv.error().message));
        m_inv = std::move(*inv);
        m_inv->keyStore().setScryptCost(1 << 10);
        m_cas = std::make_unique<CertificateAuthorities>(*m_inv, password());
    }

    CaInfo createCa(CaConfig config)
    {
        auto ca = m_cas->create(config);
        if (!ca)
            qFatal("cannot create CA %s: %s", qPrintable(config.name), qPrintable(ca.error().message));
        return *ca;
    }

    CaInfo root(const QString &name = QStringLiteral("root"), const QString &key = QStringLiteral("EC_prime256v1"))
    {
        CaConfig c;
        c.name = name;
        c.subject = QStringLiteral("CN=%1 Root CA,O=certdesk tests,C=DE").arg(name);
        c.keyAlgorithm = key;
        c.validity = Validity{Validity::Unit::Years, 10, {}};
        return createCa(c);
    }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QByteArray chainPem(qint64 caId)
    {
        QByteArray pem;
        auto chain = m_cas->chain(caId);
        if (!chain)
            qFatal("no chain: %s", qPrintable(chain.error().message));
        for (const Certificate &c : *chain)
            pem += c.toPem();
        return pem;
    }

    // openssl verify of a leaf against the CA's chain (the root as the anchor).
    Tool verify(const Certificate &leaf, qint64 caId, const QStringList &extra = {})
    {
        auto chain = m_cas->chain(caId);
        if (!chain)
            qFatal("no chain");
        const QString anchor = write(QStringLiteral("anchor.pem"), chain->last().toPem());
        QByteArray untrusted;
        for (int i = 0; i + 1 < chain->size(); ++i)
            untrusted += chain->at(i).toPem();
        QStringList args{QStringLiteral("verify"), QStringLiteral("-CAfile"), anchor};
        if (!untrusted.isEmpty())
            args << QStringLiteral("-untrusted") << write(QStringLiteral("untrusted.pem"), untrusted);
        args << extra << write(QStringLiteral("leaf.pem"), leaf.toPem());
        return openssl(args);
    }

    qint64 countRows(const char *table)
    {
        QSqlQuery q(m_inv->database().db());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))) || !q.next())
            qFatal("cannot count %s", table);
        return q.value(0).toLongLong();
    }

    // What must not change when an operation is refused.
    QList<qint64> footprint()
    {
        return {countRows("certificates"), countRows("ca_issued"), countRows("ca_audit"), countRows("private_keys"),
                countRows("ca_crls"), countRows("events"), countRows("cas")};
    }

    Csr opensslCsr(const QString &subject, const QString &san, const QStringList &extraAddext = {})
    {
        QStringList args{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("csr-key.pem")), QStringLiteral("-subj"), subject,
                         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), m_dir.filePath(QStringLiteral("req.der"))};
        if (!san.isEmpty())
            args << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + san;
        for (const QString &e : extraAddext)
            args << QStringLiteral("-addext") << e;
        const Tool t = openssl(args);
        if (t.exitCode != 0)
            qFatal("openssl req failed: %s", t.out.constData());
        QFile f(m_dir.filePath(QStringLiteral("req.der")));
        f.open(QIODevice::ReadOnly);
        auto csr = Csr::fromDer(f.readAll());
        if (!csr)
            qFatal("cannot read the CSR openssl made");
        return *csr;
    }

    IssuedCertificate issue(qint64 caId, IssueRequest request)
    {
        auto issued = m_cas->issue(caId, request);
        if (!issued)
            qFatal("issue failed: %s", qPrintable(issued.error().message));
        return *issued;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(openssl({QStringLiteral("version")}).exitCode == 0, "the openssl command is needed");
    }

    void init() { freshInventory(); }

    // The root CA certificate is what the RootCA template fixes, self-signed, in the inventory as PRIVATE.
    void rootCaCertificate()
    {
        CaConfig c;
        c.name = QStringLiteral("corp-root");
        c.subject = QStringLiteral("CN=Corp Root CA,OU=PKI,O=Example\\, Inc.,C=DE");
        c.keyAlgorithm = QStringLiteral("EC_secp384r1");
        c.validity = Validity{Validity::Unit::Years, 20, {}};
        c.pathLength = 2;
        const CaInfo ca = createCa(c);
        QCOMPARE(ca.state, CaState::Active);
        QCOMPARE(ca.signingAlgorithm, QStringLiteral("SHA384WITHECDSA"));
        auto rec = m_inv->record(*ca.certificateId);
        QVERIFY(rec);
        const Certificate &cert = rec->certificate;
        QCOMPARE(rec->summary.type, QStringLiteral("PRIVATE"));
        QVERIFY(cert.isSelfSigned());
        QCOMPARE(cert.subject().value(QStringLiteral("O")), QStringLiteral("Example, Inc."));
        QCOMPARE(cert.subject().value(QStringLiteral("OU")), QStringLiteral("PKI"));
        QVERIFY(cert.basicConstraints().critical && cert.basicConstraints().ca);
        QCOMPARE(cert.basicConstraints().pathLength, 2);
        QCOMPARE(cert.keyUsages(), (QStringList{QStringLiteral("DIGITAL_SIGNATURE"), QStringLiteral("CERTIFICATE_SIGNING"),
                                                QStringLiteral("CRL_SIGNING")}));
        QCOMPARE(cert.subjectKeyId(), cert.authorityKeyId());
        QCOMPARE(extensionOids(cert), (QStringList{kSki, kKeyUsage, kBasicConstraints, kAki}));
        QCOMPARE(cert.notAfter(), m_clock.now().addYears(20));
        QVERIFY(m_inv->hasPrivateKey(*ca.certificateId));
        const Tool t = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), write(QStringLiteral("r.pem"), cert.toPem()),
                                write(QStringLiteral("r2.pem"), cert.toPem())});
        QVERIFY2(t.exitCode == 0, t.out.constData());
    }

    // Every template, field by field: key usage, EKU, basic constraints, identifiers, names, URLs,
    // and nothing else; each verifies with openssl against the CA chain.
    void templatesCarryTheirExtensions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("keyUsages");
        QTest::addColumn<QStringList>("ekus");
        QTest::addColumn<bool>("ca");
        QTest::addColumn<int>("pathLength");
        const QString ds = QStringLiteral("DIGITAL_SIGNATURE"), ke = QStringLiteral("KEY_ENCIPHERMENT");
        const QStringList caUsages{ds, QStringLiteral("CERTIFICATE_SIGNING"), QStringLiteral("CRL_SIGNING")};
        QTest::newRow("EndEntityCertificate") << "EndEntityCertificate" << QStringList{ds, ke}
                                              << QStringList{QStringLiteral("TLS_WEB_SERVER_AUTHENTICATION"), QStringLiteral("TLS_WEB_CLIENT_AUTHENTICATION")}
                                              << false << -1;
        QTest::newRow("EndEntityServerAuth") << "EndEntityServerAuth" << QStringList{ds, ke}
                                             << QStringList{QStringLiteral("TLS_WEB_SERVER_AUTHENTICATION")} << false << -1;
        QTest::newRow("EndEntityClientAuth") << "EndEntityClientAuth" << QStringList{ds}
                                             << QStringList{QStringLiteral("TLS_WEB_CLIENT_AUTHENTICATION")} << false << -1;
        QTest::newRow("CodeSigning") << "CodeSigning" << QStringList{ds} << QStringList{QStringLiteral("CODE_SIGNING")} << false << -1;
        QTest::newRow("OCSPSigning") << "OCSPSigning" << QStringList{ds} << QStringList{QStringLiteral("OCSP_SIGNING")} << false << -1;
        for (int n = 0; n <= 3; ++n)
            QTest::newRow(qPrintable(QStringLiteral("SubordinateCA_PathLen%1").arg(n)))
                << QStringLiteral("SubordinateCA_PathLen%1").arg(n) << caUsages << QStringList{} << true << n;
    }

    void templatesCarryTheirExtensions()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, keyUsages);
        QFETCH(QStringList, ekus);
        QFETCH(bool, ca);
        QFETCH(int, pathLength);
        CaConfig c;
        c.name = QStringLiteral("urls");
        c.subject = QStringLiteral("CN=URL Root");
        c.crlUrl = QStringLiteral("http://pki.example.test/urls.crl");
        c.ocspUrl = QStringLiteral("http://ocsp.example.test/");
        c.caIssuersUrl = QStringLiteral("http://pki.example.test/urls.crt");
        const CaInfo rootCa = createCa(c);

        IssueRequest r;
        r.templateName = name;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=subject.example.test,O=Tests");
        r.sans = {{GeneralName::Kind::Dns, QStringLiteral("a.example.test")},
                  {GeneralName::Kind::Ip, QStringLiteral("192.0.2.7")},
                  {GeneralName::Kind::Email, QStringLiteral("ops@example.test")},
                  {GeneralName::Kind::Uri, QStringLiteral("spiffe://example.test/api")}};
        r.validity = Validity::days(30);
        const IssuedCertificate issued = issue(rootCa.id, r);
        const Certificate &cert = issued.certificate;
        QVERIFY(issued.keyGenerated);
        QVERIFY(m_inv->hasPrivateKey(issued.certificateId));
        QCOMPARE(cert.keyUsages(), keyUsages);
        QCOMPARE(ekuNames(cert), ekus);
        QVERIFY(cert.basicConstraints().present && cert.basicConstraints().critical);
        QCOMPARE(cert.basicConstraints().ca, ca);
        QCOMPARE(cert.basicConstraints().pathLength, pathLength);
        QCOMPARE(cert.authorityKeyId(), m_inv->certificate(*rootCa.certificateId)->subjectKeyId());
        QVERIFY(!cert.subjectKeyId().isEmpty());
        QCOMPARE(cert.subject().rfc4514, QStringLiteral("CN=subject.example.test,O=Tests"));
        QCOMPARE(cert.serial().size(), 32);
        QCOMPARE(cert.notAfter(), m_clock.now().addDays(30));
        // The request's names go in with every template (a template decides only whether a CSR's are taken).
        QStringList expected{kBasicConstraints, kKeyUsage, kSki, kAki, kAia, kSan};
        if (!ekus.isEmpty())
            expected << kExtKeyUsage;
        if (name == QLatin1String("OCSPSigning"))
            expected << kOcspNoCheck; // and no CRL DP / OCSP URL: a responder is not checked for revocation
        else
            expected << kCrlDp;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(extensionOids(cert), expected);
        QCOMPARE(cert.subjectAlternativeNames(), r.sans);
        QCOMPARE(cert.caIssuerUrls(), QStringList{c.caIssuersUrl});
        if (name == QLatin1String("OCSPSigning")) {
            QVERIFY(cert.crlDistributionPoints().isEmpty());
            QVERIFY(cert.ocspUrls().isEmpty());
        } else {
            QCOMPARE(cert.crlDistributionPoints(), QStringList{c.crlUrl});
            QCOMPARE(cert.ocspUrls(), QStringList{c.ocspUrl});
        }
        auto rec = m_inv->record(issued.certificateId);
        QCOMPARE(rec->summary.type, QStringLiteral("PRIVATE"));
        QCOMPARE(rec->issuerId, rootCa.certificateId);
        const QString purpose = name.startsWith(QLatin1String("EndEntityClient")) ? QStringLiteral("sslclient")
                                : name.startsWith(QLatin1String("EndEntity"))     ? QStringLiteral("sslserver")
                                                                                  : QString();
        const Tool t = verify(cert, rootCa.id, purpose.isEmpty() ? QStringList() : QStringList{QStringLiteral("-purpose"), purpose});
        QVERIFY2(t.exitCode == 0, t.out.constData());
    }

    void rootCaTemplateIsForCreatingRoots()
    {
        const CaInfo ca = root();
        IssueRequest r;
        r.templateName = QStringLiteral("RootCA");
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=x");
        auto issued = m_cas->issue(ca.id, r);
        QVERIFY(!issued);
        QCOMPARE(issued.error().code, ErrorCode::InvalidInput);
        r.templateName = QStringLiteral("NoSuchTemplate");
        QCOMPARE(m_cas->issue(ca.id, r).error().code, ErrorCode::NotFound);
    }

    // A CSR made by openssl req: its signature is checked, its SANs taken, its requested
    // extensions that the template fixes are overridden (it asks to be a CA: it is not one).
    void csrFromOpensslReq()
    {
        const CaInfo ca = root();
        const Csr csr = opensslCsr(QStringLiteral("/O=Req/CN=api.example.test"), QStringLiteral("DNS:api.example.test,IP:10.1.2.3"),
                                   {QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("keyUsage=critical,keyCertSign")});
        QVERIFY(csr.signatureValid());
        IssueRequest r;
        r.csr = csr;
        r.validity = Validity::parse(QStringLiteral("90d")).value();
        r.sans = {{GeneralName::Kind::Dns, QStringLiteral("extra.example.test")}};
        const IssuedCertificate issued = issue(ca.id, r);
        const Certificate &cert = issued.certificate;
        QVERIFY(!issued.keyGenerated);
        QVERIFY(!m_inv->hasPrivateKey(issued.certificateId));
        QCOMPARE(cert.subject().rfc4514, QStringLiteral("CN=api.example.test,O=Req"));
        QCOMPARE(cert.publicKeySha256(), csr.publicKeySha256());
        QCOMPARE(cert.subjectAlternativeNames(),
                 (QList<GeneralName>{{GeneralName::Kind::Dns, QStringLiteral("api.example.test")},
                                     {GeneralName::Kind::Ip, QStringLiteral("10.1.2.3")},
                                     {GeneralName::Kind::Dns, QStringLiteral("extra.example.test")}}));
        QVERIFY(!cert.basicConstraints().ca);
        QCOMPARE(cert.keyUsages(), (QStringList{QStringLiteral("DIGITAL_SIGNATURE"), QStringLiteral("KEY_ENCIPHERMENT")}));
        const Tool t = verify(cert, ca.id, {QStringLiteral("-purpose"), QStringLiteral("sslserver")});
        QVERIFY2(t.exitCode == 0, t.out.constData());

        // A CA template does not take the CSR's names.
        r.templateName = QStringLiteral("SubordinateCA_PathLen0");
        r.sans.clear();
        const IssuedCertificate sub = issue(ca.id, r);
        QVERIFY(sub.certificate.subjectAlternativeNames().isEmpty());
        QVERIFY(sub.certificate.basicConstraints().ca);

        // A server certificate without names gets its CN as a DNS name.
        const Csr bare = opensslCsr(QStringLiteral("/CN=bare.example.test"), {});
        r = IssueRequest{};
        r.csr = bare;
        const IssuedCertificate named = issue(ca.id, r);
        QCOMPARE(named.certificate.subjectAlternativeNames(),
                 (QList<GeneralName>{{GeneralName::Kind::Dns, QStringLiteral("bare.example.test")}}));
    }

    // Every key algorithm and signing algorithm a CA offers, checked with openssl verify.
    void keyAndSigningAlgorithms_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("signing");
        QTest::addColumn<QString>("opensslName");
        QTest::newRow("RSA_2048 SHA256WITHRSA") << "RSA_2048" << "SHA256WITHRSA" << "sha256WithRSAEncryption";
        QTest::newRow("RSA_3072 SHA384WITHRSAPSS") << "RSA_3072" << "SHA384WITHRSAPSS" << "rsassaPss";
        QTest::newRow("RSA_2048 SHA512WITHRSA") << "RSA_2048" << "SHA512WITHRSA" << "sha512WithRSAEncryption";
        QTest::newRow("RSA_2048 SHA256WITHRSAPSS") << "RSA_2048" << "SHA256WITHRSAPSS" << "rsassaPss";
        QTest::newRow("RSA_4096 SHA512WITHRSAPSS") << "RSA_4096" << "SHA512WITHRSAPSS" << "rsassaPss";
        QTest::newRow("EC_prime256v1 SHA256WITHECDSA") << "EC_prime256v1" << "SHA256WITHECDSA" << "ecdsa-with-SHA256";
        QTest::newRow("EC_secp384r1 SHA384WITHECDSA") << "EC_secp384r1" << "SHA384WITHECDSA" << "ecdsa-with-SHA384";
        QTest::newRow("EC_secp521r1 SHA512WITHECDSA") << "EC_secp521r1" << "SHA512WITHECDSA" << "ecdsa-with-SHA512";
        QTest::newRow("EC_prime256v1 SHA384WITHECDSA") << "EC_prime256v1" << "SHA384WITHECDSA" << "ecdsa-with-SHA384";
        QTest::newRow("ED25519") << "ED25519" << "ED25519" << "ED25519";
    }

    void keyAndSigningAlgorithms()
    {
        QFETCH(QString, key);
        QFETCH(QString, signing);
        QFETCH(QString, opensslName);
        CaConfig c;
        c.name = QStringLiteral("alg");
        c.subject = QStringLiteral("CN=Algorithm Root");
        c.keyAlgorithm = key;
        c.signingAlgorithm = signing;
        const CaInfo ca = createCa(c);
        QCOMPARE(ca.keyAlgorithm, key);
        QCOMPARE(m_inv->certificate(*ca.certificateId)->keyAlgorithm(), key);
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=leaf.example.test");
        const IssuedCertificate issued = issue(ca.id, r);
        const Tool text = openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"), QStringLiteral("-in"),
                                   write(QStringLiteral("alg.pem"), issued.certificate.toPem())});
        QVERIFY2(text.out.contains("Signature Algorithm: " + opensslName.toLatin1()), text.out.constData());
        if (signing.endsWith(QLatin1String("PSS")))
            QVERIFY(text.out.contains("Hash Algorithm: " + signing.left(6).toLower().toLatin1()));
        const Tool t = verify(issued.certificate, ca.id);
        QVERIFY2(t.exitCode == 0, t.out.constData());
        // A signing algorithm that does not fit the key is refused.
        c.name = QStringLiteral("misfit");
        c.signingAlgorithm = key.startsWith(QLatin1String("RSA")) ? QStringLiteral("SHA256WITHECDSA") : QStringLiteral("SHA256WITHRSA");
        QCOMPARE(m_cas->create(c).error().code, ErrorCode::InvalidInput);
    }

    // A root made with the openssl command signs certdesk's subordinate CSR; the signed
    // certificate and its chain are imported; the CA issues and openssl verifies the result.
    void externalParent()
    {
        CaConfig c;
        c.name = QStringLiteral("issuing");
        c.kind = CaKind::Subordinate;
        c.externalParent = true;
        c.subject = QStringLiteral("CN=Issuing CA,O=certdesk tests");
        c.keyAlgorithm = QStringLiteral("RSA_2048");
        c.pathLength = 0;
        const CaInfo pending = createCa(c);
        QCOMPARE(pending.state, CaState::PendingCertificate);
        QVERIFY(!pending.certificateId);
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=early.example.test");
        QCOMPARE(m_cas->issue(pending.id, r).error().code, ErrorCode::InvalidInput);

        auto csrPem = m_cas->csrPem(pending.id);
        QVERIFY(csrPem);
        const QString csrFile = write(QStringLiteral("sub.csr"), *csrPem);
        const Tool check = openssl({QStringLiteral("req"), QStringLiteral("-in"), csrFile, QStringLiteral("-verify"), QStringLiteral("-noout"),
                                    QStringLiteral("-text")});
        QVERIFY2(check.exitCode == 0 && check.out.contains("CA:TRUE, pathlen:0"), check.out.constData());

        // The external root and its signature over our CSR, all by the openssl command.
        const QString dir = m_dir.path();
        Tool t = openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ext-root.key"), QStringLiteral("-out"),
                          QStringLiteral("ext-root.pem"), QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=Offline Root/O=Elsewhere")}, dir);
        QVERIFY2(t.exitCode == 0, t.out.constData());
        write(QStringLiteral("sub.ext"), "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign,digitalSignature\n"
                                         "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n");
        t = openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrFile, QStringLiteral("-CA"),
                     QStringLiteral("ext-root.pem"), QStringLiteral("-CAkey"), QStringLiteral("ext-root.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"), QStringLiteral("1825"), QStringLiteral("-extfile"), QStringLiteral("sub.ext"), QStringLiteral("-out"),
                     QStringLiteral("sub.pem")}, dir);
        QVERIFY2(t.exitCode == 0, t.out.constData());
        QFile subFile(m_dir.filePath(QStringLiteral("sub.pem"))), rootFile(m_dir.filePath(QStringLiteral("ext-root.pem")));
        QVERIFY(subFile.open(QIODevice::ReadOnly) && rootFile.open(QIODevice::ReadOnly));
        const QByteArray subPem = subFile.readAll(), rootPem = rootFile.readAll();

        // Without its chain the certificate cannot be placed: refused, nothing changes.
        const auto before = footprint();
        auto incomplete = m_cas->importCertificate(pending.id, subPem);
        QVERIFY(!incomplete);
        QVERIFY2(incomplete.error().message.contains(QLatin1String("chain is incomplete")), qPrintable(incomplete.error().message));
        QCOMPARE(footprint(), before);
        // A certificate for another key (the root's own) is refused.
        auto otherKey = m_cas->importCertificate(pending.id, rootPem);
        QVERIFY(!otherKey);
        QVERIFY(otherKey.error().message.contains(QLatin1String("key")));
        QCOMPARE(m_cas->info(pending.id)->state, CaState::PendingCertificate);

        auto active = m_cas->importCertificate(pending.id, subPem + rootPem);
        QVERIFY2(active, active ? "" : qPrintable(active.error().message));
        QCOMPARE(active->state, CaState::Active);
        QCOMPARE(active->pathLength, std::optional<int>(0));
        QVERIFY(m_cas->csrPem(pending.id).error().code == ErrorCode::NotFound);
        auto chain = m_cas->chain(pending.id);
        QCOMPARE(chain->size(), 2);
        QCOMPARE(chain->last().subject().value(QStringLiteral("CN")), QStringLiteral("Offline Root"));
        const IssuedCertificate leaf = issue(pending.id, r);
        t = verify(leaf.certificate, pending.id, {QStringLiteral("-purpose"), QStringLiteral("sslserver")});
        QVERIFY2(t.exitCode == 0, t.out.constData());
        // Path length 0: no CA below it.
        r.templateName = QStringLiteral("SubordinateCA_PathLen0");
        QCOMPARE(m_cas->issue(pending.id, r).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_cas->importCertificate(pending.id, subPem + rootPem).error().code, ErrorCode::InvalidInput); // not pending now
    }

    // A hierarchy inside certdesk: path lengths and validities bound by the parent.
    void hierarchyBoundByParent()
    {
        CaConfig c;
        c.name = QStringLiteral("top");
        c.subject = QStringLiteral("CN=Top");
        c.pathLength = 1;
        c.validity = Validity{Validity::Unit::Years, 5, {}};
        const CaInfo top = createCa(c);
        c.kind = CaKind::Subordinate;
        c.parent = QStringLiteral("top");
        c.name = QStringLiteral("mid");
        c.subject = QStringLiteral("CN=Mid");
        c.pathLength.reset();
        c.validity = Validity{Validity::Unit::Years, 6, {}};
        auto tooLong = m_cas->create(c);
        QVERIFY(!tooLong);
        QVERIFY2(tooLong.error().message.contains(QLatin1String("valid until")), qPrintable(tooLong.error().message));
        c.validity = Validity{Validity::Unit::Years, 3, {}};
        const CaInfo mid = createCa(c);
        QCOMPARE(mid.pathLength, std::optional<int>(0)); // one less than its parent's
        QCOMPARE(mid.parentId, std::optional<qint64>(top.id));
        QCOMPARE(m_inv->record(*mid.certificateId)->issuerId, top.certificateId);
        QCOMPARE(m_cas->info(top.id)->issuedCount, 1);
        c.parent = QStringLiteral("mid");
        c.name = QStringLiteral("low");
        QCOMPARE(m_cas->create(c).error().code, ErrorCode::InvalidInput); // mid has path length 0
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=leaf.example.test");
        r.validity = Validity{Validity::Unit::Years, 4, {}};
        auto beyond = m_cas->issue(mid.id, r);
        QVERIFY(!beyond);
        QVERIFY(beyond.error().message.contains(QLatin1String("cannot issue a certificate valid until")));
        r.validity = Validity::parse(m_clock.now().addYears(2).date().toString(Qt::ISODate)).value();
        const IssuedCertificate leaf = issue(mid.id, r);
        QCOMPARE(leaf.certificate.notAfter(), QDateTime(m_clock.now().addYears(2).date(), QTime(23, 59, 59), Qt::UTC));
        const Tool t = verify(leaf.certificate, mid.id);
        QVERIFY2(t.exitCode == 0, t.out.constData());
    }

    void validityBackdateAndShortLived()
    {
        CaConfig c;
        c.name = QStringLiteral("short");
        c.subject = QStringLiteral("CN=Short-lived CA");
        c.shortLived = true;
        const CaInfo ca = createCa(c);
        m_clock.set(m_clock.now().addDays(1)); // so the 60-minute backdate is inside the CA's validity
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("ED25519");
        r.subject = QStringLiteral("CN=svc.example.test");
        r.validity = Validity::days(8);
        const auto before = footprint();
        QCOMPARE(m_cas->issue(ca.id, r).error().code, ErrorCode::InvalidInput);
        QCOMPARE(footprint(), before);
        r.validity = Validity::days(7);
        const IssuedCertificate ok = issue(ca.id, r);
        QCOMPARE(ok.certificate.notBefore(), m_clock.now().addSecs(-3600));
        QCOMPARE(ok.certificate.notAfter(), m_clock.now().addDays(7));
        r.backdateMinutes = 0;
        QCOMPARE(issue(ca.id, r).certificate.notBefore(), m_clock.now());
        QVERIFY(!Validity::parse(QStringLiteral("ten days")));
        QVERIFY(!Validity::parse(QStringLiteral("0d")));
        QCOMPARE(Validity::parse(QStringLiteral("6m"))->endFrom(m_clock.now()), m_clock.now().addMonths(6));
    }

    // certdesk refuses names outside the constraints; a certificate forced past them (signed with
    // the CA key by the openssl command) fails openssl's own verification.
    void nameConstraints()
    {
        CaConfig c;
        c.name = QStringLiteral("constrained");
        c.subject = QStringLiteral("CN=Constrained CA");
        c.nameConstraints.permittedDns = {QStringLiteral("internal.example")};
        c.nameConstraints.excludedDns = {QStringLiteral("secret.internal.example")};
        c.nameConstraints.permittedIp = {QStringLiteral("10.0.0.0/8")};
        c.nameConstraints.permittedEmail = {QStringLiteral(".internal.example")};
        const CaInfo ca = createCa(c);
        const Certificate caCert = *m_inv->certificate(*ca.certificateId);
        QVERIFY(extensionOids(caCert).contains(kNameConstraints));
        const Tool text = openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ext"), QStringLiteral("nameConstraints"),
                                   QStringLiteral("-in"), write(QStringLiteral("nc.pem"), caCert.toPem())});
        QVERIFY2(text.out.contains("DNS:internal.example") && text.out.contains("IP:10.0.0.0/255.0.0.0")
                     && text.out.contains("DNS:secret.internal.example"),
                 text.out.constData());

        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=api.internal.example");
        r.sans = {{GeneralName::Kind::Ip, QStringLiteral("10.20.30.40")}};
        const IssuedCertificate good = issue(ca.id, r);
        Tool t = verify(good.certificate, ca.id);
        QVERIFY2(t.exitCode == 0, t.out.constData());

        const auto before = footprint();
        for (const auto &[subject, san] : {std::pair{QStringLiteral("CN=www.example.com"), GeneralName{}},
                                           {QStringLiteral("CN=db.secret.internal.example"), GeneralName{}},
                                           {QStringLiteral("CN=ok.internal.example"), GeneralName{GeneralName::Kind::Ip, QStringLiteral("192.168.1.1")}},
                                           {QStringLiteral("CN=ok.internal.example,emailAddress=a@gmail.com"), GeneralName{}}}) {
            r.subject = subject;
            r.sans.clear();
            if (san.kind != GeneralName::Kind::Unknown)
                r.sans = {san};
            auto refused = m_cas->issue(ca.id, r);
            QVERIFY2(!refused, qPrintable(subject));
            QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        }
        QCOMPARE(footprint(), before);

        // Forced: the CA's key (exported encrypted) signs www.example.com with the openssl command.
        auto key = m_inv->privateKey(*ca.certificateId, password(), QStringLiteral("test"));
        QVERIFY(key);
        write(QStringLiteral("ca.key"), key->toEncryptedPkcs8Pem("test pass", 2048).value());
        write(QStringLiteral("ca.pem"), caCert.toPem());
        write(QStringLiteral("forced.ext"), "subjectAltName=DNS:www.example.com\nbasicConstraints=critical,CA:FALSE\n");
        const Csr csr = opensslCsr(QStringLiteral("/CN=www.example.com"), {});
        write(QStringLiteral("forced.csr"), csr.toPem());
        t = openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("forced.csr"), QStringLiteral("-CA"),
                     QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-passin"),
                     QStringLiteral("pass:test pass"), QStringLiteral("-set_serial"), QStringLiteral("7"), QStringLiteral("-days"),
                     QStringLiteral("30"), QStringLiteral("-extfile"), QStringLiteral("forced.ext"), QStringLiteral("-out"),
                     QStringLiteral("forced.pem")}, m_dir.path());
        QVERIFY2(t.exitCode == 0, t.out.constData());
        t = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), QStringLiteral("ca.pem"), QStringLiteral("forced.pem")}, m_dir.path());
        QVERIFY2(t.exitCode != 0 && t.out.contains("subtree violation"), t.out.constData());
    }

    void revocationAndCrls()
    {
        CaConfig c;
        c.name = QStringLiteral("crl-ca");
        c.subject = QStringLiteral("CN=CRL CA");
        c.crlLifetimeDays = 3;
        c.crlPublishDir = m_dir.filePath(QStringLiteral("published"));
        const CaInfo ca = createCa(c);
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        QList<IssuedCertificate> issued;
        for (int i = 0; i < 4; ++i) {
            r.subject = QStringLiteral("CN=host%1.example.test").arg(i);
            r.validity = Validity::days(i == 3 ? 2 : 30);
            issued.append(issue(ca.id, r));
        }
        const QDateTime invalidSince = m_clock.now().addDays(-2);
        QVERIFY(m_cas->revoke(issued[0].certificateId, QStringLiteral("keyCompromise"), invalidSince));
        QVERIFY(m_cas->revoke(issued[1].certificateId, QStringLiteral("certificateHold")));
        QVERIFY(m_cas->revoke(issued[3].certificateId, QStringLiteral("superseded")));
        QCOMPARE(m_inv->record(issued[0].certificateId)->summary.status, QStringLiteral("REVOKED"));
        QCOMPARE(m_inv->record(issued[0].certificateId)->revocationReason, QStringLiteral("keyCompromise"));
        QCOMPARE(m_inv->record(issued[2].certificateId)->summary.status, QStringLiteral("ISSUED"));

        auto crl = m_cas->currentCrl(ca.id);
        QVERIFY(crl);
        QCOMPARE(crl->crlNumber(), QStringLiteral("03")); // one per revocation
        QCOMPARE(crl->thisUpdate(), m_clock.now());
        QCOMPARE(crl->nextUpdate(), m_clock.now().addDays(3));
        QCOMPARE(crl->revoked().size(), 3);
        const Certificate caCert = *m_inv->certificate(*ca.certificateId);
        QVERIFY(crl->isSignedBy(caCert));
        QCOMPARE(crl->authorityKeyId(), caCert.subjectKeyId());
        const QString caFile = write(QStringLiteral("crl-ca.pem"), caCert.toPem());
        const QString crlFile = m_dir.filePath(QStringLiteral("published/crl-ca.crl.pem"));
        Tool t = openssl({QStringLiteral("crl"), QStringLiteral("-in"), crlFile, QStringLiteral("-CAfile"), caFile, QStringLiteral("-verify"),
                          QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(t.exitCode == 0 && t.out.contains("verify OK"), t.out.constData());
        QVERIFY2(t.out.contains("Key Compromise") && t.out.contains("Certificate Hold") && t.out.contains("Superseded"), t.out.constData());
        QVERIFY2(t.out.contains("Invalidity Date"), t.out.constData());
        QFile der(m_dir.filePath(QStringLiteral("published/crl-ca.crl")));
        QVERIFY(der.open(QIODevice::ReadOnly));
        QCOMPARE(der.readAll(), crl->der());

        // openssl verify with the CRL: revoked ones fail, the others pass.
        t = verify(issued[0].certificate, ca.id, {QStringLiteral("-crl_check"), QStringLiteral("-CRLfile"), crlFile});
        QVERIFY2(t.exitCode != 0 && t.out.contains("certificate revoked"), t.out.constData());
        t = verify(issued[2].certificate, ca.id, {QStringLiteral("-crl_check"), QStringLiteral("-CRLfile"), crlFile});
        QVERIFY2(t.exitCode == 0, t.out.constData());

        // Bad revocations are refused and change nothing.
        const auto before = footprint();
        QCOMPARE(m_cas->revoke(issued[0].certificateId, QStringLiteral("superseded")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_cas->revoke(issued[2].certificateId, QStringLiteral("becauseISaidSo")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_cas->revoke(issued[2].certificateId, QStringLiteral("removeFromCRL")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_cas->revoke(issued[2].certificateId, QStringLiteral("keyCompromise"), m_clock.now().addDays(1)).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(m_cas->revoke(*ca.certificateId, QStringLiteral("keyCompromise")).error().code, ErrorCode::NotFound); // a root: nobody issued it
        QCOMPARE(footprint(), before);

        // removeFromCRL releases the hold; the entry leaves the next CRL.
        QVERIFY(m_cas->revoke(issued[1].certificateId, QStringLiteral("removeFromCRL")));
        QCOMPARE(m_inv->record(issued[1].certificateId)->summary.status, QStringLiteral("ISSUED"));
        crl = m_cas->currentCrl(ca.id);
        QCOMPARE(crl->crlNumber(), QStringLiteral("04"));
        QCOMPARE(crl->revoked().size(), 2);

        // A revoked certificate stays listed until it has expired.
        m_clock.set(m_clock.now().addDays(2).addSecs(1));
        crl = m_cas->generateCrl(ca.id);
        QVERIFY(crl);
        QCOMPARE(crl->revoked().size(), 1);
        QCOMPARE(crl->revoked().first().serial, issued[0].serial);
        QCOMPARE(crl->revoked().first().reason, QStringLiteral("keyCompromise"));

        // Refresh: nothing due right after a CRL; due within a quarter of its lifetime of the next update.
        QCOMPARE(*m_cas->refreshCrls(), 0);
        m_clock.set(m_clock.now().addDays(3).addSecs(-3600 * 17));
        QCOMPARE(*m_cas->refreshCrls(), 1);
        QCOMPARE(m_cas->currentCrl(ca.id)->crlNumber(), QStringLiteral("06"));
    }

    // OCSP over HTTP (Qt HTTP Server) against the openssl ocsp command: good, revoked, unknown;
    // signed by the CA, then by a delegated OCSP signing certificate.
    void ocspResponder()
    {
        CaConfig c;
        c.name = QStringLiteral("ocsp-ca");
        c.subject = QStringLiteral("CN=OCSP CA");
        c.keyAlgorithm = QStringLiteral("RSA_2048");
        c.signingAlgorithm = QStringLiteral("SHA256WITHRSAPSS");
        const CaInfo ca = createCa(c);
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=good.example.test");
        const IssuedCertificate good = issue(ca.id, r);
        r.subject = QStringLiteral("CN=revoked.example.test");
        const IssuedCertificate bad = issue(ca.id, r);
        QVERIFY(m_cas->revoke(bad.certificateId, QStringLiteral("keyCompromise")));

        CaHttpServer server(*m_cas);
        auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port, port ? "" : qPrintable(port.error().message));
        const QString url = QStringLiteral("http://127.0.0.1:%1/ocsp").arg(*port);
        const QString caFile = write(QStringLiteral("ocsp-ca.pem"), m_inv->certificate(*ca.certificateId)->toPem());
        const QString goodFile = write(QStringLiteral("good.pem"), good.certificate.toPem());
        const QString badFile = write(QStringLiteral("bad.pem"), bad.certificate.toPem());
        auto ask = [&](const QStringList &what) {
            return openssl(QStringList{QStringLiteral("ocsp"), QStringLiteral("-issuer"), caFile, QStringLiteral("-url"), url,
                                       QStringLiteral("-CAfile"), caFile, QStringLiteral("-resp_text")}
                           + what);
        };
        Tool t = ask({QStringLiteral("-cert"), goodFile, QStringLiteral("-cert"), badFile, QStringLiteral("-serial"), QStringLiteral("0x1234abcd")});
        QVERIFY2(t.exitCode == 0, t.out.constData());
        QVERIFY2(t.out.contains("Response verify OK"), t.out.constData());
        QVERIFY2(t.out.contains(goodFile.toLatin1() + ": good"), t.out.constData());
        QVERIFY2(t.out.contains(badFile.toLatin1() + ": revoked"), t.out.constData());
        QVERIFY2(t.out.contains("Reason: keyCompromise"), t.out.constData());
        QVERIFY2(t.out.contains("0x1234abcd: unknown"), t.out.constData());
        QVERIFY2(t.out.contains("OCSP Nonce"), t.out.constData()); // the request's nonce answered
        QVERIFY2(t.out.contains("rsassaPss"), t.out.constData());

        // Delegated signer: the responses are signed by it, and openssl accepts them.
        auto signer = m_cas->createOcspSigner(ca.id);
        QVERIFY2(signer, signer ? "" : qPrintable(signer.error().message));
        QCOMPARE(m_cas->info(ca.id)->ocspSignerCertificateId, std::optional<qint64>(signer->certificateId));
        t = ask({QStringLiteral("-cert"), goodFile});
        QVERIFY2(t.exitCode == 0 && t.out.contains("Response verify OK") && t.out.contains(": good"), t.out.constData());
        QVERIFY2(t.out.contains("OCSP Responder"), t.out.constData()); // the signer's certificate rides along
        QVERIFY2(t.out.contains(toColonHex(signer->certificate.subjectKeyId()).remove(QLatin1Char(':')).toLatin1()), t.out.constData());

        // The CRL and the CA certificate over HTTP.
        QNetworkAccessManager nam;
        for (const auto &[path, type] : {std::pair{QStringLiteral("/crl/ocsp-ca.crl"), QByteArray("application/pkix-crl")},
                                         {QStringLiteral("/ca/ocsp-ca.crt"), QByteArray("application/pkix-cert")}}) {
            QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(*port).arg(path))));
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), type);
            const QByteArray body = reply->readAll();
            if (path.endsWith(QLatin1String(".crl")))
                QCOMPARE(body, m_cas->currentCrl(ca.id)->der());
            else
                QCOMPARE(body, m_inv->certificate(*ca.certificateId)->der());
            reply->deleteLater();
        }
        // The GET form (RFC 6960 A.1): the DER request base64- and URL-encoded in the path.
        const QString reqFile = m_dir.filePath(QStringLiteral("get.req"));
        t = openssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), caFile, QStringLiteral("-cert"), badFile, QStringLiteral("-no_nonce"),
                     QStringLiteral("-reqout"), reqFile});
        QVERIFY2(t.exitCode == 0, t.out.constData());
        QFile reqDer(reqFile);
        QVERIFY(reqDer.open(QIODevice::ReadOnly));
        const QByteArray encoded = reqDer.readAll().toBase64().toPercentEncoding();
        QNetworkReply *get = nam.get(QNetworkRequest(QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(*port) + "/ocsp/" + encoded)));
        QTRY_VERIFY(get->isFinished());
        QCOMPARE(get->header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/ocsp-response"));
        const QString respFile = write(QStringLiteral("get.resp"), get->readAll());
        get->deleteLater();
        t = openssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), respFile, QStringLiteral("-issuer"), caFile, QStringLiteral("-cert"), badFile,
                     QStringLiteral("-CAfile"), caFile});
        QVERIFY2(t.exitCode == 0 && t.out.contains("Response verify OK") && t.out.contains(": revoked"), t.out.constData());

        QNetworkReply *missing = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/crl/nope.crl").arg(*port))));
        QTRY_VERIFY(missing->isFinished());
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        missing->deleteLater();
    }

    void ocspEdgeCases()
    {
        const CaInfo ca = root();
        // Malformed requests get malformedRequest (1); requests for a foreign issuer unauthorized (6).
        auto malformed = m_cas->ocspResponse("not DER at all");
        QVERIFY(malformed);
        QCOMPARE(*malformed, QByteArray::fromHex("30030a0101"));
        const QString foreign = write(QStringLiteral("foreign.pem"), readFixture());
        const QString reqFile = m_dir.filePath(QStringLiteral("foreign.req"));
        const Tool t = openssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), foreign, QStringLiteral("-serial"), QStringLiteral("0x10"),
                                QStringLiteral("-reqout"), reqFile});
        QVERIFY2(t.exitCode == 0, t.out.constData());
        QFile req(reqFile);
        QVERIFY(req.open(QIODevice::ReadOnly));
        auto unauthorized = m_cas->ocspResponse(req.readAll());
        QVERIFY(unauthorized);
        QCOMPARE(*unauthorized, QByteArray::fromHex("30030a0106"));
        Q_UNUSED(ca);
    }

    // Disabled, expired, pending and deleted CAs issue nothing; delete needs a disabled CA,
    // restore works within the window, purge destroys the key and keeps the certificates.
    void statesAndLifecycle()
    {
        const CaInfo ca = root();
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=x.example.test");
        const IssuedCertificate issued = issue(ca.id, r);

        // Another connection (the GUI while the CLI issues) disables it: this one sees it at once.
        {
            auto other = Inventory::open(m_inv->path(), m_clock, QStringLiteral("other-connection"));
            QVERIFY(other);
            CertificateAuthorities elsewhere(**other, password());
            QVERIFY(elsewhere.disable(ca.id));
            QVERIFY(m_cas->issue(ca.id, r).error().message.contains(QLatin1String("disabled")));
            QVERIFY(elsewhere.enable(ca.id));
            QVERIFY(m_cas->issue(ca.id, r));
        }
        QCOMPARE(m_cas->remove(ca.id).error().code, ErrorCode::InvalidInput); // active: disable first
        QVERIFY(m_cas->disable(ca.id));
        QCOMPARE(m_cas->info(ca.id)->state, CaState::Disabled);
        auto before = footprint();
        auto refused = m_cas->issue(ca.id, r);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("disabled")));
        QCOMPARE(footprint(), before);
        // Revocation and CRLs go on while disabled.
        QVERIFY(m_cas->revoke(issued.certificateId, QStringLiteral("superseded")));
        QVERIFY(m_cas->enable(ca.id));
        QVERIFY(m_cas->issue(ca.id, r));

        QVERIFY(m_cas->disable(ca.id));
        QCOMPARE(m_cas->remove(ca.id, 6).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_cas->remove(ca.id, 31).error().code, ErrorCode::InvalidInput);
        QVERIFY(m_cas->remove(ca.id, 7));
        auto deleted = m_cas->info(ca.id);
        QCOMPARE(deleted->state, CaState::Deleted);
        QCOMPARE(deleted->purgeAt, m_clock.now().addDays(7));
        QCOMPARE(m_cas->list(false)->size(), 0);
        QCOMPARE(m_cas->list(true)->size(), 1);
        QCOMPARE(m_cas->issue(ca.id, r).error().code, ErrorCode::InvalidInput);
        QVERIFY(m_cas->restore(ca.id));
        QCOMPARE(m_cas->info(ca.id)->state, CaState::Disabled); // restored CAs come back disabled
        QCOMPARE(m_cas->restore(ca.id).error().code, ErrorCode::InvalidInput);

        QVERIFY(m_cas->remove(ca.id, 7));
        m_clock.set(m_clock.now().addDays(6));
        QCOMPARE(*m_cas->purge(), 0);
        m_clock.set(m_clock.now().addDays(1));
        QCOMPARE(m_cas->restore(ca.id).error().code, ErrorCode::InvalidInput); // window over
        const qint64 certificates = countRows("certificates");
        const qint64 keys = countRows("private_keys");
        QCOMPARE(*m_cas->purge(), 1);
        QCOMPARE(m_cas->info(ca.id).error().code, ErrorCode::NotFound);
        QCOMPARE(countRows("certificates"), certificates);
        QCOMPARE(countRows("private_keys"), keys - 1);
        QVERIFY(!m_inv->hasPrivateKey(*ca.certificateId));
        // The audit log outlives the CA.
        auto log = m_cas->auditLog(ca.id);
        QVERIFY(log && !log->isEmpty());
        QCOMPARE(log->last().action, QStringLiteral("PURGE"));
    }

    void expiredCaIssuesNothing()
    {
        CaConfig c;
        c.name = QStringLiteral("brief");
        c.subject = QStringLiteral("CN=Brief CA");
        c.validity = Validity::days(10);
        const CaInfo ca = createCa(c);
        m_clock.set(m_clock.now().addDays(11));
        QCOMPARE(m_cas->info(ca.id)->state, CaState::Expired);
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=late.example.test");
        r.validity = Validity::days(1);
        const auto before = footprint();
        auto refused = m_cas->issue(ca.id, r);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("expired")));
        QCOMPARE(footprint(), before);
        QVERIFY(m_cas->remove(ca.id)); // an expired CA can be deleted without disabling
    }

    // Malformed or forged CSRs and a wrong master password: clear errors, nothing written.
    void badInput()
    {
        const CaInfo ca = root();
        const auto before = footprint();
        QVERIFY(!Csr::fromDer("garbage"));
        const ParsedFile parsed = ImportParser().parse(QStringLiteral("bad.csr"), readBadCsrPem());
        QVERIFY(parsed.csrs.isEmpty() && !parsed.errors.isEmpty());

        // A CSR whose signature does not match (one byte of the signature flipped).
        QByteArray der = opensslCsr(QStringLiteral("/CN=forged.example.test"), QStringLiteral("DNS:forged.example.test")).der();
        der[der.size() - 5] = char(der[der.size() - 5] ^ 0x01);
        auto forged = Csr::fromDer(der);
        QVERIFY(forged);
        QVERIFY(!forged->signatureValid());
        IssueRequest r;
        r.csr = *forged;
        auto refused = m_cas->issue(ca.id, r);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("signature")));
        QCOMPARE(footprint(), before);

        // Bad subjects, names and algorithms.
        r = IssueRequest{};
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        for (const QString &subject : {QStringLiteral("CN"), QStringLiteral("XX=1"), QStringLiteral("C=Germany"), QStringLiteral("CN=")}) {
            r.subject = subject;
            auto e = m_cas->issue(ca.id, r);
            QVERIFY2(!e && e.error().code == ErrorCode::InvalidInput, qPrintable(subject));
        }
        r.subject.clear();
        QVERIFY(m_cas->issue(ca.id, r).error().message.contains(QLatin1String("needs a subject")));
        r.keyAlgorithm = QStringLiteral("DSA_1024");
        r.subject = QStringLiteral("CN=x");
        QCOMPARE(m_cas->issue(ca.id, r).error().code, ErrorCode::InvalidInput);
        QVERIFY(!ca::parseGeneralName(QStringLiteral("DNS:bad name")));
        QVERIFY(!ca::parseGeneralName(QStringLiteral("IP:300.1.1.1")));
        QVERIFY(!ca::parseGeneralName(QStringLiteral("host.example")));
        QCOMPARE(footprint(), before);

        // Wrong master password: another connection, locked, asks and is told wrong.
        auto other = Inventory::open(m_inv->path(), m_clock, QStringLiteral("wrong-password"));
        QVERIFY(other);
        (*other)->keyStore().setScryptCost(1 << 10);
        CertificateAuthorities wrong(**other, [](MasterPasswordPurpose) { return std::optional<QByteArray>("not it"); });
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        auto denied = wrong.issue(ca.id, r);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::WrongPassword);
        QCOMPARE(wrong.generateCrl(ca.id).error().code, ErrorCode::WrongPassword);
        QCOMPARE(footprint(), before);

        // Bad CA configurations.
        CaConfig c;
        c.subject = QStringLiteral("CN=x");
        for (const QString &name : {QString(), QStringLiteral("12"), QStringLiteral("has space"), QStringLiteral("root")}) {
            c.name = name;
            QVERIFY2(!m_cas->create(c), qPrintable(name));
        }
        c.name = QStringLiteral("fine");
        c.crlLifetimeDays = 0;
        QVERIFY(!m_cas->create(c));
        c.crlLifetimeDays = 5001;
        QVERIFY(!m_cas->create(c));
        c.crlLifetimeDays = 7;
        c.crlUrl = QStringLiteral("not a url");
        QVERIFY(!m_cas->create(c));
        c.crlUrl.clear();
        c.nameConstraints.permittedIp = {QStringLiteral("10.0.0.1")};
        QVERIFY(!m_cas->create(c));
        c.nameConstraints.permittedIp.clear();
        c.kind = CaKind::Subordinate;
        c.parent = QStringLiteral("nope");
        QCOMPARE(m_cas->create(c).error().code, ErrorCode::NotFound);
        QCOMPARE(footprint(), before);
    }

    // 128-bit random serials, unique per CA, recorded.
    void serialsAreRandomAndUnique()
    {
        const CaInfo ca = root();
        const Csr csr = opensslCsr(QStringLiteral("/CN=many.example.test"), {});
        IssueRequest r;
        r.csr = csr;
        QSet<QString> serials;
        for (int i = 0; i < 200; ++i) {
            const IssuedCertificate c = issue(ca.id, r);
            QCOMPARE(c.serial.size(), 32); // 16 bytes
            QVERIFY(c.serial.at(0) >= QLatin1Char('4') && c.serial.at(0) <= QLatin1Char('7')); // positive, top bit set below the sign
            serials.insert(c.serial);
        }
        QCOMPARE(serials.size(), 200);
        QCOMPARE(m_cas->info(ca.id)->issuedCount, 200);
    }

    void auditReport()
    {
        const CaInfo ca = root();
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=audited.example.test,O=Quote \"Inc\"");
        const IssuedCertificate issued = issue(ca.id, r);
        QVERIFY(m_cas->revoke(issued.certificateId, QStringLiteral("affiliationChanged")));
        QVERIFY(m_cas->createOcspSigner(ca.id));
        QVERIFY(m_cas->disable(ca.id));
        auto log = m_cas->auditLog(ca.id);
        QVERIFY(log);
        QStringList actions;
        for (const AuditEntry &e : *log)
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("CREATE"), QStringLiteral("ISSUE"), QStringLiteral("REVOKE"), QStringLiteral("CRL"),
                                       QStringLiteral("ISSUE"), QStringLiteral("OCSP_SIGNER"), QStringLiteral("DISABLE")}));
        const AuditEntry &issue = log->at(1);
        QCOMPARE(issue.serial, issued.serial);
        QCOMPARE(issue.templateName, QStringLiteral("EndEntityServerAuth"));
        QCOMPARE(issue.result, QStringLiteral("SUCCESS"));
        QCOMPARE(issue.subject, issued.certificate.subject().rfc4514);

        auto json = m_cas->auditReport(ca.id, QStringLiteral("json"));
        QVERIFY(json);
        const QJsonArray rows = QJsonDocument::fromJson(*json).array();
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("REVOKE"));
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("affiliationChanged"));
        for (const char *key : {"time", "action", "serial", "subject", "template", "result"})
            QVERIFY(rows.at(1).toObject().contains(QLatin1String(key)));

        auto csv = m_cas->auditReport(ca.id, QStringLiteral("CSV"));
        QVERIFY(csv);
        const QList<QByteArray> lines = csv->trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.first().trimmed(), QByteArray("time,ca,action,serial,subject,template,result,detail,actor"));
        // RFC 4180: the field quoted, its quotes doubled.
        const QByteArray quoted = '"' + issue.subject.toUtf8().replace("\"", "\"\"") + '"';
        QVERIFY2(lines.at(2).contains(',' + quoted + ','), lines.at(2).constData());
        QCOMPARE(m_cas->auditReport(ca.id, QStringLiteral("xml")).error().code, ErrorCode::InvalidInput);
    }

private:
    QByteArray readFixture()
    {
        QFile f(QStringLiteral(CERTDESK_TEST_DATA "/intermediate-ca.pem"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return f.readAll();
    }
    static QByteArray readBadCsrPem()
    {
        return "-----BEGIN CERTIFICATE REQUEST-----\nMIIBnotbase64!!\n-----END CERTIFICATE REQUEST-----\n";
    }
};

QTEST_GUILESS_MAIN(TestCa)
#include "tst_ca.moc"
