// certdesk-cli ca ...: the private certificate authorities (core/ca).
#include "cli.h"

#include "ca/caserver.h"
#include "ca/certificateauthority.h"
#include "ca/x509build.h"
#include "crypto/securefile.h"
#include "x509/importparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace certdesk::cli {

using namespace core;

namespace {

// CRL numbers are stored as hex, like serials; people count them in decimal.
QString number(const Crl &crl) { return QString::number(crl.crlNumber().toLongLong(nullptr, 16)); }

QString time(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

QJsonObject toJson(const CaInfo &i)
{
    QJsonObject o{{QStringLiteral("Id"), i.id},
                  {QStringLiteral("Name"), i.name},
                  {QStringLiteral("Type"), caKindName(i.kind)},
                  {QStringLiteral("Status"), caStateName(i.state)},
                  {QStringLiteral("Subject"), i.subject},
                  {QStringLiteral("KeyAlgorithm"), i.keyAlgorithm},
                  {QStringLiteral("SigningAlgorithm"), i.signingAlgorithm},
                  {QStringLiteral("NotBefore"), time(i.notBefore)},
                  {QStringLiteral("NotAfter"), time(i.notAfter)},
                  {QStringLiteral("CreatedAt"), time(i.createdAt)},
                  {QStringLiteral("IssuedCount"), i.issuedCount},
                  {QStringLiteral("RevokedCount"), i.revokedCount},
                  {QStringLiteral("CrlNumber"), i.crlNumber},
                  {QStringLiteral("CrlNextUpdate"), time(i.crlNextUpdate)},
                  {QStringLiteral("CrlLifetimeDays"), i.crlLifetimeDays},
                  {QStringLiteral("ShortLived"), i.shortLived},
                  {QStringLiteral("ExternalParent"), i.externalParent}};
    if (i.certificateId)
        o.insert(QStringLiteral("CertificateId"), *i.certificateId);
    if (i.parentId)
        o.insert(QStringLiteral("ParentId"), *i.parentId);
    if (i.pathLength)
        o.insert(QStringLiteral("PathLength"), *i.pathLength);
    if (i.ocspSignerCertificateId)
        o.insert(QStringLiteral("OcspSignerCertificateId"), *i.ocspSignerCertificateId);
    for (const auto &[key, value] : {std::pair{"CrlDistributionPoint", i.crlUrl}, {"OcspUrl", i.ocspUrl},
                                     {"CaIssuersUrl", i.caIssuersUrl}, {"CrlPublishFolder", i.crlPublishDir}})
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    if (i.state == CaState::Deleted) {
        o.insert(QStringLiteral("DeletedAt"), time(i.deletedAt));
        o.insert(QStringLiteral("RestorableUntil"), time(i.purgeAt));
    }
    const NameConstraints &nc = i.nameConstraints;
    if (!nc.isEmpty()) {
        QJsonObject c;
        for (const auto &[key, list] : {std::pair{"PermittedDns", nc.permittedDns}, {"ExcludedDns", nc.excludedDns},
                                        {"PermittedIp", nc.permittedIp}, {"ExcludedIp", nc.excludedIp},
                                        {"PermittedEmail", nc.permittedEmail}, {"ExcludedEmail", nc.excludedEmail}})
            if (!list.isEmpty())
                c.insert(QLatin1String(key), QJsonArray::fromStringList(list));
        o.insert(QStringLiteral("NameConstraints"), c);
    }
    return o;
}

struct CaContext
{
    Cli &cli;
    QCommandLineParser parser;
    std::unique_ptr<CertificateAuthorities> cas;
};

// Parses, opens the inventory and the CAs, purges CAs whose restore window ended.
// positional: the minimum number of positional arguments.
bool open(CaContext &c, const QStringList &args, int positional, int *code)
{
    Inventory *inv = c.cli.parseAndOpen(c.parser, args, positional, code);
    if (!inv)
        return false;
    c.cas = std::make_unique<CertificateAuthorities>(*inv, c.cli.masterPassword());
    if (auto purged = c.cas->purge(); !purged) {
        *code = c.cli.fail(Failed, purged.error().message);
        return false;
    }
    return true;
}

std::optional<CaInfo> findCa(CaContext &c, const QString &ref, int *code)
{
    auto ca = c.cas->find(ref);
    if (!ca) {
        *code = c.cli.fail(exitCodeFor(ca.error()), ca.error().message);
        return std::nullopt;
    }
    return *ca;
}

// open() and the CA named by the first positional argument.
std::optional<CaInfo> openCa(CaContext &c, const QStringList &args, int positional, int *code)
{
    if (!open(c, args, positional, code))
        return std::nullopt;
    return findCa(c, c.parser.positionalArguments().first(), code);
}

// Writes what a call produced (to --out or standard output), or says why there is nothing.
int writeResult(Cli &cli, const QString &path, const Result<QByteArray> &data)
{
    if (!data)
        return cli.fail(exitCodeFor(data.error()), data.error().message);
    QString why;
    if (!writeOutput(cli, path, *data, &why))
        return cli.fail(Failed, why);
    return Ok;
}

void printCa(Cli &cli, const CaInfo &i)
{
    QTextStream &o = cli.out();
    auto line = [&o](const char *label, const QString &value) {
        if (!value.isEmpty())
            o << QString::fromLatin1(label).leftJustified(22) << value << '\n';
    };
    line("Name", i.name);
    line("Id", QString::number(i.id));
    line("Type", caKindName(i.kind) + (i.externalParent ? QStringLiteral(" (external parent)") : QString()));
    line("Status", caStateName(i.state));
    line("Subject", i.subject);
    line("Key", i.keyAlgorithm + QStringLiteral(", signs with ") + i.signingAlgorithm);
    if (i.notAfter.isValid())
        line("Validity", time(i.notBefore) + QStringLiteral(" .. ") + time(i.notAfter));
    line("Path length", i.pathLength ? QString::number(*i.pathLength) : QStringLiteral("no limit"));
    if (i.certificateId)
        line("Certificate", QString::number(*i.certificateId));
    if (i.parentId)
        line("Parent CA", QString::number(*i.parentId));
    line("Issued", QStringLiteral("%1 (%2 revoked)").arg(i.issuedCount).arg(i.revokedCount));
    line("CRL", i.crlNumber ? QStringLiteral("number %1, next update %2").arg(i.crlNumber).arg(time(i.crlNextUpdate))
                            : QStringLiteral("none yet"));
    line("CRL lifetime", QStringLiteral("%1 days").arg(i.crlLifetimeDays));
    line("CRL folder", i.crlPublishDir);
    line("CRL URL", i.crlUrl);
    line("OCSP URL", i.ocspUrl);
    line("CA issuers URL", i.caIssuersUrl);
    if (i.ocspSignerCertificateId)
        line("OCSP signer", QStringLiteral("certificate %1").arg(*i.ocspSignerCertificateId));
    if (i.shortLived)
        line("Short-lived", QStringLiteral("certificates of at most 7 days"));
    const NameConstraints &nc = i.nameConstraints;
    line("Permitted DNS", nc.permittedDns.join(QStringLiteral(", ")));
    line("Excluded DNS", nc.excludedDns.join(QStringLiteral(", ")));
    line("Permitted IP", nc.permittedIp.join(QStringLiteral(", ")));
    line("Excluded IP", nc.excludedIp.join(QStringLiteral(", ")));
    line("Permitted e-mail", nc.permittedEmail.join(QStringLiteral(", ")));
    line("Excluded e-mail", nc.excludedEmail.join(QStringLiteral(", ")));
    if (i.state == CaState::Deleted)
        line("Restorable until", time(i.purgeAt));
}

int done(CaContext &c, const Result<CaInfo> &r, const QString &verb)
{
    if (!r)
        return c.cli.fail(exitCodeFor(r.error()), r.error().message);
    if (c.cli.json())
        c.cli.printJson(toJson(*r));
    else
        c.cli.out() << "CA " << r->name << ' ' << verb << " (" << caStateName(r->state) << ")\n";
    return Ok;
}

// --- subcommands ---------------------------------------------------------------------------------

int create(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    QCommandLineParser &p = c.parser;
    p.setApplicationDescription(QStringLiteral("Create a CA: a self-signed root (--root), a subordinate signed by a CA of "
                                               "the inventory (--parent CA), or a subordinate for an external parent "
                                               "(--external-parent: state PENDING_CERTIFICATE, then ca csr and ca import-cert)."));
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Short name of the new CA (letters, digits, . _ -)."));
    p.addOptions({
        {QStringLiteral("root"), QStringLiteral("A self-signed root CA (the default without --parent).")},
        {QStringLiteral("parent"), QStringLiteral("Parent CA (name or id): a subordinate CA."), QStringLiteral("CA")},
        {QStringLiteral("external-parent"), QStringLiteral("A subordinate CA whose parent is outside certdesk.")},
        {QStringLiteral("subject"), QStringLiteral("Distinguished name, e.g. \"CN=Example Root CA,O=Example,C=DE\"."), QStringLiteral("DN")},
        {QStringLiteral("key-type"), QStringLiteral("%1 (default EC_prime256v1).").arg(caKeyAlgorithms().join(QStringLiteral(", "))), QStringLiteral("ALG")},
        {QStringLiteral("signing-algorithm"), QStringLiteral("SHA256WITHRSA, SHA384WITHRSAPSS, SHA256WITHECDSA, ED25519 ... (default: the key's)."), QStringLiteral("ALG")},
        {QStringLiteral("validity"), QStringLiteral("90d, 6m, 10y or an end date (default 10y)."), QStringLiteral("PERIOD")},
        {QStringLiteral("path-length"), QStringLiteral("CAs allowed below this one (default: no limit, or one less than the parent's)."), QStringLiteral("N")},
        {QStringLiteral("permit-dns"), QStringLiteral("Name constraint: permitted DNS domain (repeatable)."), QStringLiteral("DOMAIN")},
        {QStringLiteral("exclude-dns"), QStringLiteral("Name constraint: excluded DNS domain (repeatable)."), QStringLiteral("DOMAIN")},
        {QStringLiteral("permit-ip"), QStringLiteral("Name constraint: permitted address range, e.g. 10.0.0.0/8 (repeatable)."), QStringLiteral("CIDR")},
        {QStringLiteral("exclude-ip"), QStringLiteral("Name constraint: excluded address range (repeatable)."), QStringLiteral("CIDR")},
        {QStringLiteral("permit-email"), QStringLiteral("Name constraint: permitted mailbox, host or .domain (repeatable)."), QStringLiteral("EMAIL")},
        {QStringLiteral("exclude-email"), QStringLiteral("Name constraint: excluded mailbox, host or .domain (repeatable)."), QStringLiteral("EMAIL")},
        {QStringLiteral("crl-url"), QStringLiteral("CRL distribution point to put in issued certificates."), QStringLiteral("URL")},
        {QStringLiteral("ocsp-url"), QStringLiteral("OCSP responder URL to put in issued certificates."), QStringLiteral("URL")},
        {QStringLiteral("ca-issuers-url"), QStringLiteral("CA certificate URL to put in issued certificates."), QStringLiteral("URL")},
        {QStringLiteral("crl-lifetime"), QStringLiteral("Days from one CRL to its next update, 1-5000 (default 7)."), QStringLiteral("DAYS")},
        {QStringLiteral("crl-dir"), QStringLiteral("Folder each new CRL is written to (NAME.crl and NAME.crl.pem)."), QStringLiteral("DIR")},
        {QStringLiteral("short-lived"), QStringLiteral("Issue certificates of at most 7 days.")},
    });
    int code = Ok;
    if (!open(c, args, 1, &code))
        return code;
    CaConfig config;
    config.name = p.positionalArguments().first();
    config.externalParent = p.isSet(QStringLiteral("external-parent"));
    config.parent = p.value(QStringLiteral("parent"));
    if (p.isSet(QStringLiteral("root")) && (config.externalParent || !config.parent.isEmpty()))
        return cli.fail(Usage, QStringLiteral("--root does not go with --parent or --external-parent"));
    config.kind = config.externalParent || !config.parent.isEmpty() ? CaKind::Subordinate : CaKind::Root;
    config.subject = p.value(QStringLiteral("subject"));
    if (config.subject.isEmpty())
        config.subject = QStringLiteral("CN=") + config.name;
    if (p.isSet(QStringLiteral("key-type")))
        config.keyAlgorithm = p.value(QStringLiteral("key-type"));
    config.signingAlgorithm = p.value(QStringLiteral("signing-algorithm"));
    if (p.isSet(QStringLiteral("validity"))) {
        auto v = Validity::parse(p.value(QStringLiteral("validity")));
        if (!v)
            return cli.fail(Usage, v.error().message);
        config.validity = *v;
    }
    if (p.isSet(QStringLiteral("path-length"))) {
        bool ok = false;
        config.pathLength = p.value(QStringLiteral("path-length")).toInt(&ok);
        if (!ok)
            return cli.fail(Usage, QStringLiteral("--path-length takes a number"));
    }
    config.nameConstraints = {p.values(QStringLiteral("permit-dns")),  p.values(QStringLiteral("exclude-dns")),
                              p.values(QStringLiteral("permit-ip")),   p.values(QStringLiteral("exclude-ip")),
                              p.values(QStringLiteral("permit-email")), p.values(QStringLiteral("exclude-email"))};
    config.crlUrl = p.value(QStringLiteral("crl-url"));
    config.ocspUrl = p.value(QStringLiteral("ocsp-url"));
    config.caIssuersUrl = p.value(QStringLiteral("ca-issuers-url"));
    if (p.isSet(QStringLiteral("crl-lifetime"))) {
        bool ok = false;
        config.crlLifetimeDays = p.value(QStringLiteral("crl-lifetime")).toInt(&ok);
        if (!ok)
            return cli.fail(Usage, QStringLiteral("--crl-lifetime takes a number of days"));
    }
    config.crlPublishDir = p.value(QStringLiteral("crl-dir"));
    config.shortLived = p.isSet(QStringLiteral("short-lived"));
    return done(c, c.cas->create(config), QStringLiteral("created"));
}

int list(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("List the private CAs (deleted ones with --all)."));
    cli.addCommonOptions(c.parser);
    c.parser.addOption({QStringLiteral("all"), QStringLiteral("Include deleted CAs (restorable).")});
    int code = Ok;
    if (!open(c, args, 0, &code))
        return code;
    auto all = c.cas->list(c.parser.isSet(QStringLiteral("all")));
    if (!all)
        return cli.fail(exitCodeFor(all.error()), all.error().message);
    if (cli.json()) {
        QJsonArray a;
        for (const CaInfo &i : *all)
            a.append(toJson(i));
        cli.printJson(QJsonObject{{QStringLiteral("CertificateAuthorities"), a}});
        return Ok;
    }
    cli.out() << QStringLiteral("ID").leftJustified(5) << QStringLiteral("NAME").leftJustified(20)
              << QStringLiteral("TYPE").leftJustified(12) << QStringLiteral("STATUS").leftJustified(21)
              << QStringLiteral("NOT AFTER").leftJustified(22) << QStringLiteral("ISSUED").leftJustified(8) << "SUBJECT\n";
    for (const CaInfo &i : *all)
        cli.out() << QString::number(i.id).leftJustified(5) << i.name.leftJustified(20) << caKindName(i.kind).leftJustified(12)
                  << caStateName(i.state).leftJustified(21) << time(i.notAfter).leftJustified(22)
                  << QString::number(i.issuedCount).leftJustified(8) << i.subject << '\n';
    return Ok;
}

int describe(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("Show a CA: state, key, validity, constraints, URLs, CRL, counts."));
    cli.addCommonOptions(c.parser);
    c.parser.addPositionalArgument(QStringLiteral("CA"), QStringLiteral("CA name or id."));
    int code = Ok;
    const auto ca = openCa(c, args, 1, &code);
    if (!ca)
        return code;
    if (cli.json())
        cli.printJson(toJson(*ca));
    else
        printCa(cli, *ca);
    return Ok;
}

