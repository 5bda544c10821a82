#include "acme/jws.h"

#include "crypto/ossl.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <openssl/core_names.h>
#include <openssl/ecdsa.h>

namespace certdesk::core {

namespace {

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray bnParam(EVP_PKEY *key, const char *name, int width = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    ossl::BignumPtr bn(raw);
    const int size = std::max(width, BN_num_bytes(bn.get()));
    QByteArray out(size, '\0');
    BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char *>(out.data()), size);
    return out;
}

} // namespace

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(ErrorCode::InvalidInput, QStringLiteral("not base64url: %1").arg(QString::fromLatin1(text.left(40))));
    return *decoded;
}

Result<JwsSigner> JwsSigner::forKey(const PrivateKey &key)
{
    if (key.isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("no account key"));
    JwsSigner s;
    s.m_key = key;
    EVP_PKEY *k = key.handle();
    const QString alg = key.algorithm();
    if (EVP_PKEY_is_a(k, "RSA")) {
        if (EVP_PKEY_get_bits(k) < 2048)
            return fail(ErrorCode::InvalidInput, QStringLiteral("an ACME account key must be RSA 2048 or more (this one is %1)").arg(alg));
        s.m_alg = QStringLiteral("RS256");
        s.m_jwk = {{QStringLiteral("kty"), QStringLiteral("RSA")},
                   {QStringLiteral("n"), QString::fromLatin1(base64Url(bnParam(k, OSSL_PKEY_PARAM_RSA_N)))},
                   {QStringLiteral("e"), QString::fromLatin1(base64Url(bnParam(k, OSSL_PKEY_PARAM_RSA_E)))}};
    } else if (EVP_PKEY_is_a(k, "EC")) {
        QString crv;
        int width = 0;
        if (alg == QLatin1String("EC_prime256v1")) {
            crv = QStringLiteral("P-256");
            width = 32;
            s.m_alg = QStringLiteral("ES256");
        } else if (alg == QLatin1String("EC_secp384r1")) {
            crv = QStringLiteral("P-384");
            width = 48;
            s.m_alg = QStringLiteral("ES384");
        } else {
            return fail(ErrorCode::InvalidInput, QStringLiteral("an ACME account key must be P-256, P-384, RSA or Ed25519 (this one is %1)").arg(alg));
        }
        s.m_jwk = {{QStringLiteral("kty"), QStringLiteral("EC")},
                   {QStringLiteral("crv"), crv},
                   {QStringLiteral("x"), QString::fromLatin1(base64Url(bnParam(k, OSSL_PKEY_PARAM_EC_PUB_X, width)))},
                   {QStringLiteral("y"), QString::fromLatin1(base64Url(bnParam(k, OSSL_PKEY_PARAM_EC_PUB_Y, width)))}};
    } else if (EVP_PKEY_is_a(k, "ED25519")) {
        size_t len = 0;
        EVP_PKEY_get_raw_public_key(k, nullptr, &len);
        QByteArray pub(int(len), '\0');
        if (EVP_PKEY_get_raw_public_key(k, reinterpret_cast<unsigned char *>(pub.data()), &len) != 1)
            return std::unexpected(ossl::lastError(ErrorCode::Crypto, QStringLiteral("cannot read the Ed25519 public key")));
        s.m_alg = QStringLiteral("EdDSA");
        s.m_jwk = {{QStringLiteral("kty"), QStringLiteral("OKP")},
                   {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                   {QStringLiteral("x"), QString::fromLatin1(base64Url(pub))}};
    } else {
        return fail(ErrorCode::InvalidInput, QStringLiteral("an ACME account key must be P-256, P-384, RSA or Ed25519 (this one is %1)").arg(alg));
    }
    return s;
}

QByteArray jwkThumbprint(const QJsonObject &jwk)
{
    // QJsonObject keeps its keys sorted and the compact form has no white space: exactly the
    // canonical JWK of RFC 7638 (which holds only the required members, as m_jwk does).
    return base64Url(QCryptographicHash::hash(compactJson(jwk), QCryptographicHash::Sha256));
}

QByteArray JwsSigner::thumbprint() const
{
    return jwkThumbprint(m_jwk);
}

Result<QByteArray> JwsSigner::signature(const QByteArray &signingInput) const
{
    ossl::clearErrors();
    ossl::EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    const char *md = m_alg == QLatin1String("EdDSA") ? nullptr : m_alg == QLatin1String("ES384") ? "SHA384" : "SHA256";
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, md, nullptr, nullptr, m_key.handle(), nullptr) != 1)
        return std::unexpected(ossl::lastError(ErrorCode::Crypto, QStringLiteral("cannot sign with the account key")));
    size_t len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(signingInput.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &len, in, size_t(signingInput.size())) != 1)
        return std::unexpected(ossl::lastError(ErrorCode::Crypto, QStringLiteral("cannot sign with the account key")));
    QByteArray sig(int(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, in, size_t(signingInput.size())) != 1)
        return std::unexpected(ossl::lastError(ErrorCode::Crypto, QStringLiteral("cannot sign with the account key")));
    sig.truncate(int(len));
    if (!m_alg.startsWith(QLatin1String("ES")))
        return sig;
    // ECDSA: DER SEQUENCE { r, s } to the fixed-width r || s of JWS (RFC 7518 section 3.4).
    const int width = m_alg == QLatin1String("ES384") ? 48 : 32;
    const auto *p = reinterpret_cast<const unsigned char *>(sig.constData());
    std::unique_ptr<ECDSA_SIG, ossl::OsslFree<&ECDSA_SIG_free>> ecdsa(d2i_ECDSA_SIG(nullptr, &p, sig.size()));
    if (!ecdsa)
        return std::unexpected(ossl::lastError(ErrorCode::Crypto, QStringLiteral("cannot read the ECDSA signature")));
    QByteArray raw(2 * width, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(ecdsa.get()), reinterpret_cast<unsigned char *>(raw.data()), width);
    BN_bn2binpad(ECDSA_SIG_get0_s(ecdsa.get()), reinterpret_cast<unsigned char *>(raw.data()) + width, width);
    return raw;
}

