#include "cli.h"

#include "deploy/deployments.h"
#include "x509/certificatejson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

using namespace core;

namespace {

qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 secs = now.secsTo(notAfter);
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

QJsonObject summaryToJson(const CertificateSummary &s, const QDateTime &now)
{
    return QJsonObject{
        {QStringLiteral("Id"), s.id},
        {QStringLiteral("FingerprintSha256"), s.sha256},
        {QStringLiteral("DomainName"), s.domainName},
        {QStringLiteral("SubjectAlternativeNameCount"), s.sanCount},
        {QStringLiteral("Status"), s.status},
        {QStringLiteral("Type"), s.type},
        {QStringLiteral("Subject"), s.subject},
        {QStringLiteral("Issuer"), s.issuer},
        {QStringLiteral("KeyAlgorithm"), s.keyAlgorithm},
        {QStringLiteral("Serial"), s.serial},
        {QStringLiteral("NotBefore"), formatUtc(s.notBefore)},
        {QStringLiteral("NotAfter"), formatUtc(s.notAfter)},
        {QStringLiteral("DaysLeft"), daysLeft(s.notAfter, now)},
        {QStringLiteral("HasPrivateKey"), s.hasPrivateKey},
        {QStringLiteral("IsCa"), s.isCa},
    };
}

QString elide(const QString &s, int width)
{
    return s.size() <= width ? s : s.left(width - 1) + QChar(0x2026);
}

} // namespace

