#include "benchissue.h"

#include "benchcertificates.h"
#include "issuesplits.h"
#include "rawissuer.h"

#include "ca/certificateauthority.h"
#include "crypto/ossl.h"
#include "crypto/securefile.h"
#include "inventory/inventory.h"
#include "x509/pem.h"
#include "x509/x509util.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <openssl/pem.h>

#include <time.h>

#include <algorithm>
#include <cstdio>

namespace certdesk::bench {

using namespace core;
using namespace core::ossl;

namespace {

constexpr int kValidityDays = 90;
const QByteArray kMasterPassword = QByteArrayLiteral("certdesk-bench master password");

// The extensions of certdesk's EndEntityServerAuth template, for `openssl x509 -req -extfile`
// (the subjectAltName comes from the request: -copy_extensions copy).
constexpr char kExtFile[] = "[v3]\n"
                            "basicConstraints = critical, CA:FALSE\n"
                            "keyUsage = critical, digitalSignature, keyEncipherment\n"
                            "extendedKeyUsage = serverAuth\n"
                            "subjectKeyIdentifier = hash\n"
                            "authorityKeyIdentifier = keyid:always\n";

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// CPU time of this thread, beside the wall-clock rates: this machine's cores are shared.
qint64 cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double perSecond(qsizetype n, qint64 ns) { return ns > 0 ? double(n) * 1e9 / double(ns) : 0; }

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

struct CaSetup
{
    const char *label;
    QString keyAlgorithm;
    QString signingAlgorithm;
};

struct CaRun
{
    double endToEnd = 0, raw = 0, cli = 0;
    double firstTenth = 0, lastTenth = 0;       // end to end, over the first and the last N/10 issues
    double rawFirstTenth = 0, rawLastTenth = 0; // the raw loop over the same CSRs
    double csrParseUs = 0, issueUs = 0;         // per certificate, inside the end-to-end loop
    double firstIssueMs = 0;                    // the first issue() also decrypts the CA key
    double rawCpuUs = 0, endToEndCpuUs = 0;     // CPU time per certificate (this thread)
    qint64 stored = 0;
    int verified = 0, sampled = 0, compared = 0, differing = 0;
    bool ok = true;
    std::optional<IssueSplits> splits; // --splits
};

CaRun failedRun()
{
    CaRun run;
    run.ok = false;
    return run;
}

// The CA's key out of the inventory's key store, for the raw loop and for `openssl x509 -req`.
Result<PrivateKey> caKey(Inventory &inventory, qint64 caId)
{
    QSqlQuery q(inventory.database().db());
    q.prepare(QStringLiteral("SELECT k.encrypted_pkcs8 FROM cas a JOIN private_keys k ON k.id = a.key_id "
                             "WHERE a.id = ?"));
    q.addBindValue(caId);
    if (!q.exec() || !q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("CA %1 has no key in the key store").arg(caId));
    return inventory.keyStore().decrypt(q.value(0).toByteArray());
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    QByteArray pem(data, int(len));
    OPENSSL_cleanse(data, size_t(len));
    return pem;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions = kPrivateFile)
{
    if (auto written = writeFileAtomically(path, data, permissions); !written) {
        fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return false;
    }
    return true;
}

// Whether two certificates for the same CSR carry the same subject and the same six extensions
// of certdesk's template (criticality and value), and nothing else.
bool sameExtensions(const QByteArray &derA, const QByteArray &derB)
{
    auto parse = [](const QByteArray &der) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
    };
    const X509Ptr a = parse(derA), b = parse(derB);
    if (!a || !b || X509_get_ext_count(a.get()) != 6 || X509_get_ext_count(b.get()) != 6
        || X509_NAME_cmp(X509_get_subject_name(a.get()), X509_get_subject_name(b.get())) != 0)
        return false;
    for (int nid : {NID_basic_constraints, NID_key_usage, NID_ext_key_usage, NID_subject_key_identifier,
                    NID_authority_key_identifier, NID_subject_alt_name}) {
        X509_EXTENSION *ea = X509_get_ext(a.get(), X509_get_ext_by_NID(a.get(), nid, -1));
        X509_EXTENSION *eb = X509_get_ext(b.get(), X509_get_ext_by_NID(b.get(), nid, -1));
        if (!ea || !eb || X509_EXTENSION_get_critical(ea) != X509_EXTENSION_get_critical(eb)
            || ASN1_OCTET_STRING_cmp(X509_EXTENSION_get_data(ea), X509_EXTENSION_get_data(eb)) != 0) {
            fprintf(stderr, "extension %s differs\n", OBJ_nid2sn(nid));
            return false;
        }
    }
    return true;
}

// `openssl x509 -req` once per certificate, as a script would run it; returns certificates/s
// (0 when one of them failed). The CA key is written 0600 into dir and removed afterwards.
double opensslRate(const QTemporaryDir &dir, const QByteArray &caKeyPem, const QList<QByteArray> &csrs, int count)
{
    const QString keyPath = dir.filePath(QStringLiteral("ca.key"));
    const QString extPath = dir.filePath(QStringLiteral("ext.cnf"));
    if (!writeFile(keyPath, caKeyPem) || !writeFile(extPath, QByteArray(kExtFile)))
        return 0;
    for (int i = 0; i < count; ++i)
        if (!writeFile(dir.filePath(QStringLiteral("csr-%1.pem").arg(i)), derToPem(csrs[i], "CERTIFICATE REQUEST")))
            return 0;
    int failed = 0;
    const qint64 start = monotonicNs();
    for (int i = 0; i < count; ++i) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 dir.filePath(QStringLiteral("csr-%1.pem").arg(i)), QStringLiteral("-CA"),
                 dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"), keyPath,
                 QStringLiteral("-days"), QString::number(kValidityDays), QStringLiteral("-sha256"),
                 QStringLiteral("-extfile"), extPath, QStringLiteral("-extensions"), QStringLiteral("v3"),
                 QStringLiteral("-copy_extensions"), QStringLiteral("copy"), QStringLiteral("-out"),
                 dir.filePath(QStringLiteral("cli-%1.pem").arg(i))});
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            ++failed;
    }
    const qint64 ns = monotonicNs() - start;
    QFile::remove(keyPath);
    if (failed)
        fprintf(stderr, "openssl x509 -req failed %d of %d times\n", failed, count);
    return failed ? 0 : perSecond(count, ns);
}

