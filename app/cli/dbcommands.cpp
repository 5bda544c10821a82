#include "cli.h"

#include "inventory/databasecopy.h"
#include "inventory/paths.h"
#include "inventory/team.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace certdesk::cli {

using namespace core;

namespace {

// The tables "db info" counts: what an administrator asks "is it all there?" about.
const char *const kCountedTables[] = {"certificates", "private_keys", "managed", "cas", "deployments", "endpoints", "events"};

// Reads SRC and keeps it as the password of the PostgreSQL location (memory only); false after
// printing why. Nothing to do for a file path.
bool rememberPassword(Cli &cli, const QString &location, const QString &spec)
{
    if (spec.isEmpty())
        return true;
    if (!DatabaseLocation::isUrl(location)) {
        cli.fail(Usage, QStringLiteral("a password source was given for %1, which is a file, not a postgresql:// URL").arg(location));
        return false;
    }
    bool ok = false;
    const auto pass = cli.readSource(spec, &ok);
    if (!ok)
        return false;
    Database::rememberPassword(location, QString::fromUtf8(pass.value_or(QByteArray())));
    return true;
}

int runInfo(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Which inventory this is: engine (SQLite or PostgreSQL), location, schema version, the user "
        "connected and their role, and how many rows the main tables hold. Runs the migrations like "
        "any command that opens the inventory."));
    cli.addCommonOptions(parser);
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(parser, args, 0, &code);
    if (!inv)
        return code;
    Database &db = inv->database();
    QJsonObject counts;
    QSqlQuery q(db.db());
    for (const char *table : kCountedTables) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next()) {
            const Error e = sqlError(QStringLiteral("cannot count %1").arg(QLatin1String(table)), q);
            return cli.fail(exitCodeFor(e), e.message);
        }
        counts.insert(QLatin1String(table), q.value(0).toLongLong());
    }
    const QString engine = db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("Engine"), engine},
                                  {QStringLiteral("Location"), db.path()},
                                  {QStringLiteral("SchemaVersion"), db.schemaVersion()},
                                  {QStringLiteral("User"), db.user()},
                                  {QStringLiteral("Role"), teamRoleName(db.role())},
                                  {QStringLiteral("Rows"), counts}});
        return Ok;
    }
    QTextStream &o = cli.out();
    o << "Engine:   " << (db.isPostgres() ? "PostgreSQL (team inventory)" : "SQLite (local inventory)") << '\n'
      << "Location: " << db.path() << '\n'
      << "Schema:   " << db.schemaVersion() << '\n'
      << "User:     " << db.user() << " (" << teamRoleName(db.role()) << ")\n"
      << "Rows:\n";
    for (const char *table : kCountedTables)
        o << "  " << QString::fromLatin1(table).leftJustified(14) << counts.value(QLatin1String(table)).toInteger() << '\n';
    return Ok;
}

int runMigrate(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies a whole inventory into an empty one: a local SQLite file into a team inventory "
        "(postgresql://user@host:port/dbname), or a team inventory into a SQLite file for a backup. "
        "Every table row for row in one transaction; encrypted keys stay encrypted (no master "
        "password needed); the row counts of every table and a digest of the key material are "
        "compared at the end and any difference undoes the copy. Team membership is the server's "
        "and is not copied."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable JSON output.")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("The inventory to copy (file or URL)."), QStringLiteral("LOCATION")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("The empty inventory to copy into (file or URL; created when missing)."),
                      QStringLiteral("LOCATION")});
    parser.addOption({QStringLiteral("from-password-source"),
                      QStringLiteral("PostgreSQL password for --from: pass:TEXT, env:VAR, file:PATH or fd:N "
                                     "(default: the URL, PGPASSWORD or PGPASSFILE)."),
                      QStringLiteral("SRC")});
    parser.addOption({QStringLiteral("to-password-source"), QStringLiteral("PostgreSQL password for --to, as above."),
                      QStringLiteral("SRC")});
    int code = Ok;
    if (!cli.parse(parser, args, &code))
        return code;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return cli.fail(Usage, QStringLiteral("db migrate needs --from and --to (see --help)"));
    if (!DatabaseLocation::isUrl(from) && !QFileInfo::exists(from))
        return cli.fail(Usage, QStringLiteral("there is no inventory at %1").arg(from));
    if (!rememberPassword(cli, from, parser.value(QStringLiteral("from-password-source")))
        || !rememberPassword(cli, to, parser.value(QStringLiteral("to-password-source"))))
        return Usage;
    QElapsedTimer timer;
    timer.start();
    auto report = copyInventory(from, to, [&cli](const QString &table, qint64 rows) {
        if (!cli.json()) {
            cli.err() << "  " << table.leftJustified(22) << rows << " rows\n";
            cli.err().flush();
        }
    });
    if (!report)
        return cli.fail(exitCodeFor(report.error()), report.error().message);
    const double seconds = timer.elapsed() / 1000.0;
    if (cli.json()) {
        QJsonObject tables;
        for (const auto &[table, rows] : report->tables)
            tables.insert(table, rows);
        cli.printJson(QJsonObject{{QStringLiteral("From"), report->from},
                                  {QStringLiteral("To"), report->to},
                                  {QStringLiteral("Rows"), report->rows},
                                  {QStringLiteral("Tables"), tables},
                                  {QStringLiteral("KeyDigest"), report->keyDigest},
                                  {QStringLiteral("Seconds"), seconds}});
        return Ok;
    }
    cli.out() << "copied " << report->rows << " rows in " << report->tables.size() << " tables from " << report->from << " to "
              << report->to << " in " << QString::number(seconds, 'f', 1) << " s; counts and key digest verified ("
              << report->keyDigest.left(16) << ")\n";
    return Ok;
}

} // namespace

