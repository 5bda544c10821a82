#pragma once
// OpenSSL-level building blocks of the private CA. Internal to core/ca: exposes OpenSSL types.

#include "ca/certificateauthority.h"
#include "crypto/ossl.h"

namespace certdesk::core::ca {

// An RFC 4514 DN ("CN=api,O=Example,C=DE", most specific first, '\' escapes, '+' joins
// multi-valued RDNs) as an X509_NAME encoded C first. InvalidInput names the bad part.
Result<ossl::X509NamePtr> parseDistinguishedName(const QString &text);

// A digest-sign context for key with the signing algorithm (SHA256WITHRSA, SHA256WITHRSAPSS,
// SHA384WITHECDSA, ED25519, ...). InvalidInput when the algorithm does not fit the key.
Result<ossl::EvpMdCtxPtr> signingContext(EVP_PKEY *key, const QString &signingAlgorithm);

// A fresh positive 128-bit serial with 127 bits from the CSPRNG.
Result<ossl::Asn1IntegerPtr> randomSerial();

// "DNS:a.example", "IP:10.0.0.5", "EMAIL:a@b", "URI:https://..." (also "email:", "dns:").
Result<GeneralName> parseGeneralName(const QString &text);
Result<ossl::GeneralNamesPtr> toGeneralNames(const QList<GeneralName> &names);

// The values an issued or CA certificate is built from.
struct CertificateSpec
{
    X509_NAME *subject = nullptr;   // borrowed
    EVP_PKEY *publicKey = nullptr;  // borrowed
    ASN1_INTEGER *serial = nullptr; // borrowed
    QDateTime notBefore, notAfter;
    QStringList keyUsages;
    QStringList extendedKeyUsages;
    bool basicConstraints = true;   // always present (critical); cA from ca
    bool ca = false;
    std::optional<int> pathLength;
    bool ocspNoCheck = false;
    QList<GeneralName> sans;
    NameConstraints nameConstraints; // CA certificates only
    QString crlUrl, ocspUrl, caIssuersUrl;
};

// Builds and signs. issuerCert null: self-signed (issuer = subject, AKI = own SKI).
Result<ossl::X509Ptr> buildCertificate(const CertificateSpec &spec, X509 *issuerCert, EVP_PKEY *issuerKey,
                                       const QString &signingAlgorithm);

// A PKCS#10 request for a CA key (the CA's basic constraints and key usage requested).
Result<QByteArray> buildCaCsr(X509_NAME *subject, EVP_PKEY *key, const QString &signingAlgorithm,
                              std::optional<int> pathLength);

// A PKCS#10 request for an end-entity key: the subject and a subjectAltName extension with names.
Result<QByteArray> buildRequestCsr(X509_NAME *subject, EVP_PKEY *key, const QString &signingAlgorithm,
                                   const QList<GeneralName> &names);

ossl::Asn1TimePtr toAsn1Time(const QDateTime &t);

} // namespace certdesk::core::ca
