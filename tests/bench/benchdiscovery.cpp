#include "benchdiscovery.h"

#include "deploy/discovery.h"
#include "deploy/endpointscanner.h"
#include "inventory/inventory.h"
#include "nginxserver.h"
#include "tlstestchain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace certdesk::bench {

using namespace core;

namespace {

struct Run
{
    double seconds = 0;
    QSet<quint16> found; // ports that served a certificate
    QSet<quint16> closed;
};

Run scan(const QList<ProbeTarget> &targets, int concurrency)
{
    ScanSpec spec;
    spec.concurrency = concurrency;
    QElapsedTimer t;
    t.start();
    const QList<ProbeResult> results = scanEndpoints(targets, spec);
    Run run;
    run.seconds = double(t.nsecsElapsed()) / 1e9;
    for (const ProbeResult &r : results) {
        if (r.served())
            run.found.insert(r.target.port);
        else if (r.status == ProbeStatus::Closed)
            run.closed.insert(r.target.port);
        else
            fprintf(stderr, "  scan: %s %s: %s\n", qPrintable(r.target.label()), qPrintable(probeStatusName(r.status)),
                    qPrintable(r.error));
    }
    return run;
}

Run opensslLoop(const QList<ProbeTarget> &targets)
{
    Run run;
    QElapsedTimer t;
    t.start();
    for (const ProbeTarget &target : targets) {
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                             QStringLiteral("127.0.0.1:%1").arg(target.port), QStringLiteral("-servername"),
                                             QStringLiteral("x")});
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished(1000);
        }
        const QByteArray out = p.readAll();
        if (out.contains("-----BEGIN CERTIFICATE-----"))
            run.found.insert(target.port);
        else if (out.contains("Connection refused"))
            run.closed.insert(target.port);
    }
    run.seconds = double(t.nsecsElapsed()) / 1e9;
    return run;
}

} // namespace

