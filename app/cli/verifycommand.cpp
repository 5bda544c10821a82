#include "cli.h"

#include "x509/certificatejson.h"
#include "x509/pathvalidator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

using namespace core;

namespace {

// Every certificate (or CRL) in the files; errors name the file and entry.
bool readAll(Cli &cli, const QStringList &files, QList<Certificate> *certs, QList<Crl> *crls)
{
    const ImportParser parser;
    for (const QString &f : files) {
        const ParsedFile p = parser.parseFile(f);
        if (!p.errors.isEmpty()) {
            cli.fail(Usage, p.errors.first().message);
            return false;
        }
        if (certs)
            certs->append(p.certificates);
        if (crls)
            crls->append(p.crls);
        if ((certs && p.certificates.isEmpty() && !crls) || (crls && p.crls.isEmpty() && !certs)) {
            cli.fail(Usage, QStringLiteral("%1: holds no %2").arg(f, certs ? QStringLiteral("certificate") : QStringLiteral("CRL")));
            return false;
        }
    }
    return true;
}

} // namespace

int runVerify(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Build the chain of LEAF and validate it with OpenSSL's verifier. Works on files only; the inventory is not "
        "touched. Exit status 0 valid, 1 invalid, 2 input error."));
    cli.addCommonOptions(parser, false);
    parser.addOptions({
        {QStringLiteral("untrusted"), QStringLiteral("Intermediate certificates to build with (repeatable)."), QStringLiteral("FILE")},
        {QStringLiteral("trusted"), QStringLiteral("Trust anchors (repeatable)."), QStringLiteral("FILE")},
        {QStringLiteral("system-trust"), QStringLiteral("Also trust the system store (/etc/ssl/certs).")},
        {QStringLiteral("crl"), QStringLiteral("CRLs to check revocation with (repeatable)."), QStringLiteral("FILE")},
        {QStringLiteral("at"), QStringLiteral("Validate at this time (RFC 3339, e.g. 2026-06-01T00:00:00Z)."), QStringLiteral("TIME")},
        {QStringLiteral("host"), QStringLiteral("Check the certificate is valid for this DNS name."), QStringLiteral("NAME")},
        {QStringLiteral("ip"), QStringLiteral("Check the certificate is valid for this IP address."), QStringLiteral("ADDR")},
        {QStringLiteral("email"), QStringLiteral("Check the certificate is valid for this e-mail address."), QStringLiteral("ADDR")},
        {QStringLiteral("purpose"), QStringLiteral("server or client."), QStringLiteral("PURPOSE")},
    });
    parser.addPositionalArgument(QStringLiteral("LEAF"), QStringLiteral("The certificate to validate (further certificates "
                                                                        "in the same file count as untrusted intermediates)."));
    int code = Ok;
    if (!cli.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(Usage, QStringLiteral("verify: give exactly one LEAF file"));
    const int targets = int(parser.isSet(QStringLiteral("host"))) + int(parser.isSet(QStringLiteral("ip")))
        + int(parser.isSet(QStringLiteral("email")));
    if (targets > 1)
        return cli.fail(Usage, QStringLiteral("verify: give at most one of --host, --ip, --email"));

    QList<Certificate> leafFile;
    if (!readAll(cli, {parser.positionalArguments().first()}, &leafFile, nullptr))
        return Usage;
    ValidationOptions options;
    options.untrusted = leafFile.mid(1);
    if (!readAll(cli, parser.values(QStringLiteral("untrusted")), &options.untrusted, nullptr)
        || !readAll(cli, parser.values(QStringLiteral("trusted")), &options.trusted, nullptr)
        || !readAll(cli, parser.values(QStringLiteral("crl")), nullptr, &options.crls))
        return Usage;
    options.systemTrust = parser.isSet(QStringLiteral("system-trust"));
    if (options.trusted.isEmpty() && !options.systemTrust)
        return cli.fail(Usage, QStringLiteral("verify: give --trusted FILE or --system-trust"));
    if (parser.isSet(QStringLiteral("at"))) {
        const QDateTime at = QDateTime::fromString(parser.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid())
            return cli.fail(Usage, QStringLiteral("verify: --at \"%1\" is not an RFC 3339 time").arg(parser.value(QStringLiteral("at"))));
        options.at = at.toUTC();
    }
    options.host = parser.value(QStringLiteral("host"));
    options.ip = parser.value(QStringLiteral("ip"));
    options.email = parser.value(QStringLiteral("email"));
    const QString purpose = parser.value(QStringLiteral("purpose"));
    if (purpose == QLatin1String("server"))
        options.purpose = Purpose::ServerAuth;
    else if (purpose == QLatin1String("client"))
        options.purpose = Purpose::ClientAuth;
    else if (!purpose.isEmpty())
        return cli.fail(Usage, QStringLiteral("verify: --purpose is server or client"));

    const ValidationResult result = PathValidator::validate(leafFile.first(), options);
    if (cli.json()) {
        QJsonArray chain;
        for (const ChainElement &e : result.chain)
            chain.append(QJsonObject{{QStringLiteral("depth"), e.depth},
                                     {QStringLiteral("subject"), e.certificate.subject().rfc4514},
                                     {QStringLiteral("fingerprintSha256"), e.certificate.sha256Hex()},
                                     {QStringLiteral("notAfter"), formatUtc(e.certificate.notAfter())},
                                     {QStringLiteral("trustAnchor"), e.trustAnchor},
                                     {QStringLiteral("problems"), QJsonArray::fromStringList(e.problems)}});
        cli.printJson(QJsonObject{{QStringLiteral("valid"), result.valid},
                                  {QStringLiteral("chain"), chain},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(result.problems)}});
    } else {
        cli.out() << (result.valid ? "valid" : "INVALID") << '\n';
        for (const ChainElement &e : result.chain)
            cli.out() << "  " << e.depth << ": " << e.certificate.subject().rfc4514 << (e.trustAnchor ? "  [trust anchor]" : "")
                      << '\n';
        for (const QString &p : result.problems)
            cli.out() << "  problem: " << p << '\n';
    }
    return result.valid ? Ok : Failed;
}

} // namespace certdesk::cli
