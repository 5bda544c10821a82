#include "x509/crl.h"

#include "crypto/libcontext.h"
#include "x509/x509util.h"

namespace certdesk::core {

using namespace ossl;

QString revocationReasonName(int code)
{
    switch (code) {
    case 0: return QStringLiteral("unspecified");
    case 1: return QStringLiteral("keyCompromise");
    case 2: return QStringLiteral("cACompromise");
    case 3: return QStringLiteral("affiliationChanged");
    case 4: return QStringLiteral("superseded");
    case 5: return QStringLiteral("cessationOfOperation");
    case 6: return QStringLiteral("certificateHold");
    case 8: return QStringLiteral("removeFromCRL");
    case 9: return QStringLiteral("privilegeWithdrawn");
    case 10: return QStringLiteral("aACompromise");
    default: return {};
    }
}

Result<Crl> Crl::fromDer(const QByteArray &der)
{
    clearErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509CrlPtr crl(d2i_X509_CRL(nullptr, &p, long(der.size())));
    if (!crl)
        return std::unexpected(lastError(ErrorCode::InvalidInput, QStringLiteral("malformed CRL")));
    if (p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return fail(ErrorCode::InvalidInput, QStringLiteral("trailing bytes after the CRL"));
    Crl out;
    out.m_der = der;
    out.m_issuer = toDistinguishedName(X509_CRL_get_issuer(crl.get()));
    out.m_thisUpdate = asn1TimeToDateTime(X509_CRL_get0_lastUpdate(crl.get())).value_or(QDateTime());
    out.m_nextUpdate = asn1TimeToDateTime(X509_CRL_get0_nextUpdate(crl.get())).value_or(QDateTime());
    out.m_sha256 = LibContext::shared().sha256Of(der);
    AuthorityKeyIdPtr akid(static_cast<AUTHORITY_KEYID *>(X509_CRL_get_ext_d2i(crl.get(), NID_authority_key_identifier, nullptr, nullptr)));
    if (akid && akid->keyid)
        out.m_aki = QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(akid->keyid)), ASN1_STRING_length(akid->keyid));
    Asn1IntegerPtr number(static_cast<ASN1_INTEGER *>(X509_CRL_get_ext_d2i(crl.get(), NID_crl_number, nullptr, nullptr)));
    if (number)
        out.m_number = serialToHex(number.get());
    STACK_OF(X509_REVOKED) *revoked = X509_CRL_get_REVOKED(crl.get());
    for (int i = 0; i < sk_X509_REVOKED_num(revoked); ++i) {
        const X509_REVOKED *r = sk_X509_REVOKED_value(revoked, i);
        RevokedEntry entry;
        entry.serial = serialToHex(X509_REVOKED_get0_serialNumber(r));
        entry.revokedAt = asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(r)).value_or(QDateTime());
        ASN1_ENUMERATED *reason = static_cast<ASN1_ENUMERATED *>(X509_REVOKED_get_ext_d2i(r, NID_crl_reason, nullptr, nullptr));
        if (reason) {
            entry.reason = revocationReasonName(int(ASN1_ENUMERATED_get(reason)));
            ASN1_ENUMERATED_free(reason);
        }
        out.m_revoked.append(entry);
    }
    ERR_clear_error();
    return out;
}

QByteArray Crl::toPem() const { return derToPem(m_der, "X509 CRL"); }

bool Crl::isSignedBy(const Certificate &issuer) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_der.constData());
    X509CrlPtr crl(d2i_X509_CRL(nullptr, &p, long(m_der.size())));
    EVP_PKEY *key = issuer.isNull() ? nullptr : X509_get0_pubkey(issuer.handle());
    const bool ok = crl && key && X509_CRL_verify(crl.get(), key) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace certdesk::core