int discoveryBenchmark(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("tls"), QStringLiteral("TLS ports nginx listens on (default 800)."), QStringLiteral("N"), QStringLiteral("800")},
                  {QStringLiteral("closed"), QStringLiteral("Ports nobody listens on (default 200)."), QStringLiteral("M"), QStringLiteral("200")},
                  {QStringLiteral("concurrency"), QStringLiteral("Connections open at once (default: ScanSpec's)."), QStringLiteral("C"),
                   QString::number(ScanSpec::kDefaultConcurrency)},
                  {QStringLiteral("sweep"), QStringLiteral("Also time the scan at these concurrencies (e.g. 8,16,32,64,128,256)."),
                   QStringLiteral("LIST")},
                  {QStringLiteral("workers"), QStringLiteral("nginx worker processes (default 1)."), QStringLiteral("W"), QStringLiteral("1")},
                  {QStringLiteral("no-openssl"), QStringLiteral("Skip the openssl s_client loop.")}});
    QStringList args = app.arguments();
    args.removeAt(1);
    p.process(args);
    const int tlsCount = std::max(1, p.value(QStringLiteral("tls")).toInt());
    const int closedCount = std::max(0, p.value(QStringLiteral("closed")).toInt());
    const int concurrency = std::max(1, p.value(QStringLiteral("concurrency")).toInt());

    QTemporaryDir dir;
    const auto day = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC); };
    const test::TestKeyCert root = test::makeTestCertificate(QStringLiteral("bench root"), nullptr, day(2025, 1, 1), day(2035, 1, 1), true, 1);
    const test::TestKeyCert ca = test::makeTestCertificate(QStringLiteral("bench intermediate"), &root, day(2025, 1, 1), day(2035, 1, 1), true, 2);
    const test::TestKeyCert leaf = test::makeTestCertificate(QStringLiteral("x"), &ca, day(2025, 1, 1), day(2035, 1, 1), false, 3);
    const QString certFile = dir.filePath(QStringLiteral("chain.pem"));
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    if (!test::writeTestFile(certFile, leaf.certPem() + ca.certPem()) || !test::writeTestFile(keyFile, leaf.keyPem())) {
        fprintf(stderr, "cannot write to %s\n", qPrintable(dir.path()));
        return 1;
    }

    const QList<quint16> ports = test::NginxServer::freePorts(tlsCount + closedCount);
    if (ports.isEmpty()) {
        fprintf(stderr, "not %d free ports on 127.0.0.1\n", tlsCount + closedCount);
        return 1;
    }
    // Every fifth endpoint closed (with the defaults), in port order as a scan would go.
    QList<quint16> tlsPorts, closedPorts;
    for (int i = 0; i < ports.size(); ++i) {
        const bool closed = closedPorts.size() < closedCount
                            && (tlsPorts.size() >= tlsCount || (i + 1) * closedCount / ports.size() > closedPorts.size());
        (closed ? closedPorts : tlsPorts).append(ports[i]);
    }
    QList<test::NginxServer::Site> sites;
    for (quint16 port : tlsPorts)
        sites.append({port, true, certFile, keyFile, QString()});
    test::NginxServer nginx(dir.filePath(QStringLiteral("nginx")));
    nginx.setWorkerProcesses(std::max(1, p.value(QStringLiteral("workers")).toInt()));
    QElapsedTimer startup;
    startup.start();
    QString why;
    if (!nginx.start(sites, &why)) {
        fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    QList<ProbeTarget> targets;
    for (quint16 port : ports)
        targets.append(ProbeTarget{QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"), port, QStringLiteral("x"), StartTls::None});

    printf("certdesk-bench discovery: %d endpoints on 127.0.0.1 (%d TLS ports of one nginx with %d worker(s), %d closed), "
           "nginx up in %lld ms\n",
           int(targets.size()), int(tlsPorts.size()), std::max(1, p.value(QStringLiteral("workers")).toInt()),
           int(closedPorts.size()), startup.elapsed());
    printf("machine: %s, %d cores, %s\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(),
           OpenSSL_version(OPENSSL_VERSION));

    if (p.isSet(QStringLiteral("sweep"))) {
        for (const QString &c : p.value(QStringLiteral("sweep")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const Run r = scan(targets, c.toInt());
            printf("  sweep: concurrency %4d: %6.3f s  %7.0f endpoints/s  %d found\n", c.toInt(), r.seconds,
                   double(targets.size()) / r.seconds, int(r.found.size()));
        }
    }

    const Run ours = scan(targets, concurrency);
    printf("certdesk scanEndpoints, concurrency %d: %.3f s, %.0f endpoints/s, %d served a certificate, %d closed\n", concurrency,
           ours.seconds, double(targets.size()) / ours.seconds, int(ours.found.size()), int(ours.closed.size()));
    const QSet<quint16> expected(tlsPorts.cbegin(), tlsPorts.cend());
    bool missed = ours.found != expected;

    // The whole discovery as `certdesk-cli scan` runs it: probes plus recording into an inventory
    // (the chain imported once, every endpoint classified and stored). The first scan inserts
    // every endpoint; the second finds them all again and updates them.
    {
        SystemClock clock;
        auto inv = Inventory::open(dir.filePath(QStringLiteral("discovery.db")), clock, QStringLiteral("bench-discovery"));
        if (!inv) {
            fprintf(stderr, "%s\n", qPrintable(inv.error().message));
            return 1;
        }
        Discovery discovery(**inv);
        QList<quint16> all = tlsPorts + closedPorts;
        ScanSpec spec;
        spec.targets = {QStringLiteral("127.0.0.1")};
        spec.ports = all;
        spec.sni = QStringLiteral("x");
        spec.concurrency = concurrency;
        for (const char *which : {"first scan (all new)", "second scan (all seen again)"}) {
            QElapsedTimer t;
            t.start();
            auto summary = discovery.scan(spec);
            if (!summary) {
                fprintf(stderr, "%s\n", qPrintable(summary.error().message));
                return 1;
            }
            printf("Discovery::scan into an inventory, %s: %.3f s, %.0f endpoints/s (%s)\n", which,
                   double(t.nsecsElapsed()) / 1e9, double(all.size()) / (double(t.nsecsElapsed()) / 1e9),
                   qPrintable(summary->describe()));
            missed = missed || summary->serving != int(expected.size());
        }
    }
    if (!p.isSet(QStringLiteral("no-openssl"))) {
        const Run loop = opensslLoop(targets);
        printf("openssl s_client, sequential:     %.3f s, %.0f endpoints/s, %d served a certificate, %d closed\n", loop.seconds,
               double(targets.size()) / loop.seconds, int(loop.found.size()), int(loop.closed.size()));
        printf("ratio: certdesk is %.1fx faster (goal >= 20x)\n", loop.seconds / ours.seconds);
        missed = missed || loop.found != expected;
    }
    printf("same %d endpoints found, none missed: %s\n", int(expected.size()), missed ? "NO" : "yes");
    return missed ? 1 : 0;
}

} // namespace certdesk::bench