Result<QJsonObject> JwsSigner::signWithHeader(const QJsonObject &protectedHeader, const QByteArray &payload) const
{
    const QByteArray header = base64Url(compactJson(protectedHeader));
    const QByteArray body = base64Url(payload);
    auto sig = signature(header + '.' + body);
    if (!sig)
        return std::unexpected(sig.error());
    return QJsonObject{{QStringLiteral("protected"), QString::fromLatin1(header)},
                       {QStringLiteral("payload"), QString::fromLatin1(body)},
                       {QStringLiteral("signature"), QString::fromLatin1(base64Url(*sig))}};
}

Result<QByteArray> JwsSigner::sign(const QByteArray &payload, const QString &url, const QString &nonce, const QString &kid) const
{
    QJsonObject header{{QStringLiteral("alg"), m_alg}, {QStringLiteral("url"), url}};
    if (!nonce.isEmpty())
        header.insert(QStringLiteral("nonce"), nonce);
    if (kid.isEmpty())
        header.insert(QStringLiteral("jwk"), m_jwk);
    else
        header.insert(QStringLiteral("kid"), kid);
    auto jws = signWithHeader(header, payload);
    if (!jws)
        return std::unexpected(jws.error());
    return compactJson(*jws);
}

Result<QJsonObject> externalAccountBinding(const QString &keyId, const QByteArray &hmacKey, const QJsonObject &accountJwk,
                                           const QString &newAccountUrl)
{
    if (keyId.isEmpty() || hmacKey.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("External Account Binding needs the key id and the HMAC key the CA gave"));
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("kid"), keyId},
                             {QStringLiteral("url"), newAccountUrl}};
    const QByteArray protectedPart = base64Url(compactJson(header));
    const QByteArray payload = base64Url(compactJson(accountJwk));
    const QByteArray mac = QMessageAuthenticationCode::hash(protectedPart + '.' + payload, hmacKey, QCryptographicHash::Sha256);
    return QJsonObject{{QStringLiteral("protected"), QString::fromLatin1(protectedPart)},
                       {QStringLiteral("payload"), QString::fromLatin1(payload)},
                       {QStringLiteral("signature"), QString::fromLatin1(base64Url(mac))}};
}

QByteArray keyAuthorization(const QString &token, const JwsSigner &account)
{
    return token.toLatin1() + '.' + account.thumbprint();
}

QString dnsTxtValue(const QByteArray &keyAuthorization)
{
    return QString::fromLatin1(base64Url(QCryptographicHash::hash(keyAuthorization, QCryptographicHash::Sha256)));
}

} // namespace certdesk::core
