// certdesk-cli acme account create|list|describe|contacts|roll-key|deactivate: ACME accounts (core/acme).
#include "cli.h"

#include "acme/acmeaccounts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk::cli {

using namespace core;

namespace {

QString time(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

QJsonObject toJson(const AcmeAccountInfo &a)
{
    QJsonObject o{{QStringLiteral("Name"), a.name},
                  {QStringLiteral("Id"), a.id},
                  {QStringLiteral("CA"), a.ca},
                  {QStringLiteral("DirectoryUrl"), a.directoryUrl},
                  {QStringLiteral("AccountUrl"), a.accountUrl},
                  {QStringLiteral("KeyAlgorithm"), a.keyAlgorithm},
                  {QStringLiteral("Contacts"), QJsonArray::fromStringList(a.contacts)},
                  {QStringLiteral("Status"), a.status},
                  {QStringLiteral("CreatedAt"), time(a.createdAt)},
                  {QStringLiteral("UpdatedAt"), time(a.updatedAt)},
                  {QStringLiteral("ExtraTrustAnchor"), a.extraTrust}};
    if (!a.termsOfService.isEmpty())
        o.insert(QStringLiteral("TermsOfService"), a.termsOfService);
    if (a.termsAgreedAt.isValid())
        o.insert(QStringLiteral("TermsAgreedAt"), time(a.termsAgreedAt));
    if (!a.eabKeyId.isEmpty())
        o.insert(QStringLiteral("ExternalAccountKeyId"), a.eabKeyId);
    return o;
}

int show(Cli &cli, const Result<AcmeAccountInfo> &a)
{
    if (!a)
        return cli.fail(exitCodeFor(a.error()), a.error().message);
    if (cli.json()) {
        cli.printJson(toJson(*a));
        return Ok;
    }
    QTextStream &o = cli.out();
    auto line = [&o](const char *label, const QString &value) {
        if (!value.isEmpty())
            o << QString::fromLatin1(label).leftJustified(18) << value << '\n';
    };
    line("Name", a->name);
    line("CA", a->ca == QLatin1String("custom") ? a->directoryUrl : QStringLiteral("%1 (%2)").arg(a->ca, a->directoryUrl));
    line("Status", a->status);
    line("Contacts", a->contacts.join(QStringLiteral(", ")));
    line("Key", a->keyAlgorithm);
    line("Account URL", a->accountUrl);
    line("Terms of service", a->termsOfService.isEmpty() ? QString()
                                                         : QStringLiteral("%1 (agreed %2)").arg(a->termsOfService, time(a->termsAgreedAt)));
    line("External binding", a->eabKeyId);
    line("Extra trust", a->extraTrust ? QStringLiteral("yes (the server's TLS certificate is checked against it too)") : QString());
    line("Created", time(a->createdAt));
    o.flush();
    return Ok;
}

struct Context
{
    Cli &cli;
    QCommandLineParser parser;
    std::unique_ptr<AcmeAccounts> accounts;
};

bool open(Context &c, const QStringList &args, int positional, int *code)
{
    Inventory *inv = c.cli.parseAndOpen(c.parser, args, positional, code);
    if (!inv)
        return false;
    c.accounts = std::make_unique<AcmeAccounts>(*inv, c.cli.masterPassword());
    return true;
}

int create(Cli &cli, const QStringList &args)
{
    Context c{cli, {}, {}};
    QCommandLineParser &p = c.parser;
    QStringList presets;
    for (const AcmeCaPreset &preset : acmeCaPresets())
        presets << QStringLiteral("%1 (%2%3)").arg(preset.id, preset.name, preset.eabRequired ? QStringLiteral(", needs EAB") : QString());
    p.setApplicationDescription(QStringLiteral("Register an ACME account at a CA and keep its key in the inventory's key store.\n"
                                               "CAs: %1, or a directory URL.").arg(presets.join(QStringLiteral(", "))));
    cli.addCommonOptions(p);
    p.addOptions({
        {QStringLiteral("ca"), QStringLiteral("A CA above or a directory URL (https://...)."), QStringLiteral("CA")},
        {QStringLiteral("email"), QStringLiteral("Contact address for expiry and incident mail (repeatable)."), QStringLiteral("E")},
        {QStringLiteral("agree-tos"), QStringLiteral("Agree to the CA's terms of service (required by most CAs).")},
        {QStringLiteral("name"), QStringLiteral("Name to refer to it by (default: the CA, then CA-2 ...)."), QStringLiteral("NAME")},
        {QStringLiteral("key-type"), QStringLiteral("Account key: EC_prime256v1 (default), EC_secp384r1, RSA_2048, RSA_3072, RSA_4096, ED25519."), QStringLiteral("K")},
        {QStringLiteral("ca-bundle"), QStringLiteral("Extra trust anchor (PEM) for the ACME server's TLS certificate (pebble, step-ca, internal CAs)."), QStringLiteral("FILE")},
        {QStringLiteral("eab-kid"), QStringLiteral("External Account Binding key id (ZeroSSL, Google)."), QStringLiteral("K")},
        {QStringLiteral("eab-hmac-key-source"), QStringLiteral("Where the EAB HMAC key (base64url) comes from: pass:, env:, file:, fd:."), QStringLiteral("SRC")},
    });
    int code = Ok;
    if (!cli.parse(p, args, &code))
        return code;
    if (!p.isSet(QStringLiteral("ca")))
        return cli.fail(Usage, QStringLiteral("--ca is required: %1, or a directory URL").arg(presets.join(QStringLiteral(", "))));
    AcmeAccountRequest req;
    req.ca = p.value(QStringLiteral("ca"));
    req.emails = p.values(QStringLiteral("email"));
    req.agreeTerms = p.isSet(QStringLiteral("agree-tos"));
    req.name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("key-type")))
        req.keyAlgorithm = p.value(QStringLiteral("key-type"));
    if (p.isSet(QStringLiteral("ca-bundle"))) {
        QFile f(p.value(QStringLiteral("ca-bundle")));
        if (!f.open(QIODevice::ReadOnly))
            return cli.fail(Usage, QStringLiteral("--ca-bundle %1: %2").arg(f.fileName(), f.errorString()));
        req.extraTrustPem = f.readAll();
    }
    if (p.isSet(QStringLiteral("eab-kid")) != p.isSet(QStringLiteral("eab-hmac-key-source")))
        return cli.fail(Usage, QStringLiteral("--eab-kid and --eab-hmac-key-source go together"));
    if (p.isSet(QStringLiteral("eab-kid"))) {
        req.eabKeyId = p.value(QStringLiteral("eab-kid"));
        bool ok = false;
        auto key = cli.readSource(p.value(QStringLiteral("eab-hmac-key-source")), &ok);
        if (!ok)
            return Usage;
        auto raw = fromBase64Url(key->trimmed());
        if (!raw || raw->isEmpty())
            return cli.fail(Usage, QStringLiteral("the EAB HMAC key must be base64url, as the CA shows it"));
        req.eabHmacKey = *raw;
    }
    if (!open(c, args, 0, &code))
        return code;
    return show(cli, c.accounts->create(req));
}

