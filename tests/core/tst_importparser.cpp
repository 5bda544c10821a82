#include "testutil.h"

#include "x509/importparser.h"
#include "x509/pem.h"

#include <QtTest>

using namespace certdesk::core;
using namespace certdesk::test;

namespace {

PasswordCallback fixedPassword(const QByteArray &password, int *asked = nullptr)
{
    return [password, asked](const PasswordRequest &req) -> std::optional<QByteArray> {
        if (asked)
            ++*asked;
        if (req.attempt > 0)
            return std::nullopt;
        return password;
    };
}

ParsedFile parseFixture(const QString &name, PasswordCallback cb = {})
{
    return ImportParser(std::move(cb)).parse(name, readData(name));
}

QString joined(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.message;
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestImportParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("certificates");
        QTest::addColumn<int>("keys");
        QTest::addColumn<int>("csrs");
        QTest::addColumn<int>("crls");
        QTest::addColumn<QString>("format");
        QTest::newRow("PEM certificate") << "leaf-rsa.pem" << QByteArray() << 1 << 0 << 0 << 0 << "PEM";
        QTest::newRow("DER certificate") << "leaf-rsa.der" << QByteArray() << 1 << 0 << 0 << 0 << "DER";
        QTest::newRow("PEM chain") << "chain-all.pem" << QByteArray() << 3 << 0 << 0 << 0 << "PEM";
        QTest::newRow("PEM mixed bundle") << "bundle-mixed.pem" << QByteArray() << 2 << 1 << 1 << 1 << "PEM";
        QTest::newRow("PKCS#7 PEM") << "chain.p7b" << QByteArray() << 3 << 0 << 0 << 0 << "PEM";
        QTest::newRow("PKCS#7 DER") << "chain-der.p7b" << QByteArray() << 3 << 0 << 0 << 0 << "PKCS#7";
        QTest::newRow("PKCS#12 modern") << "leaf-rsa.p12" << QByteArray("test-p12-pass") << 3 << 1 << 0 << 0 << "PKCS#12";
        QTest::newRow("PKCS#12 legacy RC2/3DES") << "leaf-rsa-legacy.p12" << QByteArray("test-p12-pass") << 3 << 1 << 0 << 0 << "PKCS#12";
        QTest::newRow("PKCS#12 empty password") << "leaf-ec-nopass.p12" << QByteArray() << 1 << 1 << 0 << 0 << "PKCS#12";
        QTest::newRow("PKCS#8 PEM") << "keys/leaf-rsa2048.key" << QByteArray() << 0 << 1 << 0 << 0 << "PEM";
        QTest::newRow("PKCS#8 DER") << "leaf-rsa.p8.der" << QByteArray() << 0 << 1 << 0 << 0 << "PKCS#8";
        QTest::newRow("PKCS#8 encrypted PEM") << "leaf-ec.p8.enc.pem" << QByteArray("test-key-pass") << 0 << 1 << 0 << 0 << "PEM";
        QTest::newRow("PKCS#8 encrypted DER") << "leaf-ed25519.p8.enc.der" << QByteArray("test-key-pass") << 0 << 1 << 0 << 0 << "PKCS#8";
        QTest::newRow("traditional RSA") << "leaf-rsa.traditional.pem" << QByteArray() << 0 << 1 << 0 << 0 << "PEM";
        QTest::newRow("traditional EC") << "leaf-ec.traditional.pem" << QByteArray() << 0 << 1 << 0 << 0 << "PEM";
        QTest::newRow("CSR PEM") << "request.csr" << QByteArray() << 0 << 0 << 1 << 0 << "PEM";
        QTest::newRow("CSR DER") << "request.csr.der" << QByteArray() << 0 << 0 << 1 << 0 << "PKCS#10";
        QTest::newRow("CRL PEM") << "intermediate.crl" << QByteArray() << 0 << 0 << 0 << 1 << "PEM";
        QTest::newRow("CRL DER") << "intermediate.crl.der" << QByteArray() << 0 << 0 << 0 << 1 << "CRL";
    }
    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        QFETCH(int, certificates);
        QFETCH(int, keys);
        QFETCH(int, csrs);
        QFETCH(int, crls);
        QFETCH(QString, format);
        const ParsedFile p = parseFixture(file, fixedPassword(password));
        QVERIFY2(p.errors.isEmpty(), qPrintable(joined(p.errors)));
        QCOMPARE(p.certificates.size(), certificates);
        QCOMPARE(p.keys.size(), keys);
        QCOMPARE(p.csrs.size(), csrs);
        QCOMPARE(p.crls.size(), crls);
        QCOMPARE(p.format, format);
    }

    void sniffsContentNotExtension()
    {
        // A DER certificate named like a PEM key file is still a certificate.
        const ParsedFile p = ImportParser().parse(QStringLiteral("looks-like-a.key"), readData(QStringLiteral("leaf-rsa.der")));
        QCOMPARE(p.certificates.size(), 1);
        const ParsedFile q = ImportParser().parse(QStringLiteral("cert.crt"), readData(QStringLiteral("leaf-rsa.p12")));
        QCOMPARE(q.format, QStringLiteral("PKCS#12"));
    }

    void keyMatchesCertificate()
    {
        const ParsedFile cert = parseFixture(QStringLiteral("leaf-rsa.pem"));
        const ParsedFile key = parseFixture(QStringLiteral("leaf-rsa.traditional.pem"));
        const ParsedFile p12 = parseFixture(QStringLiteral("leaf-rsa.p12"), fixedPassword("test-p12-pass"));
        QCOMPARE(key.keys.first().publicKeySha256(), cert.certificates.first().publicKeySha256());
        QCOMPARE(p12.keys.first().publicKeySha256(), cert.certificates.first().publicKeySha256());
        QCOMPARE(key.keys.first().algorithm(), QStringLiteral("RSA_2048"));
    }

    void csrAndCrlFields()
    {
        const ParsedFile p = parseFixture(QStringLiteral("bundle-mixed.pem"));
        const Csr &csr = p.csrs.first();
        QCOMPARE(csr.subject().value(QStringLiteral("CN")), QStringLiteral("csr.example.test"));
        QVERIFY(csr.signatureValid());
        QCOMPARE(csr.requestedNames().size(), 2);
        QCOMPARE(csr.keyAlgorithm(), QStringLiteral("EC_prime256v1"));
        const Crl &crl = p.crls.first();
        QCOMPARE(crl.revoked().size(), 1);
        QCOMPARE(crl.revoked().first().serial, QStringLiteral("1007"));
        QCOMPARE(crl.revoked().first().reason, QStringLiteral("keyCompromise"));
        QCOMPARE(crl.thisUpdate(), QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(crl.nextUpdate(), QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(crl.crlNumber(), QStringLiteral("01"));
        const ParsedFile inter = parseFixture(QStringLiteral("intermediate-ca.pem"));
        QVERIFY(crl.isSignedBy(inter.certificates.first()));
        const ParsedFile root = parseFixture(QStringLiteral("root-ca.pem"));
        QVERIFY(!crl.isSignedBy(root.certificates.first()));
    }

    void oneBadEntryAmongGood()
    {
        const ParsedFile p = parseFixture(QStringLiteral("bundle-one-bad.pem"));
        QCOMPARE(p.certificates.size(), 2);
        QCOMPARE(p.errors.size(), 1);
        const QString message = p.errors.first().message;
        QVERIFY2(message.startsWith(QStringLiteral("bundle-one-bad.pem entry 2: bad base64 at line ")), qPrintable(message));
        // The line the fixture generator corrupted (see tests/data/README.md).
        const QString readme = QString::fromUtf8(readData(QStringLiteral("README.md")));
        const QRegularExpression re(QStringLiteral("\\*\\*Line (\\d+)\\*\\*"));
        const auto m = re.match(readme);
        QVERIFY(m.hasMatch());
        QVERIFY2(message.contains(QStringLiteral("line %1,").arg(m.captured(1))), qPrintable(message));
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("p12 wrong password") << "leaf-rsa.p12" << QByteArray("nope") << int(ErrorCode::WrongPassword)
                                            << "leaf-rsa.p12: wrong password";
        QTest::newRow("p12 no password") << "leaf-rsa.p12" << QByteArray() << int(ErrorCode::PasswordRequired)
                                         << "leaf-rsa.p12: PKCS#12 file needs a password and none was given";
        QTest::newRow("legacy p12 wrong password") << "leaf-rsa-legacy.p12" << QByteArray("nope") << int(ErrorCode::WrongPassword)
                                                   << "leaf-rsa-legacy.p12: wrong password";
        QTest::newRow("encrypted key wrong password") << "leaf-ec.p8.enc.pem" << QByteArray("nope") << int(ErrorCode::WrongPassword)
                                                      << "leaf-ec.p8.enc.pem: wrong password for the encrypted private key";
        QTest::newRow("encrypted key no password") << "leaf-ed25519.p8.enc.der" << QByteArray() << int(ErrorCode::PasswordRequired)
                                                   << "leaf-ed25519.p8.enc.der: the private key is encrypted and no password was given";
    }
    void passwords()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        QFETCH(int, code);
        QFETCH(QString, message);
        PasswordCallback cb;
        if (!password.isEmpty())
            cb = fixedPassword(password);
        const ParsedFile p = parseFixture(file, cb);
        QVERIFY(p.isEmpty());
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(int(p.errors.first().code), code);
        QCOMPARE(p.errors.first().message, message);
    }

    void passwordAskedAgainAfterWrongOne()
    {
        int asked = 0;
        PasswordCallback cb = [&asked](const PasswordRequest &req) -> std::optional<QByteArray> {
            ++asked;
            return req.attempt == 0 ? QByteArray("wrong") : QByteArray("test-p12-pass");
        };
        const ParsedFile p = parseFixture(QStringLiteral("leaf-rsa.p12"), cb);
        QVERIFY2(p.errors.isEmpty(), qPrintable(joined(p.errors)));
        QCOMPARE(asked, 2);
        QCOMPARE(p.keys.size(), 1);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray der = readData(QStringLiteral("leaf-rsa.der"));
        const QByteArray pem = readData(QStringLiteral("leaf-rsa.pem"));
        QTest::newRow("empty") << QByteArray() << "input: the file is empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t\n") << "input: the file is empty";
        QTest::newRow("garbage text") << QByteArray("hello, this is not a certificate\n")
                                      << "input: not a certificate, key, CSR, CRL, PKCS#7 or PKCS#12";
        QTest::newRow("garbage binary") << QByteArray::fromHex("30820102deadbeef00")
                                        << "input: truncated DER data (the outer structure claims 262 bytes, there are 9)";
        QTest::newRow("truncated DER") << der.left(der.size() / 2)
                                       << QStringLiteral("input: truncated DER data (the outer structure claims %1 bytes, there are %2)")
                                              .arg(der.size())
                                              .arg(der.size() / 2);
        QTest::newRow("truncated PEM") << pem.left(pem.size() / 2) << "input: the block starting at line 1 has no END line (truncated?)";
        QByteArray mismatched = pem;
        mismatched.replace("END CERTIFICATE", "END PRIVATE KEY");
        QTest::newRow("mismatched END") << mismatched << "input: END line at line";
        QTest::newRow("public key only") << readData(QStringLiteral("pubkey-only.pem"))
                                         << "input: a public key on its own cannot be imported";
        QTest::newRow("unknown block") << QByteArray("-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n")
                                       << "input: unsupported PEM block \"FOO\"";
        QTest::newRow("empty block") << QByteArray("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")
                                     << "input: empty PEM block";
        QTest::newRow("certificate block with key inside")
            << QByteArray("-----BEGIN CERTIFICATE-----\n") + readData(QStringLiteral("leaf-rsa.p8.der")).toBase64()
                   + QByteArray("\n-----END CERTIFICATE-----\n")
            << "input: malformed certificate";
    }
    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const ParsedFile p = ImportParser().parse(QStringLiteral("input"), data);
        QVERIFY(p.isEmpty());
        QCOMPARE(p.errors.size(), 1);
        QVERIFY2(p.errors.first().message.startsWith(expected), qPrintable(p.errors.first().message));
    }

    void hostileIterationCountsFailFast_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("PKCS#12 MAC 2^31-1 iterations") << "malformed/itermax.p12";
        QTest::newRow("PKCS#12 contents 16.7M iterations") << "malformed/bigcontent.p12";
        QTest::newRow("PKCS#8 16.7M iterations") << "malformed/bigkey.p8.der";
    }
    void hostileIterationCountsFailFast()
    {
        QFETCH(QString, file);
        const ParsedFile p = parseFixture(file, fixedPassword("test-p12-pass"));
        QVERIFY(p.isEmpty());
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(p.errors.first().code, ErrorCode::LimitExceeded);
        QVERIFY2(p.errors.first().message.contains(QStringLiteral("iteration")), qPrintable(p.errors.first().message));
    }

    void beginInsideBinaryIsNotPem()
    {
        // Found by the fuzzer: "-----BEGIN " in the middle of binary data once produced neither items nor errors.
        QByteArray data = QByteArray::fromHex("3003020101") + QByteArray("xx-----BEGIN CERTIFICATE-----yy");
        const ParsedFile p = ImportParser().parse(QStringLiteral("odd.bin"), data);
        QVERIFY(p.isEmpty());
        QCOMPARE(p.errors.size(), 1);
        QVERIFY(p.errors.first().message.startsWith(QStringLiteral("odd.bin: ")));
        const ParsedFile q = ImportParser().parse(QStringLiteral("odd.txt"), QByteArray("text -----BEGIN no block here"));
        QCOMPARE(q.errors.size(), 1);
        QVERIFY(q.errors.first().message.contains(QStringLiteral("not a certificate")));
    }

    void hugeInputRefused()
    {
        const QByteArray huge(ImportParser::kMaxInputSize + 1, 'A');
        const ParsedFile p = ImportParser().parse(QStringLiteral("huge.pem"), huge);
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(p.errors.first().code, ErrorCode::LimitExceeded);
        QVERIFY(p.errors.first().message.contains(QStringLiteral("32 MiB")));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("huge.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ImportParser::kMaxInputSize + 10));
        f.close();
        const ParsedFile q = ImportParser().parseFile(f.fileName());
        QCOMPARE(q.errors.size(), 1);
        QCOMPARE(q.errors.first().code, ErrorCode::LimitExceeded);
    }

    void manyEntriesInOneFile()
    {
        // 1,000 certificates in one PEM file all come through, in order.
        QByteArray pem;
        const QByteArray one = readData(QStringLiteral("leaf-ec.pem"));
        for (int i = 0; i < 1000; ++i)
            pem += one;
        const ParsedFile p = ImportParser().parse(QStringLiteral("many.pem"), pem);
        QCOMPARE(p.certificates.size(), 1000);
        QVERIFY(p.errors.isEmpty());
    }

    void missingFile()
    {
        const ParsedFile p = ImportParser().parseFile(QStringLiteral("/nonexistent/x.pem"));
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(p.errors.first().code, ErrorCode::Io);
        QVERIFY(p.errors.first().message.startsWith(QStringLiteral("/nonexistent/x.pem: cannot open")));
    }

    void pemScannerReportsLineAndColumn()
    {
        const QByteArray text = "junk before\n-----BEGIN CERTIFICATE-----\nAAAA\nAA*A\n-----END CERTIFICATE-----\n";
        const auto blocks = scanPem(text);
        QCOMPARE(blocks.size(), 1);
        QVERIFY(blocks.first().error);
        QCOMPARE(blocks.first().error->message, QStringLiteral("bad base64 at line 4, column 3"));
        QCOMPARE(blocks.first().firstLine, 2);
    }
};

QTEST_GUILESS_MAIN(TestImportParser)
#include "tst_importparser.moc"
