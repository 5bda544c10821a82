#include "cli.h"

#include <QCoreApplication>

#include "inventory/paths.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace certdesk::cli {

using namespace core;

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
}

void Cli::addCommonOptions(QCommandLineParser &parser, bool withInventory)
{
    parser.addHelpOption();
    if (withInventory) {
        parser.addOption({QStringLiteral("db"),
                          QStringLiteral("Inventory: a SQLite file (default: %1) or a team inventory "
                                         "postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full&...]; "
                                         "CERTDESK_DB sets the default.")
                              .arg(defaultInventoryPath()),
                          QStringLiteral("PATH|URL")});
        parser.addOption({QStringLiteral("db-password-source"),
                          QStringLiteral("PostgreSQL password for a team inventory: pass:TEXT, env:VAR, file:PATH or fd:N "
                                         "(default: the URL, PGPASSWORD, PGPASSFILE or a TLS client certificate)."),
                          QStringLiteral("SRC")});
        parser.addOption({QStringLiteral("password-source"),
                          QStringLiteral("Inventory master password: pass:TEXT, env:VAR, file:PATH or fd:N "
                                         "(default: ask on the terminal)."),
                          QStringLiteral("SRC")});
    }
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable JSON output.")});
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    if (!parser.parse(args)) {
        *exitCode = fail(Usage, parser.errorText() + QStringLiteral(" (see --help)"));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line names the binary; say the command instead ("certdesk-cli ca issue").
        QString help = parser.helpText();
        const qsizetype eol = help.indexOf(QLatin1Char('\n'));
        const QString usage = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (!args.isEmpty() && help.startsWith(usage) && eol > 0)
            help.replace(0, usage.size(), QStringLiteral("Usage: ") + args.first());
        m_out << help;
        m_out.flush();
        *exitCode = Ok;
        return false;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    if (parser.optionNames().contains(QStringLiteral("at")) && parser.isSet(QStringLiteral("at"))) {
        const QDateTime at = QDateTime::fromString(parser.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid()) {
            *exitCode = fail(Usage, QStringLiteral("--at \"%1\" is not an RFC 3339 time").arg(parser.value(QStringLiteral("at"))));
            return false;
        }
        m_at = at.toUTC();
    }
    const QStringList names = parser.optionNames();
    if (names.contains(QStringLiteral("db")))
        m_dbPath = parser.value(QStringLiteral("db"));
    if (names.contains(QStringLiteral("password-source")))
        m_passwordSource = parser.value(QStringLiteral("password-source"));
    if (names.contains(QStringLiteral("db-password-source")))
        m_dbPasswordSource = parser.value(QStringLiteral("db-password-source"));
    return true;
}

void Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Cli::fail(int code, const QString &message)
{
    m_out.flush();
    m_err << "certdesk-cli: " << message << '\n';
    m_err.flush();
    return code;
}

Inventory *Cli::inventory()
{
    if (m_inventory)
        return m_inventory.get();
    const QString envDb = qEnvironmentVariable("CERTDESK_DB");
    const QString path = !m_dbPath.isEmpty() ? m_dbPath : !envDb.isEmpty() ? envDb : defaultInventoryPath();
    if (!m_dbPasswordSource.isEmpty()) {
        if (!DatabaseLocation::isUrl(path)) {
            fail(Usage, QStringLiteral("--db-password-source is for a postgresql:// inventory, not the file %1").arg(path));
            return nullptr;
        }
        bool ok = false;
        const auto pass = readSource(m_dbPasswordSource, &ok);
        if (!ok)
            return nullptr;
        Database::rememberPassword(path, QString::fromUtf8(pass.value_or(QByteArray())));
    }
    if (m_at)
        m_fixedClock = std::make_unique<FixedClock>(*m_at);
    auto inv = Inventory::open(path, m_fixedClock ? static_cast<const Clock &>(*m_fixedClock) : m_clock, QStringLiteral("cli"));
    if (!inv) {
        fail(Usage, inv.error().message);
        return nullptr;
    }
    m_inventory = std::move(*inv);
    return m_inventory.get();
}

Inventory *Cli::parseAndOpen(QCommandLineParser &parser, const QStringList &args, int minArgs, int *exitCode)
{
    if (!parse(parser, args, exitCode))
        return nullptr;
    if (parser.positionalArguments().size() < minArgs) {
        *exitCode = fail(Usage, QStringLiteral("missing arguments (see --help)"));
        return nullptr;
    }
    Inventory *inv = inventory();
    if (!inv)
        *exitCode = Usage;
    return inv;
}

std::optional<qint64> Cli::parseAndResolve(QCommandLineParser &parser, const QStringList &args, int minArgs, int *exitCode)
{
    if (!parse(parser, args, exitCode))
        return std::nullopt;
    if (parser.positionalArguments().size() < minArgs) {
        *exitCode = fail(Usage, QStringLiteral("missing arguments (see --help)"));
        return std::nullopt;
    }
    Inventory *inv = inventory();
    if (!inv) {
        *exitCode = Usage;
        return std::nullopt;
    }
    const auto id = inv->resolve(parser.positionalArguments().first());
    if (!id) {
        *exitCode = fail(Usage, id.error().message);
        return std::nullopt;
    }
    return *id;
}

std::optional<QByteArray> Cli::readSource(const QString &spec, bool *ok)
{
    *ok = true;
    auto source = PasswordSource::parse(spec);
    if (!source) {
        *ok = false;
        fail(Usage, source.error().message);
        return std::nullopt;
    }
    auto pass = source->read();
    if (!pass) {
        *ok = false;
        fail(Usage, pass.error().message);
        return std::nullopt;
    }
    return *pass;
}

std::optional<QByteArray> Cli::promptHidden(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    char buf[1024];
    const bool got = fgets(buf, sizeof buf, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    fprintf(stderr, "\n");
    if (!got)
        return std::nullopt;
    QByteArray line(buf);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    memset(buf, 0, sizeof buf);
    return line;
}

MasterPasswordCallback Cli::masterPassword()
{
    const QString spec = m_passwordSource;
    const QString path = m_inventory ? m_inventory->path() : m_dbPath;
    return [this, spec, path](MasterPasswordPurpose purpose) -> std::optional<QByteArray> {
        if (!spec.isEmpty()) {
            bool ok = false;
            auto pass = readSource(spec, &ok);
            return ok ? pass : std::nullopt;
        }
        if (purpose == MasterPasswordPurpose::Unlock)
            return promptHidden(QStringLiteral("Master password for %1: ").arg(path));
        auto first = promptHidden(QStringLiteral("New master password for %1 (protects its private keys): ").arg(path));
        if (!first)
            return std::nullopt;
        auto again = promptHidden(QStringLiteral("Repeat the new master password: "));
        if (!again || *again != *first) {
            fail(Failed, QStringLiteral("the passwords do not match"));
            return std::nullopt;
        }
        return first;
    };
}

int exitCodeFor(const Error &e)
{
    switch (e.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::UnsupportedFormat:
    case ErrorCode::NotFound:
    case ErrorCode::Ambiguous:
    case ErrorCode::Duplicate:
    case ErrorCode::LimitExceeded:
    case ErrorCode::WrongPassword:
    case ErrorCode::PasswordRequired:
    case ErrorCode::NotPermitted:
    case ErrorCode::Conflict:
        return Usage;
    default:
        return Failed;
    }
}

// Writes to a file (atomically) or, for "-" or no file, to standard output.
bool writeOutput(Cli &cli, const QString &path, const QByteArray &data, QString *why)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            *why = QStringLiteral("cannot write to standard output");
            return false;
        }
        cli.out().flush();
        out.write(data);
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *why = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

int runSubcommand(Cli &cli, const QStringList &args, const QString &command, const QString &title,
                  std::span<const Subcommand> subcommands)
{
    const QString sub = args.value(1);
    for (const Subcommand &s : subcommands) {
        if (sub == QLatin1String(s.name)) {
            QStringList rest = args;
            rest.removeAt(1);
            rest[0] = QStringLiteral("certdesk-cli %1 %2").arg(command, sub);
            return s.run(cli, rest);
        }
    }
    const bool help = sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help");
    QTextStream &o = help && !sub.isEmpty() ? cli.out() : cli.err();
    if (!help)
        o << "certdesk-cli: unknown " << command << " command \"" << sub << "\"\n";
    o << "Usage: certdesk-cli " << command << " <command> [options]\n\n" << title << ":\n";
    for (const Subcommand &s : subcommands)
        o << "  " << QString::fromLatin1(s.name).leftJustified(13) << QString::fromLatin1(s.summary) << '\n';
    o << "\nRun 'certdesk-cli " << command << " <command> --help' for a command's options.\n";
    o.flush();
    return help && !sub.isEmpty() ? Ok : Usage;
}

} // namespace certdesk::cli
