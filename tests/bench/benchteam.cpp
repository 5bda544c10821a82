#include "benchteam.h"

#include "benchcertificates.h"
#include "postgresserver.h"

#include "inventory/clock.h"
#include "inventory/dashboardstats.h"
#include "inventory/importjob.h"
#include "inventory/inventory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

namespace certdesk::bench {

using namespace core;

namespace {

struct Query
{
    const char *name;
    std::function<bool(Inventory &)> run; // false: it failed (printed)
};

template<typename T>
bool ok(const Result<T> &r, const char *what)
{
    if (!r)
        fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().message));
    return r.has_value();
}

double medianMs(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

struct Backend
{
    QString name;
    QString location;
    double importPerSecond = 0;
    int imported = 0, failed = 0;
    QList<double> queryMs;
    double readerMedianMs = 0, readerMaxMs = 0; // count + first page in another connection during the import
    int readerReads = 0;
};

} // namespace

int teamBenchmark(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("certdesk-bench team: the PostgreSQL team inventory against SQLite"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("team"));
    parser.addOption({QStringLiteral("count"), QStringLiteral("Certificates (default 100000)."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("keys"), QStringLiteral("realistic (default) or ed25519."), QStringLiteral("MIX"), QStringLiteral("realistic")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per query (default 5)."), QStringLiteral("R"), QStringLiteral("5")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const auto mix = parser.value(QStringLiteral("keys")) == QLatin1String("ed25519") ? KeyMix::Ed25519 : KeyMix::Realistic;

    QElapsedTimer gen;
    gen.start();
    const QList<QByteArray> ders = generateCertificates(count, 0, mix, QStringLiteral(CERTDESK_BENCH_KEYS));
    const QList<QByteArray> extra = generateCertificates(qMax(1000, count / 10), count, mix, QStringLiteral(CERTDESK_BENCH_KEYS));
    printf("certdesk-bench team: N = %lld certificates, generated in %.1f s\n", qint64(ders.size()), double(gen.elapsed()) / 1000.0);
    printf("machine: %s, %d cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());

    QTemporaryDir dir;
    test::PostgresServer server;
    // A server as a team would run it: durable commits, a cache of a few hundred MB.
    server.addSettings({QStringLiteral("fsync=on"), QStringLiteral("synchronous_commit=on"), QStringLiteral("shared_buffers=256MB"),
                        QStringLiteral("max_wal_size=2GB")});
    const QString why = server.start(dir.filePath(QStringLiteral("pg")));
    if (!why.isEmpty()) {
        fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(why));
        return 1;
    }
    {
        QSqlDatabase su = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-su"));
        su.setHostName(QStringLiteral("127.0.0.1"));
        su.setPort(server.port());
        su.setDatabaseName(QStringLiteral("postgres"));
        su.setUserName(QStringLiteral("postgres"));
        if (!su.open()) {
            fprintf(stderr, "cannot connect: %s\n", qPrintable(su.lastError().text()));
            return 1;
        }
        QSqlQuery q(su);
        if (!q.exec(QStringLiteral("CREATE ROLE certdesk_bench LOGIN CREATEROLE"))
            || !q.exec(QStringLiteral("CREATE DATABASE bench OWNER certdesk_bench"))) {
            fprintf(stderr, "cannot create the database: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        QSqlQuery v(su);
        if (v.exec(QStringLiteral("SELECT version()")) && v.next())
            printf("server: %s\n", qPrintable(v.value(0).toString().section(QLatin1Char(','), 0, 0)));
        su.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-su"));

    FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
    QList<Backend> backends(2);
    backends[0].name = QStringLiteral("SQLite");
    backends[0].location = dir.filePath(QStringLiteral("bench.db"));
    backends[1].name = QStringLiteral("PostgreSQL");
    backends[1].location = QStringLiteral("postgresql://certdesk_bench@127.0.0.1:%1/bench").arg(server.port());

    // What the console and the CLI ask of an inventory of N.
    QString someDomain;
    CertificateSummary firstPageLast;
    const CertificateFilter none;
    const SortSpec byExpiry;
    QList<qint64> pageIds;
    const QList<Query> queries{
        {"count, no filter", [](Inventory &inv) { return ok(inv.count(), "count"); }},
        {"first page (100) by expiry", [&](Inventory &inv) {
             auto r = inv.list(none, byExpiry, 100);
             if (r && !r->isEmpty()) {
                 firstPageLast = r->last();
                 pageIds.clear();
                 for (const CertificateSummary &s : *r)
                     pageIds << s.id;
             }
             return ok(r, "list");
         }},
        {"keyset page after it", [&](Inventory &inv) { return ok(inv.listAfter(none, byExpiry, firstPageLast, 100), "listAfter"); }},
        {"page at offset 50,000", [&](Inventory &inv) {
             auto r = inv.list(none, byExpiry, 100, qMin(50000, count / 2));
             if (r && !r->isEmpty())
                 someDomain = r->first().domainName;
             return ok(r, "list offset");
         }},
        {"names and tags of a page", [&](Inventory &inv) { return ok(inv.summaryExtras(pageIds), "summaryExtras"); }},
        {"expiring in 30 days: count + page", [&](Inventory &inv) {
             CertificateFilter f;
             f.expiresWithinDays = 30;
             return ok(inv.count(f), "count") && ok(inv.list(f, byExpiry, 100), "list");
         }},
        {"status EXPIRED: count + page", [&](Inventory &inv) {
             CertificateFilter f;
             f.status = Status::Expired;
             return ok(inv.count(f), "count") && ok(inv.list(f, byExpiry, 100), "list");
         }},
        {"tag env=prod: count + page", [&](Inventory &inv) {
             CertificateFilter f;
             f.tags = {TagFilter{QStringLiteral("env"), QStringLiteral("prod")}};
             return ok(inv.count(f), "count") && ok(inv.list(f, byExpiry, 100), "list");
         }},
        {"search one domain: resolve + count + page", [&](Inventory &inv) {
             CertificateFilter f;
             f.search = someDomain;
             auto r = inv.resolveSearch(f);
             return ok(r, "resolveSearch") && ok(inv.count(*r), "count") && ok(inv.list(*r, byExpiry, 100), "list");
         }},
        {"dashboard buckets", [&](Inventory &inv) { return ok(computeDashboardStats(inv.database(), clock.now()), "dashboard"); }},
    };

    bool failed = false;
    for (Backend &b : backends) {
        auto inv = Inventory::open(b.location, clock, QStringLiteral("bench-") + b.name);
        if (!inv) {
            fprintf(stderr, "%s: %s\n", qPrintable(b.name), qPrintable(inv.error().message));
            return 1;
        }
        QList<ImportSource> sources;
        sources.reserve(ders.size());
        for (int i = 0; i < ders.size(); ++i)
            sources.append(ImportSource{QStringLiteral("cert-%1.der").arg(i), ders[i]});
        QElapsedTimer t;
        t.start();
        const ImportReport report = ImportJob(**inv, ImportOptions{}).importData(sources);
        b.importPerSecond = double(ders.size()) / (double(t.nsecsElapsed()) / 1e9);
        b.imported = report.imported;
        b.failed = report.failed();
        failed = failed || b.failed || b.imported != ders.size();
        printf("%-10s import: %8.0f certificates/s (%d imported, %d failed, %.1f s)\n", qPrintable(b.name), b.importPerSecond,
               b.imported, b.failed, double(t.elapsed()) / 1000.0);
        if (!report.failures.isEmpty())
            printf("           first failure: %s\n", qPrintable(report.failures.first().message));
        fflush(stdout);
        // 500 tagged, as administrators tag: one change at a time.
        auto page = (*inv)->list(none, SortSpec{QStringLiteral("name"), false}, 500);
        if (!ok(page, "list"))
            return 1;
        for (const CertificateSummary &s : *page) {
            if (!ok((*inv)->addTags(s.id, {{QStringLiteral("env"), QStringLiteral("prod")}}), "addTags"))
                return 1;
        }
        for (const Query &q : queries) {
            q.run(**inv); // warm-up (and fills what the next queries use)
            QList<double> ms;
            for (int r = 0; r < runs; ++r) {
                QElapsedTimer qt;
                qt.start();
                failed = !q.run(**inv) || failed;
                ms << double(qt.nsecsElapsed()) / 1e6;
            }
            b.queryMs << medianMs(ms);
        }

        // More certificates arrive while another connection reads the whole time (count + first
        // page every 100 ms): long imports must not block readers.
        QList<ImportSource> more;
        for (int i = 0; i < extra.size(); ++i)
            more.append(ImportSource{QStringLiteral("more-%1.der").arg(i), extra[i]});
        std::atomic<bool> importing{true};
        QList<double> readerMs;
        std::thread reader([&] {
            auto other = Inventory::open(b.location, clock, QStringLiteral("bench-reader-") + b.name);
            if (!other)
                return;
            while (importing.load()) {
                QElapsedTimer rt;
                rt.start();
                if ((*other)->count() && (*other)->list(none, byExpiry, 100))
                    readerMs << double(rt.nsecsElapsed()) / 1e6;
                QThread::msleep(100);
            }
        });
        const ImportReport moreReport = ImportJob(**inv, ImportOptions{}).importData(more);
        importing = false;
        reader.join();
        failed = failed || moreReport.failed() || moreReport.imported != extra.size();
        if (!readerMs.isEmpty()) {
            b.readerMedianMs = medianMs(readerMs);
            b.readerMaxMs = *std::max_element(readerMs.cbegin(), readerMs.cend());
            b.readerReads = int(readerMs.size());
        }
    }

    printf("\nimport of %lld: SQLite %.0f/s, PostgreSQL %.0f/s: PostgreSQL takes %.2fx as long   (goal <= 2.00x)\n",
           qint64(ders.size()), backends[0].importPerSecond, backends[1].importPerSecond,
           backends[0].importPerSecond / backends[1].importPerSecond);
    for (const Backend &b : backends)
        printf("%-10s while %lld more are imported, another connection reads (count + first page every 100 ms): %d reads, "
               "median %.1f ms, max %.1f ms\n",
               qPrintable(b.name), qint64(extra.size()), b.readerReads, b.readerMedianMs, b.readerMaxMs);
    printf("\n%-44s %10s %12s   (goal < 100 ms, median of %d)\n", "query at N", "SQLite", "PostgreSQL", runs);
    for (int i = 0; i < queries.size(); ++i)
        printf("%-44s %8.1f ms %10.1f ms\n", queries[i].name, backends[0].queryMs[i], backends[1].queryMs[i]);
    server.stop();
    return failed ? 1 : 0;
}

} // namespace certdesk::bench
