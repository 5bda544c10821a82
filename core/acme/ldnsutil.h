#pragma once

// The one place that owns the RAII aliases for libldns objects, and the few conversions between
// ldns values and Qt ones the DNS client needs. Private to core/acme: ldns stays out of public
// headers.

#include "crypto/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

// ldns's headers declare DNSSEC functions with OpenSSL's RSA and DSA types, which the project-wide
// OPENSSL_NO_DEPRECATED hides; the DNS client uses none of them. Include ldns only through here,
// before any OpenSSL header.
#pragma push_macro("OPENSSL_NO_DEPRECATED")
#undef OPENSSL_NO_DEPRECATED
#include <ldns/ldns.h>
#pragma pop_macro("OPENSSL_NO_DEPRECATED")

#include <memory>

namespace certdesk::core::ldnsutil {

template<auto F>
struct LdnsFree
{
    void operator()(auto *p) const noexcept { F(p); }
};

// Wipes the TSIG secret ldns keeps in the resolver (base64, strdup'ed) before freeing it.
struct ResolverFree
{
    void operator()(ldns_resolver *r) const noexcept;
};

using ResolverPtr = std::unique_ptr<ldns_resolver, ResolverFree>;
using PktPtr = std::unique_ptr<ldns_pkt, LdnsFree<&ldns_pkt_free>>;
using RdfPtr = std::unique_ptr<ldns_rdf, LdnsFree<&ldns_rdf_deep_free>>;
using RrPtr = std::unique_ptr<ldns_rr, LdnsFree<&ldns_rr_free>>;
using RrListPtr = std::unique_ptr<ldns_rr_list, LdnsFree<&ldns_rr_list_deep_free>>;

// name as an absolute domain name ("example.org" and "example.org." are the same; an IDN goes to
// its A-label form). Bad names: InvalidInput.
Result<RdfPtr> dname(const QString &name);
// Presentation form of a domain name or an address rdf: "example.org.", "192.0.2.1".
QString dnameText(const ldns_rdf *rdf);
// sub equals parent or lies below it.
bool atOrBelow(const ldns_rdf *sub, const ldns_rdf *parent);

// The records of type at owner in list (not owned: they live as long as the list).
QList<const ldns_rr *> records(const ldns_rr_list *list, const ldns_rdf *owner, ldns_rr_type type);

// The octets of one character-string rdf (TXT data), without its length octet.
QByteArray stringOf(const ldns_rdf *rdf);
// octets (at most 255) in the presentation form ldns_rdf_new_frm_str reads back exactly: a
// backslash and every octet outside printable ASCII as \DDD.
QByteArray presentationString(const QByteArray &octets);

// The error field of the packet's TSIG record (BADSIG 16, BADKEY 17, BADTIME 18 ...), 0 without one.
int tsigErrorOf(const ldns_pkt *pkt);

QString typeText(ldns_rr_type type);    // "TXT"
QString rcodeText(int rcode);           // "REFUSED", "BADKEY: the server does not know ..."
QString statusText(ldns_status status); // ldns's own words

} // namespace certdesk::core::ldnsutil
