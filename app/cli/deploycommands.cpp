#include "cli.h"

#include "deploy/deployments.h"
#include "deploy/discovery.h"
#include "x509/certificatejson.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace certdesk::cli {

using namespace core;

namespace {

QString time(const QDateTime &t)
{
    return t.isValid() ? formatUtc(t) : QString();
}

QJsonObject toJson(const EndpointRecord &e)
{
    QJsonObject o{{QStringLiteral("Id"), e.id},
                  {QStringLiteral("Host"), e.host},
                  {QStringLiteral("Address"), e.address},
                  {QStringLiteral("Port"), int(e.port)},
                  {QStringLiteral("Sni"), e.sni},
                  {QStringLiteral("StartTls"), e.startTls},
                  {QStringLiteral("State"), e.state},
                  {QStringLiteral("Detail"), e.detail},
                  {QStringLiteral("ProbeStatus"), e.probeStatus},
                  {QStringLiteral("LeafSha256"), e.leafSha256},
                  {QStringLiteral("LeafDomainName"), e.leafDomainName},
                  {QStringLiteral("LeafNotAfter"), time(e.leafNotAfter)},
                  {QStringLiteral("ChainProblems"), QJsonArray::fromStringList(e.chainProblems)},
                  {QStringLiteral("ChainLength"), e.chainLength},
                  {QStringLiteral("TlsVersion"), e.tlsVersion},
                  {QStringLiteral("Cipher"), e.cipher},
                  {QStringLiteral("FirstSeen"), time(e.firstSeen)},
                  {QStringLiteral("LastSeen"), time(e.lastSeen)},
                  {QStringLiteral("LastChecked"), time(e.lastChecked)}};
    if (e.certificateId)
        o.insert(QStringLiteral("CertificateId"), *e.certificateId);
    if (e.deploymentId)
        o.insert(QStringLiteral("DeploymentId"), QStringLiteral("dep-%1").arg(*e.deploymentId));
    if (e.goneAt.isValid())
        o.insert(QStringLiteral("GoneAt"), time(e.goneAt));
    return o;
}

QJsonObject toJson(const Deployment &d)
{
    QJsonObject o{{QStringLiteral("Id"), d.ref()},
                  {QStringLiteral("CertificateId"), d.certificateId},
                  {QStringLiteral("DomainName"), d.domainName},
                  {QStringLiteral("NotAfter"), time(d.notAfter)},
                  {QStringLiteral("Target"), d.targetDir},
                  {QStringLiteral("Layout"), deployLayoutName(d.layout)},
                  {QStringLiteral("KeyOwner"), d.keyPermissions.owner},
                  {QStringLiteral("KeyGroup"), d.keyPermissions.group},
                  {QStringLiteral("KeyMode"), QStringLiteral("0%1").arg(d.keyPermissions.mode, 0, 8)},
                  {QStringLiteral("ReloadCommand"), d.reloadCommand},
                  {QStringLiteral("State"), deploymentStateName(d.state)},
                  {QStringLiteral("OutOfDate"), d.outOfDate()},
                  {QStringLiteral("LastRunAt"), time(d.lastRunAt)},
                  {QStringLiteral("LastError"), d.lastError},
                  {QStringLiteral("LastOutput"), d.lastOutput},
                  {QStringLiteral("CreatedAt"), time(d.createdAt)}};
    if (d.managedId)
        o.insert(QStringLiteral("ManagedId"), QStringLiteral("mc-%1").arg(*d.managedId));
    if (d.deployedCertificateId)
        o.insert(QStringLiteral("DeployedCertificateId"), *d.deployedCertificateId);
    if (!d.endpointHost.isEmpty())
        o.insert(QStringLiteral("Endpoint"), QStringLiteral("%1:%2").arg(d.endpointHost).arg(d.endpointPort));
    if (!d.endpointSni.isEmpty())
        o.insert(QStringLiteral("Sni"), d.endpointSni);
    if (d.endpoint)
        o.insert(QStringLiteral("EndpointCheck"), toJson(*d.endpoint));
    return o;
}

QJsonObject toJson(const DeploymentRun &r)
{
    QJsonObject o{{QStringLiteral("Id"), QStringLiteral("dep-%1").arg(r.deploymentId)},
                  {QStringLiteral("Ok"), r.ok},
                  {QStringLiteral("Files"), QJsonArray::fromStringList(r.files)},
                  {QStringLiteral("Error"), r.error},
                  {QStringLiteral("ReloadOutput"), r.reload.output}};
    if (r.check)
        o.insert(QStringLiteral("EndpointCheck"), toJson(*r.check));
    return o;
}

// "host:port", "[v6]:port"; false with *why.
bool parseEndpoint(const QString &text, QString *host, quint16 *port, QString *why)
{
    QString h;
    QString p;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *why = QStringLiteral("--endpoint %1: write an IPv6 address as [ADDRESS]:PORT").arg(text);
            return false;
        }
        h = text.mid(1, close - 1);
        p = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *why = QStringLiteral("--endpoint %1: expected HOST:PORT").arg(text);
            return false;
        }
        h = text.left(colon);
        p = text.mid(colon + 1);
    }
    bool ok = false;
    const uint n = p.toUInt(&ok);
    if (!ok || n == 0 || n > 65535) {
        *why = QStringLiteral("--endpoint %1: %2 is not a port").arg(text, p);
        return false;
    }
    *host = h;
    *port = quint16(n);
    return true;
}

