// certdesk-bench: import and issuance throughput against their raw limits.
//
//   certdesk-bench import --count N [--dir DIR] [--save DIR] [--threads T] [--batch B] [--repeat R]
//   certdesk-bench issue --count N [--cli M] [--pool K] [--ca CA] [--splits] [--repeat R]   (see benchissue.h)
//   certdesk-bench renew [--managed N] [--due D] [--repeat R]                                 (see benchrenew.h)
//   certdesk-bench acme [--count N]                                                           (see benchacme.h)
//   certdesk-bench discovery [--tls N] [--closed M] [--concurrency C] [--sweep LIST]          (see benchdiscovery.h)
//   certdesk-bench team [--count N] [--keys MIX] [--runs R]                                    (see benchteam.h)
//
// (a) raw limit: one thread, d2i_X509 + SHA-256 over the same DER;
// (b) import of the N certificates into a fresh inventory;
// (c) import of N more into the inventory that already holds N.
// Prints certificates per second, the ratios b/a and c/b, and the peak memory.

#include "benchcertificates.h"
#include "benchissue.h"
#include "benchacme.h"
#include "benchdiscovery.h"
#include "benchrenew.h"
#include "benchteam.h"
#ifdef CERTDESK_BENCH_GUI
#include "benchgui.h"
#endif

#include "crypto/ossl.h"
#include "inventory/importjob.h"
#include "inventory/inventory.h"
#include "x509/importparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace certdesk;
using namespace certdesk::core;

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double rawLimit(const QList<QByteArray> &ders)
{
    QElapsedTimer t;
    t.start();
    unsigned char md[32];
    unsigned int mdLen = 0;
    qint64 ok = 0;
    for (const QByteArray &der : ders) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        X509 *x = d2i_X509(nullptr, &p, long(der.size()));
        EVP_Digest(der.constData(), size_t(der.size()), md, &mdLen, EVP_sha256(), nullptr);
        ok += x ? 1 : 0;
        X509_free(x);
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    if (ok != ders.size())
        fprintf(stderr, "raw loop: %lld of %lld parsed\n", ok, qint64(ders.size()));
    return double(ders.size()) / secs;
}

struct ImportRun
{
    double perSecond = 0;
    ImportReport report;
};

ImportRun importInto(Inventory &inv, const QList<QByteArray> &ders, int threads, int batch)
{
    QList<ImportSource> sources;
    sources.reserve(ders.size());
    for (int i = 0; i < ders.size(); ++i)
        sources.append(ImportSource{QStringLiteral("cert-%1.der").arg(i), ders[i]});
    ImportOptions options;
    options.threads = threads;
    if (batch > 0)
        options.batchSize = batch;
    QElapsedTimer t;
    t.start();
    ImportRun run;
    run.report = ImportJob(inv, options).importData(sources);
    run.perSecond = double(ders.size()) / (double(t.nsecsElapsed()) / 1e9);
    return run;
}

QList<QByteArray> readDirectory(const QString &dir)
{
    QList<QByteArray> out;
    const ImportParser parser;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const ParsedFile p = parser.parseFile(it.next());
        for (const Certificate &c : p.certificates)
            out.append(c.der());
    }
    return out;
}