// `openssl verify -CAfile` over a sample of what the three ways issued: how many say OK.
int opensslVerified(const QTemporaryDir &dir, const QStringList &files)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), QStringList{QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                                   dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("-purpose"),
                                                   QStringLiteral("sslserver")} + files);
    if (!p.waitForFinished(-1))
        return 0;
    int ok = 0;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.endsWith(": OK"))
            ++ok;
        else if (!line.isEmpty())
            fprintf(stderr, "openssl verify: %s\n", line.constData());
    }
    return ok;
}

CaRun runCa(const CaSetup &setup, const QList<QByteArray> &csrs, int cliCount, bool splits)
{
    CaRun run;
    const int n = int(csrs.size());
    QTemporaryDir dir; // the inventory, and the files for openssl; 0700
    SystemClock clock;
    auto inv = Inventory::open(dir.filePath(QStringLiteral("issue.db")), clock);
    if (!inv) {
        fprintf(stderr, "%s\n", qPrintable(inv.error().message));
        return failedRun();
    }
    (*inv)->keyStore().setScryptCost(1 << 10);
    CertificateAuthorities cas(**inv, [](MasterPasswordPurpose) { return std::optional<QByteArray>(kMasterPassword); });
    CaConfig config;
    config.name = QStringLiteral("bench-%1").arg(setup.keyAlgorithm);
    config.keyAlgorithm = setup.keyAlgorithm;
    config.signingAlgorithm = setup.signingAlgorithm;
    config.subject = QStringLiteral("CN=certdesk Bench %1 Root CA,O=certdesk bench").arg(QLatin1String(setup.label));
    auto ca = cas.create(config);
    auto chain = ca ? cas.chain(ca->id) : Result<QList<Certificate>>(std::unexpected(ca.error()));
    auto key = ca ? caKey(**inv, ca->id) : Result<PrivateKey>(std::unexpected(ca.error()));
    if (!chain || !key) {
        fprintf(stderr, "%s\n", qPrintable((chain ? key.error() : chain.error()).message));
        return failedRun();
    }
    const Certificate caCert = chain->first();
    if (!writeFile(dir.filePath(QStringLiteral("ca.pem")), caCert.toPem(),
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failedRun();

    // The raw limit (the same CSRs, the same CA key and certificate) and end to end (Csr::fromDer +
    // CertificateAuthorities::issue, one transaction per certificate) take turns, a tenth of the
    // CSRs at a time, so that both see the same load from the other tenants of this machine.
    const RawIssuer raw(caCert.handle(), key->handle());
    QList<QByteArray> rawDer, issuedDer;
    rawDer.reserve(n);
    issuedDer.reserve(n);
    qint64 rawNs = 0, rawCpu = 0, parseNs = 0, issueNs = 0, endToEndCpu = 0;
    int issueFailed = 0;
    const int chunk = (n + 9) / 10;
    for (int from = 0; from < n; from += chunk) {
        const int to = qMin(n, from + chunk);
        qint64 wall = monotonicNs(), cpu = cpuNs();
        for (int i = from; i < to; ++i)
            rawDer.append(raw.issue(csrs[i], kValidityDays));
        const qint64 rawChunkNs = monotonicNs() - wall;
        rawNs += rawChunkNs;
        if (from == 0)
            run.rawFirstTenth = perSecond(to - from, rawChunkNs);
        run.rawLastTenth = perSecond(to - from, rawChunkNs);
        rawCpu += cpuNs() - cpu;

        wall = monotonicNs();
        cpu = cpuNs();
        for (int i = from; i < to; ++i) {
            const qint64 t0 = monotonicNs();
            auto csr = Csr::fromDer(csrs[i]);
            const qint64 t1 = monotonicNs();
            IssueRequest request;
            request.templateName = QStringLiteral("EndEntityServerAuth");
            if (csr)
                request.csr = *csr;
            request.validity = Validity::days(kValidityDays);
            auto issued = cas.issue(ca->id, request);
            const qint64 t2 = monotonicNs();
            parseNs += t1 - t0;
            issueNs += t2 - t1;
            if (i == 0)
                run.firstIssueMs = double(t2 - t1) / 1e6;
            if (!issued && issueFailed++ == 0)
                fprintf(stderr, "issue %d: %s\n", i, qPrintable(issued.error().message));
            issuedDer.append(issued ? issued->certificate.der() : QByteArray());
        }
        const qint64 chunkNs = monotonicNs() - wall;
        endToEndCpu += cpuNs() - cpu;
        if (from == 0)
            run.firstTenth = perSecond(to - from, chunkNs);
        run.lastTenth = perSecond(to - from, chunkNs);
    }
    const int rawFailed =
        int(std::count_if(rawDer.cbegin(), rawDer.cend(), [](const QByteArray &d) { return d.isEmpty(); }));
    run.raw = perSecond(n, rawNs);
    run.rawCpuUs = double(rawCpu) / 1e3 / n;
    run.endToEnd = perSecond(n, parseNs + issueNs);
    run.endToEndCpuUs = double(endToEndCpu) / 1e3 / n;
    run.csrParseUs = double(parseNs) / 1e3 / n;
    run.issueUs = double(issueNs) / 1e3 / n;
    run.stored = (*inv)->count().value_or(-1);
    if (splits)
        run.splits = measureIssueSplits(caCert, *key, setup.signingAlgorithm, csrs);

    QByteArray keyPem = privateKeyPem(key->handle());
    run.cli = opensslRate(dir, keyPem, csrs, qMin(cliCount, n));
    OPENSSL_cleanse(keyPem.data(), size_t(keyPem.size()));

    // Proof of real work: openssl verifies a sample of each, and all three put the same extensions
    // into a certificate for the same CSR.
    QStringList sample;
    for (int k = 0; k < 10 && n > 0; ++k) {
        const int i = int(qint64(k) * (n - 1) / 9);
        for (const auto &[prefix, der] : {std::pair{"issued", issuedDer[i]}, std::pair{"raw", rawDer[i]}}) {
            const QString path = dir.filePath(QStringLiteral("%1-%2.pem").arg(QLatin1String(prefix)).arg(i));
            if (!der.isEmpty() && writeFile(path, derToPem(der, "CERTIFICATE")))
                sample << path;
        }
        run.differing += sameExtensions(issuedDer[i], rawDer[i]) ? 0 : 1;
        ++run.compared;
    }
    for (int i = 0; i < std::min({cliCount, n, 5}); ++i) {
        const QString path = dir.filePath(QStringLiteral("cli-%1.pem").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        sample << path;
        const QList<PemBlock> pem = scanPem(f.readAll());
        run.differing += sameExtensions(issuedDer[i], pem.isEmpty() ? QByteArray() : pem.first().der) ? 0 : 1;
        ++run.compared;
    }
    run.sampled = int(sample.size());
    run.verified = opensslVerified(dir, sample);
    run.ok = rawFailed == 0 && issueFailed == 0 && run.cli > 0 && run.stored == n + 1 && run.verified == run.sampled
             && run.sampled >= 20 && run.differing == 0;
    if (rawFailed || issueFailed)
        fprintf(stderr, "%s: raw loop failed %d, issue failed %d of %d\n", setup.label, rawFailed, issueFailed, n);
    return run;
}

} // namespace

int issueBenchmark(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("certdesk-bench issue: certificates issued per second"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("issue"));
    parser.addOption({QStringLiteral("count"), QStringLiteral("CSRs to issue from, per CA (default 5000)."),
                      QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("Certificates issued by `openssl x509 -req`, one process "
                                                            "each (default 50)."),
                      QStringLiteral("M"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("pool"), QStringLiteral("P-256 keys the CSRs are made from (default 64)."),
                      QStringLiteral("K"), QStringLiteral("64")});
    parser.addOption({QStringLiteral("ca"), QStringLiteral("Only this CA: P-256 or RSA-2048 (default both)."),
                      QStringLiteral("CA")});
    parser.addOption({QStringLiteral("splits"), QStringLiteral("Also time the steps of issue() one by one, after the "
                                                               "measured loops (see issuesplits.h).")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Rounds (each with fresh inventories); medians are "
                                                               "printed at the end (default 1)."),
                      QStringLiteral("R"), QStringLiteral("1")});
    parser.process(app);
    const int count = qMax(10, parser.value(QStringLiteral("count")).toInt());
    const int cli = qMax(5, parser.value(QStringLiteral("cli")).toInt());
    const int pool = qMax(1, parser.value(QStringLiteral("pool")).toInt());
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());

    const qint64 genStart = monotonicNs();
    const QList<QByteArray> csrs = generateCsrs(count, pool);
    printf("certdesk-bench issue: N = %d CSRs (P-256 keys from a pool of %d, CN and DNS SAN host-<i>.bench.example), "
           "made in %.1f s; template EndEntityServerAuth, %d days\n",
           count, pool, double(monotonicNs() - genStart) / 1e9, kValidityDays);
    printf("machine: %s, %d cores, %s\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(),
           OpenSSL_version(OPENSSL_VERSION));

    const CaSetup setups[] = {{"P-256", QStringLiteral("EC_prime256v1"), QStringLiteral("SHA256WITHECDSA")},
                              {"RSA-2048", QStringLiteral("RSA_2048"), QStringLiteral("SHA256WITHRSA")}};
    QList<CaRun> runs[std::size(setups)];
    bool ok = true;
    for (int round = 1; round <= repeat; ++round) {
        if (repeat > 1)
            printf("round %d of %d\n", round, repeat);
        for (size_t s = 0; s < std::size(setups); ++s) {
            const QString only = parser.value(QStringLiteral("ca"));
            if (!only.isEmpty() && only != QLatin1String(setups[s].label))
                continue;
            const CaRun r = runCa(setups[s], csrs, cli, parser.isSet(QStringLiteral("splits")));
            runs[s].append(r);
            ok = ok && r.ok;
            printf("  %-8s CA: end to end %6.0f/s, raw %6.0f/s, ratio %.2f, openssl x509 -req %.1f/s\n",
                   setups[s].label, r.endToEnd, r.raw, r.raw > 0 ? r.endToEnd / r.raw : 0, r.cli);
            printf("           end to end per certificate: Csr::fromDer %.0f us + issue %.0f us (wall), %.0f us CPU; "
                   "first tenth %.0f/s, last tenth %.0f/s; first issue %.1f ms. Raw: %.0f us CPU; first tenth %.0f/s, "
                   "last tenth %.0f/s\n",
                   r.csrParseUs, r.issueUs, r.endToEndCpuUs, r.firstTenth, r.lastTenth, r.firstIssueMs, r.rawCpuUs,
                   r.rawFirstTenth, r.rawLastTenth);
            printf("           inventory: %lld certificates (N + the CA); openssl verify -CAfile: %d of %d OK; "
                   "extensions equal to the raw loop's and openssl's: %d of %d certificates%s\n",
                   r.stored, r.verified, r.sampled, r.compared - r.differing, r.compared,
                   r.ok ? "" : "   FAILED");
            if (const auto &p = r.splits) {
                const double rest = r.issueUs - p->csrReparseUs - p->buildSignUs - p->fromX509Us;
                printf("           steps alone, us per certificate: Csr::fromDer %.0f; in issue: CSR parsed again "
                       "%.0f, build + sign %.0f, Certificate::fromX509 %.0f, the rest (SQL: CA row, inserts, commit) "
                       "%.0f. Raw: parse + verify %.0f, build + sign + encode %.0f\n",
                       r.csrParseUs, p->csrReparseUs, p->buildSignUs, p->fromX509Us, rest,
                       p->rawParseVerifyUs, 1e6 / r.raw - p->rawParseVerifyUs);
            }
        }
    }

    printf("\n%s:\n", repeat > 1 ? "medians over the rounds" : "result");
    printf("| CA | end to end /s | raw limit /s | ratio (goal >= 0.5) | openssl x509 -req /s |\n");
    printf("|---|---|---|---|---|\n");
    for (size_t s = 0; s < std::size(setups); ++s) {
        if (runs[s].isEmpty())
            continue;
        QList<double> e2e, raw, ratio, cliRate;
        for (const CaRun &r : runs[s]) {
            e2e << r.endToEnd;
            raw << r.raw;
            ratio << (r.raw > 0 ? r.endToEnd / r.raw : 0);
            cliRate << r.cli;
        }
        printf("| %s | %.0f | %.0f | %.2f | %.1f |\n", setups[s].label, median(e2e), median(raw), median(ratio),
               median(cliRate));
    }
    return ok ? 0 : 1;
}

} // namespace certdesk::bench