// A certificate REF, or mc-N for the current certificate of a managed one.
Result<qint64> resolveCertificate(Inventory &inv, const QString &ref)
{
    if (!ref.startsWith(QLatin1String("mc-"), Qt::CaseInsensitive))
        return inv.resolve(ref);
    QSqlQuery q(inv.database().db());
    q.prepare(QStringLiteral("SELECT cert_id FROM managed WHERE id = ?"));
    q.addBindValue(ref.mid(3).toLongLong());
    if (!q.exec() || !q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("there is no managed certificate %1").arg(ref));
    if (q.value(0).isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 has no certificate yet").arg(ref));
    return q.value(0).toLongLong();
}

QString checkLine(const EndpointRecord &e)
{
    QString line = QStringLiteral("%1  %2  %3").arg(e.label(), e.state, e.detail);
    for (const QString &p : e.chainProblems)
        line += QStringLiteral("\n      chain: %1").arg(p);
    return line;
}

bool checkPassed(const EndpointRecord &e)
{
    return e.state == EndpointState::Current && e.chainProblems.isEmpty();
}

void printRun(QTextStream &o, const DeploymentRun &r)
{
    if (r.ok) {
        o << QStringLiteral("dep-%1  DEPLOYED  %2 file(s): %3\n").arg(r.deploymentId).arg(r.files.size()).arg(r.files.join(QStringLiteral(", ")));
        if (!r.reload.output.trimmed().isEmpty())
            o << "      reload: " << r.reload.output.trimmed() << '\n';
        if (r.check)
            o << "      endpoint " << checkLine(*r.check) << '\n';
    } else {
        o << QStringLiteral("dep-%1  FAILED    %2\n").arg(r.deploymentId).arg(r.error);
    }
}

int deployAdd(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Bind a certificate to a deployment target: a folder the server reads plus a file layout, an optional reload "
        "command (run without a shell, with a time limit; a failure puts the previous files back) and an optional "
        "endpoint that serves it (checked after each run). A managed certificate's deployment follows its renewals: "
        "the renewal engine runs it again after each one.\nLayouts: %1.")
                                    .arg(deployLayoutNames().join(QStringLiteral(", "))));
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The certificate (id or fingerprint, or mc-N)."));
    p.addOptions({
        {QStringLiteral("target"), QStringLiteral("The folder to write (absolute path)."), QStringLiteral("DIR")},
        {QStringLiteral("layout"), QStringLiteral("File layout: %1.").arg(deployLayoutNames().join(QStringLiteral(", "))), QStringLiteral("LAYOUT")},
        {QStringLiteral("reload-cmd"), QStringLiteral("Command that makes the server read the files, e.g. \"nginx -s reload\"."), QStringLiteral("CMD")},
        {QStringLiteral("reload-timeout"), QStringLiteral("Seconds the reload command may take (default 30)."), QStringLiteral("SEC")},
        {QStringLiteral("endpoint"), QStringLiteral("HOST:PORT that serves the certificate, checked after each run."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("sni"), QStringLiteral("Server name sent to the endpoint (default: its host)."), QStringLiteral("NAME")},
        {QStringLiteral("key-owner"), QStringLiteral("Owner of the key file (user name or uid)."), QStringLiteral("USER")},
        {QStringLiteral("key-group"), QStringLiteral("Group of the key file (name or gid)."), QStringLiteral("GROUP")},
        {QStringLiteral("key-mode"), QStringLiteral("Mode of the key file, octal (default 0600)."), QStringLiteral("MODE")},
        {QStringLiteral("file-password-source"), QStringLiteral("PKCS#12 / PEM bundle password: pass:, env:, file: or fd:."), QStringLiteral("SRC")},
        {QStringLiteral("alias"), QStringLiteral("PKCS#12 friendly name / Java alias (default: the domain name)."), QStringLiteral("NAME")},
        {QStringLiteral("run"), QStringLiteral("Run the deployment at once.")},
    });
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(p, args, 1, &code);
    if (!inv)
        return code;
    auto certId = resolveCertificate(*inv, p.positionalArguments().first());
    if (!certId)
        return cli.fail(Usage, certId.error().message);
    DeploymentSpec spec;
    spec.certificateId = *certId;
    spec.targetDir = p.value(QStringLiteral("target"));
    if (spec.targetDir.isEmpty())
        return cli.fail(Usage, QStringLiteral("--target DIR is required"));
    const auto layout = deployLayoutFromName(p.value(QStringLiteral("layout")));
    if (!layout)
        return cli.fail(Usage, QStringLiteral("--layout must be one of %1").arg(deployLayoutNames().join(QStringLiteral(", "))));
    spec.layout = *layout;
    spec.reloadCommand = p.value(QStringLiteral("reload-cmd"));
    if (p.isSet(QStringLiteral("reload-timeout"))) {
        bool ok = false;
        const double secs = p.value(QStringLiteral("reload-timeout")).toDouble(&ok);
        if (!ok || secs < 0.1 || secs > 3600)
            return cli.fail(Usage, QStringLiteral("--reload-timeout must be 0.1 to 3600 seconds"));
        spec.reloadTimeoutMs = int(secs * 1000);
    }
    if (p.isSet(QStringLiteral("endpoint"))) {
        QString why;
        if (!parseEndpoint(p.value(QStringLiteral("endpoint")), &spec.endpointHost, &spec.endpointPort, &why))
            return cli.fail(Usage, why);
    }
    spec.endpointSni = p.value(QStringLiteral("sni"));
    if (!spec.endpointSni.isEmpty() && spec.endpointHost.isEmpty())
        return cli.fail(Usage, QStringLiteral("--sni goes with --endpoint"));
    spec.keyPermissions.owner = p.value(QStringLiteral("key-owner"));
    spec.keyPermissions.group = p.value(QStringLiteral("key-group"));
    if (p.isSet(QStringLiteral("key-mode"))) {
        bool ok = false;
        spec.keyPermissions.mode = p.value(QStringLiteral("key-mode")).toInt(&ok, 8);
        if (!ok)
            return cli.fail(Usage, QStringLiteral("--key-mode must be an octal mode such as 0600 or 0640"));
    }
    if (p.isSet(QStringLiteral("file-password-source"))) {
        bool ok = false;
        auto pass = cli.readSource(p.value(QStringLiteral("file-password-source")), &ok);
        if (!ok)
            return Usage;
        spec.password = pass.value_or(QByteArray());
    }
    spec.alias = p.value(QStringLiteral("alias"));
    Deployments deployments(*inv, cli.masterPassword());
    auto d = deployments.add(spec);
    if (!d)
        return cli.fail(exitCodeFor(d.error()), d.error().message);
    std::optional<DeploymentRun> run;
    if (p.isSet(QStringLiteral("run"))) {
        auto r = deployments.run(d->id);
        if (!r)
            return cli.fail(exitCodeFor(r.error()), r.error().message);
        run = *r;
        d = deployments.get(d->id);
        if (!d)
            return cli.fail(Failed, d.error().message);
    }
    if (cli.json()) {
        QJsonObject o = toJson(*d);
        if (run)
            o.insert(QStringLiteral("Run"), toJson(*run));
        cli.printJson(o);
    } else {
        cli.out() << QStringLiteral("%1: %2 (#%3) to %4 as %5\n")
                         .arg(d->ref(), d->domainName)
                         .arg(d->certificateId)
                         .arg(d->targetDir, deployLayoutName(d->layout));
        if (run)
            printRun(cli.out(), *run);
        cli.out().flush();
    }
    if (run && (!run->ok || (run->check && !checkPassed(*run->check))))
        return Failed;
    return Ok;
}

