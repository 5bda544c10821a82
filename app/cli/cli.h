#pragma once

#include "crypto/passwordsource.h"
#include "inventory/clock.h"
#include "inventory/inventory.h"
#include "x509/importparser.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>
#include <span>

namespace certdesk::cli {

// Exit status, as DESIGN.md's CLI conventions define it.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// What every command shares: common options, output, the inventory, passwords.
class Cli
{
public:
    Cli();

    // Adds --db, --json and --password-source, plus --help.
    void addCommonOptions(QCommandLineParser &parser, bool withInventory = true);
    // Parses; on a usage error prints it and returns false (exit 2). Handles --help (exit 0).
    bool parse(QCommandLineParser &parser, const QStringList &args, int *exitCode);

    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonValue &value);
    int fail(int code, const QString &message); // prints "certdesk-cli: message" to stderr

    // The front half of every command that takes a REF: parses the arguments (at least minArgs
    // positional ones), opens the inventory and resolves the first argument. nullopt after
    // printing why, with *exitCode set.
    std::optional<qint64> parseAndResolve(QCommandLineParser &parser, const QStringList &args, int minArgs, int *exitCode);

    // Parses (at least minArgs positional arguments) and opens the inventory. nullptr after
    // printing why, with *exitCode set (also for --help, with 0).
    core::Inventory *parseAndOpen(QCommandLineParser &parser, const QStringList &args, int minArgs, int *exitCode);

    // Opens the inventory named by --db (or the default one). nullptr after printing an error.
    core::Inventory *inventory();

    // Master password from --password-source, else a terminal prompt, else none.
    core::MasterPasswordCallback masterPassword();
    // Reads a password source option value; on error prints and returns nullopt.
    std::optional<QByteArray> readSource(const QString &spec, bool *ok);
    // Prompts on the terminal with echo off; nullopt when stdin is not a terminal.
    static std::optional<QByteArray> promptHidden(const QString &prompt);

private:
    core::SystemClock m_clock;
    std::optional<QDateTime> m_at;                 // --at: status as of that time
    std::unique_ptr<core::FixedClock> m_fixedClock;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_dbPath;
    QString m_passwordSource;
    QString m_dbPasswordSource;
    std::unique_ptr<core::Inventory> m_inventory;
};

// The exit status for a failed core call: 2 for bad input (usage, not found, wrong password), else 1.
int exitCodeFor(const core::Error &e);
// Writes to a file (atomically) or, for "-" or no file, to standard output; false with *why set.
bool writeOutput(Cli &cli, const QString &path, const QByteArray &data, QString *why);

// A command's subcommands ("ca issue", "acme account create"): dispatches args[1] and prints
// the list for --help or an unknown name.
struct Subcommand
{
    const char *name;
    int (*run)(Cli &, const QStringList &);
    const char *summary;
};
int runSubcommand(Cli &cli, const QStringList &args, const QString &command, const QString &title,
                  std::span<const Subcommand> subcommands);

int runImport(Cli &cli, const QStringList &args);
int runDeploy(Cli &cli, const QStringList &args);
int runScan(Cli &cli, const QStringList &args);
int runScanFiles(Cli &cli, const QStringList &args);
int runEndpoints(Cli &cli, const QStringList &args);
int runList(Cli &cli, const QStringList &args);
int runDescribe(Cli &cli, const QStringList &args);
int runExport(Cli &cli, const QStringList &args);
int runDelete(Cli &cli, const QStringList &args);
int runTag(Cli &cli, const QStringList &args);
int runUntag(Cli &cli, const QStringList &args);
int runEvents(Cli &cli, const QStringList &args);
int runVerify(Cli &cli, const QStringList &args);
int runExpiring(Cli &cli, const QStringList &args);
int runCa(Cli &cli, const QStringList &args);
int runRequest(Cli &cli, const QStringList &args);
int runManaged(Cli &cli, const QStringList &args);
int runRenew(Cli &cli, const QStringList &args);
int runAcme(Cli &cli, const QStringList &args);
int runDb(Cli &cli, const QStringList &args);
int runTeam(Cli &cli, const QStringList &args);

} // namespace certdesk::cli
