#include "acme/ldnsutil.h"

#include <QUrl>

#include <cstdlib>
#include <cstring>

namespace certdesk::core::ldnsutil {

namespace {

using CharPtr = std::unique_ptr<char, LdnsFree<&std::free>>;

} // namespace

void ResolverFree::operator()(ldns_resolver *r) const noexcept
{
    if (const char *secret = ldns_resolver_tsig_keydata(r))
        explicit_bzero(const_cast<char *>(secret), std::strlen(secret));
    ldns_resolver_deep_free(r);
}

Result<RdfPtr> dname(const QString &name)
{
    QString text = name.trimmed();
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        text = QString::fromLatin1(QUrl::toAce(text));
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a domain name").arg(name));
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    RdfPtr rdf(ldns_dname_new_frm_str(text.toLatin1().constData()));
    if (!rdf)
        return fail(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a domain name").arg(name));
    return rdf;
}

QString dnameText(const ldns_rdf *rdf)
{
    const CharPtr text(ldns_rdf2str(rdf));
    return text ? QString::fromLatin1(text.get()) : QString();
}

bool atOrBelow(const ldns_rdf *sub, const ldns_rdf *parent)
{
    return ldns_dname_compare(sub, parent) == 0 || ldns_dname_is_subdomain(sub, parent);
}

QList<const ldns_rr *> records(const ldns_rr_list *list, const ldns_rdf *owner, ldns_rr_type type)
{
    QList<const ldns_rr *> found;
    for (size_t i = 0; list && i < ldns_rr_list_rr_count(list); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(list, i);
        if (ldns_rr_get_type(rr) == type && ldns_dname_compare(ldns_rr_owner(rr), owner) == 0)
            found.append(rr);
    }
    return found;
}

QByteArray stringOf(const ldns_rdf *rdf)
{
    const size_t size = ldns_rdf_size(rdf);
    if (ldns_rdf_get_type(rdf) != LDNS_RDF_TYPE_STR || size == 0)
        return {};
    const uint8_t *data = ldns_rdf_data(rdf);
    const size_t length = std::min<size_t>(data[0], size - 1);
    return QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(length));
}

QByteArray presentationString(const QByteArray &octets)
{
    QByteArray text;
    text.reserve(octets.size());
    for (const char c : octets) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\\' || u < 0x20 || u > 0x7e)
            text += '\\' + QByteArray::number(u).rightJustified(3, '0');
        else
            text += c;
    }
    return text;
}

int tsigErrorOf(const ldns_pkt *pkt)
{
    const ldns_rr *tsig = ldns_pkt_tsig(pkt);
    if (!tsig || ldns_rr_rd_count(tsig) < 6)
        return 0;
    const ldns_rdf *error = ldns_rr_rdf(tsig, 5);
    return ldns_rdf_size(error) == 2 ? ldns_rdf2native_int16(error) : 0;
}

QString typeText(ldns_rr_type type)
{
    const CharPtr text(ldns_rr_type2str(type));
    return text ? QString::fromLatin1(text.get()) : QString::number(type);
}

QString rcodeText(int rcode)
{
    switch (rcode) {
    case 0:
        return QStringLiteral("NOERROR");
    case 1:
        return QStringLiteral("FORMERR: the server could not read the message");
    case 2:
        return QStringLiteral("SERVFAIL: the server failed");
    case 3:
        return QStringLiteral("NXDOMAIN: the name does not exist");
    case 4:
        return QStringLiteral("NOTIMP: the server does not support this");
    case 5:
        return QStringLiteral("REFUSED");
    case 6:
        return QStringLiteral("YXDOMAIN: a name exists that should not");
    case 7:
        return QStringLiteral("YXRRSET: records exist that should not");
    case 8:
        return QStringLiteral("NXRRSET: records do not exist that should");
    case 9:
        return QStringLiteral("NOTAUTH: the server is not authoritative for the zone, or did not accept the key");
    case 10:
        return QStringLiteral("NOTZONE: the name is not in the zone");
    case 16:
        return QStringLiteral("BADSIG: the secret is not the one the server has for this key");
    case 17:
        return QStringLiteral("BADKEY: the server does not know a key of this name and algorithm");
    case 18:
        return QStringLiteral("BADTIME: the clocks of this computer and the server differ by more than 5 minutes");
    case 22:
        return QStringLiteral("BADTRUNC: bad truncation of the signature");
    default:
        return QStringLiteral("response code %1").arg(rcode);
    }
}

QString statusText(ldns_status status)
{
    const char *text = ldns_get_errorstr_by_id(status);
    return text ? QString::fromLatin1(text) : QStringLiteral("ldns status %1").arg(int(status));
}

} // namespace certdesk::core::ldnsutil