int deployList(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List deployments: target, layout, state, and the endpoint's last check."));
    cli.addCommonOptions(p);
    p.addOptions({{QStringLiteral("problems"), QStringLiteral("Only failed or out-of-date deployments and endpoints not serving the current certificate.")},
                  {QStringLiteral("cert"), QStringLiteral("Only the deployments of this certificate."), QStringLiteral("REF")}});
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(p, args, 0, &code);
    if (!inv)
        return code;
    DeploymentFilter filter;
    filter.problemsOnly = p.isSet(QStringLiteral("problems"));
    if (p.isSet(QStringLiteral("cert"))) {
        auto id = inv->resolve(p.value(QStringLiteral("cert")));
        if (!id)
            return cli.fail(Usage, id.error().message);
        filter.certificateId = *id;
    }
    Deployments deployments(*inv, cli.masterPassword());
    auto list = deployments.list(filter);
    if (!list)
        return cli.fail(Failed, list.error().message);
    if (cli.json()) {
        QJsonArray a;
        for (const Deployment &d : std::as_const(*list))
            a.append(toJson(d));
        cli.printJson(a);
        return Ok;
    }
    QTextStream &o = cli.out();
    if (list->isEmpty())
        o << "No deployments.\n";
    for (const Deployment &d : std::as_const(*list)) {
        QString state = deploymentStateName(d.state);
        if (d.state == DeploymentState::Deployed && d.outOfDate())
            state = QStringLiteral("OUT_OF_DATE");
        o << d.ref().leftJustified(8) << state.leftJustified(12) << deployLayoutName(d.layout).leftJustified(14)
          << QStringLiteral("#%1 %2").arg(d.certificateId).arg(d.domainName).leftJustified(30) << ' ' << d.targetDir;
        if (d.endpoint)
            o << "  [" << d.endpoint->label() << ' ' << d.endpoint->state
              << (d.endpoint->chainProblems.isEmpty() ? QString() : QStringLiteral(", chain problems")) << ']';
        o << '\n';
        if (d.state == DeploymentState::Failed)
            o << "        " << d.lastError << '\n';
    }
    o.flush();
    return Ok;
}