int csr(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("Write the CSR of a CA waiting for its certificate (PEM), to take to the external parent."));
    cli.addCommonOptions(c.parser);
    c.parser.addPositionalArgument(QStringLiteral("CA"), QStringLiteral("CA name or id."));
    c.parser.addOption({QStringLiteral("out"), QStringLiteral("File to write (default: standard output)."), QStringLiteral("FILE")});
    int code = Ok;
    const auto ca = openCa(c, args, 1, &code);
    if (!ca)
        return code;
    return writeResult(cli, c.parser.value(QStringLiteral("out")), c.cas->csrPem(ca->id));
}

int importCert(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("Install the certificate an external parent signed for a pending CA "
                                                      "(PEM with its chain, or DER). It must match the CA's key; the CA becomes ACTIVE."));
    cli.addCommonOptions(c.parser);
    c.parser.addPositionalArgument(QStringLiteral("CA"), QStringLiteral("CA name or id."));
    c.parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The signed CA certificate, with its chain."));
    int code = Ok;
    const auto ca = openCa(c, args, 2, &code);
    if (!ca)
        return code;
    QFile f(c.parser.positionalArguments().at(1));
    if (!f.open(QIODevice::ReadOnly))
        return cli.fail(Usage, QStringLiteral("%1: %2").arg(f.fileName(), f.errorString()));
    return done(c, c.cas->importCertificate(ca->id, f.read(ImportParser::kMaxInputSize)), QStringLiteral("activated"));
}