int importAccount(Cli &cli, const QStringList &args)
{
    Context c{cli, {}, {}};
    QCommandLineParser &p = c.parser;
    p.setApplicationDescription(QStringLiteral("Take over an ACME account that exists at the CA already (made by lego, certbot or "
                                               "another certdesk): the CA finds it by its key, which goes into the key store."));
    cli.addCommonOptions(p);
    p.addOptions({
        {QStringLiteral("ca"), QStringLiteral("The CA (as for create) or a directory URL."), QStringLiteral("CA")},
        {QStringLiteral("key-file"), QStringLiteral("The account's private key: PEM or DER (lego keeps it under accounts/*/keys/), or a "
                                                    "JWK (certbot's accounts/*/private_key.json)."), QStringLiteral("FILE")},
        {QStringLiteral("key-password-source"), QStringLiteral("Password of an encrypted key file: pass:, env:, file:, fd:."), QStringLiteral("SRC")},
        {QStringLiteral("name"), QStringLiteral("Name to refer to it by."), QStringLiteral("NAME")},
        {QStringLiteral("ca-bundle"), QStringLiteral("Extra trust anchor (PEM) for the ACME server's TLS certificate."), QStringLiteral("FILE")},
    });
    int code = Ok;
    if (!cli.parse(p, args, &code))
        return code;
    if (!p.isSet(QStringLiteral("ca")) || !p.isSet(QStringLiteral("key-file")))
        return cli.fail(Usage, QStringLiteral("--ca and --key-file are required"));
    AcmeAccountRequest req;
    req.ca = p.value(QStringLiteral("ca"));
    req.name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("ca-bundle"))) {
        QFile f(p.value(QStringLiteral("ca-bundle")));
        if (!f.open(QIODevice::ReadOnly))
            return cli.fail(Usage, QStringLiteral("--ca-bundle %1: %2").arg(f.fileName(), f.errorString()));
        req.extraTrustPem = f.readAll();
    }
    QFile f(p.value(QStringLiteral("key-file")));
    if (!f.open(QIODevice::ReadOnly))
        return cli.fail(Usage, QStringLiteral("--key-file %1: %2").arg(f.fileName(), f.errorString()));
    const QByteArray data = f.readAll();
    std::optional<QByteArray> passphrase;
    if (p.isSet(QStringLiteral("key-password-source"))) {
        bool ok = false;
        passphrase = cli.readSource(p.value(QStringLiteral("key-password-source")), &ok);
        if (!ok)
            return Usage;
    }
    // certbot: private_key.json (a JWK); lego and others: PEM; or DER.
    auto key = data.trimmed().startsWith('{') ? privateKeyFromJwk(QJsonDocument::fromJson(data).object())
               : data.contains("-----BEGIN")  ? PrivateKey::fromPem(data, passphrase)
                                              : PrivateKey::fromDer(data, passphrase);
    if (!key)
        return cli.fail(exitCodeFor(key.error()), key.error().prefixed(f.fileName()).message);
    if (!open(c, args, 0, &code))
        return code;
    return show(cli, c.accounts->importExisting(req, *key));
}