int deployRun(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Run deployments: write the files (atomically, keeping the previous ones as NAME.certdesk-previous), run the "
        "reload command (a failure puts the previous files back) and check the endpoint.\nExit status 1 when a "
        "deployment failed or its endpoint does not serve what was deployed."));
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("dep-N."), QStringLiteral("[ID]"));
    p.addOption({QStringLiteral("all"), QStringLiteral("Run every deployment.")});
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(p, args, 0, &code);
    if (!inv)
        return code;
    const bool all = p.isSet(QStringLiteral("all"));
    if (all == !p.positionalArguments().isEmpty())
        return cli.fail(Usage, QStringLiteral("give either one deployment ID or --all"));
    Deployments deployments(*inv, cli.masterPassword());
    QList<DeploymentRun> runs;
    if (all) {
        auto r = deployments.runAll();
        if (!r)
            return cli.fail(exitCodeFor(r.error()) == Usage ? Failed : exitCodeFor(r.error()), r.error().message);
        runs = *r;
    } else {
        auto id = deployments.resolve(p.positionalArguments().first());
        if (!id)
            return cli.fail(Usage, id.error().message);
        auto r = deployments.run(*id);
        if (!r)
            return cli.fail(exitCodeFor(r.error()), r.error().message);
        runs << *r;
    }
    bool failed = false;
    for (const DeploymentRun &r : std::as_const(runs))
        failed = failed || !r.ok || (r.check && !checkPassed(*r.check));
    if (cli.json()) {
        QJsonArray a;
        for (const DeploymentRun &r : std::as_const(runs))
            a.append(toJson(r));
        cli.printJson(a);
    } else {
        if (runs.isEmpty())
            cli.out() << "No deployments.\n";
        for (const DeploymentRun &r : std::as_const(runs))
            printRun(cli.out(), r);
        cli.out().flush();
    }
    return failed ? Failed : Ok;
}

