#pragma once

#include "crypto/ossl.h"

#include <QByteArray>

#include <vector>

namespace certdesk::bench {

// The raw limit of issuing from a CSR: bare OpenSSL calls, no certdesk code. Per request:
// d2i_X509_REQ, X509_REQ_verify with the request's own key, a new X509 (random 127-bit serial,
// the request's subject and key, the CA's subject as issuer, one hour backdated), the extensions
// of certdesk's EndEntityServerAuth template (basicConstraints critical CA:FALSE, keyUsage critical
// digitalSignature + keyEncipherment, extendedKeyUsage serverAuth, subjectKeyIdentifier,
// authorityKeyIdentifier = the CA's key id, the request's subjectAltName copied), X509_sign with
// SHA-256 and i2d_X509. The extensions that are the same in every certificate are encoded once, in
// the constructor, so this is a limit and not a second implementation of the CA.
class RawIssuer
{
public:
    // Borrowed: caCert and caKey must outlive this object.
    RawIssuer(X509 *caCert, EVP_PKEY *caKey);

    // The certificate (DER), or empty when the request does not parse or does not verify.
    QByteArray issue(const QByteArray &csrDer, int days) const;

private:
    X509 *m_caCert;
    EVP_PKEY *m_caKey;
    std::vector<core::ossl::X509ExtensionPtr> m_before; // basicConstraints, keyUsage, extendedKeyUsage
    core::ossl::X509ExtensionPtr m_authorityKeyId;
};

} // namespace certdesk::bench
