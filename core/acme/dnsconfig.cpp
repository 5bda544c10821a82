// The part of dnsclient.h that reads what administrators type or keep in files: server addresses,
// /etc/resolv.conf and TSIG keys. No network here.

#include "acme/dnsclient.h"

#include "acme/ldnsutil.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

namespace certdesk::core {

namespace {

const QStringList &tsigAlgorithms()
{
    static const QStringList names{QStringLiteral("hmac-sha256"), QStringLiteral("hmac-sha384"),
                                   QStringLiteral("hmac-sha512"), QStringLiteral("hmac-sha1"),
                                   QStringLiteral("hmac-md5")};
    return names;
}

bool isIpv4(const QString &text)
{
    static const QRegularExpression dotted(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return dotted.match(text).hasMatch() && QHostAddress(text).protocol() == QAbstractSocket::IPv4Protocol;
}

bool isIpv6(const QString &text)
{
    return !text.contains(QLatin1Char('%')) && QHostAddress(text).protocol() == QAbstractSocket::IPv6Protocol;
}

// A token of BIND's configuration syntax: a word, a quoted string, or one of { } ;.
struct Token
{
    QString text;
    bool quoted = false;
    bool is(QChar c) const { return !quoted && text.size() == 1 && text.at(0) == c; }
};

// Splits BIND configuration text into tokens, dropping # // and /* */ comments outside quotes
// (a base64 secret may contain "//").
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('#') || text.mid(i, 2) == QLatin1String("//")) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (text.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('"')) {
            const qsizetype end = text.indexOf(QLatin1Char('"'), i + 1);
            tokens.append(Token{text.mid(i + 1, (end < 0 ? n : end) - i - 1), true});
            i = end < 0 ? n : end + 1;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char(';')) {
            tokens.append(Token{QString(c), false});
            ++i;
        } else {
            const qsizetype start = i;
            while (i < n && !text.at(i).isSpace() && !QStringLiteral("{};\"#").contains(text.at(i)))
                ++i;
            tokens.append(Token{text.mid(start, i - start), false});
        }
    }
    return tokens;
}

// The key from its three parts, checked: the name made absolute, the algorithm one we know, the
// secret strict base64. Messages never show the secret.
Result<TsigKey> makeKey(const QString &name, const QString &algorithm, const QString &secretBase64)
{
    auto absolute = ldnsutil::dname(name);
    if (!absolute)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the TSIG key name '%1' is not a domain name").arg(name));
    TsigKey key;
    key.name = ldnsutil::dnameText(absolute->get());
    QString alg = algorithm.trimmed().toLower();
    if (alg.endsWith(QLatin1Char('.')))
        alg.chop(1);
    if (alg == QLatin1String("hmac-md5.sig-alg.reg.int"))
        alg = QStringLiteral("hmac-md5");
    if (!tsigAlgorithms().contains(alg))
        return fail(ErrorCode::UnsupportedFormat,
                    QStringLiteral("TSIG key %1: unknown algorithm '%2' (known: %3)")
                        .arg(key.name, algorithm, tsigAlgorithms().join(QStringLiteral(", "))));
    key.algorithm = alg;
    const auto decoded =
        QByteArray::fromBase64Encoding(secretBase64.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("TSIG key %1: the secret is not valid base64").arg(key.name));
    if (decoded.decoded.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("TSIG key %1: the secret is empty").arg(key.name));
    key.secret = decoded.decoded;
    return key;
}

// key "NAME" { algorithm ALG; secret "BASE64"; }; among other statements (ddns-confgen prints an
// update-policy and an nsupdate command line around it).
Result<TsigKey> parseKeyStatement(const QList<Token> &tokens)
{
    struct Found
    {
        QString name, algorithm, secret;
        bool hasSecret = false;
    };
    QList<Found> keys;
    int depth = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].is(QLatin1Char('{'))) {
            ++depth;
        } else if (tokens[i].is(QLatin1Char('}'))) {
            --depth;
        } else if (depth == 0 && !tokens[i].quoted && tokens[i].text == QLatin1String("key") && i + 2 < tokens.size() &&
                   tokens[i + 2].is(QLatin1Char('{'))) {
            Found key;
            key.name = tokens[i + 1].text;
            i += 3;
            for (; i < tokens.size() && !tokens[i].is(QLatin1Char('}')); ++i) {
                const bool hasValue = i + 1 < tokens.size();
                if (hasValue && tokens[i].text == QLatin1String("algorithm"))
                    key.algorithm = tokens[++i].text;
                else if (hasValue && tokens[i].text == QLatin1String("secret")) {
                    key.secret = tokens[++i].text;
                    key.hasSecret = true;
                }
            }
            keys.append(key);
        }
    }
    if (keys.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("no key statement (key \"NAME\" { algorithm ...; secret \"...\"; };) "
                                   "and not NAME:SECRET or ALGORITHM:NAME:SECRET"));
    if (keys.size() > 1) {
        QStringList names;
        for (const Found &k : keys)
            names.append(k.name);
        return fail(
            ErrorCode::Ambiguous,
            QStringLiteral("%1 key statements (%2): give one").arg(keys.size()).arg(names.join(QStringLiteral(", "))));
    }
    const Found &k = keys.first();
    if (k.algorithm.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("TSIG key %1: no algorithm").arg(k.name));
    if (!k.hasSecret)
        return fail(ErrorCode::InvalidInput, QStringLiteral("TSIG key %1: no secret").arg(k.name));
    return makeKey(k.name, k.algorithm, k.secret);
}

} // namespace