// disable, enable, restore, delete: a state change on one CA.
int stateChange(Cli &cli, const QStringList &args, const QString &what)
{
    CaContext c{cli, {}, {}};
    const QString description = what == QLatin1String("disable")  ? QStringLiteral("Disable a CA: it issues nothing until enabled (revocation and CRLs go on).")
                                : what == QLatin1String("enable")  ? QStringLiteral("Enable a disabled CA.")
                                : what == QLatin1String("restore") ? QStringLiteral("Restore a deleted CA within its restore period (it comes back disabled).")
                                                                   : QStringLiteral("Delete a disabled, expired or pending CA: restorable for 7-30 days, then purged with its key.");
    c.parser.setApplicationDescription(description);
    cli.addCommonOptions(c.parser);
    c.parser.addPositionalArgument(QStringLiteral("CA"), QStringLiteral("CA name or id."));
    if (what == QLatin1String("delete"))
        c.parser.addOption({QStringLiteral("restore-days"), QStringLiteral("Days it stays restorable, 7-30 (default 30)."), QStringLiteral("DAYS")});
    int code = Ok;
    const auto ca = openCa(c, args, 1, &code);
    if (!ca)
        return code;
    Result<void> r;
    if (what == QLatin1String("disable"))
        r = c.cas->disable(ca->id);
    else if (what == QLatin1String("enable"))
        r = c.cas->enable(ca->id);
    else if (what == QLatin1String("restore"))
        r = c.cas->restore(ca->id);
    else {
        int days = 30;
        if (c.parser.isSet(QStringLiteral("restore-days"))) {
            bool ok = false;
            days = c.parser.value(QStringLiteral("restore-days")).toInt(&ok);
            if (!ok)
                return cli.fail(Usage, QStringLiteral("--restore-days takes a number"));
        }
        r = c.cas->remove(ca->id, days);
    }
    if (!r)
        return cli.fail(exitCodeFor(r.error()), r.error().message);
    const QString verb = what == QLatin1String("delete") ? QStringLiteral("deleted") : what + QStringLiteral("d");
    return done(c, c.cas->info(ca->id), verb);
}