int deployRemove(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Forget a deployment (the files it wrote stay where they are)."));
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("dep-N."));
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(p, args, 1, &code);
    if (!inv)
        return code;
    Deployments deployments(*inv, cli.masterPassword());
    auto id = deployments.resolve(p.positionalArguments().first());
    if (!id)
        return cli.fail(Usage, id.error().message);
    if (auto r = deployments.remove(*id); !r)
        return cli.fail(exitCodeFor(r.error()), r.error().message);
    if (!cli.json())
        cli.out() << QStringLiteral("Removed dep-%1 (its files stay in place).\n").arg(*id);
    else
        cli.printJson(QJsonObject{{QStringLiteral("Removed"), QStringLiteral("dep-%1").arg(*id)}});
    cli.out().flush();
    return Ok;
}

int deployCheck(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Check what deployments' endpoints serve: a TLS handshake with SNI, the served chain compared with the "
        "inventory (current, stale, another certificate, unknown) and checked for missing intermediates, wrong order "
        "and expired certificates.\nExit status 1 when an endpoint does not serve the deployed certificate or its "
        "chain has a problem."));
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("dep-N (default: every deployment with an endpoint)."), QStringLiteral("[ID]"));
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(p, args, 0, &code);
    if (!inv)
        return code;
    Deployments deployments(*inv, cli.masterPassword());
    QList<EndpointRecord> checks;
    if (p.positionalArguments().isEmpty()) {
        auto r = deployments.checkAll();
        if (!r)
            return cli.fail(Failed, r.error().message);
        checks = *r;
    } else {
        auto id = deployments.resolve(p.positionalArguments().first());
        if (!id)
            return cli.fail(Usage, id.error().message);
        auto r = deployments.check(*id);
        if (!r)
            return cli.fail(exitCodeFor(r.error()), r.error().message);
        checks << *r;
    }
    bool failed = false;
    for (const EndpointRecord &e : std::as_const(checks))
        failed = failed || !checkPassed(e);
    if (cli.json()) {
        QJsonArray a;
        for (const EndpointRecord &e : std::as_const(checks))
            a.append(toJson(e));
        cli.printJson(a);
    } else {
        if (checks.isEmpty())
            cli.out() << "No deployment has an endpoint.\n";
        for (const EndpointRecord &e : std::as_const(checks))
            cli.out() << (e.deploymentId ? QStringLiteral("dep-%1  ").arg(*e.deploymentId) : QString()) << checkLine(e) << '\n';
        cli.out().flush();
    }
    return failed ? Failed : Ok;
}

constexpr Subcommand kDeploySubcommands[] = {
    {"add", deployAdd, "Bind a certificate to a target folder and layout (nginx, apache, haproxy, pem-bundle, pkcs12 ...)"},
    {"list", deployList, "List deployments and their endpoint checks"},
    {"run", deployRun, "Write the files and reload: one deployment, or --all"},
    {"remove", deployRemove, "Forget a deployment (its files stay)"},
    {"check", deployCheck, "Check what the deployments' endpoints serve"},
};

void printSummary(QTextStream &o, const ScanSummary &s)
{
    for (const EndpointRecord &e : s.endpoints) {
        o << e.label().leftJustified(28) << ' ' << e.state.leftJustified(17);
        if (!e.leafDomainName.isEmpty())
            o << e.leafDomainName << " (expires " << e.leafNotAfter.toString(Qt::ISODate) << ", " << e.tlsVersion << ')';
        else
            o << e.detail;
        o << '\n';
        if (!e.leafDomainName.isEmpty() && e.state != EndpointState::Current)
            o << "      " << e.detail << '\n';
        for (const QString &p : e.chainProblems)
            o << "      chain: " << p << '\n';
    }
    o << s.describe() << QStringLiteral(" in %1 ms\n").arg(s.elapsedMs);
}

