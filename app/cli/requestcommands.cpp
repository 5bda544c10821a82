// certdesk-cli request / managed / renew: managed certificates (core/lifecycle).
#include "cli.h"

#include "ca/certificateauthority.h"
#include "lifecycle/managedcertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

using namespace core;

namespace {

QString time(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

QJsonObject toJson(const ManagedCertificate &m)
{
    QJsonObject o{{QStringLiteral("Id"), m.ref()},
                  {QStringLiteral("DomainName"), m.domainName},
                  {QStringLiteral("SubjectAlternativeNames"), QJsonArray::fromStringList(QStringList{m.domainName} + m.additionalNames)},
                  {QStringLiteral("KeyAlgorithm"), m.keyAlgorithm},
                  {QStringLiteral("IssuerType"), issuerKindName(m.issuerKind)},
                  {QStringLiteral("Status"), m.status},
                  {QStringLiteral("RenewalEligibility"), m.renewalEligibility},
                  {QStringLiteral("CreatedAt"), time(m.createdAt)},
                  {QStringLiteral("RequestedAt"), time(m.requestedAt)},
                  {QStringLiteral("ReuseKey"), m.reuseKey},
                  {QStringLiteral("ExportAllowed"), m.exportAllowed}};
    if (!m.issuer.isEmpty())
        o.insert(QStringLiteral("Issuer"), m.issuer);
    if (!m.templateName.isEmpty())
        o.insert(QStringLiteral("Template"), m.templateName);
    if (!m.validity.isEmpty())
        o.insert(QStringLiteral("Validity"), m.validity);
    if (!m.validationMethod.isEmpty())
        o.insert(QStringLiteral("ValidationMethod"), m.validationMethod);
    if (!m.validationDetail.isEmpty())
        o.insert(QStringLiteral("Validation"), m.validationDetail);
    if (m.ariWindowStart.isValid())
        o.insert(QStringLiteral("SuggestedRenewalWindow"),
                 QJsonObject{{QStringLiteral("Start"), time(m.ariWindowStart)}, {QStringLiteral("End"), time(m.ariWindowEnd)}});
    if (!m.preflightProblem.isEmpty())
        o.insert(QStringLiteral("PreflightProblem"), m.preflightProblem);
    if (!m.failureReason.isEmpty())
        o.insert(QStringLiteral("FailureReason"), m.failureReason);
    if (m.certificateId) {
        o.insert(QStringLiteral("CertificateId"), *m.certificateId);
        o.insert(QStringLiteral("NotBefore"), time(m.notBefore));
        o.insert(QStringLiteral("NotAfter"), time(m.notAfter));
    }
    if (m.renewBeforeDays)
        o.insert(QStringLiteral("RenewBeforeDays"), *m.renewBeforeDays);
    if (m.renewAt.isValid())
        o.insert(QStringLiteral("RenewAt"), time(m.renewAt));
    if (!m.renewalStatus.isEmpty()) {
        QJsonObject r{{QStringLiteral("RenewalStatus"), m.renewalStatus}, {QStringLiteral("UpdatedAt"), time(m.renewalUpdatedAt)}};
        if (!m.renewalReason.isEmpty())
            r.insert(QStringLiteral("RenewalStatusReason"), m.renewalReason);
        if (m.failedAttempts > 0) {
            r.insert(QStringLiteral("FailedAttempts"), m.failedAttempts);
            r.insert(QStringLiteral("NextAttemptAt"), time(m.nextAttemptAt));
        }
        o.insert(QStringLiteral("RenewalSummary"), r);
    }
    if (m.hasPendingCsr)
        o.insert(QStringLiteral("CsrWaiting"), true);
    if (m.adoptedCertificateId)
        o.insert(QStringLiteral("AdoptedCertificateId"), *m.adoptedCertificateId);
    QJsonArray tags;
    for (const Tag &t : m.tags)
        tags.append(QJsonObject{{QStringLiteral("Key"), t.first}, {QStringLiteral("Value"), t.second}});
    o.insert(QStringLiteral("Tags"), tags);
    return o;
}

QJsonObject toJson(const RenewalOutcome &r)
{
    QJsonObject o{{QStringLiteral("Id"), QStringLiteral("mc-%1").arg(r.managedId)},
                  {QStringLiteral("DomainName"), r.domainName},
                  {QStringLiteral("Result"), r.result},
                  {QStringLiteral("Detail"), r.detail}};
    if (r.dueAt.isValid())
        o.insert(QStringLiteral("DueAt"), time(r.dueAt));
    if (r.certificateId)
        o.insert(QStringLiteral("CertificateId"), *r.certificateId);
    if (!r.deployments.isEmpty()) {
        o.insert(QStringLiteral("Deployments"), QJsonArray::fromStringList(r.deployments));
        o.insert(QStringLiteral("DeploymentsFailed"), r.deploymentsFailed);
    }
    return o;
}

void printManaged(Cli &cli, const ManagedCertificate &m, const QList<ManagedHistoryEntry> &history)
{
    QTextStream &o = cli.out();
    auto line = [&o](const char *label, const QString &value) {
        if (!value.isEmpty())
            o << QString::fromLatin1(label).leftJustified(20) << value << '\n';
    };
    line("Id", m.ref());
    line("Domain name", m.domainName);
    line("Additional names", m.additionalNames.join(QStringLiteral(", ")));
    line("Status", m.status);
    line("Failure reason", m.failureReason);
    line("Key", m.keyAlgorithm + (m.reuseKey ? QStringLiteral(" (kept on renewal)") : QStringLiteral(" (new key on renewal)")));
    QString issuer = issuerKindName(m.issuerKind);
    if (!m.issuer.isEmpty())
        issuer += QStringLiteral(" ") + m.issuer;
    if (!m.templateName.isEmpty())
        issuer += QStringLiteral(", ") + m.templateName + QStringLiteral(", ") + m.validity;
    line("Issuer", issuer);
    line("Validation", m.validationDetail.isEmpty() ? m.validationMethod : m.validationDetail);
    if (m.ariWindowStart.isValid())
        line("Renewal window", QStringLiteral("%1 to %2 (suggested by the CA)").arg(time(m.ariWindowStart), time(m.ariWindowEnd)));
    line("Pre-flight", m.preflightProblem);
    if (m.certificateId)
        line("Certificate", QStringLiteral("%1, valid %2 .. %3").arg(*m.certificateId).arg(time(m.notBefore), time(m.notAfter)));
    if (m.hasPendingCsr)
        line("CSR", QStringLiteral("waiting at the external CA (certdesk-cli managed csr %1)").arg(m.ref()));
    line("Renewal eligibility", m.renewalEligibility);
    line("Renew at", time(m.renewAt) + (m.renewBeforeDays ? QStringLiteral(" (%1 days before expiry)").arg(*m.renewBeforeDays)
                                                          : m.renewAt.isValid() ? QStringLiteral(" (automatic window)") : QString()));
    line("Renewal", m.renewalStatus + (m.renewalUpdatedAt.isValid() ? QStringLiteral(" at ") + time(m.renewalUpdatedAt) : QString()));
    line("Renewal reason", m.renewalReason);
    if (m.failedAttempts > 0)
        line("Next attempt", QStringLiteral("%1 (after %2 failed attempt(s))").arg(time(m.nextAttemptAt)).arg(m.failedAttempts));
    QStringList tags;
    for (const Tag &t : m.tags)
        tags << t.first + QLatin1Char('=') + t.second;
    line("Tags", tags.join(QStringLiteral(", ")));
    line("Export", m.exportAllowed ? QStringLiteral("allowed") : QStringLiteral("not allowed"));
    if (!history.isEmpty()) {
        o << "History:\n";
        for (const ManagedHistoryEntry &h : history) {
            o << "  " << time(h.at) << "  " << h.action.leftJustified(13);
            if (h.certificateId)
                o << "certificate " << *h.certificateId << ": ";
            o << h.detail << '\n';
        }
    }
    o.flush();
}

// What an ACME order shows on the terminal: its steps on standard error, and the TXT records to
// create by hand (then certdesk waits until DNS shows them).
AcmeHooks interactiveHooks(Cli &cli)
{
    AcmeHooks hooks;
    hooks.progress = [&cli](const AcmeProgress &p) {
        if (p.step == QLatin1String("VALIDATING") && p.detail == QLatin1String("pending"))
            return;
        cli.err() << "acme: " << p.step.toLower() << (p.identifier.isEmpty() ? QString() : QStringLiteral(" ") + p.identifier)
                  << (p.detail.isEmpty() ? QString() : QStringLiteral(": ") + p.detail) << '\n';
        cli.err().flush();
    };
    hooks.dnsInstructions = [&cli](const QList<DnsRecord> &records) -> Result<void> {
        QTextStream &e = cli.err();
        e << "Create these DNS records (TXT, short TTL); certdesk waits until they are visible:\n";
        for (const DnsRecord &r : records) {
            e << "  " << r.name << " TXT \"" << r.value << "\"";
            if (!r.cnameFrom.isEmpty())
                e << "   (reached through the CNAME " << r.cnameFrom << ")";
            e << '\n';
        }
        e.flush();
        return {};
    };
    return hooks;
}

// The ACME validation options of request.
int acmeValidation(Cli &cli, const QCommandLineParser &p, AcmeValidation *v)
{
    const bool http = p.isSet(QStringLiteral("http-listen")) || p.isSet(QStringLiteral("webroot"));
    const bool dns = p.isSet(QStringLiteral("dns-update")) || p.isSet(QStringLiteral("tsig-key-source")) || p.isSet(QStringLiteral("dns-zone"))
                     || p.isSet(QStringLiteral("dns-resolver")) || p.isSet(QStringLiteral("delegation-zone")) || p.isSet(QStringLiteral("dns-wait"));
    QString method = p.value(QStringLiteral("validation")).toUpper();
    if (method.isEmpty())
        method = dns ? QStringLiteral("DNS") : QStringLiteral("HTTP");
    if ((method == QLatin1String("HTTP") && dns) || (method == QLatin1String("DNS") && http))
        return cli.fail(Usage, QStringLiteral("--http-listen and --webroot are for --validation http; --dns-* and --tsig-key-source for --validation dns"));
    v->method = method;
    v->httpListen = p.value(QStringLiteral("http-listen"));
    v->webroot = p.value(QStringLiteral("webroot"));
    v->dnsUpdate = p.value(QStringLiteral("dns-update"));
    v->dnsZone = p.value(QStringLiteral("dns-zone"));
    v->dnsResolver = p.value(QStringLiteral("dns-resolver"));
    v->delegationZone = p.value(QStringLiteral("delegation-zone"));
    v->preferredRoot = p.value(QStringLiteral("preferred-chain"));
    if (p.isSet(QStringLiteral("dns-wait"))) {
        bool ok = false;
        v->dnsWaitSeconds = p.value(QStringLiteral("dns-wait")).toInt(&ok);
        if (!ok)
            return cli.fail(Usage, QStringLiteral("--dns-wait takes a number of seconds"));
    }
    if (p.isSet(QStringLiteral("tsig-key-source"))) {
        const QString source = p.value(QStringLiteral("tsig-key-source"));
        QByteArray text;
        if (source.startsWith(QLatin1String("file:"))) { // a key file has several lines
            QFile f(source.mid(5));
            if (!f.open(QIODevice::ReadOnly))
                return cli.fail(Usage, QStringLiteral("--tsig-key-source %1: %2").arg(f.fileName(), f.errorString()));
            text = f.readAll();
        } else {
            bool ok = false;
            auto read = cli.readSource(source, &ok);
            if (!ok)
                return Usage;
            text = *read;
        }
        auto key = parseTsigKey(text);
        if (!key)
            return cli.fail(Usage, QStringLiteral("--tsig-key-source: ") + key.error().message);
        v->tsig = *key;
    }
    if (v->method == QLatin1String("HTTP") && v->httpListen.isEmpty() && v->webroot.isEmpty())
        return cli.fail(Usage, QStringLiteral("ACME over HTTP needs --http-listen ADDR:PORT or --webroot DIR"));
    if (auto c = v->check(); !c)
        return cli.fail(Usage, c.error().message);
    return Ok;
}

struct Context
{
    Cli &cli;
    QCommandLineParser parser;
    std::unique_ptr<CertificateAuthorities> cas;
    std::unique_ptr<ManagedCertificates> managed;
};

bool open(Context &c, const QStringList &args, int positional, int *code)
{
    Inventory *inv = c.cli.parseAndOpen(c.parser, args, positional, code);
    if (!inv)
        return false;
    c.cas = std::make_unique<CertificateAuthorities>(*inv, c.cli.masterPassword());
    c.managed = std::make_unique<ManagedCertificates>(*c.cas, c.cli.masterPassword());
    return true;
}

std::optional<qint64> resolve(Context &c, int *code)
{
    auto id = c.managed->resolve(c.parser.positionalArguments().first());
    if (!id) {
        *code = c.cli.fail(exitCodeFor(id.error()), id.error().message);
        return std::nullopt;
    }
    return *id;
}

// Opens the inventory and resolves the REF argument; nullopt after printing why.
std::optional<qint64> openAndResolve(Context &c, const QStringList &args, int *code)
{
    if (!open(c, args, 1, code))
        return std::nullopt;
    return resolve(c, code);
}

int show(Context &c, const Result<ManagedCertificate> &m)
{
    if (!m)
        return c.cli.fail(exitCodeFor(m.error()), m.error().message);
    if (c.cli.json()) {
        QJsonObject o = toJson(*m);
        if (auto h = c.managed->history(m->id)) {
            QJsonArray history;
            for (const ManagedHistoryEntry &e : *h) {
                QJsonObject j{{QStringLiteral("At"), time(e.at)}, {QStringLiteral("Action"), e.action},
                              {QStringLiteral("Detail"), e.detail}, {QStringLiteral("Actor"), e.actor}};
                if (e.certificateId)
                    j.insert(QStringLiteral("CertificateId"), *e.certificateId);
                if (!e.serial.isEmpty())
                    j.insert(QStringLiteral("Serial"), e.serial);
                history.append(j);
            }
            o.insert(QStringLiteral("History"), history);
        }
        c.cli.printJson(o);
    } else {
        auto h = c.managed->history(m->id);
        printManaged(c.cli, *m, h ? *h : QList<ManagedHistoryEntry>());
    }
    return m->status == ManagedStatus::Failed ? Failed : Ok;
}

} // namespace

int runRequest(Cli &cli, const QStringList &args)
{
    Context c{cli, {}, {}, {}};
    QCommandLineParser &p = c.parser;
    p.setApplicationDescription(QStringLiteral(
        "Request a managed certificate: certdesk keeps it renewed under one identity (mc-N).\n"
        "Issuers: ca:NAME (a private CA of the inventory: issued now), external (certdesk makes the key and a CSR; "
        "take the CSR to any CA and import the certificate: it is matched by its public key), acme:ACCOUNT "
        "(a public CA through an ACME account, see acme account create: validated now over HTTP or DNS, then renewed "
        "the same way).\n"
        "ACME over HTTP: --http-listen ADDR:PORT (certdesk answers the CA itself; port 80 or one a proxy forwards "
        "/.well-known/acme-challenge/ to) or --webroot DIR (files in a web server's document root).\n"
        "ACME over DNS: by hand (certdesk prints the TXT records and waits until DNS shows them), or automatic "
        "with --dns-update SERVER:PORT --tsig-key-source SRC (RFC 2136). --delegation-zone ZONE: the records go to "
        "NAME.ZONE and you create once _acme-challenge.NAME CNAME NAME.ZONE.\n"
        "With --adopt REF, an imported certificate's names are requested again from the issuer, as a managed certificate."));
    cli.addCommonOptions(p);
    p.addOptions({
        {QStringLiteral("domain"), QStringLiteral("The domain name (CN and first name); wildcards and IDN allowed."), QStringLiteral("NAME")},
        {QStringLiteral("san"), QStringLiteral("An additional name (repeatable; IP addresses for private and external CAs)."), QStringLiteral("NAME")},
        {QStringLiteral("key-type"), QStringLiteral("%1 (default RSA_2048).").arg(requestKeyAlgorithms().join(QStringLiteral(", "))), QStringLiteral("K")},
        {QStringLiteral("issuer"), QStringLiteral("ca:NAME, acme:ACCOUNT or external."), QStringLiteral("ISSUER")},
        {QStringLiteral("template"), QStringLiteral("Private CA template (default EndEntityServerAuth)."), QStringLiteral("T")},
        {QStringLiteral("validity"), QStringLiteral("Private CA: 90d, 6m, 1y or an end date (default 365d)."), QStringLiteral("PERIOD")},
        {QStringLiteral("validation"), QStringLiteral("ACME: dns or http."), QStringLiteral("METHOD")},
        {QStringLiteral("http-listen"), QStringLiteral("ACME http-01: certdesk's responder on ADDR:PORT (0.0.0.0:80, [::]:80, :8080)."), QStringLiteral("ADDR")},
        {QStringLiteral("webroot"), QStringLiteral("ACME http-01: write the answers into this document root."), QStringLiteral("DIR")},
        {QStringLiteral("dns-update"), QStringLiteral("ACME dns-01: send RFC 2136 updates to SERVER:PORT."), QStringLiteral("SERVER")},
        {QStringLiteral("tsig-key-source"), QStringLiteral("The TSIG key for the updates: file:KEYFILE (as tsig-keygen writes it), env:VAR or pass:ALG:NAME:BASE64."), QStringLiteral("SRC")},
        {QStringLiteral("dns-zone"), QStringLiteral("The zone to update (default: found by SOA)."), QStringLiteral("ZONE")},
        {QStringLiteral("dns-resolver"), QStringLiteral("Check the records through HOST:PORT (default: the zone's authoritative servers)."), QStringLiteral("SERVER")},
        {QStringLiteral("delegation-zone"), QStringLiteral("CNAME delegation: put the records in NAME.ZONE."), QStringLiteral("ZONE")},
        {QStringLiteral("dns-wait"), QStringLiteral("Seconds to wait for the records to appear (default 600)."), QStringLiteral("S")},
        {QStringLiteral("preferred-chain"), QStringLiteral("ACME: the chain whose top issuer has this common name, when the CA offers it."), QStringLiteral("CN")},
        {QStringLiteral("tag"), QStringLiteral("KEY=VALUE put on every certificate of it (repeatable)."), QStringLiteral("TAG")},
        {QStringLiteral("renew-before"), QStringLiteral("Renew this many days before expiry (default: min(60 days, a third of the lifetime))."), QStringLiteral("DAYS")},
        {QStringLiteral("reuse-key"), QStringLiteral("Keep the key on renewal (default: a new key each time).")},
        {QStringLiteral("no-export"), QStringLiteral("Mark the certificate's key as not exportable.")},
        {QStringLiteral("token"), QStringLiteral("Idempotency token: the same token within an hour returns the same request."), QStringLiteral("TOKEN")},
        {QStringLiteral("csr-out"), QStringLiteral("External CA: write the CSR (PEM) to FILE ('-' = standard output)."), QStringLiteral("FILE")},
        {QStringLiteral("adopt"), QStringLiteral("Adopt an imported certificate (REF): request its names as a managed certificate."), QStringLiteral("REF")},
    });
    int code = Ok;
    if (!cli.parse(p, args, &code))
        return code;
    if (!p.isSet(QStringLiteral("domain")) && !p.isSet(QStringLiteral("adopt")))
        return cli.fail(Usage, QStringLiteral("--domain NAME is required (or --adopt REF)"));
    if (!p.isSet(QStringLiteral("issuer")))
        return cli.fail(Usage, QStringLiteral("--issuer is required: ca:NAME, acme:ACCOUNT or external"));
    RequestSpec spec;
    spec.domainName = p.value(QStringLiteral("domain"));
    spec.additionalNames = p.values(QStringLiteral("san"));
    if (p.isSet(QStringLiteral("key-type")))
        spec.keyAlgorithm = p.value(QStringLiteral("key-type"));
    const QString issuer = p.value(QStringLiteral("issuer"));
    if (issuer.startsWith(QLatin1String("ca:"))) {
        spec.issuerKind = IssuerKind::PrivateCa;
        spec.issuer = issuer.mid(3);
    } else if (issuer.startsWith(QLatin1String("acme:"))) {
        spec.issuerKind = IssuerKind::Acme;
        spec.issuer = issuer.mid(5);
    } else if (issuer == QLatin1String("external")) {
        spec.issuerKind = IssuerKind::External;
    } else {
        return cli.fail(Usage, QStringLiteral("--issuer \"%1\": use ca:NAME, acme:ACCOUNT or external").arg(issuer));
    }
    if (spec.issuerKind != IssuerKind::PrivateCa && (p.isSet(QStringLiteral("template")) || p.isSet(QStringLiteral("validity"))))
        return cli.fail(Usage, QStringLiteral("--template and --validity apply to private CAs (ca:NAME) only"));
    if (p.isSet(QStringLiteral("template")))
        spec.templateName = p.value(QStringLiteral("template"));
    if (p.isSet(QStringLiteral("validity"))) {
        auto v = Validity::parse(p.value(QStringLiteral("validity")));
        if (!v)
            return cli.fail(Usage, QStringLiteral("--validity: ") + v.error().message);
        spec.validity = *v;
    }
    if (p.isSet(QStringLiteral("validation"))) {
        const QString method = p.value(QStringLiteral("validation")).toUpper();
        if (method != QLatin1String("DNS") && method != QLatin1String("HTTP"))
            return cli.fail(Usage, QStringLiteral("--validation is dns or http"));
        if (spec.issuerKind != IssuerKind::Acme)
            return cli.fail(Usage, QStringLiteral("--validation applies to ACME issuers only"));
        spec.validationMethod = method;
    }
    if (spec.issuerKind == IssuerKind::Acme) {
        if (auto code = acmeValidation(cli, p, &spec.acme); code != Ok)
            return code;
        if (!p.isSet(QStringLiteral("validation")))
            spec.validationMethod = spec.acme.method;
    } else {
        for (const char *o : {"http-listen", "webroot", "dns-update", "tsig-key-source", "dns-zone", "dns-resolver", "delegation-zone", "dns-wait", "preferred-chain"})
            if (p.isSet(QLatin1String(o)))
                return cli.fail(Usage, QStringLiteral("--%1 applies to ACME issuers (acme:ACCOUNT) only").arg(QLatin1String(o)));
    }
    for (const QString &t : p.values(QStringLiteral("tag"))) {
        auto tag = parseTag(t);
        if (!tag)
            return cli.fail(Usage, tag.error().message);
        spec.tags.append(*tag);
    }
    if (p.isSet(QStringLiteral("renew-before"))) {
        bool ok = false;
        const int days = p.value(QStringLiteral("renew-before")).toInt(&ok);
        if (!ok)
            return cli.fail(Usage, QStringLiteral("--renew-before takes a number of days"));
        spec.renewBeforeDays = days;
    }
    spec.reuseKey = p.isSet(QStringLiteral("reuse-key"));
    spec.exportAllowed = !p.isSet(QStringLiteral("no-export"));
    spec.token = p.value(QStringLiteral("token"));
    if (p.isSet(QStringLiteral("csr-out")) && spec.issuerKind != IssuerKind::External)
        return cli.fail(Usage, QStringLiteral("--csr-out applies to --issuer external"));

    if (!open(c, args, 0, &code))
        return code;
    c.managed->setAcmeHooks(interactiveHooks(cli));
    if (spec.issuerKind == IssuerKind::Acme && !spec.acme.delegationZone.isEmpty()) {
        // Persistent validation: the CNAMEs the administrator creates once, before the first order.
        cli.err() << "CNAME delegation: these records must exist (create them once; every renewal uses them):\n";
        for (const QString &n : QStringList{spec.domainName} + spec.additionalNames) {
            const auto [from, to] = DnsSolver::delegationCname(n, spec.acme.delegationZone);
            cli.err() << "  " << from << " CNAME " << to << '\n';
        }
        cli.err().flush();
    }
    Result<ManagedCertificate> m = std::unexpected(Error{});
    if (p.isSet(QStringLiteral("adopt"))) {
        auto cert = cli.inventory()->resolve(p.value(QStringLiteral("adopt")));
        if (!cert)
            return cli.fail(exitCodeFor(cert.error()), cert.error().message);
        m = c.managed->adopt(*cert, spec);
    } else {
        m = c.managed->request(spec);
    }
    if (!m)
        return cli.fail(exitCodeFor(m.error()), m.error().message);
    if (p.isSet(QStringLiteral("csr-out"))) {
        auto csr = c.managed->pendingCsrPem(m->id);
        if (!csr)
            return cli.fail(Failed, csr.error().message);
        QString why;
        if (!writeOutput(cli, p.value(QStringLiteral("csr-out")), *csr, &why))
            return cli.fail(Failed, why);
    }
    if (cli.json()) {
        cli.printJson(toJson(*m));
    } else {
        QTextStream &o = p.value(QStringLiteral("csr-out")) == QLatin1String("-") ? cli.err() : cli.out();
        o << m->ref() << ' ' << m->domainName << ": " << m->status;
        if (m->certificateId)
            o << ", certificate " << *m->certificateId << " valid until " << time(m->notAfter) << ", renewal due "
              << time(m->renewAt);
        if (m->hasPendingCsr)
            o << (p.isSet(QStringLiteral("csr-out")) ? QStringLiteral(", CSR written to %1").arg(p.value(QStringLiteral("csr-out")))
                                                     : QStringLiteral(", CSR: certdesk-cli managed csr %1").arg(m->ref()))
              << "; import the signed certificate to complete it";
        if (!m->failureReason.isEmpty())
            o << ": " << m->failureReason;
        o << '\n';
        o.flush();
    }
    return m->status == ManagedStatus::Failed ? Failed : Ok;
}

int runRenew(Cli &cli, const QStringList &args)
{
    Context c{cli, {}, {}, {}};
    QCommandLineParser &p = c.parser;
    p.setApplicationDescription(QStringLiteral(
        "Renew managed certificates. --due renews every certificate due now (what the GUI's timer and the systemd "
        "timer run); REF renews one now, due or not (and retries a failed request). Each renewal is claimed in the "
        "inventory first: two renewers never renew the same certificate twice.\n"
        "Exit status 1 when a renewal failed."));
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("mc-N, or a certificate id or fingerprint."), QStringLiteral("[REF]"));
    p.addOptions({
        {QStringLiteral("due"), QStringLiteral("Renew every certificate that is due.")},
        {QStringLiteral("dry-run"), QStringLiteral("Say what would be renewed; change nothing.")},
        {QStringLiteral("at"), QStringLiteral("With --due: say what would be due at this RFC 3339 time (implies --dry-run)."), QStringLiteral("TIME")},
    });
    int code = Ok;
    if (!open(c, args, 0, &code))
        return code;
    const bool due = p.isSet(QStringLiteral("due"));
    const QStringList positional = p.positionalArguments();
    if (due == !positional.isEmpty())
        return cli.fail(Usage, QStringLiteral("give either --due or one REF"));
    if (p.isSet(QStringLiteral("at")) && !due)
        return cli.fail(Usage, QStringLiteral("--at goes with --due"));
    const bool dryRun = p.isSet(QStringLiteral("dry-run")) || p.isSet(QStringLiteral("at"));
    QList<RenewalOutcome> outcomes;
    if (due) {
        auto r = c.managed->renewDue(dryRun);
        if (!r)
            return cli.fail(exitCodeFor(r.error()) == Usage ? Failed : exitCodeFor(r.error()), r.error().message);
        outcomes = *r;
    } else {
        auto id = resolve(c, &code);
        if (!id)
            return code;
        c.managed->setAcmeHooks(interactiveHooks(cli)); // one renewal at the terminal: manual DNS can be asked for
        auto r = c.managed->renew(*id, dryRun);
        if (!r)
            return cli.fail(exitCodeFor(r.error()), r.error().message);
        outcomes << *r;
    }
    bool failed = false;
    for (const RenewalOutcome &o : std::as_const(outcomes))
        failed = failed || o.result == QLatin1String("FAILED") || o.deploymentsFailed;
    if (cli.json()) {
        QJsonArray a;
        for (const RenewalOutcome &o : std::as_const(outcomes))
            a.append(toJson(o));
        cli.printJson(a);
    } else {
        QTextStream &o = cli.out();
        if (outcomes.isEmpty())
            o << (p.isSet(QStringLiteral("at")) ? QStringLiteral("Nothing is due at %1.\n").arg(time(cli.inventory()->clock().now()))
                                                : QStringLiteral("Nothing is due.\n"));
        for (const RenewalOutcome &r : std::as_const(outcomes)) {
            o << QStringLiteral("mc-%1").arg(r.managedId).leftJustified(8) << r.domainName.leftJustified(32) << ' '
              << r.result.leftJustified(12) << r.detail << '\n';
            for (const QString &d : r.deployments)
                o << "        " << d << '\n';
        }
        o.flush();
    }
    return failed ? Failed : Ok;
}