int issue(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    QCommandLineParser &p = c.parser;
    p.setApplicationDescription(QStringLiteral("Issue a certificate from a CA, for a CSR (--csr) or for a key generated "
                                               "and stored encrypted in the inventory (--key-type). It lands in the "
                                               "inventory as type PRIVATE."));
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("CA"), QStringLiteral("CA name or id."));
    QStringList templates;
    for (const CertificateTemplate &t : certificateTemplates())
        templates << t.name;
    p.addOptions({
        {QStringLiteral("template"), QStringLiteral("%1 (default EndEntityServerAuth).").arg(templates.join(QStringLiteral(", "))), QStringLiteral("NAME")},
        {QStringLiteral("csr"), QStringLiteral("PKCS#10 request (PEM or DER)."), QStringLiteral("FILE")},
        {QStringLiteral("key-type"), QStringLiteral("Generate a key: %1.").arg(caKeyAlgorithms().join(QStringLiteral(", "))), QStringLiteral("ALG")},
        {QStringLiteral("subject"), QStringLiteral("Distinguished name (default: the CSR's)."), QStringLiteral("DN")},
        {QStringLiteral("san"), QStringLiteral("Name to add: DNS:name, IP:address, EMAIL:address, URI:uri (repeatable)."), QStringLiteral("NAME")},
        {QStringLiteral("validity"), QStringLiteral("90d, 6m, 1y or an end date (default 365d)."), QStringLiteral("PERIOD")},
        {QStringLiteral("not-before"), QStringLiteral("Start of validity (RFC 3339; default now minus the backdate)."), QStringLiteral("TIME")},
        {QStringLiteral("backdate"), QStringLiteral("Minutes to backdate notBefore (default 60)."), QStringLiteral("MIN")},
        {QStringLiteral("signing-algorithm"), QStringLiteral("Default: the CA's."), QStringLiteral("ALG")},
        {QStringLiteral("out"), QStringLiteral("Write the certificate (PEM) here (default: standard output)."), QStringLiteral("FILE")},
        {QStringLiteral("chain"), QStringLiteral("Write the CA chain after the certificate.")},
    });
    int code = Ok;
    const auto ca = openCa(c, args, 1, &code);
    if (!ca)
        return code;
    IssueRequest request;
    if (p.isSet(QStringLiteral("template")))
        request.templateName = p.value(QStringLiteral("template"));
    if (p.isSet(QStringLiteral("csr")) == p.isSet(QStringLiteral("key-type")))
        return cli.fail(Usage, QStringLiteral("give either --csr FILE or --key-type ALG"));
    if (p.isSet(QStringLiteral("csr"))) {
        const QString path = p.value(QStringLiteral("csr"));
        const ParsedFile file = ImportParser().parseFile(path);
        if (file.csrs.isEmpty())
            return cli.fail(Usage, file.errors.isEmpty() ? QStringLiteral("%1: no certificate request in the file").arg(path)
                                                         : file.errors.first().message);
        request.csr = file.csrs.first();
    }
    request.keyAlgorithm = p.value(QStringLiteral("key-type"));
    request.subject = p.value(QStringLiteral("subject"));
    for (const QString &s : p.values(QStringLiteral("san"))) {
        auto name = ca::parseGeneralName(s);
        if (!name)
            return cli.fail(Usage, name.error().message);
        request.sans.append(*name);
    }
    if (p.isSet(QStringLiteral("validity"))) {
        auto v = Validity::parse(p.value(QStringLiteral("validity")));
        if (!v)
            return cli.fail(Usage, v.error().message);
        request.validity = *v;
    }
    if (p.isSet(QStringLiteral("not-before"))) {
        const QDateTime t = QDateTime::fromString(p.value(QStringLiteral("not-before")), Qt::ISODate);
        if (!t.isValid())
            return cli.fail(Usage, QStringLiteral("--not-before: not an RFC 3339 time"));
        request.notBefore = t.toUTC();
    }
    if (p.isSet(QStringLiteral("backdate")))
        request.backdateMinutes = p.value(QStringLiteral("backdate")).toInt();
    request.signingAlgorithm = p.value(QStringLiteral("signing-algorithm"));
    auto issued = c.cas->issue(ca->id, request);
    if (!issued)
        return cli.fail(exitCodeFor(issued.error()), issued.error().message);
    QByteArray pem = issued->certificate.toPem();
    if (p.isSet(QStringLiteral("chain"))) {
        if (auto chain = c.cas->chain(ca->id); chain)
            for (const Certificate &cert : *chain)
                pem += cert.toPem();
    }
    const QString out = p.value(QStringLiteral("out"));
    QString why;
    if (cli.json()) {
        if (!out.isEmpty() && !writeOutput(cli, out, pem, &why))
            return cli.fail(Failed, why);
        cli.printJson(QJsonObject{{QStringLiteral("Id"), issued->certificateId},
                                  {QStringLiteral("Serial"), issued->serial},
                                  {QStringLiteral("Subject"), issued->certificate.subject().rfc4514},
                                  {QStringLiteral("NotAfter"), time(issued->certificate.notAfter())},
                                  {QStringLiteral("KeyGenerated"), issued->keyGenerated},
                                  {QStringLiteral("FingerprintSha256"), issued->certificate.sha256Hex()}});
        return Ok;
    }
    if (!writeOutput(cli, out, pem, &why))
        return cli.fail(Failed, why);
    if (!out.isEmpty() && out != QLatin1String("-"))
        cli.out() << "issued certificate " << issued->certificateId << " serial " << issued->serial << " -> " << out << '\n';
    else
        cli.err() << "issued certificate " << issued->certificateId << " serial " << issued->serial << '\n';
    if (issued->keyGenerated)
        cli.err() << "its key is stored encrypted in the inventory: certdesk-cli export " << issued->certificateId
                  << " --format pkcs12 ...\n";
    return Ok;
}

