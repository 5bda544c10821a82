#include "rawissuer.h"

#include <openssl/rand.h>

namespace certdesk::bench {

using namespace core::ossl;

namespace {

X509ExtensionPtr encode(int nid, bool critical, void *value)
{
    X509ExtensionPtr ext(X509V3_EXT_i2d(nid, critical ? 1 : 0, value));
    if (!ext)
        qFatal("certdesk-bench: cannot encode extension %s", OBJ_nid2sn(nid));
    return ext;
}

} // namespace

RawIssuer::RawIssuer(X509 *caCert, EVP_PKEY *caKey) : m_caCert(caCert), m_caKey(caKey)
{
    BasicConstraintsPtr bc(BASIC_CONSTRAINTS_new());
    m_before.push_back(encode(NID_basic_constraints, true, bc.get()));
    Asn1BitStringPtr usage(ASN1_BIT_STRING_new());
    ASN1_BIT_STRING_set_bit(usage.get(), 0, 1); // digitalSignature
    ASN1_BIT_STRING_set_bit(usage.get(), 2, 1); // keyEncipherment
    m_before.push_back(encode(NID_key_usage, true, usage.get()));
    ExtKeyUsagePtr eku(sk_ASN1_OBJECT_new_null());
    sk_ASN1_OBJECT_push(eku.get(), OBJ_nid2obj(NID_server_auth));
    m_before.push_back(encode(NID_ext_key_usage, false, eku.get()));
    AuthorityKeyIdPtr akid(AUTHORITY_KEYID_new());
    akid->keyid = ASN1_OCTET_STRING_dup(X509_get0_subject_key_id(caCert));
    m_authorityKeyId = encode(NID_authority_key_identifier, false, akid.get());
}

QByteArray RawIssuer::issue(const QByteArray &csrDer, int days) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(csrDer.constData());
    X509ReqPtr req(d2i_X509_REQ(nullptr, &p, long(csrDer.size())));
    EVP_PKEY *publicKey = req ? X509_REQ_get0_pubkey(req.get()) : nullptr;
    if (!publicKey || X509_REQ_verify(req.get(), publicKey) != 1)
        return {};

    X509Ptr x(X509_new());
    unsigned char random[16];
    RAND_bytes(random, sizeof random);
    random[0] = (random[0] & 0x7F) | 0x40;
    BignumPtr serial(BN_bin2bn(random, sizeof random, nullptr));
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x.get()));
    X509_set_version(x.get(), X509_VERSION_3);
    X509_set_subject_name(x.get(), X509_REQ_get_subject_name(req.get()));
    X509_set_issuer_name(x.get(), X509_get_subject_name(m_caCert));
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_time_adj_ex(X509_getm_notAfter(x.get()), days, 0, nullptr);
    X509_set_pubkey(x.get(), publicKey);

    for (const X509ExtensionPtr &ext : m_before)
        X509_add_ext(x.get(), ext.get(), -1);
    unsigned char keyId[EVP_MAX_MD_SIZE];
    unsigned int keyIdLen = 0;
    X509_pubkey_digest(x.get(), EVP_sha1(), keyId, &keyIdLen);
    Asn1OctetStringPtr ski(ASN1_OCTET_STRING_new());
    ASN1_OCTET_STRING_set(ski.get(), keyId, int(keyIdLen));
    X509_add1_ext_i2d(x.get(), NID_subject_key_identifier, ski.get(), 0, X509V3_ADD_DEFAULT);
    X509_add_ext(x.get(), m_authorityKeyId.get(), -1);
    if (X509ExtensionStackPtr requested{X509_REQ_get_extensions(req.get())}) {
        const int at = X509v3_get_ext_by_NID(requested.get(), NID_subject_alt_name, -1);
        if (at >= 0)
            X509_add_ext(x.get(), X509v3_get_ext(requested.get(), at), -1);
    }

    if (X509_sign(x.get(), m_caKey, EVP_sha256()) <= 0)
        return {};
    unsigned char *der = nullptr;
    const int len = i2d_X509(x.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), qMax(len, 0));
    OPENSSL_free(der);
    return out;
}

} // namespace certdesk::bench