int runManaged(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    if (!sub.isEmpty() && !sub.startsWith(QLatin1Char('-'))) {
        rest.removeAt(1);
        rest[0] = QStringLiteral("certdesk-cli managed ") + sub;
    }
    Context c{cli, {}, {}, {}};
    QCommandLineParser &p = c.parser;
    cli.addCommonOptions(p);
    int code = Ok;
    if (sub == QLatin1String("list")) {
        p.setApplicationDescription(QStringLiteral("List managed certificates, newest request first."));
        p.addOptions({{QStringLiteral("status"), QStringLiteral("Only this status (%1).").arg(ManagedStatus::all().join(QStringLiteral(", "))), QStringLiteral("S")},
                      {QStringLiteral("problems"), QStringLiteral("Only failed requests, timed-out validations and failed renewals.")},
                      {QStringLiteral("open"), QStringLiteral("Only what waits or needs attention (pending, failed, due).")},
                      {QStringLiteral("search"), QStringLiteral("Part of a name."), QStringLiteral("TEXT")},
                      {QStringLiteral("at"), QStringLiteral("Status as of this RFC 3339 time."), QStringLiteral("TIME")}});
        if (!open(c, rest, 0, &code))
            return code;
        ManagedFilter f;
        f.status = p.value(QStringLiteral("status")).toUpper();
        if (!f.status.isEmpty() && !ManagedStatus::all().contains(f.status))
            return cli.fail(Usage, QStringLiteral("--status is one of %1").arg(ManagedStatus::all().join(QStringLiteral(", "))));
        f.problemsOnly = p.isSet(QStringLiteral("problems"));
        f.openOnly = p.isSet(QStringLiteral("open"));
        f.search = p.value(QStringLiteral("search"));
        auto list = c.managed->list(f);
        if (!list)
            return cli.fail(Failed, list.error().message);
        if (cli.json()) {
            QJsonArray a;
            for (const ManagedCertificate &m : *list)
                a.append(toJson(m));
            cli.printJson(a);
            return Ok;
        }
        QTextStream &o = cli.out();
        o << QStringLiteral("ID").leftJustified(8) << QStringLiteral("DOMAIN").leftJustified(32) << ' '
          << QStringLiteral("STATUS").leftJustified(21) << QStringLiteral("ISSUER").leftJustified(22) << QStringLiteral("RENEWAL").leftJustified(21)
          << "RENEW AT\n";
        for (const ManagedCertificate &m : *list) {
            const QString issuer = issuerKindName(m.issuerKind) + (m.issuer.isEmpty() ? QString() : QLatin1Char(':') + m.issuer);
            o << m.ref().leftJustified(8) << m.domainName.leftJustified(32) << ' ' << m.status.leftJustified(21)
              << issuer.leftJustified(22) << (m.renewalStatus.isEmpty() ? QStringLiteral("-") : m.renewalStatus).leftJustified(21)
              << (m.renewAt.isValid() ? time(m.renewAt) : QStringLiteral("-")) << '\n';
        }
        o.flush();
        return Ok;
    }
    if (sub == QLatin1String("describe")) {
        p.setApplicationDescription(QStringLiteral("Show a managed certificate with its renewal summary and history."));
        p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("mc-N, or a certificate id or fingerprint."));
        p.addOption({QStringLiteral("at"), QStringLiteral("Status as of this RFC 3339 time."), QStringLiteral("TIME")});
        auto id = openAndResolve(c, rest, &code);
        if (!id)
            return code;
        return show(c, c.managed->get(*id));
    }
    if (sub == QLatin1String("csr")) {
        p.setApplicationDescription(QStringLiteral("Write the CSR waiting at the external CA (PEM)."));
        p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("mc-N."));
        p.addOption({QStringLiteral("out"), QStringLiteral("File to write (default: standard output)."), QStringLiteral("FILE")});
        auto id = openAndResolve(c, rest, &code);
        if (!id)
            return code;
        auto csr = c.managed->pendingCsrPem(*id);
        if (!csr)
            return cli.fail(exitCodeFor(csr.error()), csr.error().message);
        QString why;
        if (!writeOutput(cli, p.value(QStringLiteral("out")), *csr, &why))
            return cli.fail(Failed, why);
        return Ok;
    }
    if (sub == QLatin1String("settings")) {
        p.setApplicationDescription(QStringLiteral("Change how a managed certificate is renewed."));
        p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("mc-N, or a certificate id or fingerprint."));
        p.addOptions({{QStringLiteral("renew-before"), QStringLiteral("Days before expiry, or \"auto\" (min(60 days, a third of the lifetime))."), QStringLiteral("DAYS")},
                      {QStringLiteral("reuse-key"), QStringLiteral("Keep the key on renewal.")},
                      {QStringLiteral("new-key"), QStringLiteral("A new key on each renewal.")},
                      {QStringLiteral("export"), QStringLiteral("Whether the key may be exported: yes or no."), QStringLiteral("yes|no")}});
        auto id = openAndResolve(c, rest, &code);
        if (!id)
            return code;
        auto current = c.managed->get(*id);
        if (!current)
            return cli.fail(exitCodeFor(current.error()), current.error().message);
        ManagedCertificates::Settings s{current->renewBeforeDays, current->reuseKey, current->exportAllowed, current->version};
        if (p.isSet(QStringLiteral("renew-before"))) {
            const QString v = p.value(QStringLiteral("renew-before"));
            bool ok = false;
            if (v == QLatin1String("auto"))
                s.renewBeforeDays.reset();
            else if (const int days = v.toInt(&ok); ok)
                s.renewBeforeDays = days;
            else
                return cli.fail(Usage, QStringLiteral("--renew-before takes a number of days or \"auto\""));
        }
        if (p.isSet(QStringLiteral("reuse-key")) && p.isSet(QStringLiteral("new-key")))
            return cli.fail(Usage, QStringLiteral("--reuse-key or --new-key, not both"));
        if (p.isSet(QStringLiteral("reuse-key")))
            s.reuseKey = true;
        if (p.isSet(QStringLiteral("new-key")))
            s.reuseKey = false;
        if (p.isSet(QStringLiteral("export"))) {
            const QString v = p.value(QStringLiteral("export")).toLower();
            if (v != QLatin1String("yes") && v != QLatin1String("no"))
                return cli.fail(Usage, QStringLiteral("--export is yes or no"));
            s.exportAllowed = v == QLatin1String("yes");
        }
        return show(c, c.managed->updateSettings(*id, s));
    }
    if (sub == QLatin1String("deactivate") || sub == QLatin1String("reactivate")) {
        p.setApplicationDescription(sub == QLatin1String("deactivate")
                                        ? QStringLiteral("Stop renewing a managed certificate (INACTIVE); its certificates stay.")
                                        : QStringLiteral("Renew an inactive managed certificate again."));
        p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("mc-N, or a certificate id or fingerprint."));
        auto id = openAndResolve(c, rest, &code);
        if (!id)
            return code;
        if (sub == QLatin1String("deactivate")) {
            if (auto r = c.managed->deactivate(*id); !r)
                return cli.fail(exitCodeFor(r.error()), r.error().message);
            return show(c, c.managed->get(*id));
        }
        return show(c, c.managed->reactivate(*id));
    }
    if (sub == QLatin1String("revoke")) {
        p.setApplicationDescription(QStringLiteral("Revoke an ACME managed certificate's current certificate at its CA, through the "
                                                   "account that ordered it. Reasons: %1.").arg(revocationReasons().join(QStringLiteral(", "))));
        p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("mc-N, or a certificate id or fingerprint."));
        p.addOption({QStringLiteral("reason"), QStringLiteral("The RFC 5280 reason (default unspecified)."), QStringLiteral("R")});
        auto id = openAndResolve(c, rest, &code);
        if (!id)
            return code;
        c.managed->setAcmeHooks(interactiveHooks(cli));
        return show(c, c.managed->revoke(*id, p.value(QStringLiteral("reason"))));
    }
    if (sub == QLatin1String("preflight")) {
        p.setApplicationDescription(QStringLiteral("Check now whether an ACME managed certificate's next renewal can validate "
                                                   "(responder port, web root, DNS server, CNAME delegation). Exit 1 on a problem."));
        p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("mc-N, or a certificate id or fingerprint."));
        auto id = openAndResolve(c, rest, &code);
        if (!id)
            return code;
        auto problem = c.managed->preflight(*id);
        if (!problem)
            return cli.fail(exitCodeFor(problem.error()), problem.error().message);
        if (cli.json())
            cli.printJson(QJsonObject{{QStringLiteral("Id"), QStringLiteral("mc-%1").arg(*id)}, {QStringLiteral("Problem"), *problem}});
        else
            cli.out() << QStringLiteral("mc-%1: %2\n").arg(*id).arg(problem->isEmpty() ? QStringLiteral("ready to renew") : *problem);
        cli.out().flush();
        return problem->isEmpty() ? Ok : Failed;
    }
    const bool help = sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help");
    QTextStream &o = help && !sub.isEmpty() ? cli.out() : cli.err();
    if (!help)
        o << "certdesk-cli: unknown managed command \"" << sub << "\"\n";
    o << "Usage: certdesk-cli managed <command> [options]\n\nManaged certificates (request with certdesk-cli request):\n"
         "  list         List managed certificates (--problems, --open, --status)\n"
         "  describe     Status, renewal summary and history of one (REF: mc-N or a certificate)\n"
         "  csr          The CSR waiting at an external CA\n"
         "  settings     Renewal window, key reuse, export\n"
         "  deactivate   Stop renewing\n"
         "  reactivate   Renew again\n"
         "  revoke       Revoke an ACME certificate at its CA\n"
         "  preflight    Check that an ACME certificate's next renewal can validate\n"
         "\nRenew with certdesk-cli renew --due | REF.\n";
    o.flush();
    return help && !sub.isEmpty() ? Ok : Usage;
}

} // namespace certdesk::cli