int revoke(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("Revoke a certificate a certdesk CA issued; its CA's CRL is regenerated. "
                                                      "Reasons: %1 (removeFromCRL releases a certificateHold).")
                                           .arg(revocationReasons().join(QStringLiteral(", "))));
    cli.addCommonOptions(c.parser);
    c.parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The certificate: inventory id or fingerprint prefix."));
    c.parser.addOptions({
        {QStringLiteral("reason"), QStringLiteral("RFC 5280 reason (default unspecified)."), QStringLiteral("REASON")},
        {QStringLiteral("invalidity-date"), QStringLiteral("When the key was known or suspected to be compromised (RFC 3339)."), QStringLiteral("TIME")},
    });
    int code = Ok;
    if (!open(c, args, 1, &code))
        return code;
    auto id = cli.inventory()->resolve(c.parser.positionalArguments().first());
    if (!id)
        return cli.fail(exitCodeFor(id.error()), id.error().message);
    std::optional<QDateTime> invalidity;
    if (c.parser.isSet(QStringLiteral("invalidity-date"))) {
        const QDateTime t = QDateTime::fromString(c.parser.value(QStringLiteral("invalidity-date")), Qt::ISODate);
        if (!t.isValid())
            return cli.fail(Usage, QStringLiteral("--invalidity-date: not an RFC 3339 time"));
        invalidity = t.toUTC();
    }
    const QString reason = c.parser.isSet(QStringLiteral("reason")) ? c.parser.value(QStringLiteral("reason")) : QStringLiteral("unspecified");
    if (auto r = c.cas->revoke(*id, reason, invalidity); !r)
        return cli.fail(exitCodeFor(r.error()), r.error().message);
    auto ref = c.cas->issuedBy(*id);
    auto crl = ref ? c.cas->currentCrl(ref->caId) : Result<Crl>(std::unexpected(ref.error()));
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("Id"), *id},
                                  {QStringLiteral("Serial"), ref ? ref->serial : QString()},
                                  {QStringLiteral("Reason"), reason},
                                  {QStringLiteral("CrlNumber"), crl ? number(*crl) : QString()}});
    else
        cli.out() << "revoked certificate " << *id << " (" << reason << "), CRL " << (crl ? crl->crlNumber() : QString()) << '\n';
    return Ok;
}

