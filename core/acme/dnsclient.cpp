#include "acme/dnsclient.h"

#include "acme/ldnsutil.h"

#include <QHostAddress>
#include <QSet>

#include <sys/time.h>

#include <cstring>

namespace certdesk::core {

using namespace ldnsutil;

namespace {

// A TXT character-string holds at most 255 octets; longer values go out as several strings in
// one record and come back joined.
constexpr qsizetype MaxTxtString = 255;
// The RDATA of one record is at most 65535 octets; keep well below with the length octets.
constexpr qsizetype MaxTxtValue = 60000;
constexpr int MaxCnameHops = 16;

QString serverName(const DnsServer &server)
{
    return QStringLiteral("DNS server ") + server.toString();
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0) + QStringLiteral(" s");
}

// A resolver that talks to exactly this server: one try, the client's timeout, no search list.
// (exchange() below does the TCP fall-back: ldns_send, unlike ldns_resolver_send, keeps the reply
// of a server that rejects a TSIG key.)
Result<ResolverPtr> makeResolver(const DnsServer &server, int timeoutMs)
{
    const QHostAddress address(server.host);
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    RdfPtr rdf(ldns_rdf_new_frm_str(v6 ? LDNS_RDF_TYPE_AAAA : LDNS_RDF_TYPE_A, server.host.toLatin1().constData()));
    if (address.isNull() || !rdf)
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is not an IP address").arg(server.host));

    ResolverPtr res(ldns_resolver_new());
    if (!res || ldns_resolver_push_nameserver(res.get(), rdf.get()) != LDNS_STATUS_OK)
        return fail(ErrorCode::Internal, QStringLiteral("could not set up a resolver for ") + serverName(server));
    ldns_resolver_set_port(res.get(), server.port);
    timeval timeout{};
    timeout.tv_sec = timeoutMs / 1000;
    timeout.tv_usec = (timeoutMs % 1000) * 1000;
    ldns_resolver_set_timeout(res.get(), timeout);
    ldns_resolver_set_retry(res.get(), 1);
    ldns_resolver_set_retrans(res.get(), 0);
    ldns_resolver_set_random(res.get(), false);
    ldns_resolver_set_defnames(res.get(), false);
    ldns_resolver_set_dnsrch(res.get(), false);
    return res;
}

struct Reply
{
    PktPtr pkt;
    ldns_status status = LDNS_STATUS_OK;
};

// Sends query over UDP, and again over TCP when the answer comes back truncated. The reply is kept
// when its TSIG does not verify (status says so): a server that rejects a key answers unsigned.
Reply exchange(ldns_resolver *res, const ldns_pkt *query)
{
    Reply reply;
    ldns_pkt *raw = nullptr;
    reply.status = ldns_send(&raw, res, query);
    reply.pkt.reset(raw);
    if (reply.status == LDNS_STATUS_OK && reply.pkt && ldns_pkt_tc(reply.pkt.get())) {
        ldns_resolver_set_usevc(res, true);
        raw = nullptr;
        reply.status = ldns_send(&raw, res, query);
        reply.pkt.reset(raw);
        ldns_resolver_set_usevc(res, false);
    }
    if (reply.pkt && ldns_pkt_id(reply.pkt.get()) != ldns_pkt_id(query))
        reply.pkt.reset(); // not the answer to this query
    return reply;
}

// What to say when no usable answer came back.
Error noAnswer(const DnsServer &server, int timeoutMs, const Reply &reply, const QString &what)
{
    switch (reply.status) {
    case LDNS_STATUS_OK:
        return Error{
            ErrorCode::Io,
            QStringLiteral("%1 sent an answer to %2 that does not match the question").arg(serverName(server), what)};
    case LDNS_STATUS_NETWORK_ERR:
    case LDNS_STATUS_ERR:
    case LDNS_STATUS_RES_NO_NS:
        return Error{ErrorCode::Io,
                     QStringLiteral("%1 did not answer within %2").arg(serverName(server), seconds(timeoutMs))};
    default:
        return Error{
            ErrorCode::Io,
            QStringLiteral("could not send %1 to %2: %3").arg(what, serverName(server), statusText(reply.status))};
    }
}

// One query to the server. NOERROR and NXDOMAIN are answers; any other rcode is Io.
Result<PktPtr> query(const DnsServer &server, int timeoutMs, const ldns_rdf *name, ldns_rr_type type)
{
    auto res = makeResolver(server, timeoutMs);
    if (!res)
        return std::unexpected(res.error());
    ldns_pkt *raw = nullptr;
    if (ldns_resolver_prepare_query_pkt(&raw, res->get(), name, type, LDNS_RR_CLASS_IN, LDNS_RD) != LDNS_STATUS_OK)
        return fail(ErrorCode::Internal, QStringLiteral("could not build a DNS query for ") + dnameText(name));
    const PktPtr question(raw);
    const QString what = QStringLiteral("the %1 query for %2").arg(typeText(type), dnameText(name));
    Reply reply = exchange(res->get(), question.get());
    if (!reply.pkt)
        return std::unexpected(noAnswer(server, timeoutMs, reply, what));
    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(reply.pkt.get());
    if (rcode != LDNS_RCODE_NOERROR && rcode != LDNS_RCODE_NXDOMAIN) {
        const QString verb =
            rcode == LDNS_RCODE_REFUSED ? QStringLiteral("refused") : QStringLiteral("could not answer");
        return fail(ErrorCode::Io,
                    QStringLiteral("%1 %2 %3 (%4)").arg(serverName(server), verb, what, rcodeText(rcode)));
    }
    return std::move(reply.pkt);
}

// Where the answer's records for name are: name itself, or the end of the CNAME chain the server
// put into the answer.
RdfPtr chainEnd(const ldns_pkt *pkt, const ldns_rdf *name)
{
    RdfPtr current(ldns_rdf_clone(name));
    for (int hop = 0; hop < MaxCnameHops; ++hop) {
        const auto cnames = records(ldns_pkt_answer(pkt), current.get(), LDNS_RR_TYPE_CNAME);
        if (cnames.isEmpty() || ldns_rr_rd_count(cnames.first()) < 1)
            break;
        current.reset(ldns_rdf_clone(ldns_rr_rdf(cnames.first(), 0)));
    }
    return current;
}

// The TXT record's RDATA for value: its octets split into character-strings of at most 255, each
// made by ldns from its presentation form.
Result<RrPtr> txtRecord(const ldns_rdf *owner, const QString &value, ldns_rr_class rrClass, int ttl)
{
    const QByteArray octets = value.toUtf8();
    if (octets.size() > MaxTxtValue)
        return fail(ErrorCode::LimitExceeded,
                    QStringLiteral("the TXT value is %1 octets long, more than one record holds").arg(octets.size()));
    RrPtr rr(ldns_rr_new());
    ldns_rr_set_owner(rr.get(), ldns_rdf_clone(owner));
    ldns_rr_set_type(rr.get(), LDNS_RR_TYPE_TXT);
    ldns_rr_set_class(rr.get(), rrClass);
    ldns_rr_set_ttl(rr.get(), static_cast<uint32_t>(ttl));
    qsizetype pos = 0;
    do {
        const QByteArray text = presentationString(octets.mid(pos, MaxTxtString));
        RdfPtr string(ldns_rdf_new_frm_str(LDNS_RDF_TYPE_STR, text.constData()));
        if (!string || !ldns_rr_push_rdf(rr.get(), string.get()))
            return fail(ErrorCode::Internal, QStringLiteral("could not build the TXT record for ") + dnameText(owner));
        string.release(); // the record owns it now
        pos += MaxTxtString;
    } while (pos < octets.size());
    return rr;
}

// The algorithm's name in the TSIG record; hmac-sha384 is missing on purpose (see signUpdate).
QByteArray tsigAlgorithmName(const QString &algorithm)
{
    const QString a = algorithm.toLower();
    if (a == QLatin1String("hmac-md5"))
        return "hmac-md5.sig-alg.reg.int.";
    if (a == QLatin1String("hmac-sha1") || a == QLatin1String("hmac-sha256") || a == QLatin1String("hmac-sha512"))
        return a.toLatin1() + '.';
    return {};
}

Result<void> signUpdate(ldns_resolver *res, ldns_pkt *pkt, const TsigKey &key)
{
    // libldns (up to 1.8.3 at least) looks hmac-sha384 up as "hmac-shac384." and cannot sign
    // with it; when asked it fails and leaks. Say so before asking.
    if (key.algorithm.compare(QLatin1String("hmac-sha384"), Qt::CaseInsensitive) == 0)
        return fail(ErrorCode::UnsupportedFormat,
                    QStringLiteral("the TSIG key %1 uses hmac-sha384, which libldns %2 cannot sign with; "
                                   "use a key with hmac-sha256 or hmac-sha512")
                        .arg(key.name, QString::fromLatin1(LDNS_VERSION)));
    const QByteArray algorithm = tsigAlgorithmName(key.algorithm);
    if (algorithm.isEmpty())
        return fail(ErrorCode::UnsupportedFormat,
                    QStringLiteral("the TSIG key %1 has the unknown algorithm %2").arg(key.name, key.algorithm));
    auto keyName = dname(key.name);
    if (!keyName)
        return std::unexpected(keyName.error().prefixed(QStringLiteral("TSIG key")));
    if (key.secret.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the TSIG key %1 has no secret").arg(key.name));

    QByteArray secret = key.secret.toBase64();
    ldns_resolver_set_tsig_keyname(res, dnameText(keyName->get()).toLatin1().constData());
    ldns_resolver_set_tsig_algorithm(res, algorithm.constData());
    ldns_resolver_set_tsig_keydata(res, secret.constData());
    explicit_bzero(secret.data(), static_cast<size_t>(secret.size()));
    const ldns_status status = ldns_update_pkt_tsig_add(pkt, res);
    if (status != LDNS_STATUS_OK)
        return fail(
            ErrorCode::Crypto,
            QStringLiteral("could not sign the update with the TSIG key %1: %2").arg(key.name, statusText(status)));
    return {};
}

QString rejectedUpdate(const DnsServer &server, const QString &zone, int rcode, int tsigError,
                       const std::optional<TsigKey> &key)
{
    const QString prefix = QStringLiteral("%1 refused the update of %2").arg(serverName(server), zone);
    if (tsigError != 0 && key)
        return QStringLiteral("%1: the TSIG key %2 was not accepted (%3)").arg(prefix, key->name, rcodeText(tsigError));
    switch (rcode) {
    case LDNS_RCODE_REFUSED:
        return key ? QStringLiteral("%1 (REFUSED: the key %2 may not update this zone)").arg(prefix, key->name)
                   : QStringLiteral("%1 (REFUSED; the update was sent without a TSIG key)").arg(prefix);
    default:
        return QStringLiteral("%1 (%2)").arg(prefix, rcodeText(rcode));
    }
}

Result<void> update(const DnsServer &server, int timeoutMs, const QString &zone, const QString &name,
                    const QString &value, int ttl, const std::optional<TsigKey> &key, bool add)
{
    auto zoneName = dname(zone);
    if (!zoneName)
        return std::unexpected(zoneName.error());
    auto owner = dname(name);
    if (!owner)
        return std::unexpected(owner.error());
    const QString zoneText = dnameText(zoneName->get());
    if (!atOrBelow(owner->get(), zoneName->get()))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 is not in the zone %2").arg(dnameText(owner->get()), zoneText));
    if (ttl < 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the TTL %1 is negative").arg(ttl));

    // RFC 2136 2.5.1 adds a record with class IN; 2.5.4 deletes exactly one with class NONE, TTL 0.
    auto rr = txtRecord(owner->get(), value, add ? LDNS_RR_CLASS_IN : LDNS_RR_CLASS_NONE, add ? ttl : 0);
    if (!rr)
        return std::unexpected(rr.error());
    const RrListPtr updates(ldns_rr_list_new());
    if (!updates || !ldns_rr_list_push_rr(updates.get(), rr->get()))
        return fail(ErrorCode::Internal, QStringLiteral("could not build the update of ") + zoneText);
    rr->release(); // the list owns it now

    auto res = makeResolver(server, timeoutMs);
    if (!res)
        return std::unexpected(res.error());
    PktPtr pkt(ldns_update_pkt_new(zoneName->release(), LDNS_RR_CLASS_IN, nullptr, updates.get(), nullptr));
    if (!pkt)
        return fail(ErrorCode::Internal, QStringLiteral("could not build the update of ") + zoneText);
    ldns_pkt_set_rd(pkt.get(), false);
    ldns_pkt_set_random_id(pkt.get());
    if (key) {
        if (auto signedOk = signUpdate(res->get(), pkt.get(), *key); !signedOk)
            return signedOk;
    }

    const QString what = QStringLiteral("the update of ") + zoneText;
    const Reply reply = exchange(res->get(), pkt.get());
    if (!reply.pkt)
        return std::unexpected(noAnswer(server, timeoutMs, reply, what));
    const int rcode = ldns_pkt_get_rcode(reply.pkt.get());
    const int tsigError = tsigErrorOf(reply.pkt.get());
    if (rcode != LDNS_RCODE_NOERROR || tsigError != 0)
        return fail(ErrorCode::Io, rejectedUpdate(server, zoneText, rcode, tsigError, key));
    if (reply.status == LDNS_STATUS_CRYPTO_TSIG_BOGUS)
        return fail(ErrorCode::Crypto,
                    QStringLiteral("%1 accepted %2, but its answer is not signed with the TSIG key %3; "
                                   "the change may have been made")
                        .arg(serverName(server), what, key ? key->name : QString()));
    if (reply.status != LDNS_STATUS_OK)
        return std::unexpected(noAnswer(server, timeoutMs, reply, what));
    return {};
}

} // namespace

DnsClient::DnsClient(DnsServer server, int timeoutMs) : m_server(std::move(server)), m_timeoutMs(timeoutMs)
{
    Q_ASSERT(m_timeoutMs > 0);
}

Result<QStringList> DnsClient::txt(const QString &name)
{
    auto owner = dname(name);
    if (!owner)
        return std::unexpected(owner.error());
    auto reply = query(m_server, m_timeoutMs, owner->get(), LDNS_RR_TYPE_TXT);
    if (!reply)
        return std::unexpected(reply.error());
    QStringList values;
    const RdfPtr end = chainEnd(reply->get(), owner->get());
    for (const ldns_rr *rr : records(ldns_pkt_answer(reply->get()), end.get(), LDNS_RR_TYPE_TXT)) {
        QByteArray joined;
        for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i)
            joined += stringOf(ldns_rr_rdf(rr, i));
        values.append(QString::fromUtf8(joined));
    }
    return values;
}

Result<QString> DnsClient::cname(const QString &name)
{
    auto owner = dname(name);
    if (!owner)
        return std::unexpected(owner.error());
    auto reply = query(m_server, m_timeoutMs, owner->get(), LDNS_RR_TYPE_CNAME);
    if (!reply)
        return std::unexpected(reply.error());
    const auto cnames = records(ldns_pkt_answer(reply->get()), owner->get(), LDNS_RR_TYPE_CNAME);
    if (cnames.isEmpty() || ldns_rr_rd_count(cnames.first()) < 1)
        return QString();
    return dnameText(ldns_rr_rdf(cnames.first(), 0));
}

Result<QString> DnsClient::zoneOf(const QString &name)
{
    auto start = dname(name);
    if (!start)
        return std::unexpected(start.error());
    // Ask for the SOA of the name and of each parent until a SOA turns up: in the answer (the
    // name is a zone's apex) or, for a name without one, in the authority section of the negative
    // answer. Behind a CNAME that section is about the target's zone, so go on to the parent.
    RdfPtr current = std::move(*start);
    while (current) {
        auto reply = query(m_server, m_timeoutMs, current.get(), LDNS_RR_TYPE_SOA);
        if (!reply)
            return std::unexpected(reply.error());
        if (!records(ldns_pkt_answer(reply->get()), current.get(), LDNS_RR_TYPE_SOA).isEmpty())
            return dnameText(current.get());
        if (records(ldns_pkt_answer(reply->get()), current.get(), LDNS_RR_TYPE_CNAME).isEmpty()) {
            const ldns_rr_list *authority = ldns_pkt_authority(reply->get());
            for (size_t i = 0; i < ldns_rr_list_rr_count(authority); ++i) {
                const ldns_rr *rr = ldns_rr_list_rr(authority, i);
                if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_SOA && atOrBelow(current.get(), ldns_rr_owner(rr)))
                    return dnameText(ldns_rr_owner(rr));
            }
        }
        current.reset(ldns_dname_left_chop(current.get()));
    }
    return fail(ErrorCode::NotFound,
                QStringLiteral("%1 knows no zone that holds %2").arg(serverName(m_server), dnameText(start->get())));
}