QJsonObject toJson(const ScanSummary &s)
{
    QJsonArray endpoints;
    for (const EndpointRecord &e : s.endpoints)
        endpoints.append(toJson(e));
    return QJsonObject{{QStringLiteral("Probed"), s.probed},     {QStringLiteral("Serving"), s.serving},
                       {QStringLiteral("Failed"), s.failed},     {QStringLiteral("NewEndpoints"), s.newEndpoints},
                       {QStringLiteral("NewCertificates"), s.newCertificates},
                       {QStringLiteral("Gone"), s.gone},         {QStringLiteral("Problems"), s.problems},
                       {QStringLiteral("ElapsedMs"), s.elapsedMs}, {QStringLiteral("Endpoints"), endpoints}};
}

QJsonObject toJson(const SavedScan &s)
{
    QJsonArray ports;
    for (quint16 p : s.spec.ports)
        ports.append(int(p));
    return QJsonObject{{QStringLiteral("Id"), s.id},
                       {QStringLiteral("Name"), s.name},
                       {QStringLiteral("Targets"), QJsonArray::fromStringList(s.spec.targets)},
                       {QStringLiteral("Ports"), ports},
                       {QStringLiteral("Sni"), s.spec.sni},
                       {QStringLiteral("Concurrency"), s.spec.concurrency},
                       {QStringLiteral("TimeoutMs"), s.spec.timeoutMs},
                       {QStringLiteral("IntervalHours"), s.intervalHours},
                       {QStringLiteral("LastRunAt"), time(s.lastRunAt)},
                       {QStringLiteral("NextRunAt"), time(s.nextRunAt)},
                       {QStringLiteral("LastSummary"), s.lastSummary}};
}

} // namespace

int runDeploy(Cli &cli, const QStringList &args)
{
    return runSubcommand(cli, args, QStringLiteral("deploy"),
                         QStringLiteral("Deployments: put certificates where servers read them, reload, check the endpoint."),
                         kDeploySubcommands);
}