int crl(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("Generate the next CRL of a CA (stored, and published to its CRL folder), "
                                                      "or with --refresh those of every CA that are due."));
    cli.addCommonOptions(c.parser);
    c.parser.addPositionalArgument(QStringLiteral("CA"), QStringLiteral("CA name or id (not with --refresh)."), QStringLiteral("[CA]"));
    c.parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("Also write the CRL here."), QStringLiteral("FILE")},
        {QStringLiteral("format"), QStringLiteral("pem (default) or der, for --out."), QStringLiteral("FORMAT")},
        {QStringLiteral("refresh"), QStringLiteral("Regenerate the CRLs that are due (within a quarter of their lifetime of the next update).")},
    });
    int code = Ok;
    if (!open(c, args, 0, &code))
        return code;
    if (c.parser.isSet(QStringLiteral("refresh"))) {
        auto n = c.cas->refreshCrls();
        if (!n)
            return cli.fail(exitCodeFor(n.error()), n.error().message);
        if (cli.json())
            cli.printJson(QJsonObject{{QStringLiteral("Regenerated"), *n}});
        else
            cli.out() << "regenerated " << *n << " CRL(s)\n";
        return Ok;
    }
    if (c.parser.positionalArguments().isEmpty())
        return cli.fail(Usage, QStringLiteral("name a CA, or --refresh"));
    auto ca = findCa(c, c.parser.positionalArguments().first(), &code);
    if (!ca)
        return code;
    const QString format = c.parser.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && format != QLatin1String("pem") && format != QLatin1String("der"))
        return cli.fail(Usage, QStringLiteral("--format: pem or der"));
    auto generated = c.cas->generateCrl(ca->id);
    if (!generated)
        return cli.fail(exitCodeFor(generated.error()), generated.error().message);
    if (c.parser.isSet(QStringLiteral("out"))) {
        QString why;
        if (!writeOutput(cli, c.parser.value(QStringLiteral("out")), format == QLatin1String("der") ? generated->der() : generated->toPem(), &why))
            return cli.fail(Failed, why);
    }
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("CrlNumber"), number(*generated)},
                                  {QStringLiteral("ThisUpdate"), time(generated->thisUpdate())},
                                  {QStringLiteral("NextUpdate"), time(generated->nextUpdate())},
                                  {QStringLiteral("Entries"), int(generated->revoked().size())}});
    else if (c.parser.value(QStringLiteral("out")) != QLatin1String("-"))
        cli.out() << "CRL " << number(*generated) << " of CA " << ca->name << ": " << generated->revoked().size()
                  << " entries, next update " << time(generated->nextUpdate()) << '\n';
    return Ok;
}

