#include "acme/jws.h"

#include "crypto/ossl.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/param_build.h>

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

Result<PrivateKey> privateKeyFromJwk(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    const auto member = [&](const char *name, QByteArray *out) -> bool {
        auto v = fromBase64Url(jwk.value(QLatin1String(name)).toString().toLatin1());
        if (!v || v->isEmpty())
            return false;
        *out = *v;
        return true;
    };
    using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, ossl::OsslFree<&OSSL_PARAM_BLD_free>>;
    using ParamPtr = std::unique_ptr<OSSL_PARAM, ossl::OsslFree<&OSSL_PARAM_free>>;
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    std::vector<ossl::BignumPtr> numbers; // alive until the parameters are built
    const auto number = [&](const char *param, const QByteArray &bytes) {
        numbers.emplace_back(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
        return numbers.back() && OSSL_PARAM_BLD_push_BN(bld.get(), param, numbers.back().get()) == 1;
    };
    QByteArray point; // OSSL_PARAM_BLD keeps pointers to what it is given: alive until the parameters are built
    const char *type = nullptr;
    bool ok = bld != nullptr;
    if (kty == QLatin1String("RSA")) {
        type = "RSA";
        const char *names[] = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
        const char *params[] = {OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E, OSSL_PKEY_PARAM_RSA_D, OSSL_PKEY_PARAM_RSA_FACTOR1,
                                OSSL_PKEY_PARAM_RSA_FACTOR2, OSSL_PKEY_PARAM_RSA_EXPONENT1, OSSL_PKEY_PARAM_RSA_EXPONENT2,
                                OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
        for (int i = 0; ok && i < 8; ++i) {
            QByteArray v;
            if (!member(names[i], &v))
                return fail(ErrorCode::InvalidInput, QStringLiteral("the RSA JWK has no \"%1\"").arg(QLatin1String(names[i])));
            ok = number(params[i], v);
        }
    } else if (kty == QLatin1String("EC")) {
        type = "EC";
        const QString crv = jwk.value(QLatin1String("crv")).toString();
        const char *group = crv == QLatin1String("P-256") ? "prime256v1" : crv == QLatin1String("P-384") ? "secp384r1" : nullptr;
        if (!group)
            return fail(ErrorCode::InvalidInput, QStringLiteral("the EC JWK's curve \"%1\" is not P-256 or P-384").arg(crv));
        QByteArray x, y, d;
        if (!member("x", &x) || !member("y", &y) || !member("d", &d))
            return fail(ErrorCode::InvalidInput, QStringLiteral("the EC JWK needs x, y and d"));
        point = QByteArray(1, '\x04') + x + y;
        ok = OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1
             && OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size())) == 1
             && number(OSSL_PKEY_PARAM_PRIV_KEY, d);
    } else if (kty == QLatin1String("OKP") && jwk.value(QLatin1String("crv")).toString() == QLatin1String("Ed25519")) {
        QByteArray d;
        if (!member("d", &d) || d.size() != 32)
            return fail(ErrorCode::InvalidInput, QStringLiteral("the Ed25519 JWK needs a 32-byte d"));
        ossl::clearErrors();
        EVP_PKEY *raw = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(d.constData()), size_t(d.size()));
        if (!raw)
            return std::unexpected(ossl::lastError(ErrorCode::InvalidInput, QStringLiteral("not an Ed25519 private key")));
        ossl::EvpPkeyPtr owned(raw);
        return PrivateKey::fromHandle(owned.get());
    } else {
        return fail(ErrorCode::InvalidInput, QStringLiteral("not a private JWK of type RSA, EC or OKP (Ed25519)"));
    }
    ossl::clearErrors();
    ParamPtr params(ok ? OSSL_PARAM_BLD_to_param(bld.get()) : nullptr);
    ossl::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return std::unexpected(ossl::lastError(ErrorCode::InvalidInput, QStringLiteral("the JWK is not a valid %1 private key")
                                                                          .arg(QLatin1String(type))));
    ossl::EvpPkeyPtr owned(raw);
    // A key whose parts do not belong together signs nothing the CA accepts: check it here.
    ossl::EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, owned.get(), nullptr));
    if (!check || EVP_PKEY_pairwise_check(check.get()) != 1)
        return std::unexpected(ossl::lastError(ErrorCode::InvalidInput, QStringLiteral("the JWK's private and public parts do not match")));
    return PrivateKey::fromHandle(owned.get());
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
