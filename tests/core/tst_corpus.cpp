// External corpus: Debian's python3-cryptography-vectors (a declared test dependency).
//
// Every file under x509/, pkcs12/, pkcs7/ and the key-serialisation folders of
// asymmetric/ goes through ImportParser. A file the `openssl x509` command can
// read must give us its certificate; every file must give at least one item or
// a clear error naming the file; no file may crash the parser or take long.

#include "testutil.h"

#include "crypto/ossl.h"
#include "x509/importparser.h"

#include <openssl/store.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>

#include <unistd.h>

using namespace certdesk::core;
using namespace certdesk::test;

namespace {

using StoreCtxPtr = std::unique_ptr<OSSL_STORE_CTX, ossl::OsslFree<&OSSL_STORE_close>>;
using StoreInfoPtr = std::unique_ptr<OSSL_STORE_INFO, ossl::OsslFree<&OSSL_STORE_INFO_free>>;

constexpr qint64 kMaxParseMs = 5000;

QString corpusRoot()
{
    return QStringLiteral("/usr/lib/python3/dist-packages/cryptography_vectors");
}

// The folders we feed to the parser: all of x509/ (with PKITS_data), the PKCS#12
// and PKCS#7 vectors, and the private-key serialisation vectors.
QStringList corpusFolders()
{
    return {QStringLiteral("x509"),
            QStringLiteral("pkcs12"),
            QStringLiteral("pkcs7"),
            QStringLiteral("asymmetric/PKCS8"),
            QStringLiteral("asymmetric/PEM_Serialization"),
            QStringLiteral("asymmetric/DER_Serialization"),
            QStringLiteral("asymmetric/Traditional_OpenSSL_Serialization")};
}

// Paths relative to the corpus root, sorted so rows have a stable order.
QStringList corpusFiles()
{
    QStringList out;
    const QDir root(corpusRoot());
    for (const QString &folder : corpusFolders()) {
        QDirIterator it(root.filePath(folder), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(root.relativeFilePath(it.next()));
    }
    out.sort();
    return out;
}

// The passwords the vectors document (cryptography's own tests, the README in
// PEM_Serialization, the NIST PKITS documentation). nullopt: none documented.
std::optional<QByteArray> documentedPassword(const QString &relPath)
{
    const QString name = relPath.section(QLatin1Char('/'), -1);
    if (relPath.startsWith(QLatin1String("pkcs12/"))) {
        if (name.endsWith(QLatin1String("-no-pwd.p12")) || name == QLatin1String("no-password.p12"))
            return std::nullopt;
        return name.endsWith(QLatin1String("-pwd.p12")) ? QByteArray("password") : QByteArray("cryptography");
    }
    if (relPath.startsWith(QLatin1String("x509/PKITS_data/pkcs12/")))
        return QByteArray("password");
    if (!relPath.startsWith(QLatin1String("asymmetric/")))
        return std::nullopt;
    if (name.startsWith(QLatin1String("pkcs12_s2k_pem-")) ||
        name.startsWith(QLatin1String("ec_private_key_encrypted.")) || name == QLatin1String("key1.pem") ||
        name == QLatin1String("rsa_private_key.pem") || name == QLatin1String("dsa_private_key.pem"))
        return QByteArray("123456");
    if (name == QLatin1String("key2.pem"))
        return QByteArray("a123456");
    if (name.startsWith(QLatin1String("enc-rsa-pkcs8.")))
        return QByteArray("foobar");
    if (name.startsWith(QLatin1String("enc2-rsa-pkcs8.")))
        return QByteArray("baz");
    // bad-encryption-oid.pem: cryptography's tests give "password"; no password can open it.
    if (name == QLatin1String("testrsa-encrypted.pem") || name == QLatin1String("bad-encryption-oid.pem"))
        return QByteArray("password");
    return std::nullopt;
}

// The certificate `openssl x509 -noout -in FILE` reads (no password given), as
// DER; empty when the command fails.
//
// On OpenSSL 3.0 the command loads through OSSL_STORE (apps/lib/apps.c,
// load_cert_pass -> load_key_certs_crls) and takes the first certificate: the
// "file:" store decodes PEM (skipping blocks that are not certificates), a DER
// certificate, and also a PKCS#12 that opens without a password. Plain
// PEM_read_bio_X509/d2i_X509_bio would miss those PKCS#12 files, so this
// mirrors the store, in the process default context (configured from
// openssl.cnf like the command's). Call it before anything loads the legacy
// provider into that context (ImportParser does, for PKCS#12): with it, the
// store reads RC2-encrypted PKCS#12 files the command cannot.
// opensslCommandAgrees() checks the verdict against the real command.
QByteArray opensslCertificateDer(const QString &absPath)
{
    ERR_clear_error();
    const QByteArray uri = QFile::encodeName(absPath);
    StoreCtxPtr store(
        OSSL_STORE_open_ex(uri.constData(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr));
    QByteArray der;
    if (store)
        OSSL_STORE_expect(store.get(), OSSL_STORE_INFO_CERT);
    while (store && der.isEmpty() && !OSSL_STORE_eof(store.get())) {
        StoreInfoPtr info(OSSL_STORE_load(store.get()));
        if (!info) {
            if (OSSL_STORE_error(store.get()) && OSSL_STORE_eof(store.get()))
                break;
            continue;
        }
        if (X509 *x = OSSL_STORE_INFO_get0_CERT(info.get())) {
            unsigned char *buf = nullptr;
            const int len = i2d_X509(x, &buf);
            if (len > 0)
                der = QByteArray(reinterpret_cast<const char *>(buf), len);
            OPENSSL_free(buf);
        }
    }
    ERR_clear_error();
    return der;
}

// A known deviation from the rules, with its reason. QEXPECT_FAIL marks it, so
// once it passes it shows up as XPASS and must be removed from here.
QString knownNotImported(const QString &relPath)
{
    Q_UNUSED(relPath); // none at the moment: x509/badasn1time.pem imports since its date is read leniently
    return {};
}

// Files to check against the real `openssl x509` command: the cases where the
// verdict is least obvious, plus every 64th file of the corpus.
QStringList sampleFiles()
{
    const QStringList files = corpusFiles();
    QStringList sample = {
        QStringLiteral("pkcs12/name-1-no-pwd.p12"),          // read by the command through OSSL_STORE
        QStringLiteral("pkcs12/no-cert-no-name-no-pwd.p12"), // certificate in a CA bag only
        QStringLiteral("pkcs12/name-1-pwd.p12"),             // needs a password: not read
        QStringLiteral("pkcs12/no-password.p12"),
        QStringLiteral("pkcs7/amazon-roots.p7b"),
        QStringLiteral("x509/cryptography.io.old_header.pem"), // "X509 CERTIFICATE"
        QStringLiteral("x509/cryptography.io.with_garbage.pem"),
        QStringLiteral("x509/cryptography-scts-tbs-precert.der"),
        QStringLiteral("x509/custom/alternate-rsa-sha1-oid.der"),
        QStringLiteral("x509/custom/invalid_utf8_common_name.pem"),
        QStringLiteral("x509/custom/long-form-name-attribute.pem"),
        QStringLiteral("x509/custom/crl_empty.pem"),
        QStringLiteral("x509/custom/ca/ca_key.pem"),
        QStringLiteral("x509/requests/challenge.pem"),
        QStringLiteral("x509/PKITS_data/pkcs12/GoodCACert.p12"),
        QStringLiteral("asymmetric/Traditional_OpenSSL_Serialization/testrsa-encrypted.pem"),
        QStringLiteral("asymmetric/DER_Serialization/unenc-rsa-pkcs8.der"),
    };
    sample.removeIf([&](const QString &rel) { return !files.contains(rel); });
    for (qsizetype i = 0; i < files.size(); i += 64) {
        if (!sample.contains(files[i]))
            sample.append(files[i]);
    }
    return sample;
}

QString describe(const ParsedFile &parsed)
{
    QStringList errors;
    for (const Error &e : parsed.errors)
        errors << QStringLiteral("[%1] %2").arg(errorCodeName(e.code), e.message);
    return QStringLiteral("format %1: %2 certificates, %3 keys, %4 CSRs, %5 CRLs; errors: %6")
        .arg(parsed.format.isEmpty() ? QStringLiteral("?") : parsed.format)
        .arg(parsed.certificates.size())
        .arg(parsed.keys.size())
        .arg(parsed.csrs.size())
        .arg(parsed.crls.size())
        .arg(errors.isEmpty() ? QStringLiteral("none") : errors.join(QStringLiteral(" | ")));
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private:
    struct Totals
    {
        int files = 0;
        int opensslReadable = 0;
        int filesWithItems = 0;
        int filesWithErrors = 0;
        int passwordErrors = 0;
        qsizetype certificates = 0;
        qsizetype keys = 0;
        qsizetype csrs = 0;
        qsizetype crls = 0;
        qint64 slowestMs = 0;
        QString slowestFile;
    };
    Totals m_totals;
    QElapsedTimer m_runTime;
    // Relative path -> DER of the certificate `openssl x509` reads (empty: none), worked out
    // in initTestCase, before any parsing loads the legacy provider.
    QHash<QString, QByteArray> m_opensslDer;

    void count(const QString &rel, const ParsedFile &parsed, bool opensslReads, qint64 ms)
    {
        ++m_totals.files;
        m_totals.opensslReadable += opensslReads ? 1 : 0;
        m_totals.filesWithItems += parsed.isEmpty() ? 0 : 1;
        m_totals.filesWithErrors += parsed.errors.isEmpty() ? 0 : 1;
        m_totals.passwordErrors += std::any_of(parsed.errors.cbegin(), parsed.errors.cend(), [](const Error &e) {
            return e.code == ErrorCode::WrongPassword || e.code == ErrorCode::PasswordRequired;
        });
        m_totals.certificates += parsed.certificates.size();
        m_totals.keys += parsed.keys.size();
        m_totals.csrs += parsed.csrs.size();
        m_totals.crls += parsed.crls.size();
        if (ms > m_totals.slowestMs) {
            m_totals.slowestMs = ms;
            m_totals.slowestFile = rel;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(corpusRoot() + QStringLiteral("/x509")).isDir())
            QFAIL(qPrintable(QStringLiteral("the test corpus %1 is missing: install the Debian package "
                                            "python3-cryptography-vectors (a declared test dependency)")
                                 .arg(corpusRoot())));
        m_runTime.start();
        for (const QString &rel : corpusFiles())
            m_opensslDer.insert(rel, opensslCertificateDer(corpusRoot() + QLatin1Char('/') + rel));
    }

    void cleanupTestCase()
    {
        if (m_totals.files == 0)
            return;
        qInfo("corpus: %d files (%d readable by `openssl x509`): %lld certificates, %lld keys, %lld CSRs, "
              "%lld CRLs imported; %d files with items, %d files with errors (%d for a password); "
              "slowest %s (%lld ms); whole test %lld ms",
              m_totals.files, m_totals.opensslReadable, qlonglong(m_totals.certificates), qlonglong(m_totals.keys),
              qlonglong(m_totals.csrs), qlonglong(m_totals.crls), m_totals.filesWithItems, m_totals.filesWithErrors,
              m_totals.passwordErrors, qPrintable(m_totals.slowestFile), m_totals.slowestMs, m_runTime.elapsed());
    }

    void importsOrFailsClearly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("opensslDer"); // what `openssl x509` reads; empty: nothing
        for (const QString &rel : corpusFiles()) {
            QTest::newRow(rel.toUtf8().constData()) << corpusRoot() + QLatin1Char('/') + rel << m_opensslDer.value(rel);
        }
    }

    void importsOrFailsClearly()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, opensslDer);
        const QString rel = QDir(corpusRoot()).relativeFilePath(path);
        const std::optional<QByteArray> password = documentedPassword(rel);

        int asked = 0;
        const ImportParser parser([&](const PasswordRequest &req) -> std::optional<QByteArray> {
            ++asked;
            return req.attempt == 0 ? password : std::nullopt; // one try: a wrong one must be reported, not looped on
        });
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();

        QElapsedTimer timer;
        timer.start();
        const ParsedFile parsed = parser.parse(path, bytes);
        const qint64 ms = timer.elapsed();
        count(rel, parsed, !opensslDer.isEmpty(), ms);

        const QString what = QStringLiteral("%1 (%2)").arg(rel, describe(parsed));
        QVERIFY2(ms <= kMaxParseMs, qPrintable(QStringLiteral("took %1 ms: %2").arg(ms).arg(what)));
        QVERIFY2(!parsed.isEmpty() || !parsed.errors.isEmpty(),
                 qPrintable(QStringLiteral("neither an item nor an error: %1").arg(what)));
        for (const Error &e : parsed.errors) {
            QVERIFY2(!e.message.trimmed().isEmpty(), qPrintable(QStringLiteral("empty error message: %1").arg(what)));
            QVERIFY2(e.message.contains(path),
                     qPrintable(QStringLiteral("error does not name the file: \"%1\" in %2").arg(e.message, what)));
        }
        if (password && asked > 0) {
            // The documented password must open it (or the failure must say what else is wrong:
            // bad-encryption-oid.pem names an encryption algorithm that does not exist).
            for (const Error &e : parsed.errors) {
                QVERIFY2(e.code != ErrorCode::WrongPassword && e.code != ErrorCode::PasswordRequired,
                         qPrintable(QStringLiteral("the documented password \"%1\" was refused: %2")
                                        .arg(QString::fromLatin1(*password), what)));
            }
        }
        if (!opensslDer.isEmpty()) {
            const QString known = knownNotImported(rel);
            if (!known.isEmpty())
                QEXPECT_FAIL("", qPrintable(known), Abort);
            QVERIFY2(!parsed.certificates.isEmpty(),
                     qPrintable(QStringLiteral("`openssl x509` reads a certificate, we import none: %1").arg(what)));
            // ... and the one openssl reads is among ours, byte for byte.
            const bool same = std::any_of(parsed.certificates.cbegin(), parsed.certificates.cend(),
                                          [&](const Certificate &c) { return c.der() == opensslDer; });
            QVERIFY2(same, qPrintable(
                               QStringLiteral("the certificate `openssl x509` reads is not among ours: %1").arg(what)));
        }
    }