// Writes the generated certificates as PEM bundles of 10,000, so repeated runs can skip
// generation (--dir reads them back).
bool saveDirectory(const QString &dir, const QList<QByteArray> &ders, const char *prefix)
{
    QDir().mkpath(dir);
    for (qsizetype start = 0; start < ders.size(); start += 10000) {
        QFile f(QDir(dir).filePath(QStringLiteral("%1-%2.pem").arg(QLatin1String(prefix)).arg(start / 10000, 3, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        for (qsizetype i = start; i < qMin(start + 10000, ders.size()); ++i) {
            f.write("-----BEGIN CERTIFICATE-----\n");
            const QByteArray b64 = ders[i].toBase64();
            for (qsizetype o = 0; o < b64.size(); o += 64)
                f.write(b64.mid(o, 64) + '\n');
            f.write("-----END CERTIFICATE-----\n");
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef CERTDESK_BENCH_GUI
    // certdesk-bench gui [--count N] [--db PATH] [--runs R] (see benchgui.h); gui-child is what it measures.
    if (argc > 1 && qstrcmp(argv[1], "gui") == 0)
        return bench::guiBenchmark(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "gui-child") == 0)
        return bench::guiChild(argc, argv);
#endif
    if (argc > 1 && qstrcmp(argv[1], "issue") == 0)
        return bench::issueBenchmark(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "renew") == 0)
        return bench::renewBenchmark(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "acme") == 0)
        return bench::acmeBenchmark(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "discovery") == 0)
        return bench::discoveryBenchmark(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "team") == 0)
        return bench::teamBenchmark(argc, argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("certdesk benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("import"));
    parser.addOption({QStringLiteral("count"), QStringLiteral("Certificates per set (default 100000)."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Read certificates from a folder instead of generating them "
                                                            "(split in half for b and c)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("keys"), QStringLiteral("Subject keys of generated certificates: realistic (60% RSA 2048, "
                                                             "30% P-256, 5% P-384, 5% Ed25519; default) or ed25519."),
                      QStringLiteral("MIX"), QStringLiteral("realistic")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the inventory at this path (default: a temporary file)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("save"), QStringLiteral("Also write the generated certificates to this folder as PEM "
                                                             "bundles (for --dir in later runs)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Certificates per write transaction (default: ImportJob's)."),
                      QStringLiteral("B"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Rounds of (a), (b), (c), each on a fresh inventory; "
                                                               "medians are printed at the end (default 1)."),
                      QStringLiteral("R"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Parser threads (default: one per core)."), QStringLiteral("T"), QStringLiteral("0")});
    parser.process(app);
    if (parser.positionalArguments() != QStringList{QStringLiteral("import")}) {
        fprintf(stderr, "usage: certdesk-bench import --count N [--dir DIR] [--save DIR] [--threads T] [--batch B] [--repeat R]\n"
                        "       certdesk-bench issue --count N [--cli M] [--pool K] [--ca CA] [--splits] [--repeat R]\n"
                        "       certdesk-bench renew [--managed N] [--due D] [--repeat R]\n"
                        "       certdesk-bench acme [--count N]\n"
                        "       certdesk-bench discovery [--tls N] [--closed M] [--concurrency C] [--sweep LIST]\n"
                        "       certdesk-bench team [--count N] [--keys MIX] [--runs R]\n");
        return 2;
    }
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int threads = parser.value(QStringLiteral("threads")).toInt();
    const int batch = parser.value(QStringLiteral("batch")).toInt();
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());

    QList<QByteArray> first, second;
    QElapsedTimer gen;
    gen.start();
    if (parser.isSet(QStringLiteral("dir"))) {
        const QList<QByteArray> all = readDirectory(parser.value(QStringLiteral("dir")));
        first = all.mid(0, all.size() / 2);
        second = all.mid(all.size() / 2);
    } else {
        const auto mix = parser.value(QStringLiteral("keys")) == QLatin1String("ed25519") ? bench::KeyMix::Ed25519
                                                                                       : bench::KeyMix::Realistic;
        const QString keys = QStringLiteral(CERTDESK_BENCH_KEYS);
        first = bench::generateCertificates(count, 0, mix, keys);
        second = bench::generateCertificates(count, count, mix, keys);
        if (parser.isSet(QStringLiteral("save"))
            && !(saveDirectory(parser.value(QStringLiteral("save")), first, "a")
                 && saveDirectory(parser.value(QStringLiteral("save")), second, "b"))) {
            fprintf(stderr, "cannot write to %s\n", qPrintable(parser.value(QStringLiteral("save"))));
            return 1;
        }
    }
    const int n = int(first.size());
    printf("certdesk-bench import: N = %d certificates per set (%s), %d bytes average DER, generated in %.1f s\n", n,
           parser.isSet(QStringLiteral("dir")) ? "from a folder"
           : parser.value(QStringLiteral("keys")) == QLatin1String("ed25519") ? "generated, Ed25519 keys"
                                                                             : "generated, realistic key mix", n ? int(qint64(std::accumulate(first.begin(), first.end(), qint64(0), [](qint64 s, const QByteArray &d) { return s + d.size(); })) / n) : 0,
           double(gen.elapsed()) / 1000.0);
    printf("machine: %s, %d cores, %s\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(),
           OpenSSL_version(OPENSSL_VERSION));

    // This VM shares its cores with other tenants: one round's ratios swing by ±0.07. With
    // --repeat R each round is a full (a), (b), (c) on a fresh inventory, and the medians are
    // printed after the rounds.
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
    const QString dbPath = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : dir.filePath(QStringLiteral("bench.db"));
    QList<double> ratiosBa, ratiosCb;
    bool failed = false;
    qint64 stored = 0;
    for (int round = 1; round <= repeat; ++round) {
        if (repeat > 1)
            printf("round %d of %d\n", round, repeat);
        const double a = rawLimit(first);
        printf("(a) raw limit, 1 thread, d2i_X509 + SHA-256:   %9.0f certificates/s\n", a);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
        auto inv = Inventory::open(dbPath, clock);
        if (!inv) {
            fprintf(stderr, "%s\n", qPrintable(inv.error().message));
            return 1;
        }
        const ImportRun b = importInto(**inv, first, threads, batch);
        printf("(b) import into a fresh inventory:            %9.0f certificates/s  (%d imported, %d failed)\n", b.perSecond,
               b.report.imported, b.report.failed());
        const ImportRun c = importInto(**inv, second, threads, batch);
        printf("(c) import %d more into the inventory of %d: %9.0f certificates/s  (%d imported, %d failed)\n", n, n,
               c.perSecond, c.report.imported, c.report.failed());
        ratiosBa.append(b.perSecond / a);
        ratiosCb.append(c.perSecond / b.perSecond);
        printf("b/a = %.2f   (goal >= 1.30)\n", ratiosBa.last());
        printf("c/b = %.2f   (goal: c within 1.2x of b, i.e. >= 0.83)\n", ratiosCb.last());
        failed = failed || b.report.failed() || c.report.failed();
        stored = *(*inv)->count();
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
    };
    if (repeat > 1) {
        const auto [minCb, maxCb] = std::minmax_element(ratiosCb.cbegin(), ratiosCb.cend());
        const auto [minBa, maxBa] = std::minmax_element(ratiosBa.cbegin(), ratiosBa.cend());
        printf("over %d rounds: median b/a = %.2f (%.2f-%.2f), median c/b = %.2f (%.2f-%.2f)\n", repeat, median(ratiosBa),
               *minBa, *maxBa, median(ratiosCb), *minCb, *maxCb);
    }
    printf("peak memory: %.0f MiB   (goal < 500 MB)\n", peakMiB());
    QFile db(dbPath);
    printf("inventory size: %.1f MiB for %lld certificates\n", double(db.size()) / (1024.0 * 1024.0), stored);
    return failed ? 1 : 0;
}
