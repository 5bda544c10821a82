#include "benchacme.h"

#include "acme/acmeaccounts.h"
#include "ca/certificateauthority.h"
#include "lifecycle/managedcertificates.h"
#include "pebbleserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace certdesk::bench {

using namespace core;

namespace {

const QByteArray kPassword = QByteArrayLiteral("certdesk-bench acme");

struct Figures
{
    QList<double> ms;
    QString failure;
    void print(const char *who) const
    {
        if (!failure.isEmpty() || ms.isEmpty()) {
            printf("  %-14s failed: %s\n", who, qPrintable(failure));
            return;
        }
        QList<double> v = ms;
        std::sort(v.begin(), v.end());
        const double median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
        printf("  %-14s median %7.0f ms   fastest %7.0f ms   slowest %7.0f ms   (%d orders)\n", who, median, v.first(), v.last(),
               int(v.size()));
    }
};

bool runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env, double *ms, QString *why)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(p.readAll().right(600)));
        return false;
    }
    *ms = double(t.nsecsElapsed()) / 1e6;
    return true;
}

} // namespace

int acmeBenchmark(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("count"), QStringLiteral("Orders per method and client (default 10)."), QStringLiteral("N"), QStringLiteral("10")}});
    QStringList args = app.arguments();
    args.removeAt(1);
    p.process(args);
    const int count = std::max(1, p.value(QStringLiteral("count")).toInt());
    const QString lego = QStandardPaths::findExecutable(QStringLiteral("lego"));
    if (lego.isEmpty()) {
        fprintf(stderr, "lego is not installed (Debian package lego)\n");
        return 1;
    }

    test::PebbleServer pebble;
    if (const QString e = pebble.start(); !e.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("pebble-tls.pem"));
    {
        QFile f(bundle);
        f.open(QIODevice::WriteOnly);
        f.write(pebble.tlsCertificate());
    }
    printf("certdesk-bench acme: %d orders per method and client against pebble on 127.0.0.1 (PEBBLE_VA_NOSLEEP=1)\n", count);
    printf("machine: %s, %d cores; %s\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(),
           qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));

    // certdesk, in process.
    SystemClock clock;
    const QString dbPath = dir.filePath(QStringLiteral("acme.db"));
    auto inv = Inventory::open(dbPath, clock, QStringLiteral("bench-acme"));
    if (!inv) {
        fprintf(stderr, "%s\n", qPrintable(inv.error().message));
        return 1;
    }
    const MasterPasswordCallback password = [](MasterPasswordPurpose) { return std::optional<QByteArray>(kPassword); };
    CertificateAuthorities cas(**inv, password);
    ManagedCertificates managed(cas, password);
    AcmeAccounts accounts(**inv, password);
    AcmeAccountRequest account;
    account.name = QStringLiteral("pebble");
    account.ca = pebble.directoryUrl();
    account.emails = {QStringLiteral("bench@example.org")};
    account.agreeTerms = true;
    account.extraTrustPem = pebble.tlsCertificate();
    if (auto a = accounts.create(account); !a) {
        fprintf(stderr, "%s\n", qPrintable(a.error().message));
        return 1;
    }
    AcmeHooks hooks;
    hooks.dnsInstructions = [&](const QList<DnsRecord> &records) -> Result<void> {
        for (const DnsRecord &r : records)
            if (!pebble.addTxt(r.name, r.value))
                return fail(ErrorCode::Io, QStringLiteral("challtestsrv refused the record"));
        return {};
    };
    managed.setAcmeHooks(hooks);

    // lego: one registration first (not timed), then the orders.
    const QString legoPath = dir.filePath(QStringLiteral("lego"));
    QProcessEnvironment legoEnv = QProcessEnvironment::systemEnvironment();
    legoEnv.insert(QStringLiteral("LEGO_CA_CERTIFICATES"), bundle);
    const QString script = dir.filePath(QStringLiteral("challtestsrv-txt.sh"));
    {
        // lego's exec provider: "present FQDN VALUE" / "cleanup FQDN VALUE" -> challtestsrv's API, in bash alone.
        QFile f(script);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("#!/bin/bash\n"
                               "path=/set-txt; body=\"{\\\"host\\\":\\\"$2\\\",\\\"value\\\":\\\"$3\\\"}\"\n"
                               "if [ \"$1\" = cleanup ]; then path=/clear-txt; body=\"{\\\"host\\\":\\\"$2\\\"}\"; fi\n"
                               "exec 3<>/dev/tcp/127.0.0.1/%1\n"
                               "printf 'POST %s HTTP/1.0\\r\\nContent-Type: application/json\\r\\nContent-Length: %d\\r\\n\\r\\n%s' \"$path\" ${#body} \"$body\" >&3\n"
                               "cat <&3 >/dev/null\n")
                    .arg(pebble.challManagementPort())
                    .toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    legoEnv.insert(QStringLiteral("EXEC_PATH"), script);
    legoEnv.insert(QStringLiteral("EXEC_POLLING_INTERVAL"), QStringLiteral("1"));
    legoEnv.insert(QStringLiteral("EXEC_PROPAGATION_TIMEOUT"), QStringLiteral("60"));
    const QStringList legoCommon{QStringLiteral("--server"), pebble.directoryUrl(), QStringLiteral("--accept-tos"), QStringLiteral("--email"),
                                 QStringLiteral("bench@example.org"), QStringLiteral("--path"), legoPath, QStringLiteral("--key-type"),
                                 QStringLiteral("ec256")};
    const QStringList legoHttp{QStringLiteral("--http"), QStringLiteral("--http.port"), QStringLiteral("127.0.0.1:%1").arg(pebble.httpPort())};
    const QStringList legoDns{QStringLiteral("--dns"), QStringLiteral("exec"), QStringLiteral("--dns.resolvers"), pebble.dnsServer(),
                              QStringLiteral("--dns.disable-cp")};
    {
        double ms = 0;
        QString why;
        if (!runProcess(lego, legoCommon + legoHttp + QStringList{QStringLiteral("--domains"), QStringLiteral("register.example.org"), QStringLiteral("run")},
                        legoEnv, &ms, &why)) {
            fprintf(stderr, "%s\n", qPrintable(why));
            return 1;
        }
    }
    // certdesk-cli: the same inventory, its key store unlocked from a password source each time.
    QProcessEnvironment cliEnv = QProcessEnvironment::systemEnvironment();
    cliEnv.insert(QStringLiteral("CERTDESK_BENCH_PASSWORD"), QString::fromLatin1(kPassword));

    for (const QString &method : {QStringLiteral("HTTP"), QStringLiteral("DNS")}) {
        Figures own, cli, legoFigures;
        for (int i = 0; i < count; ++i) {
            // Interleaved, so drift on the machine hits all three alike.
            const QString tag = QStringLiteral("%1%2").arg(method.toLower()).arg(i);
            RequestSpec spec;
            spec.issuerKind = IssuerKind::Acme;
            spec.issuer = QStringLiteral("pebble");
            spec.domainName = QStringLiteral("own-%1.example.org").arg(tag);
            spec.keyAlgorithm = QStringLiteral("EC_prime256v1");
            spec.acme.method = method;
            if (method == QLatin1String("HTTP"))
                spec.acme.httpListen = QStringLiteral("127.0.0.1:%1").arg(pebble.httpPort());
            else
                spec.acme.dnsResolver = pebble.dnsServer();
            QElapsedTimer t;
            t.start();
            auto m = managed.request(spec);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!m || m->status != ManagedStatus::Issued)
                own.failure = m ? m->failureReason : m.error().message;
            else
                own.ms << ms;

            QStringList cliArgs{QStringLiteral("request"), QStringLiteral("--domain=cli-%1.example.org").arg(tag), QStringLiteral("--issuer=acme:pebble"),
                                QStringLiteral("--key-type=EC_prime256v1"), QStringLiteral("--db=") + dbPath,
                                QStringLiteral("--password-source=env:CERTDESK_BENCH_PASSWORD")};
            if (method == QLatin1String("HTTP"))
                cliArgs << QStringLiteral("--http-listen=127.0.0.1:%1").arg(pebble.httpPort());
            else
                cliArgs << QStringLiteral("--validation=dns") << QStringLiteral("--dns-resolver=") + pebble.dnsServer();
            if (method == QLatin1String("HTTP")) {
                double cms = 0;
                QString why;
                if (runProcess(QStringLiteral(CERTDESK_CLI), cliArgs, cliEnv, &cms, &why))
                    cli.ms << cms;
                else
                    cli.failure = why;
            }

            double lms = 0;
            QString why;
            const QStringList legoArgs = legoCommon + (method == QLatin1String("HTTP") ? legoHttp : legoDns)
                                         + QStringList{QStringLiteral("--domains"), QStringLiteral("lego-%1.example.org").arg(tag), QStringLiteral("run")};
            if (runProcess(lego, legoArgs, legoEnv, &lms, &why))
                legoFigures.ms << lms;
            else
                legoFigures.failure = why;
        }
        printf("%s (%s):\n", method == QLatin1String("HTTP") ? "http-01" : "dns-01",
               method == QLatin1String("HTTP") ? "responder on 127.0.0.1" : "TXT record at challtestsrv, checked through it");
        own.print("certdesk");
        if (method == QLatin1String("HTTP"))
            cli.print("certdesk-cli");
        legoFigures.print("lego");
    }
    return 0;
}

} // namespace certdesk::bench
