#include "benchrenew.h"

#include "ca/certificateauthority.h"
#include "inventory/inventory.h"
#include "lifecycle/managedcertificates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <openssl/crypto.h>

#include <algorithm>
#include <cstdio>

namespace certdesk::bench {

using namespace core;

namespace {

const QByteArray kPassword = QByteArrayLiteral("certdesk-bench renew");

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

struct Round
{
    double dueMs = 0;
    double renewPerSecond = 0;
    double rawPerSecond = 0;
};

bool round(int managedCount, int dueCount, bool printPlan, Round *out)
{
    QTemporaryDir dir;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    FixedClock clock(start);
    auto inv = Inventory::open(dir.filePath(QStringLiteral("renew.db")), clock, QStringLiteral("bench-renew"));
    if (!inv) {
        fprintf(stderr, "%s\n", qPrintable(inv.error().message));
        return false;
    }
    (*inv)->keyStore().setScryptCost(1 << 12);
    const MasterPasswordCallback password = [](MasterPasswordPurpose) { return std::optional<QByteArray>(kPassword); };
    CertificateAuthorities cas(**inv, password);
    ManagedCertificates managed(cas, password);
    CaConfig config;
    config.name = QStringLiteral("bench-root");
    config.subject = QStringLiteral("CN=Bench Renewal Root");
    config.keyAlgorithm = QStringLiteral("EC_prime256v1");
    auto ca = cas.create(config);
    if (!ca) {
        fprintf(stderr, "%s\n", qPrintable(ca.error().message));
        return false;
    }
    // N managed certificates; the first D renew 80 days before expiry (due at day 10), the rest
    // use the default window (due at day 60). At day 11, D are due.
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < managedCount; ++i) {
        RequestSpec spec;
        spec.domainName = QStringLiteral("host-%1.renew.bench.example").arg(i);
        spec.keyAlgorithm = QStringLiteral("EC_prime256v1");
        spec.issuer = config.name;
        spec.validity = Validity::days(90);
        if (i < dueCount)
            spec.renewBeforeDays = 80;
        auto m = managed.request(spec);
        if (!m || m->status != ManagedStatus::Issued) {
            fprintf(stderr, "request %d: %s\n", i, m ? qPrintable(m->failureReason) : qPrintable(m.error().message));
            return false;
        }
    }
    printf("  %d managed certificates requested in %.1f s\n", managedCount, double(t.elapsed()) / 1000.0);
    QSqlQuery(inv->get()->database().db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    clock.set(start.addDays(11));
    // due(): best of 5 (it only reads).
    double best = 1e9;
    qsizetype found = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer d;
        d.start();
        auto due = managed.due();
        const double ms = double(d.nsecsElapsed()) / 1e6;
        if (!due)
            return false;
        found = due->size();
        best = std::min(best, ms);
    }
    if (found != dueCount) {
        fprintf(stderr, "due() found %lld, expected %d\n", qint64(found), dueCount);
        return false;
    }
    out->dueMs = best;
    if (printPlan) {
        QSqlQuery plan(inv->get()->database().db());
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT m.id FROM managed m LEFT JOIN certificates c ON c.id = m.cert_id "
                                 "WHERE m.due_at IS NOT NULL AND m.due_at <= 0 AND m.status = 'ISSUED' AND m.cert_id IS NOT NULL "
                                 "AND c.revoked_at IS NULL ORDER BY m.due_at, m.id"));
        while (plan.next())
            printf("  plan of due(): %s\n", qPrintable(plan.value(3).toString()));
    }

    t.restart();
    auto renewed = managed.renewDue();
    const double renewSecs = double(t.nsecsElapsed()) / 1e9;
    if (!renewed || renewed->size() != dueCount
        || std::any_of(renewed->cbegin(), renewed->cend(), [](const RenewalOutcome &o) { return o.result != QLatin1String("RENEWED"); })) {
        fprintf(stderr, "renewDue did not renew all %d\n", dueCount);
        return false;
    }
    out->renewPerSecond = dueCount / renewSecs;

    // Raw limit: the same issues straight from the CA, each with a generated key.
    IssueRequest req;
    req.templateName = QStringLiteral("EndEntityServerAuth");
    req.keyAlgorithm = QStringLiteral("EC_prime256v1");
    req.validity = Validity::days(90);
    t.restart();
    for (int i = 0; i < dueCount; ++i) {
        req.subject = QStringLiteral("CN=raw-%1.renew.bench.example").arg(i);
        if (!cas.issue(ca->id, req))
            return false;
    }
    out->rawPerSecond = dueCount / (double(t.nsecsElapsed()) / 1e9);
    return true;
}

} // namespace

int renewBenchmark(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("certdesk-bench renew: the renewal engine at scale"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("renew"));
    parser.addOption({QStringLiteral("managed"), QStringLiteral("Managed certificates (default 10000)."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("due"), QStringLiteral("Of them due (default 1000)."), QStringLiteral("D"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Rounds, each in a fresh inventory (default 1)."), QStringLiteral("R"),
                      QStringLiteral("1")});
    parser.process(app);
    const int n = qMax(10, parser.value(QStringLiteral("managed")).toInt());
    const int d = std::clamp(parser.value(QStringLiteral("due")).toInt(), 1, n);
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    printf("certdesk-bench renew: %d managed certificates (P-256, 90 days, P-256 root CA), %d due\n", n, d);
    printf("machine: %s, %d cores, %s\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(),
           OpenSSL_version(OPENSSL_VERSION));
    QList<double> dueMs, renew, raw;
    for (int r = 1; r <= repeat; ++r) {
        printf("round %d\n", r);
        Round out;
        if (!round(n, d, r == 1, &out))
            return 1;
        printf("  due(): %.2f ms to find %d due among %d\n", out.dueMs, d, n);
        printf("  renewDue(): %.0f renewals/s; raw limit (issue with a generated key): %.0f/s; ratio %.2f\n",
               out.renewPerSecond, out.rawPerSecond, out.renewPerSecond / out.rawPerSecond);
        fflush(stdout);
        dueMs << out.dueMs;
        renew << out.renewPerSecond;
        raw << out.rawPerSecond;
    }
    if (repeat > 1)
        printf("median: due() %.2f ms, renewDue %.0f/s, raw %.0f/s, ratio %.2f\n", median(dueMs), median(renew), median(raw),
               median(renew) / median(raw));
    return 0;
}

} // namespace certdesk::bench
