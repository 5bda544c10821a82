#include "crypto/keyinfo.h"

#include "crypto/ossl.h"

#include <openssl/core_names.h>

namespace certdesk::core {

QString keyAlgorithmName(const EVP_PKEY *key)
{
    if (!key)
        return QStringLiteral("UNKNOWN");
    const int bits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "RSA"))
        return QStringLiteral("RSA_%1").arg(bits);
    if (EVP_PKEY_is_a(key, "RSA-PSS"))
        return QStringLiteral("RSA_PSS_%1").arg(bits);
    if (EVP_PKEY_is_a(key, "EC")) {
        char curve[80] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, &len))
            return QStringLiteral("EC_") + QString::fromLatin1(curve, qsizetype(len));
        ERR_clear_error();
        return QStringLiteral("EC_%1").arg(bits);
    }
    if (EVP_PKEY_is_a(key, "ED25519"))
        return QStringLiteral("ED25519");
    if (EVP_PKEY_is_a(key, "ED448"))
        return QStringLiteral("ED448");
    if (EVP_PKEY_is_a(key, "X25519"))
        return QStringLiteral("X25519");
    if (EVP_PKEY_is_a(key, "X448"))
        return QStringLiteral("X448");
    if (EVP_PKEY_is_a(key, "DSA"))
        return QStringLiteral("DSA_%1").arg(bits);
    if (const char *name = EVP_PKEY_get0_type_name(key))
        return QString::fromLatin1(name).toUpper();
    return QStringLiteral("UNKNOWN");
}

} // namespace certdesk::core