int list(Cli &cli, const QStringList &args)
{
    Context c{cli, {}, {}};
    c.parser.setApplicationDescription(QStringLiteral("List the ACME accounts."));
    cli.addCommonOptions(c.parser);
    int code = Ok;
    if (!open(c, args, 0, &code))
        return code;
    auto accounts = c.accounts->list();
    if (!accounts)
        return cli.fail(Failed, accounts.error().message);
    if (cli.json()) {
        QJsonArray a;
        for (const AcmeAccountInfo &i : *accounts)
            a.append(toJson(i));
        cli.printJson(a);
        return Ok;
    }
    QTextStream &o = cli.out();
    if (accounts->isEmpty()) {
        o << "No ACME accounts. Create one: certdesk-cli acme account create --ca letsencrypt --email you@example.org --agree-tos\n";
        o.flush();
        return Ok;
    }
    o << QStringLiteral("NAME").leftJustified(22) << QStringLiteral("CA").leftJustified(22) << QStringLiteral("STATUS").leftJustified(13)
      << QStringLiteral("KEY").leftJustified(15) << "CONTACTS\n";
    for (const AcmeAccountInfo &i : *accounts)
        o << i.name.leftJustified(21) << ' ' << (i.ca == QLatin1String("custom") ? i.directoryUrl : i.ca).leftJustified(21) << ' '
          << i.status.leftJustified(12) << ' ' << i.keyAlgorithm.leftJustified(14) << ' ' << i.contacts.join(QStringLiteral(", ")) << '\n';
    o.flush();
    return Ok;
}

