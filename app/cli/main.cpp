#include "cli.h"

#include "inventory/database.h"
#include "inventory/paths.h"

#include <QCoreApplication>

using namespace certdesk::cli;

// The CLI installs no translator and its texts are not marked with tr(): it stays English
// whatever the locale, as scripts parse its output (the GUI is translated, see ui/i18n).

namespace {

struct Command
{
    const char *name;
    int (*run)(Cli &, const QStringList &);
    const char *summary;
};

const Command kCommands[] = {
    {"import", runImport, "Import certificates, keys, CSRs and CRLs from files and folders"},
    {"list", runList, "List certificates (filter, sort, --json)"},
    {"describe", runDescribe, "Show everything known about one certificate"},
    {"export", runExport, "Export a certificate (PEM, DER, full chain, PEM bundle, PKCS#12)"},
    {"delete", runDelete, "Delete a certificate from the inventory"},
    {"tag", runTag, "Add or change tags: tag REF KEY=VALUE..."},
    {"untag", runUntag, "Remove tags: untag REF KEY..."},
    {"events", runEvents, "Show the audit log"},
    {"verify", runVerify, "Build and validate a certificate chain from files"},
    {"expiring", runExpiring, "List valid certificates expiring within DAYS (exit 1 when any)"},
    {"ca", runCa, "Private CAs: create, issue, revoke, CRL, OCSP server, audit report (ca --help)"},
    {"request", runRequest, "Request a managed certificate (private CA, ACME, external CA) or adopt an imported one"},
    {"managed", runManaged, "Managed certificates: list, describe, csr, settings, deactivate (managed --help)"},
    {"acme", runAcme, "ACME accounts at public CAs (Let's Encrypt, ZeroSSL ...): acme account create|list|... (acme --help)"},
    {"deploy", runDeploy, "Deployments: add, list, run, remove, check (deploy --help)"},
    {"scan", runScan, "Discovery: scan hosts, names and CIDR ranges for TLS endpoints; saved and scheduled scans"},
    {"scan-files", runScanFiles, "Discovery: look through folders for certificates and keys"},
    {"endpoints", runEndpoints, "List the TLS endpoints found by scans and deployment checks"},
    {"renew", runRenew, "Renew managed certificates: --due (timer) or one REF now"},
    {"db", runDb, "The inventory database: info, migrate SQLite <-> PostgreSQL (db --help)"},
    {"team", runTeam, "Team inventory (PostgreSQL) members and roles: list, add, remove (team --help)"},
};

int usage(Cli &cli, int code)
{
    QTextStream &s = code == Ok ? cli.out() : cli.err();
    s << "Usage: certdesk-cli <command> [options]\n\nCommands:\n";
    for (const Command &c : kCommands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(10) << QString::fromLatin1(c.summary) << '\n';
    s << "\nRun 'certdesk-cli <command> --help' for a command's options.\n"
         "Exit status: 0 success, 1 done but something failed, 2 usage or input error.\n";
    s.flush();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    certdesk::core::configureApplicationIdentity();
    // A headless run (a renewer from cron, a script) beside another writer on a local inventory
    // waits up to a minute for its turn rather than failing: an import writes 50,000
    // certificates per transaction, which takes seconds on a slow or busy machine.
    certdesk::core::Database::setSqliteBusyTimeout(60000);
    Cli cli;
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usage(cli, Usage);
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(cli, Ok);
    if (command == QLatin1String("--version")) {
        cli.out() << "certdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    for (const Command &c : kCommands) {
        if (command == QLatin1String(c.name)) {
            args.removeAt(1);
            args[0] = QStringLiteral("certdesk-cli ") + command;
            return c.run(cli, args);
        }
    }
    cli.fail(Usage, QStringLiteral("unknown command \"%1\"").arg(command));
    return usage(cli, Usage);
}