int auditReport(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("Export every use of a CA's key (issue, revoke, CRL, OCSP signer) and "
                                                      "its state changes: time, action, serial, subject, template, result."));
    cli.addCommonOptions(c.parser);
    c.parser.addPositionalArgument(QStringLiteral("CA"), QStringLiteral("CA name or id."));
    c.parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("csv (default) or json."), QStringLiteral("FORMAT")},
        {QStringLiteral("out"), QStringLiteral("File to write (default: standard output)."), QStringLiteral("FILE")},
    });
    int code = Ok;
    const auto ca = openCa(c, args, 1, &code);
    if (!ca)
        return code;
    const QString format = c.parser.isSet(QStringLiteral("format")) ? c.parser.value(QStringLiteral("format"))
                           : cli.json()                              ? QStringLiteral("json")
                                                                     : QStringLiteral("csv");
    return writeResult(cli, c.parser.value(QStringLiteral("out")), c.cas->auditReport(ca->id, format));
}

int ocspSigner(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("Issue a delegated OCSP signing certificate from a CA: from then on it, "
                                                      "not the CA key, signs the CA's OCSP responses."));
    cli.addCommonOptions(c.parser);
    c.parser.addPositionalArgument(QStringLiteral("CA"), QStringLiteral("CA name or id."));
    c.parser.addOption({QStringLiteral("validity"), QStringLiteral("Default 30d."), QStringLiteral("PERIOD")});
    int code = Ok;
    const auto ca = openCa(c, args, 1, &code);
    if (!ca)
        return code;
    Validity validity = Validity::days(30);
    if (c.parser.isSet(QStringLiteral("validity"))) {
        auto v = Validity::parse(c.parser.value(QStringLiteral("validity")));
        if (!v)
            return cli.fail(Usage, v.error().message);
        validity = *v;
    }
    auto issued = c.cas->createOcspSigner(ca->id, validity);
    if (!issued)
        return cli.fail(exitCodeFor(issued.error()), issued.error().message);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("Id"), issued->certificateId}, {QStringLiteral("Serial"), issued->serial}});
    else
        cli.out() << "OCSP signer certificate " << issued->certificateId << " for CA " << ca->name << '\n';
    return Ok;
}

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

