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

namespace {

// Bits of the first INTEGER in a DER SEQUENCE (an RSA modulus, a DSA p), or 0.
int firstIntegerBits(const unsigned char *der, long len)
{
    using namespace ossl;
    const unsigned char *p = der;
    ASN1_SEQUENCE_ANY *seq = d2i_ASN1_SEQUENCE_ANY(nullptr, &p, len);
    int bits = 0;
    if (seq && sk_ASN1_TYPE_num(seq) > 0) {
        const ASN1_TYPE *first = sk_ASN1_TYPE_value(seq, 0);
        if (first->type == V_ASN1_INTEGER) {
            const ASN1_INTEGER *n = first->value.integer;
            const unsigned char *d = ASN1_STRING_get0_data(n);
            int bytes = ASN1_STRING_length(n);
            while (bytes > 0 && *d == 0) {
                ++d;
                --bytes;
            }
            if (bytes > 0) {
                bits = bytes * 8;
                for (unsigned char top = *d; !(top & 0x80); top = static_cast<unsigned char>(top << 1))
                    --bits;
            }
        }
    }
    sk_ASN1_TYPE_pop_free(seq, ASN1_TYPE_free);
    ERR_clear_error();
    return bits;
}

} // namespace

QString keyAlgorithmName(const X509_PUBKEY *spki)
{
    using namespace ossl;
    ASN1_OBJECT *alg = nullptr;
    const unsigned char *keyBytes = nullptr;
    int keyLen = 0;
    X509_ALGOR *algor = nullptr;
    if (!spki || X509_PUBKEY_get0_param(&alg, &keyBytes, &keyLen, &algor, spki) != 1 || !alg)
        return QStringLiteral("UNKNOWN");
    const int nid = OBJ_obj2nid(alg);
    switch (nid) {
    case NID_rsaEncryption:
        return QStringLiteral("RSA_%1").arg(firstIntegerBits(keyBytes, keyLen));
    case NID_rsassaPss:
        return QStringLiteral("RSA_PSS_%1").arg(firstIntegerBits(keyBytes, keyLen));
    case NID_X9_62_id_ecPublicKey: {
        int ptype = V_ASN1_UNDEF;
        const void *pval = nullptr;
        X509_ALGOR_get0(nullptr, &ptype, &pval, algor);
        if (ptype == V_ASN1_OBJECT) {
            const int curve = OBJ_obj2nid(static_cast<const ASN1_OBJECT *>(pval));
            if (curve != NID_undef)
                return QStringLiteral("EC_") + QString::fromLatin1(OBJ_nid2sn(curve));
            return QStringLiteral("EC_") + objectToOid(static_cast<const ASN1_OBJECT *>(pval));
        }
        return QStringLiteral("EC_explicit");
    }
    case NID_ED25519: return QStringLiteral("ED25519");
    case NID_ED448: return QStringLiteral("ED448");
    case NID_X25519: return QStringLiteral("X25519");
    case NID_X448: return QStringLiteral("X448");
    case NID_dsa: {
        int ptype = V_ASN1_UNDEF;
        const void *pval = nullptr;
        X509_ALGOR_get0(nullptr, &ptype, &pval, algor);
        if (ptype == V_ASN1_SEQUENCE) {
            const ASN1_STRING *params = static_cast<const ASN1_STRING *>(pval);
            return QStringLiteral("DSA_%1").arg(firstIntegerBits(ASN1_STRING_get0_data(params), ASN1_STRING_length(params)));
        }
        return QStringLiteral("DSA");
    }
    default:
        return QStringLiteral("UNKNOWN_") + objectToOid(alg);
    }
}

} // namespace certdesk::core