int runScan(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Discovery: connect to TLS endpoints (hosts, names, CIDR ranges times ports; STARTTLS on SMTP 25/587, IMAP "
        "143, POP3 110 and PostgreSQL 5432), record the chains they serve, add new certificates to the inventory with "
        "where they were seen, compare with what the inventory holds, and notice endpoints that disappeared.\n"
        "Saved scans: --save NAME keeps the scan (daily by default, --every HOURS; 0 = by hand); --saved NAME runs "
        "one; --due runs every saved scan that is due (for a timer); --list shows them; --remove NAME.\n"
        "Exit status 1 when an endpoint serves a stale or unknown certificate, fails, or has chain problems."));
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("Host name, IP address or CIDR range."), QStringLiteral("[TARGET...]"));
    p.addOptions({
        {QStringLiteral("ports"), QStringLiteral("Ports, e.g. 443,8443,9000-9010 (default %1).").arg([] {
             QStringList s;
             for (quint16 port : defaultScanPorts())
                 s << QString::number(port);
             return s.join(QLatin1Char(','));
         }()), QStringLiteral("LIST")},
        {QStringLiteral("sni"), QStringLiteral("Server name to send (default: the host name; none for addresses)."), QStringLiteral("NAME")},
        {QStringLiteral("concurrency"), QStringLiteral("Connections open at once (default %1).").arg(ScanSpec::kDefaultConcurrency), QStringLiteral("N")},
        {QStringLiteral("timeout"), QStringLiteral("Milliseconds per connection (default %1).").arg(ScanSpec::kDefaultTimeoutMs), QStringLiteral("MS")},
        {QStringLiteral("save"), QStringLiteral("Save the scan under NAME (and run it now)."), QStringLiteral("NAME")},
        {QStringLiteral("every"), QStringLiteral("With --save: run every HOURS hours (default 24; 0 = by hand)."), QStringLiteral("HOURS")},
        {QStringLiteral("saved"), QStringLiteral("Run the saved scan NAME."), QStringLiteral("NAME")},
        {QStringLiteral("due"), QStringLiteral("Run every saved scan that is due.")},
        {QStringLiteral("list"), QStringLiteral("List saved scans.")},
        {QStringLiteral("remove"), QStringLiteral("Remove the saved scan NAME."), QStringLiteral("NAME")},
    });
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(p, args, 0, &code);
    if (!inv)
        return code;
    Discovery discovery(*inv);
    if (p.isSet(QStringLiteral("list"))) {
        auto scans = discovery.savedScans();
        if (!scans)
            return cli.fail(Failed, scans.error().message);
        if (cli.json()) {
            QJsonArray a;
            for (const SavedScan &s : std::as_const(*scans))
                a.append(toJson(s));
            cli.printJson(a);
            return Ok;
        }
        if (scans->isEmpty())
            cli.out() << "No saved scans.\n";
        for (const SavedScan &s : std::as_const(*scans))
            cli.out() << s.name.leftJustified(20) << ' ' << s.spec.targets.join(QLatin1Char(' ')).leftJustified(30) << ' '
                      << (s.intervalHours ? QStringLiteral("every %1 h").arg(s.intervalHours) : QStringLiteral("by hand")).leftJustified(12)
                      << (s.lastRunAt.isValid() ? s.lastSummary : QStringLiteral("never run")) << '\n';
        cli.out().flush();
        return Ok;
    }
    if (p.isSet(QStringLiteral("remove"))) {
        auto s = discovery.savedScan(p.value(QStringLiteral("remove")));
        if (!s)
            return cli.fail(Usage, s.error().message);
        if (auto r = discovery.removeScan(s->id); !r)
            return cli.fail(Failed, r.error().message);
        cli.out() << "Removed the saved scan " << s->name << ".\n";
        cli.out().flush();
        return Ok;
    }
    QList<ScanSummary> summaries;
    bool anyScanFailed = false;
    if (p.isSet(QStringLiteral("due")) || p.isSet(QStringLiteral("saved"))) {
        QList<SavedScan> scans;
        if (p.isSet(QStringLiteral("due"))) {
            auto due = discovery.dueScans();
            if (!due)
                return cli.fail(Failed, due.error().message);
            scans = *due;
        } else {
            auto s = discovery.savedScan(p.value(QStringLiteral("saved")));
            if (!s)
                return cli.fail(Usage, s.error().message);
            scans << *s;
        }
        bool scanFailed = false;
        for (const SavedScan &s : std::as_const(scans)) {
            // One scan that cannot run (its failure is recorded and it is rescheduled) does not
            // keep the others from running.
            auto r = discovery.runSavedScan(s.id);
            if (!r) {
                cli.err() << "certdesk-cli: " << s.name << ": " << r.error().message << '\n';
                cli.err().flush();
                scanFailed = true;
                continue;
            }
            summaries << *r;
        }
        if (scanFailed && summaries.isEmpty())
            return Failed;
        anyScanFailed = scanFailed;
        if (scans.isEmpty() && !cli.json())
            cli.out() << "No saved scan is due.\n";
    } else {
        ScanSpec spec;
        spec.targets = p.positionalArguments();
        if (spec.targets.isEmpty())
            return cli.fail(Usage, QStringLiteral("give at least one TARGET (or --saved NAME, --due, --list)"));
        if (p.isSet(QStringLiteral("ports"))) {
            auto ports = parsePortList(p.value(QStringLiteral("ports")));
            if (!ports)
                return cli.fail(Usage, QStringLiteral("--ports: %1").arg(ports.error().message));
            spec.ports = *ports;
        }
        spec.sni = p.value(QStringLiteral("sni"));
        bool ok = true;
        if (p.isSet(QStringLiteral("concurrency")))
            spec.concurrency = p.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || spec.concurrency < 1 || spec.concurrency > ScanSpec::kMaxConcurrency)
            return cli.fail(Usage, QStringLiteral("--concurrency must be 1 to %1").arg(ScanSpec::kMaxConcurrency));
        if (p.isSet(QStringLiteral("timeout")))
            spec.timeoutMs = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || spec.timeoutMs < 100 || spec.timeoutMs > 120000)
            return cli.fail(Usage, QStringLiteral("--timeout must be 100 to 120000 milliseconds"));
        std::optional<qint64> scanId;
        if (p.isSet(QStringLiteral("save"))) {
            int every = 24;
            if (p.isSet(QStringLiteral("every")))
                every = p.value(QStringLiteral("every")).toInt(&ok);
            if (!ok)
                return cli.fail(Usage, QStringLiteral("--every must be a number of hours"));
            auto saved = discovery.saveScan(p.value(QStringLiteral("save")), spec, every);
            if (!saved)
                return cli.fail(exitCodeFor(saved.error()), saved.error().message);
            scanId = saved->id;
            auto r = discovery.runSavedScan(saved->id);
            if (!r)
                return cli.fail(exitCodeFor(r.error()), r.error().message);
            summaries << *r;
        } else {
            auto r = discovery.scan(spec);
            if (!r)
                return cli.fail(exitCodeFor(r.error()), r.error().message);
            summaries << *r;
        }
    }
    bool problems = anyScanFailed;
    for (const ScanSummary &s : std::as_const(summaries))
        problems = problems || s.problems > 0;
    if (cli.json()) {
        if (summaries.size() == 1) {
            cli.printJson(toJson(summaries.first()));
        } else {
            QJsonArray a;
            for (const ScanSummary &s : std::as_const(summaries))
                a.append(toJson(s));
            cli.printJson(a);
        }
    } else {
        for (const ScanSummary &s : std::as_const(summaries))
            printSummary(cli.out(), s);
        cli.out().flush();
    }
    return problems ? Failed : Ok;
}