QString DnsServer::toString() const
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

Result<DnsServer> parseDnsServer(const QString &text)
{
    const QString t = text.trimmed();
    const auto bad = [&](const QString &why) {
        return fail(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a DNS server: %2").arg(text, why));
    };
    if (t.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("no DNS server given"));

    QString host = t;
    QString port;
    bool hasPort = false;
    bool v6 = false;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(QStringLiteral("the ] after the IPv6 address is missing"));
        host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return bad(QStringLiteral("expected :PORT after ]"));
        hasPort = !rest.isEmpty();
        port = rest.mid(1);
        if (!isIpv6(host))
            return bad(QStringLiteral("'%1' in brackets is not an IPv6 address").arg(host));
        v6 = true;
    } else if (t.count(QLatin1Char(':')) > 1) {
        if (!isIpv6(t))
            return bad(QStringLiteral("not an IPv6 address (write [ADDRESS]:PORT for one with a port)"));
        v6 = true;
    } else if (t.contains(QLatin1Char(':'))) {
        host = t.section(QLatin1Char(':'), 0, 0);
        port = t.section(QLatin1Char(':'), 1);
        hasPort = true;
    }
    if (!v6 && !isIpv4(host))
        return bad(QStringLiteral("'%1' is not an IP address (give the server's address, not its name)").arg(host));

    DnsServer server;
    server.host = QHostAddress(host).toString();
    if (hasPort) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        static const QRegularExpression digits(QStringLiteral("^\\d{1,5}$"));
        if (!digits.match(port).hasMatch() || !ok || value == 0 || value > 65535)
            return bad(QStringLiteral("'%1' is not a port (1 to 65535)").arg(port));
        server.port = static_cast<quint16>(value);
    }
    return server;
}

QList<DnsServer> systemResolvers(const QString &resolvConf)
{
    QList<DnsServer> servers;
    QFile file(resolvConf);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return servers;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const QStringList fields = line.split(space, Qt::SkipEmptyParts);
        if (fields.size() < 2 || fields[0] != QLatin1String("nameserver"))
            continue;
        const QString address =
            fields[1].section(QLatin1Char('%'), 0, 0); // fe80::1%eth0: the resolver drops the zone too
        if (isIpv4(address) || isIpv6(address))
            servers.append(DnsServer{QHostAddress(address).toString(), 53});
    }
    return servers;
}

Result<TsigKey> parseTsigKey(const QByteArray &text)
{
    const QString t = QString::fromUtf8(text).trimmed();
    if (t.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the TSIG key is empty"));
    const QList<Token> tokens = tokenize(t);
    const bool statement =
        std::any_of(tokens.cbegin(), tokens.cend(), [](const Token &tok) { return tok.is(QLatin1Char('{')); });
    if (statement)
        return parseKeyStatement(tokens);

    // nsupdate -y form: [ALGORITHM:]NAME:BASE64 (base64 has no colon).
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts.size() == 2 && !parts[0].isEmpty())
        return makeKey(parts[0], QStringLiteral("hmac-sha256"), parts[1]);
    if (parts.size() == 3 && !parts[1].isEmpty())
        return makeKey(parts[1], parts[0], parts[2]);
    return fail(ErrorCode::InvalidInput, QStringLiteral("not a TSIG key: expected a key statement "
                                                        "(key \"NAME\" { algorithm ...; secret \"...\"; };), "
                                                        "NAME:SECRET or ALGORITHM:NAME:SECRET"));
}

} // namespace certdesk::core