int runDb(Cli &cli, const QStringList &args)
{
    static const Subcommand kSub[] = {
        {"info", runInfo, "Engine, location, schema, user and role, row counts"},
        {"migrate", runMigrate, "Copy an inventory into an empty one: SQLite -> PostgreSQL (team) or back (backup)"},
    };
    return runSubcommand(cli, args, QStringLiteral("db"), QStringLiteral("Inventory database commands"), kSub);
}

namespace {

int teamFinish(Cli &cli, const Error &e) { return cli.fail(exitCodeFor(e), e.message); }

int runTeamList(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Who may use this team inventory, with their role."));
    cli.addCommonOptions(parser);
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(parser, args, 0, &code);
    if (!inv)
        return code;
    Team team(inv->database());
    auto members = team.members();
    if (!members)
        return teamFinish(cli, members.error());
    if (cli.json()) {
        QJsonArray a;
        for (const TeamMember &m : *members)
            a.append(QJsonObject{{QStringLiteral("Login"), m.login},
                                 {QStringLiteral("Role"), teamRoleName(m.role)},
                                 {QStringLiteral("AddedAt"), m.addedAt.isValid() ? m.addedAt.toString(Qt::ISODate) : QString()},
                                 {QStringLiteral("AddedBy"), m.addedBy}});
        cli.printJson(a);
        return Ok;
    }
    QTextStream &o = cli.out();
    o << QStringLiteral("LOGIN").leftJustified(24) << QStringLiteral("ROLE").leftJustified(15) << "ADDED\n";
    for (const TeamMember &m : *members) {
        const QString added = m.addedAt.isValid() ? QStringLiteral("%1 by %2").arg(m.addedAt.toString(Qt::ISODate), m.addedBy)
                                                  : QStringLiteral("(outside certdesk)");
        o << m.login.leftJustified(24) << teamRoleName(m.role).leftJustified(15) << added << '\n';
    }
    return Ok;
}

int runTeamAdd(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Gives a PostgreSQL user a role in this team inventory (and takes any other certdesk role away): "
        "administrator (everything), operator (request, renew, deploy, export without keys) or auditor "
        "(read everything but key material). Needs an Administrator with CREATEROLE."));
    cli.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("PostgreSQL user name."));
    parser.addOption({QStringLiteral("role"), QStringLiteral("administrator, operator or auditor."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("create"), QStringLiteral("Create the PostgreSQL login first.")});
    parser.addOption({QStringLiteral("new-password-source"),
                      QStringLiteral("With --create: the new login's password (pass:TEXT, env:VAR, file:PATH, fd:N); "
                                     "without one it signs in as pg_hba.conf allows (e.g. a TLS client certificate)."),
                      QStringLiteral("SRC")});
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(parser, args, 1, &code);
    if (!inv)
        return code;
    const auto role = parseTeamRole(parser.value(QStringLiteral("role")));
    if (!role || *role == TeamRole::None)
        return cli.fail(Usage, QStringLiteral("--role must be administrator, operator or auditor"));
    QByteArray password;
    if (parser.isSet(QStringLiteral("new-password-source"))) {
        if (!parser.isSet(QStringLiteral("create")))
            return cli.fail(Usage, QStringLiteral("--new-password-source goes with --create"));
        bool ok = false;
        password = cli.readSource(parser.value(QStringLiteral("new-password-source")), &ok).value_or(QByteArray());
        if (!ok)
            return Usage;
    }
    Team team(inv->database());
    auto m = team.add(parser.positionalArguments().first(), *role, parser.isSet(QStringLiteral("create")), password);
    password.fill('\0');
    if (!m)
        return teamFinish(cli, m.error());
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("Login"), m->login}, {QStringLiteral("Role"), teamRoleName(m->role)}});
    else
        cli.out() << m->login << " is now " << teamRoleName(m->role) << " of " << inv->path() << '\n';
    return Ok;
}

int runTeamRemove(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes every certdesk role away from a PostgreSQL user (the login itself stays)."));
    cli.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("PostgreSQL user name."));
    int code = Ok;
    Inventory *inv = cli.parseAndOpen(parser, args, 1, &code);
    if (!inv)
        return code;
    Team team(inv->database());
    const QString login = parser.positionalArguments().first();
    if (auto r = team.remove(login); !r)
        return teamFinish(cli, r.error());
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("Login"), login}, {QStringLiteral("Role"), QStringLiteral("none")}});
    else
        cli.out() << login << " removed from the team of " << inv->path() << '\n';
    return Ok;
}

} // namespace

int runTeam(Cli &cli, const QStringList &args)
{
    static const Subcommand kSub[] = {
        {"list", runTeamList, "Members of this team inventory and their roles"},
        {"add", runTeamAdd, "Give a PostgreSQL user a role: add LOGIN --role ROLE [--create]"},
        {"remove", runTeamRemove, "Take a user's role away: remove LOGIN"},
    };
    return runSubcommand(cli, args, QStringLiteral("team"), QStringLiteral("Team inventory members (PostgreSQL)"), kSub);
}

} // namespace certdesk::cli