int runList(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List certificates in the inventory. Filters combine."));
    cli.addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("status"), QStringLiteral("ISSUED, EXPIRED, NOT_YET_VALID or REVOKED."), QStringLiteral("STATUS")},
        {QStringLiteral("type"), QStringLiteral("IMPORTED, PRIVATE or PUBLIC."), QStringLiteral("TYPE")},
        {QStringLiteral("expires-within"), QStringLiteral("Valid now and expiring within DAYS days."), QStringLiteral("DAYS")},
        {QStringLiteral("key-type"), QStringLiteral("Key algorithm, e.g. RSA_2048, EC_prime256v1, ED25519."), QStringLiteral("ALG")},
        {QStringLiteral("search"), QStringLiteral("Text in the name, SANs, subject, issuer; serial; fingerprint prefix."), QStringLiteral("TEXT")},
        {QStringLiteral("tag"), QStringLiteral("Tag KEY=VALUE, or KEY for any value (repeatable)."), QStringLiteral("TAG")},
        {QStringLiteral("sort"), QStringLiteral("Sort by %1; prefix '-' for descending (default: not_after).")
                                     .arg(sortColumns().join(QStringLiteral(", "))), QStringLiteral("COLUMN")},
        {QStringLiteral("limit"), QStringLiteral("At most N rows."), QStringLiteral("N")},
        {QStringLiteral("offset"), QStringLiteral("Skip the first N rows."), QStringLiteral("N")},
        {QStringLiteral("at"), QStringLiteral("Status and days left as of this time (RFC 3339; default: now)."), QStringLiteral("TIME")},
    });
    int code = Ok;
    if (!cli.parse(parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(Usage, QStringLiteral("list: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    CertificateFilter filter;
    filter.status = parser.value(QStringLiteral("status"));
    filter.type = parser.value(QStringLiteral("type"));
    filter.keyAlgorithm = parser.value(QStringLiteral("key-type"));
    filter.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("expires-within"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("expires-within")).toInt(&ok);
        if (!ok || days < 0)
            return cli.fail(Usage, QStringLiteral("--expires-within takes a number of days (0 or more)"));
        filter.expiresWithinDays = days;
    }
    for (const QString &t : parser.values(QStringLiteral("tag"))) {
        const qsizetype eq = t.indexOf(QLatin1Char('='));
        filter.tags.append(eq < 0 ? TagFilter{t, std::nullopt} : TagFilter{t.left(eq), t.mid(eq + 1)});
    }
    SortSpec sort;
    if (parser.isSet(QStringLiteral("sort"))) {
        QString s = parser.value(QStringLiteral("sort"));
        sort.descending = s.startsWith(QLatin1Char('-'));
        sort.column = sort.descending ? s.mid(1) : s;
    }
    int limit = -1, offset = 0;
    for (auto [name, target] : {std::pair{QStringLiteral("limit"), &limit}, std::pair{QStringLiteral("offset"), &offset}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *target = parser.value(name).toInt(&ok);
        if (!ok || *target < 0)
            return cli.fail(Usage, QStringLiteral("--%1 takes a whole number (0 or more)").arg(name));
    }
    Inventory *inv = cli.inventory();
    if (!inv)
        return Usage;
    const auto rows = inv->list(filter, sort, limit, offset);
    if (!rows)
        return cli.fail(Usage, rows.error().message);
    const QDateTime now = inv->clock().now();
    if (cli.json()) {
        QJsonArray out;
        for (const CertificateSummary &s : *rows)
            out.append(summaryToJson(s, now));
        cli.printJson(out);
        return Ok;
    }
    QTextStream &o = cli.out();
    o << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
             .arg(QStringLiteral("ID"), 6)
             .arg(QStringLiteral("NAME"), -34)
             .arg(QStringLiteral("STATUS"), -13)
             .arg(QStringLiteral("NOT AFTER"), -10)
             .arg(QStringLiteral("DAYS"), 6)
             .arg(QStringLiteral("KEY"), -15)
             .arg(QStringLiteral("PK"), -3)
             .arg(QStringLiteral("ISSUER"));
    for (const CertificateSummary &s : *rows) {
        QString name = s.domainName.isEmpty() ? QStringLiteral("(no name)") : s.domainName;
        if (s.sanCount > 1)
            name += QStringLiteral(" +%1").arg(s.sanCount - 1);
        o << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                 .arg(s.id, 6)
                 .arg(elide(name, 34), -34)
                 .arg(s.status, -13)
                 .arg(s.notAfter.toString(QStringLiteral("yyyy-MM-dd")), -10)
                 .arg(daysLeft(s.notAfter, now), 6)
                 .arg(s.keyAlgorithm, -15)
                 .arg(s.hasPrivateKey ? QStringLiteral("yes") : QStringLiteral("no"), -3)
                 .arg(s.issuerCommonName);
    }
    const auto total = inv->count(filter);
    o << (total ? *total : rows->size()) << " certificate(s)";
    if (total && *total != rows->size())
        o << ", " << rows->size() << " shown";
    o << '\n';
    return Ok;
}

int runDescribe(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show everything known about a certificate."));
    cli.addCommonOptions(parser);
    parser.addOption({QStringLiteral("at"), QStringLiteral("Status and days left as of this time (RFC 3339; default: now)."), QStringLiteral("TIME")});
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Inventory id or fingerprint prefix."));
    int code = Ok;
    const auto id = cli.parseAndResolve(parser, args, 1, &code);
    if (!id)
        return code;
    Inventory *inv = cli.inventory();
    const auto rec = inv->record(*id);
    if (!rec)
        return cli.fail(Failed, rec.error().message);
    const auto chain = inv->issuerChain(*id);
    const auto events = inv->events(*id, 20);
    const Certificate &c = rec->certificate;
    const QDateTime now = inv->clock().now();
    // ACM's InUseBy: deployments writing it, endpoints seen serving it, files found holding it.
    QStringList inUseBy;
    if (auto used = Deployments(*inv, {}).inUse(*id)) {
        for (const Deployment &d : std::as_const(used->deployments))
            inUseBy << QStringLiteral("%1 %2 (%3, %4)").arg(d.ref(), d.targetDir, deployLayoutName(d.layout), deploymentStateName(d.state));
        for (const EndpointRecord &e : std::as_const(used->endpoints))
            inUseBy << QStringLiteral("endpoint %1 (%2, last seen %3)").arg(e.label(), e.state, formatUtc(e.lastSeen));
        for (const QString &f : std::as_const(used->files))
            inUseBy << QStringLiteral("file %1").arg(f);
    }

    if (cli.json()) {
        QJsonObject o = certificateToJson(c);
        o.insert(QStringLiteral("Id"), rec->summary.id);
        o.insert(QStringLiteral("Type"), rec->summary.type);
        o.insert(QStringLiteral("Status"), rec->summary.status);
        o.insert(QStringLiteral("DaysLeft"), daysLeft(c.notAfter(), now));
        o.insert(QStringLiteral("HasPrivateKey"), rec->summary.hasPrivateKey);
        o.insert(QStringLiteral("ImportedAt"), formatUtc(rec->importedAt));
        if (rec->issuerId)
            o.insert(QStringLiteral("IssuerId"), *rec->issuerId);
        if (rec->revokedAt.isValid()) {
            o.insert(QStringLiteral("RevokedAt"), formatUtc(rec->revokedAt));
            o.insert(QStringLiteral("RevocationReason"), rec->revocationReason);
        }
        QJsonArray tags;
        for (const Tag &t : rec->tags)
            tags.append(QJsonObject{{QStringLiteral("Key"), t.first}, {QStringLiteral("Value"), t.second}});
        o.insert(QStringLiteral("Tags"), tags);
        QJsonArray chainJson;
        for (const Certificate &ic : chain.value_or(QList<Certificate>{}))
            chainJson.append(QJsonObject{{QStringLiteral("Subject"), ic.subject().rfc4514},
                                         {QStringLiteral("FingerprintSha256"), ic.sha256Hex()}});
        o.insert(QStringLiteral("Chain"), chainJson);
        QJsonArray history;
        for (const Event &e : events.value_or(QList<Event>{}))
            history.append(QJsonObject{{QStringLiteral("At"), formatUtc(e.at)}, {QStringLiteral("Kind"), e.kind},
                                       {QStringLiteral("Detail"), e.detail}, {QStringLiteral("Actor"), e.actor}});
        o.insert(QStringLiteral("History"), history);
        o.insert(QStringLiteral("InUseBy"), QJsonArray::fromStringList(inUseBy));
        cli.printJson(o);
        return Ok;
    }
    QTextStream &o = cli.out();
    auto line = [&o](const QString &label, const QString &value) {
        o << QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -26).arg(value);
    };
    line(QStringLiteral("Id"), QString::number(rec->summary.id));
    line(QStringLiteral("Domain name"), c.domainName());
    line(QStringLiteral("Status"), rec->summary.status);
    line(QStringLiteral("Type"), rec->summary.type);
    line(QStringLiteral("Subject"), c.subject().rfc4514);
    line(QStringLiteral("Issuer"), c.issuer().rfc4514);
    line(QStringLiteral("Serial"), c.serial());
    line(QStringLiteral("Not before"), formatUtc(c.notBefore()));
    line(QStringLiteral("Not after"), QStringLiteral("%1 (%2 days left)").arg(formatUtc(c.notAfter())).arg(daysLeft(c.notAfter(), now)));
    line(QStringLiteral("Key algorithm"), c.keyAlgorithm());
    line(QStringLiteral("Signature algorithm"), c.signatureAlgorithm());
    line(QStringLiteral("Private key"), rec->summary.hasPrivateKey ? QStringLiteral("yes (encrypted in the inventory)") : QStringLiteral("no"));
    QStringList sans;
    for (const GeneralName &n : c.subjectAlternativeNames())
        sans << GeneralName::kindName(n.kind) + QLatin1Char(':') + n.value;
    line(QStringLiteral("Alternative names"), sans.isEmpty() ? QStringLiteral("-") : sans.join(QStringLiteral(", ")));
    line(QStringLiteral("Key usages"), c.keyUsages().join(QStringLiteral(", ")));
    QStringList ekus;
    for (const ExtendedKeyUsage &e : c.extendedKeyUsages())
        ekus << QStringLiteral("%1 (%2)").arg(e.name, e.oid);
    line(QStringLiteral("Extended key usages"), ekus.join(QStringLiteral(", ")));
    const BasicConstraints &bc = c.basicConstraints();
    line(QStringLiteral("Basic constraints"), !bc.present ? QStringLiteral("-")
                                             : bc.ca ? (bc.pathLength >= 0 ? QStringLiteral("CA, path length %1").arg(bc.pathLength)
                                                                           : QStringLiteral("CA"))
                                                     : QStringLiteral("not a CA"));
    line(QStringLiteral("Self-signed"), c.isSelfSigned() ? QStringLiteral("yes") : QStringLiteral("no"));
    line(QStringLiteral("SHA-256 fingerprint"), toColonHex(c.sha256()));
    line(QStringLiteral("SHA-1 fingerprint"), toColonHex(c.sha1()));
    line(QStringLiteral("Subject key id"), toColonHex(c.subjectKeyId()));
    line(QStringLiteral("Authority key id"), toColonHex(c.authorityKeyId()));
    line(QStringLiteral("CRL distribution points"), c.crlDistributionPoints().join(QStringLiteral(", ")));
    line(QStringLiteral("OCSP"), c.ocspUrls().join(QStringLiteral(", ")));
    line(QStringLiteral("CA issuers"), c.caIssuerUrls().join(QStringLiteral(", ")));
    line(QStringLiteral("Policies"), c.policies().join(QStringLiteral(", ")));
    if (rec->revokedAt.isValid())
        line(QStringLiteral("Revoked"), QStringLiteral("%1 (%2)").arg(formatUtc(rec->revokedAt), rec->revocationReason));
    QStringList tags;
    for (const Tag &t : rec->tags)
        tags << t.first + QLatin1Char('=') + t.second;
    line(QStringLiteral("Tags"), tags.isEmpty() ? QStringLiteral("-") : tags.join(QStringLiteral(", ")));
    line(QStringLiteral("Imported"), formatUtc(rec->importedAt));
    line(QStringLiteral("In use by"), inUseBy.isEmpty() ? QStringLiteral("-") : inUseBy.join(QStringLiteral("\n") + QString(27, QLatin1Char(' '))));
    o << "Chain (in the inventory):\n";
    if (!chain || chain->isEmpty())
        o << "  (no issuer in the inventory)\n";
    else
        for (const Certificate &ic : *chain)
            o << "  " << ic.subject().rfc4514 << "  [" << ic.sha256Hex().left(16) << "]\n";
    o << "Extensions:\n";
    for (const Extension &e : c.extensions()) {
        o << "  " << e.name << " (" << e.oid << ")" << (e.critical ? " critical" : "") << '\n';
        for (const QString &l : describeExtension(e).split(QLatin1Char('\n')))
            o << "      " << l.trimmed() << '\n';
    }
    o << "History:\n";
    for (const Event &e : events.value_or(QList<Event>{}))
        o << "  " << formatUtc(e.at) << "  " << e.kind << "  " << e.detail << "  (" << e.actor << ")\n";
    return Ok;
}

int runEvents(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show the audit log, newest first."));
    cli.addCommonOptions(parser);
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N events (default 50)."), QStringLiteral("N"), QStringLiteral("50")});
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Only the events of this certificate."), QStringLiteral("[REF]"));
    int code = Ok;
    if (!cli.parse(parser, args, &code))
        return code;
    Inventory *inv = cli.inventory();
    if (!inv)
        return Usage;
    std::optional<qint64> id;
    if (!parser.positionalArguments().isEmpty()) {
        auto r = inv->resolve(parser.positionalArguments().first());
        if (!r)
            return cli.fail(Usage, r.error().message);
        id = *r;
    }
    const auto events = inv->events(id, parser.value(QStringLiteral("limit")).toInt());
    if (!events)
        return cli.fail(Failed, events.error().message);
    if (cli.json()) {
        QJsonArray out;
        for (const Event &e : *events) {
            QJsonObject o{{QStringLiteral("Id"), e.id}, {QStringLiteral("At"), formatUtc(e.at)}, {QStringLiteral("Kind"), e.kind},
                          {QStringLiteral("Subject"), e.subject}, {QStringLiteral("Detail"), e.detail}, {QStringLiteral("Actor"), e.actor}};
            if (e.certificateId)
                o.insert(QStringLiteral("CertificateId"), *e.certificateId);
            out.append(o);
        }
        cli.printJson(out);
        return Ok;
    }
    for (const Event &e : *events)
        cli.out() << formatUtc(e.at) << "  " << e.kind.leftJustified(10) << "  " << e.subject << "  " << e.detail << "  ("
                  << e.actor << ")\n";
    return Ok;
}

} // namespace certdesk::cli