int serve(Cli &cli, const QStringList &args)
{
    CaContext c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("Serve OCSP (POST /ocsp, GET /ocsp/<base64>), CRLs (/crl/NAME.crl, .pem) and "
                                                      "CA certificates (/ca/NAME.crt, .pem) over HTTP until interrupted. CRLs "
                                                      "that are due are regenerated every minute."));
    cli.addCommonOptions(c.parser);
    c.parser.addOption({QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8080; port 0 picks one)."),
                        QStringLiteral("HOST:PORT")});
    int code = Ok;
    if (!open(c, args, 0, &code))
        return code;
    const QString listen = c.parser.isSet(QStringLiteral("listen")) ? c.parser.value(QStringLiteral("listen")) : QStringLiteral("127.0.0.1:8080");
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = listen.mid(colon + 1).toInt(&ok);
    QHostAddress address(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon <= 0 || !ok || port < 0 || port > 65535 || address.isNull())
        return cli.fail(Usage, QStringLiteral("--listen %1: write HOST:PORT, e.g. 127.0.0.1:8080").arg(listen));
    // Signing needs the CA keys: unlock once, before the first request.
    if (auto u = cli.inventory()->keyStore().ensureUnlocked(cli.masterPassword()); !u)
        return cli.fail(exitCodeFor(u.error()), u.error().message);
    CaHttpServer server(*c.cas);
    auto bound = server.listen(address, quint16(port));
    if (!bound)
        return cli.fail(Failed, bound.error().message);
    if (auto refreshed = c.cas->refreshCrls(); !refreshed)
        cli.err() << "certdesk-cli: " << refreshed.error().message << '\n';
    cli.out() << "listening on http://" << (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString())
              << ':' << *bound << '\n';
    cli.out().flush();
    QTimer refresh;
    QObject::connect(&refresh, &QTimer::timeout, [&] {
        if (auto r = c.cas->refreshCrls(); !r) {
            cli.err() << "certdesk-cli: " << r.error().message << '\n';
            cli.err().flush();
        }
    });
    refresh.start(60 * 1000);
    if (::pipe(signalPipe) != 0)
        return cli.fail(Failed, QStringLiteral("cannot set up signal handling"));
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QCoreApplication::exec();
    cli.out() << "served " << server.requestsServed() << " request(s)\n";
    return Ok;
}

const Subcommand kSubs[] = {
    {"create", create, "Create a root, subordinate or externally signed CA"},
    {"list", list, "List the CAs"},
    {"describe", describe, "Show one CA"},
    {"csr", csr, "Write a pending CA's CSR for its external parent"},
    {"import-cert", importCert, "Install a pending CA's signed certificate"},
    {"disable", [](Cli &c, const QStringList &a) { return stateChange(c, a, QStringLiteral("disable")); }, "Stop a CA issuing"},
    {"enable", [](Cli &c, const QStringList &a) { return stateChange(c, a, QStringLiteral("enable")); }, "Let a disabled CA issue again"},
    {"delete", [](Cli &c, const QStringList &a) { return stateChange(c, a, QStringLiteral("delete")); }, "Delete a CA (restorable 7-30 days)"},
    {"restore", [](Cli &c, const QStringList &a) { return stateChange(c, a, QStringLiteral("restore")); }, "Restore a deleted CA"},
    {"issue", issue, "Issue a certificate (CSR or generated key)"},
    {"revoke", revoke, "Revoke an issued certificate with a reason"},
    {"crl", crl, "Generate a CA's CRL (or --refresh the due ones)"},
    {"ocsp-signer", ocspSigner, "Issue a delegated OCSP signing certificate"},
    {"audit-report", auditReport, "Export a CA's audit log (csv or json)"},
    {"serve", serve, "Serve OCSP, CRLs and CA certificates over HTTP"},
};

} // namespace

int runCa(Cli &cli, const QStringList &args)
{
    return runSubcommand(cli, args, QStringLiteral("ca"), QStringLiteral("Private certificate authorities"), kSubs);
}

} // namespace certdesk::cli
