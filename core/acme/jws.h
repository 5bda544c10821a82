#pragma once

#include "crypto/privatekey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace certdesk::core {

// base64url without padding (RFC 7515 section 2), as every ACME field uses it.
QByteArray base64Url(const QByteArray &data);
Result<QByteArray> fromBase64Url(const QByteArray &text);

// JSON Web Signatures (RFC 7515, flattened JSON serialization) for ACME (RFC 8555 section 6.2).
// An ACME account key: ES256 (P-256, the default), ES384 (P-384), RS256 (RSA 2048 and up) or
// EdDSA (Ed25519).
class JwsSigner
{
public:
    // InvalidInput for a key ACME cannot use (DSA, RSA under 2048 bits, P-521 ...).
    static Result<JwsSigner> forKey(const PrivateKey &key);

    const PrivateKey &key() const { return m_key; }
    QString algorithm() const { return m_alg; } // "ES256", "ES384", "RS256", "EdDSA"
    QJsonObject jwk() const { return m_jwk; }   // the public key as a JWK (RFC 7517)
    // A private key given as a JWK (RFC 7518 section 6: RSA with n, e, d, p, q, dp, dq, qi; EC P-256
// or P-384 with x, y, d; OKP Ed25519 with x, d), as certbot keeps its account keys
// (private_key.json). InvalidInput names what is missing or wrong.
Result<PrivateKey> privateKeyFromJwk(const QJsonObject &jwk);

// RFC 7638 thumbprint (SHA-256 of the canonical JWK), base64url: the account's part of
    // every key authorization.
    QByteArray thumbprint() const;

    // The flattened JWS of payload (empty payload = POST-as-GET) with the protected header:
    // {"alg", "nonce", "url"} plus "kid" when kid is not empty, else "jwk".
    Result<QByteArray> sign(const QByteArray &payload, const QString &url, const QString &nonce, const QString &kid) const;
    // A JWS with no nonce, for External Account Binding (HMAC, RFC 8555 section 7.3.4) and key
    // change's inner JWS: protected header given in full.
    Result<QJsonObject> signWithHeader(const QJsonObject &protectedHeader, const QByteArray &payload) const;
    // The raw signature over "protected.payload" in JWS form (r||s for ECDSA).
    Result<QByteArray> signature(const QByteArray &signingInput) const;

private:
    PrivateKey m_key;
    QString m_alg;
    QJsonObject m_jwk;
};

// The External Account Binding JWS (HS256) over the account's JWK.
Result<QJsonObject> externalAccountBinding(const QString &keyId, const QByteArray &hmacKey, const QJsonObject &accountJwk,
                                           const QString &newAccountUrl);

// A private key given as a JWK (RFC 7518 section 6: RSA with n, e, d, p, q, dp, dq, qi; EC P-256
// or P-384 with x, y, d; OKP Ed25519 with x, d), as certbot keeps its account keys
// (private_key.json). InvalidInput names what is missing or wrong.
Result<PrivateKey> privateKeyFromJwk(const QJsonObject &jwk);

// RFC 7638 thumbprint of a JWK holding only its required members, base64url.
QByteArray jwkThumbprint(const QJsonObject &jwk);

// key authorization = token "." thumbprint (RFC 8555 section 8.1); dns-01's TXT value is the
// base64url SHA-256 of it.
QByteArray keyAuthorization(const QString &token, const JwsSigner &account);
QString dnsTxtValue(const QByteArray &keyAuthorization);

} // namespace certdesk::core