    // `openssl pkcs7 -print_certs` reads these; a bundle of one certificate and
    // no CRLs once came out as "malformed PKCS#7" (sk_X509_CRL_num(NULL) is -1).
    void pkcs7Bundles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("certificates");
        QTest::addColumn<QString>("error");
        QTest::newRow("one certificate, PEM") << QStringLiteral("pkcs7/isrg.pem") << 1 << QString();
        QTest::newRow("two certificates, PEM") << QStringLiteral("pkcs7/amazon-roots.p7b") << 2 << QString();
        QTest::newRow("two certificates, DER") << QStringLiteral("pkcs7/amazon-roots.der") << 2 << QString();
        QTest::newRow("enveloped data, PEM")
            << QStringLiteral("pkcs7/enveloped.pem") << 0 << QStringLiteral("PKCS#7 without certificates or CRLs");
    }

    void pkcs7Bundles()
    {
        QFETCH(QString, path);
        QFETCH(int, certificates);
        QFETCH(QString, error);
        const QString abs = corpusRoot() + QLatin1Char('/') + path;
        QFile file(abs);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(abs));
        const ParsedFile parsed = ImportParser().parse(path, file.readAll());
        QVERIFY2(parsed.certificates.size() == certificates, qPrintable(describe(parsed)));
        if (error.isEmpty()) {
            QVERIFY2(parsed.errors.isEmpty(), qPrintable(describe(parsed)));
        } else {
            QCOMPARE(parsed.errors.size(), 1);
            QCOMPARE(parsed.errors.first().message, path + QStringLiteral(": ") + error);
        }
    }

    // The in-process verdict above stands in for running `openssl x509` on
    // every file; here the real command runs on a sample and must agree.
    void opensslCommandAgrees_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &rel : sampleFiles())
            QTest::newRow(rel.toUtf8().constData()) << corpusRoot() + QLatin1Char('/') + rel;
    }

    void opensslCommandAgrees()
    {
        QFETCH(QString, path);
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl command is not installed");

        QProcess proc;
        proc.setProgram(openssl);
        proc.setArguments({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-in"), path});
        // No terminal and an empty stdin: a password prompt reads EOF instead of waiting.
        proc.setStandardInputFile(QProcess::nullDevice());
        proc.setChildProcessModifier([] { ::setsid(); });
        proc.start();
        QVERIFY2(proc.waitForFinished(30000), qPrintable(QStringLiteral("openssl x509 did not finish on ") + path));
        const bool commandReads = proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0;
        const QString rel = QDir(corpusRoot()).relativeFilePath(path);
        QVERIFY(m_opensslDer.contains(rel));
        QCOMPARE(!m_opensslDer.value(rel).isEmpty(), commandReads);
    }

    void sampleHasBothVerdicts()
    {
        // A sample of one kind only would prove nothing.
        int readable = 0;
        int unreadable = 0;
        for (const QString &rel : sampleFiles())
            ++(m_opensslDer.value(rel).isEmpty() ? unreadable : readable);
        QVERIFY2(readable >= 10, qPrintable(QStringLiteral("%1 readable files in the sample").arg(readable)));
        QVERIFY2(unreadable >= 10, qPrintable(QStringLiteral("%1 unreadable files in the sample").arg(unreadable)));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