Result<QList<DnsServer>> DnsClient::authoritativeServers(const QString &zone)
{
    auto zoneName = dname(zone);
    if (!zoneName)
        return std::unexpected(zoneName.error());
    const QString zoneText = dnameText(zoneName->get());
    auto reply = query(m_server, m_timeoutMs, zoneName->get(), LDNS_RR_TYPE_NS);
    if (!reply)
        return std::unexpected(reply.error());
    const auto nsRecords = records(ldns_pkt_answer(reply->get()), zoneName->get(), LDNS_RR_TYPE_NS);
    if (nsRecords.isEmpty())
        return fail(ErrorCode::NotFound,
                    QStringLiteral("%1 has no NS records for %2").arg(serverName(m_server), zoneText));

    QList<DnsServer> servers;
    QSet<QString> seen;
    QStringList nsNames;
    std::optional<Error> firstError;
    const auto addAddresses = [&](const QList<const ldns_rr *> &rrs) {
        for (const ldns_rr *rr : rrs) {
            const QHostAddress address(dnameText(ldns_rr_rdf(rr, 0)));
            if (!address.isNull() && !seen.contains(address.toString())) {
                seen.insert(address.toString());
                servers.append(DnsServer{address.toString(), 53});
            }
        }
    };
    for (const ldns_rr *ns : nsRecords) {
        const ldns_rdf *target = ldns_rr_rdf(ns, 0);
        nsNames.append(dnameText(target));
        const ldns_rr_list *additional = ldns_pkt_additional(reply->get());
        auto glue = records(additional, target, LDNS_RR_TYPE_A) + records(additional, target, LDNS_RR_TYPE_AAAA);
        if (!glue.isEmpty()) {
            addAddresses(glue);
            continue;
        }
        for (const ldns_rr_type type : {LDNS_RR_TYPE_A, LDNS_RR_TYPE_AAAA}) {
            auto addresses = query(m_server, m_timeoutMs, target, type);
            if (!addresses) {
                if (!firstError)
                    firstError = addresses.error();
                continue;
            }
            addAddresses(records(ldns_pkt_answer(addresses->get()), chainEnd(addresses->get(), target).get(), type));
        }
    }
    if (servers.isEmpty()) {
        QString message = QStringLiteral("%1 knows no address of the name servers of %2 (%3)")
                              .arg(serverName(m_server), zoneText, nsNames.join(QStringLiteral(", ")));
        if (firstError)
            message += QStringLiteral(": ") + firstError->message;
        return fail(ErrorCode::NotFound, message);
    }
    return servers;
}

Result<void> DnsClient::addTxt(const QString &zone, const QString &name, const QString &value, int ttl,
                               const std::optional<TsigKey> &key)
{
    return update(m_server, m_timeoutMs, zone, name, value, ttl, key, true);
}

Result<void> DnsClient::removeTxt(const QString &zone, const QString &name, const QString &value,
                                  const std::optional<TsigKey> &key)
{
    return update(m_server, m_timeoutMs, zone, name, value, 0, key, false);
}

} // namespace certdesk::core