// describe / deactivate / roll-key / contacts take the account's name or id.
int oneAccount(Cli &cli, const QStringList &args, const QString &what)
{
    Context c{cli, {}, {}};
    QCommandLineParser &p = c.parser;
    cli.addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("ACCOUNT"), QStringLiteral("The account's name or id."));
    if (what == QLatin1String("describe")) {
        p.setApplicationDescription(QStringLiteral("Show an ACME account (--refresh: read its state from the CA first)."));
        p.addOption({QStringLiteral("refresh"), QStringLiteral("Ask the CA for the account's current state.")});
    } else if (what == QLatin1String("deactivate")) {
        p.setApplicationDescription(QStringLiteral("Deactivate an ACME account at its CA. For good: a CA never reactivates an account; "
                                                   "its certificates stay valid, but nothing more can be ordered or renewed with it."));
        p.addOption({QStringLiteral("yes"), QStringLiteral("Do it (deactivation cannot be undone).")});
    } else if (what == QLatin1String("roll-key")) {
        p.setApplicationDescription(QStringLiteral("Roll the account over to a new key (RFC 8555 key change)."));
        p.addOption({QStringLiteral("key-type"), QStringLiteral("The new key's type (default: as now)."), QStringLiteral("K")});
    } else {
        p.setApplicationDescription(QStringLiteral("Replace the account's contact addresses at the CA."));
        p.addOption({QStringLiteral("email"), QStringLiteral("Contact address (repeatable; none = remove all)."), QStringLiteral("E")});
    }
    int code = Ok;
    if (!open(c, args, 1, &code))
        return code;
    const QString ref = p.positionalArguments().first();
    if (what == QLatin1String("describe"))
        return show(cli, p.isSet(QStringLiteral("refresh")) ? c.accounts->refresh(ref) : c.accounts->get(ref));
    if (what == QLatin1String("deactivate")) {
        if (!p.isSet(QStringLiteral("yes")))
            return cli.fail(Usage, QStringLiteral("deactivating an ACME account cannot be undone: add --yes"));
        return show(cli, c.accounts->deactivate(ref));
    }
    if (what == QLatin1String("roll-key"))
        return show(cli, c.accounts->rollKey(ref, p.value(QStringLiteral("key-type"))));
    return show(cli, c.accounts->updateContacts(ref, p.values(QStringLiteral("email"))));
}

const Subcommand kAccountSubs[] = {
    {"create", create, "Register an account at a CA"},
    {"import", importAccount, "Take over an account the CA knows (its key from lego, certbot ...)"},
    {"list", list, "List the accounts"},
    {"describe", [](Cli &c, const QStringList &a) { return oneAccount(c, a, QStringLiteral("describe")); }, "Show one account"},
    {"contacts", [](Cli &c, const QStringList &a) { return oneAccount(c, a, QStringLiteral("contacts")); }, "Replace its contact addresses"},
    {"roll-key", [](Cli &c, const QStringList &a) { return oneAccount(c, a, QStringLiteral("roll-key")); }, "Roll it over to a new key"},
    {"deactivate", [](Cli &c, const QStringList &a) { return oneAccount(c, a, QStringLiteral("deactivate")); }, "Deactivate it at the CA (for good)"},
};

int account(Cli &cli, const QStringList &args)
{
    return runSubcommand(cli, args, QStringLiteral("acme account"), QStringLiteral("ACME accounts"), kAccountSubs);
}

const Subcommand kAcmeSubs[] = {
    {"account", account, "ACME accounts: create, import, list, describe, contacts, roll-key, deactivate"},
};

} // namespace

int runAcme(Cli &cli, const QStringList &args)
{
    return runSubcommand(cli, args, QStringLiteral("acme"), QStringLiteral("ACME (public CAs: Let's Encrypt, ZeroSSL, Google, Buypass, step-ca)"),
                         kAcmeSubs);
}

} // namespace certdesk::cli
