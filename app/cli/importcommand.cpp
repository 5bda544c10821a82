#include "cli.h"

#include "inventory/importjob.h"

#include <QJsonArray>
#include <QJsonObject>

#include <mutex>

namespace certdesk::cli {

using namespace core;

int runImport(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import certificates, private keys, CSRs and CRLs. Formats are recognised by content: PEM (any mix), DER, "
        "PKCS#7, PKCS#12 (modern and legacy), PKCS#8 (plain and encrypted), traditional RSA/EC keys, PKCS#10, CRLs. "
        "Folders are read recursively. Private keys are stored encrypted under the inventory's master password."));
    cli.addCommonOptions(parser);
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Parse and report; store nothing.")});
    parser.addOption({QStringLiteral("pkcs12-password-source"),
                      QStringLiteral("Password for PKCS#12 files and encrypted keys: pass:, env:, file:, fd: "
                                     "(default: ask on the terminal)."),
                      QStringLiteral("SRC")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders to import."), QStringLiteral("PATH..."));
    int code = Ok;
    if (!cli.parse(parser, args, &code))
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return cli.fail(Usage, QStringLiteral("import: give at least one file or folder (see --help)"));

    std::optional<QByteArray> filePassword;
    if (parser.isSet(QStringLiteral("pkcs12-password-source"))) {
        bool ok = false;
        filePassword = cli.readSource(parser.value(QStringLiteral("pkcs12-password-source")), &ok);
        if (!ok)
            return Usage;
    }
    Inventory *inv = cli.inventory();
    if (!inv)
        return Usage;

    auto promptMutex = std::make_shared<std::mutex>();
    ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.masterPassword = cli.masterPassword();
    options.filePasswords = [filePassword, promptMutex](const PasswordRequest &req) -> std::optional<QByteArray> {
        if (filePassword)
            return req.attempt == 0 ? filePassword : std::nullopt;
        std::lock_guard lock(*promptMutex);
        return Cli::promptHidden(req.attempt == 0 ? QStringLiteral("Password for %1: ").arg(req.source)
                                                  : QStringLiteral("Wrong password. Password for %1: ").arg(req.source));
    };
    const ImportReport r = ImportJob(*inv, options).importPaths(paths);

    if (cli.json()) {
        QJsonArray failures;
        for (const Error &e : r.failures)
            failures.append(QJsonObject{{QStringLiteral("code"), errorCodeName(e.code)}, {QStringLiteral("message"), e.message}});
        QJsonArray ids;
        for (qint64 id : r.importedIds)
            ids.append(id);
        cli.printJson(QJsonObject{
            {QStringLiteral("dryRun"), r.dryRun},
            {QStringLiteral("sources"), r.sources},
            {QStringLiteral("imported"), r.imported},
            {QStringLiteral("duplicates"), r.duplicates},
            {QStringLiteral("keysImported"), r.keysImported},
            {QStringLiteral("keysAttached"), r.keysAttached},
            {QStringLiteral("keysWithoutCertificate"), r.keysWithoutCertificate},
            {QStringLiteral("csrs"), r.csrs},
            {QStringLiteral("crls"), r.crls},
            {QStringLiteral("revocationsApplied"), r.revocationsApplied},
            {QStringLiteral("requestsMatched"), r.requestsMatched},
            {QStringLiteral("failed"), r.failed()},
            {QStringLiteral("failures"), failures},
            {QStringLiteral("importedIds"), ids},
        });
    } else {
        QTextStream &o = cli.out();
        o << (r.dryRun ? "Dry run (nothing stored): " : "") << r.sources << " input(s) read. "
          << r.imported << " certificate(s) " << (r.dryRun ? "would be " : "") << "imported, " << r.duplicates
          << " duplicate(s), " << r.keysImported << " key(s) stored, " << r.keysAttached << " key(s) attached";
        if (r.keysWithoutCertificate > 0)
            o << " (" << r.keysWithoutCertificate << " waiting for their certificate)";
        o << ", " << r.csrs << " CSR(s), " << r.crls << " CRL(s)";
        if (r.revocationsApplied > 0)
            o << ", " << r.revocationsApplied << " revocation(s) applied";
        if (r.requestsMatched > 0)
            o << ", " << r.requestsMatched << " request(s) completed";
        o << ", " << r.failed() << " failed.\n";
        o.flush();
        for (const Error &e : r.failures)
            cli.err() << "  failed: " << e.message << '\n';
        cli.err().flush();
    }
    return r.failures.isEmpty() ? Ok : Failed;
}

} // namespace certdesk::cli