int runScanFiles(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "File-system discovery: look through folders (e.g. /etc/ssl /etc/nginx /etc/letsencrypt/live) for "
        "certificates and keys. New certificates are added to the inventory; every certificate file is recorded as a "
        "location where the certificate is in use, with the key file whose public key matches it. Keys are not "
        "imported (import them with `certdesk-cli import` to keep them encrypted in the inventory)."));
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folders to look through (recursively)."), QStringLiteral("DIR..."));
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(p, args, 1, &code);
    if (!inv)
        return code;
    Discovery discovery(*inv);
    auto r = discovery.scanFiles(p.positionalArguments());
    if (!r)
        return cli.fail(Failed, r.error().message);
    if (cli.json()) {
        QJsonArray errors;
        for (const Error &e : std::as_const(r->errors))
            errors.append(e.message);
        cli.printJson(QJsonObject{{QStringLiteral("Files"), r->files},
                                  {QStringLiteral("Certificates"), r->certificates},
                                  {QStringLiteral("NewCertificates"), r->newCertificates},
                                  {QStringLiteral("KeysMatched"), r->keysMatched},
                                  {QStringLiteral("Locations"), r->locations},
                                  {QStringLiteral("Errors"), errors}});
    } else {
        cli.out() << QStringLiteral("%1 file(s) read: %2 certificate(s), %3 new, %4 location(s) recorded, %5 key file(s) matched\n")
                         .arg(r->files)
                         .arg(r->certificates)
                         .arg(r->newCertificates)
                         .arg(r->locations)
                         .arg(r->keysMatched);
        cli.out().flush();
        for (const Error &e : std::as_const(r->errors))
            cli.err() << "certdesk-cli: " << e.message << '\n';
        cli.err().flush();
    }
    return r->errors.isEmpty() ? Ok : Failed;
}

int runEndpoints(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the TLS endpoints certdesk knows: found by scans or checked for deployments."));
    cli.addCommonOptions(p);
    p.addOptions({{QStringLiteral("problems"), QStringLiteral("Only stale, unknown, mismatching or failing endpoints and chain problems.")},
                  {QStringLiteral("gone"), QStringLiteral("Include endpoints that scans no longer find.")},
                  {QStringLiteral("search"), QStringLiteral("Part of the host, SNI or served name."), QStringLiteral("TEXT")}});
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(p, args, 0, &code);
    if (!inv)
        return code;
    Discovery discovery(*inv);
    EndpointFilter filter;
    filter.problemsOnly = p.isSet(QStringLiteral("problems"));
    filter.includeGone = p.isSet(QStringLiteral("gone"));
    filter.search = p.value(QStringLiteral("search"));
    auto list = discovery.endpoints(filter);
    if (!list)
        return cli.fail(Failed, list.error().message);
    if (cli.json()) {
        QJsonArray a;
        for (const EndpointRecord &e : std::as_const(*list))
            a.append(toJson(e));
        cli.printJson(a);
        return Ok;
    }
    if (list->isEmpty())
        cli.out() << "No endpoints.\n";
    for (const EndpointRecord &e : std::as_const(*list))
        cli.out() << checkLine(e) << "  (last seen " << time(e.lastSeen) << ")\n";
    cli.out().flush();
    return Ok;
}

} // namespace certdesk::cli
