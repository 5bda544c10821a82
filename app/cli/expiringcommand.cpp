#include "cli.h"

namespace certdesk::cli {

using namespace core;

// certdesk-cli expiring --within DAYS: the valid certificates that expire within DAYS days,
// as `list` shows them (same columns, same JSON), for cron jobs and monitoring scripts:
// exit 1 when there is any, 0 when there is none.
int runExpiring(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the valid certificates that expire within DAYS days, soonest first.\n"
                       "Exit status: 0 none, 1 some found, 2 usage or input error."));
    cli.addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("within"), QStringLiteral("Expiring within DAYS days (required)."), QStringLiteral("DAYS")},
        {QStringLiteral("at"), QStringLiteral("As of this time (RFC 3339; default: now)."), QStringLiteral("TIME")},
    });
    int code = Ok;
    if (!cli.parse(parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(Usage,
                        QStringLiteral("expiring: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("within")))
        return cli.fail(Usage, QStringLiteral("expiring: --within DAYS is required (see --help)"));
    bool ok = false;
    const int days = parser.value(QStringLiteral("within")).toInt(&ok);
    if (!ok || days < 0)
        return cli.fail(Usage, QStringLiteral("--within takes a number of days (0 or more), not \"%1\"")
                                   .arg(parser.value(QStringLiteral("within"))));

    // The listing itself is `list` with the matching filter, so the output stays identical.
    QStringList listArgs{args.value(0), QStringLiteral("--status"), Status::Issued, QStringLiteral("--expires-within"),
                         QString::number(days), QStringLiteral("--sort"), QStringLiteral("not_after")};
    for (const QString &option : {QStringLiteral("db"), QStringLiteral("at")}) {
        if (parser.isSet(option))
            listArgs << QStringLiteral("--") + option << parser.value(option);
    }
    if (parser.isSet(QStringLiteral("json")))
        listArgs << QStringLiteral("--json");
    if (const int listed = runList(cli, listArgs); listed != Ok)
        return listed;

    CertificateFilter filter;
    filter.status = Status::Issued;
    filter.expiresWithinDays = days;
    Inventory *inv = cli.inventory();
    if (!inv)
        return Usage;
    const auto found = inv->count(filter);
    if (!found)
        return cli.fail(Usage, found.error().message);
    return *found > 0 ? Failed : Ok;
}

} // namespace certdesk::cli
