#include "cli.h"

#include <QJsonObject>

namespace certdesk::cli {

using namespace core;

namespace {

int finish(Cli &cli, const Result<void> &r, qint64 id, const QString &what)
{
    if (!r)
    {
        const ErrorCode c = r.error().code;
        const bool usage = c == ErrorCode::LimitExceeded || c == ErrorCode::InvalidInput || c == ErrorCode::NotPermitted
                           || c == ErrorCode::Conflict;
        return cli.fail(usage ? Usage : Failed, r.error().message);
    }
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("Id"), id}, {QStringLiteral("result"), what}});
    else
        cli.out() << what << " certificate " << id << '\n';
    return Ok;
}

} // namespace

int runDelete(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Delete a certificate from the inventory (its private key stays "
                                                    "if another certificate uses it)."));
    cli.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Inventory id or fingerprint prefix."));
    int code = Ok;
    const auto id = cli.parseAndResolve(parser, args, 1, &code);
    if (!id)
        return code;
    return finish(cli, cli.inventory()->remove(*id), *id, QStringLiteral("deleted"));
}

int runTag(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add or change tags (at most 50 per certificate, keys up to 128 "
                                                    "characters, values up to 256)."));
    cli.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Inventory id or fingerprint prefix."));
    parser.addPositionalArgument(QStringLiteral("KEY=VALUE"), QStringLiteral("Tags to set."), QStringLiteral("KEY=VALUE..."));
    int code = Ok;
    const auto id = cli.parseAndResolve(parser, args, 2, &code);
    if (!id)
        return code;
    QList<Tag> tags;
    for (const QString &t : parser.positionalArguments().mid(1)) {
        auto tag = parseTag(t);
        if (!tag)
            return cli.fail(Usage, tag.error().message);
        tags.append(*tag);
    }
    return finish(cli, cli.inventory()->addTags(*id, tags), *id, QStringLiteral("tagged"));
}

int runUntag(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove tags by key."));
    cli.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Inventory id or fingerprint prefix."));
    parser.addPositionalArgument(QStringLiteral("KEY"), QStringLiteral("Tag keys to remove."), QStringLiteral("KEY..."));
    int code = Ok;
    const auto id = cli.parseAndResolve(parser, args, 2, &code);
    if (!id)
        return code;
    return finish(cli, cli.inventory()->removeTags(*id, parser.positionalArguments().mid(1)), *id, QStringLiteral("untagged"));
}

} // namespace certdesk::cli
