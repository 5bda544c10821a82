#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::core {

// A DNS server to ask or update: an IP address (v4 or v6) and a port.
struct DnsServer
{
    QString host;
    quint16 port = 53;

    QString toString() const; // "192.0.2.1:53", "[2001:db8::1]:53"
    bool operator==(const DnsServer &) const = default;
};

// "HOST", "HOST:PORT", "[V6]", "[V6]:PORT". HOST must be an IP address. Bad input: InvalidInput.
Result<DnsServer> parseDnsServer(const QString &text);
// The resolvers of /etc/resolv.conf (or of the given file), in its order.
QList<DnsServer> systemResolvers(const QString &resolvConf = QStringLiteral("/etc/resolv.conf"));

// A TSIG key (RFC 8945) for dynamic updates.
struct TsigKey
{
    QString name;                                  // "certdesk-key." (absolute)
    QString algorithm = QStringLiteral("hmac-sha256"); // hmac-sha256, hmac-sha384, hmac-sha512, hmac-sha1, hmac-md5
    QByteArray secret;                             // the raw key bytes (never logged or shown)
};

// The key as administrators have it: a BIND key file / key statement
//   key "NAME" { algorithm hmac-sha256; secret "BASE64"; };
// (the form tsig-keygen and ddns-confgen print), or "[ALGORITHM:]NAME:BASE64".
Result<TsigKey> parseTsigKey(const QByteArray &text);

// Queries and RFC 2136 dynamic updates against one DNS server, over UDP with a fall-back to TCP
// when the answer is truncated. Blocking: call it off the GUI thread. Names are absolute or
// relative to the root ("_acme-challenge.example.org" and "_acme-challenge.example.org." mean
// the same). Built on libldns: no DNS wire format is written by hand.
class DnsClient
{
public:
    explicit DnsClient(DnsServer server, int timeoutMs = 5000);

    const DnsServer &server() const { return m_server; }

    // The TXT strings at name (each record's character-strings joined, as ACME wants them); when
    // name is a CNAME, those at the end of the chain the server answers with, as a CA sees them.
    // NXDOMAIN and NODATA give an empty list; a timeout, SERVFAIL or REFUSED give Io with the
    // server and the rcode in the message.
    Result<QStringList> txt(const QString &name);
    // The CNAME target at name (absolute, with the trailing dot), or "" when there is none.
    Result<QString> cname(const QString &name);
    // The zone that holds name: the owner of the nearest SOA at or above it, found through this
    // server (which must recurse, or be authoritative for the zone). Absolute, with the trailing dot.
    Result<QString> zoneOf(const QString &name);
    // The zone's authoritative servers (its NS records, resolved to addresses through this
    // server), port 53.
    Result<QList<DnsServer>> authoritativeServers(const QString &zone);

    // RFC 2136 update of zone (sent to this server, signed with key when given): adds the TXT
    // record name/value with ttl, or removes exactly that record (other TXT records at name stay).
    // A refusal (NOTAUTH, REFUSED, BADSIG/BADKEY ...) is Io with the rcode in plain words.
    Result<void> addTxt(const QString &zone, const QString &name, const QString &value, int ttl,
                        const std::optional<TsigKey> &key);
    Result<void> removeTxt(const QString &zone, const QString &name, const QString &value,
                           const std::optional<TsigKey> &key);

private:
    DnsServer m_server;
    int m_timeoutMs;
};

} // namespace certdesk::core
