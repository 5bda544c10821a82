#include "cli.h"

#include "x509/exporter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

using namespace core;

int runExport(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export a certificate. pem-bundle writes certificate.pem, chain.pem (issuers, leaf-most first) and "
        "private_key.pem (PKCS#8 encrypted with the passphrase) into the folder --out. Key files are created 0600."));
    cli.addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("One of %1.").arg(exportFormatNames().join(QStringLiteral(", "))),
         QStringLiteral("FORMAT"), QStringLiteral("pem")},
        {QStringLiteral("out"), QStringLiteral("File to write (a folder for pem-bundle)."), QStringLiteral("PATH")},
        {QStringLiteral("passphrase-source"), QStringLiteral("Passphrase protecting the exported key / PKCS#12: "
                                                             "pass:, env:, file:, fd: (default: ask on the terminal)."),
         QStringLiteral("SRC")},
        {QStringLiteral("no-key"), QStringLiteral("Leave the private key out even when the inventory has it.")},
    });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Inventory id or fingerprint prefix."));
    int code = Ok;
    if (!cli.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(Usage, QStringLiteral("export: give exactly one REF (id or fingerprint prefix)"));
    const auto format = exportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return cli.fail(Usage, QStringLiteral("export: unknown format \"%1\" (one of %2)")
                                   .arg(parser.value(QStringLiteral("format")), exportFormatNames().join(QStringLiteral(", "))));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.fail(Usage, QStringLiteral("export: --out PATH is required"));

    Inventory *inv = cli.inventory();
    if (!inv)
        return Usage;
    const auto id = inv->resolve(parser.positionalArguments().first());
    if (!id)
        return cli.fail(Usage, id.error().message);
    const auto rec = inv->record(*id);
    if (!rec)
        return cli.fail(Failed, rec.error().message);
    const auto chain = inv->issuerChain(*id);
    if (!chain)
        return cli.fail(Failed, chain.error().message);

    ExportRequest request;
    request.certificate = rec->certificate;
    request.chain = *chain;
    request.friendlyName = rec->summary.domainName;
    const bool wantsKey = (*format == ExportFormat::PemBundle || *format == ExportFormat::Pkcs12
                           || *format == ExportFormat::Pkcs12Legacy)
        && !parser.isSet(QStringLiteral("no-key")) && rec->summary.hasPrivateKey;
    const bool needsPassphrase = wantsKey || *format == ExportFormat::Pkcs12 || *format == ExportFormat::Pkcs12Legacy;
    if (needsPassphrase) {
        std::optional<QByteArray> pass;
        if (parser.isSet(QStringLiteral("passphrase-source"))) {
            bool ok = false;
            pass = cli.readSource(parser.value(QStringLiteral("passphrase-source")), &ok);
            if (!ok)
                return Usage;
        } else {
            pass = Cli::promptHidden(QStringLiteral("Passphrase for the exported file: "));
        }
        if (!pass || pass->isEmpty())
            return cli.fail(Usage, QStringLiteral("export: this format needs a passphrase (--passphrase-source)"));
        request.passphrase = *pass;
    }
    if (wantsKey) {
        auto key = inv->privateKeyForExport(*id, cli.masterPassword(),
                                   QStringLiteral("export as %1 to %2").arg(parser.value(QStringLiteral("format")), out));
        if (!key)
            return cli.fail(key.error().code == ErrorCode::WrongPassword || key.error().code == ErrorCode::PasswordRequired
                                    || key.error().code == ErrorCode::InvalidInput
                                ? Usage
                                : Failed,
                            key.error().message);
        request.key = *key;
    }
    const auto written = writeExport(*format, request, out);
    if (!written)
        return cli.fail(Failed, written.error().message);
    if (auto r = inv->logEvent(QStringLiteral("export"), *id, rec->summary.domainName,
                               QStringLiteral("%1%2 to %3").arg(parser.value(QStringLiteral("format")),
                                                                 wantsKey ? QStringLiteral(" with private key") : QString(), out));
        !r)
        return cli.fail(Failed, r.error().message);
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(*written)},
                                  {QStringLiteral("privateKey"), wantsKey},
                                  {QStringLiteral("chainLength"), int(chain->size())}});
    } else {
        for (const QString &f : *written)
            cli.out() << "wrote " << f << '\n';
        if (!rec->summary.hasPrivateKey && *format == ExportFormat::PemBundle)
            cli.out() << "note: the inventory has no private key for this certificate; private_key.pem was not written\n";
    }
    return Ok;
}

} // namespace certdesk::cli
