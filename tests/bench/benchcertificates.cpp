#include "benchcertificates.h"

#include "crypto/ossl.h"

#include <QFile>
#include <QString>

#include <openssl/pem.h>

namespace certdesk::bench {

using namespace core::ossl;

namespace {

EvpPkeyPtr ed25519FromSeed(const QByteArray &label)
{
    unsigned char seed[32];
    unsigned int len = 0;
    EVP_Digest(label.constData(), size_t(label.size()), seed, &len, EVP_sha256(), nullptr);
    return EvpPkeyPtr(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed, sizeof seed));
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    if (ext)
        X509_add_ext(cert, ext.get(), -1);
}

EvpPkeyPtr loadKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("certdesk-bench: cannot read %s", qPrintable(path));
    const QByteArray pem = f.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        qFatal("certdesk-bench: %s is not a private key", qPrintable(path));
    return key;
}

} // namespace

QList<QByteArray> generateCertificates(int count, int firstIndex, KeyMix mix, const QString &keysDir)
{
    std::vector<EvpPkeyPtr> rsa, p256, p384, ed;
    if (mix == KeyMix::Realistic) {
        rsa.push_back(loadKey(keysDir + QStringLiteral("/leaf-rsa2048.key")));
        for (const char *k : {"leaf-ec256.key", "client-ec256.key", "misc-ec256.key"})
            p256.push_back(loadKey(keysDir + QLatin1Char('/') + QString::fromLatin1(k)));
        p384.push_back(loadKey(keysDir + QStringLiteral("/inter-ec384.key")));
        ed.push_back(loadKey(keysDir + QStringLiteral("/leaf-ed25519.key")));
    }
    QList<QByteArray> out;
    out.reserve(count);
    EvpPkeyPtr caKey = ed25519FromSeed("certdesk bench CA");
    X509Ptr ca(X509_new());
    X509_NAME *caName = X509_get_subject_name(ca.get());
    X509_NAME_add_entry_by_txt(caName, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("certdesk Bench CA"), -1, -1, 0);
    X509_set_pubkey(ca.get(), caKey.get());
    addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash");
    const time_t base = 1767225600; // 2026-01-01T00:00:00Z
    for (int n = 0; n < count; ++n) {
        const int i = firstIndex + n;
        EvpPkeyPtr seeded;
        EVP_PKEY *key = nullptr;
        const int bucket = i % 20; // 12 RSA, 6 P-256, 1 P-384, 1 Ed25519 in every 20
        if (mix == KeyMix::Ed25519) {
            seeded = ed25519FromSeed(QByteArray("leaf ") + QByteArray::number(i));
            key = seeded.get();
        } else if (bucket < 12) {
            key = rsa[0].get();
        } else if (bucket < 18) {
            key = p256[size_t(i) % p256.size()].get();
        } else if (bucket < 19) {
            key = p384[0].get();
        } else {
            key = ed[0].get();
        }
        X509Ptr x(X509_new());
        X509_set_version(x.get(), X509_VERSION_3);
        ASN1_INTEGER_set_int64(X509_get_serialNumber(x.get()), int64_t(i) * 7919 + 1000);
        const QByteArray host = QByteArray("host-") + QByteArray::number(i) + ".bench.example.test";
        X509_NAME *name = X509_get_subject_name(x.get());
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Bench Org"), -1, -1, 0);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(host.constData()), -1, -1, 0);
        X509_set_issuer_name(x.get(), caName);
        ASN1_TIME_set(X509_getm_notBefore(x.get()), base + time_t(i % 1000) * 3600);
        ASN1_TIME_set(X509_getm_notAfter(x.get()), base + time_t(30 + i % 400) * 86400);
        X509_set_pubkey(x.get(), key);
        const QByteArray san = "DNS:" + host + ",DNS:www." + host;
        addExtension(x.get(), ca.get(), NID_subject_alt_name, san.constData());
        addExtension(x.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE");
        addExtension(x.get(), ca.get(), NID_key_usage, "critical,digitalSignature");
        addExtension(x.get(), ca.get(), NID_ext_key_usage, "serverAuth");
        addExtension(x.get(), ca.get(), NID_subject_key_identifier, "hash");
        addExtension(x.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
        addExtension(x.get(), ca.get(), NID_crl_distribution_points, "URI:http://crl.bench.example.test/ca.crl");
        addExtension(x.get(), ca.get(), NID_info_access,
                     "OCSP;URI:http://ocsp.bench.example.test,caIssuers;URI:http://ca.bench.example.test/ca.cer");
        addExtension(x.get(), ca.get(), NID_certificate_policies, "2.23.140.1.2.1");
        X509_sign(x.get(), caKey.get(), nullptr);
        unsigned char *buf = nullptr;
        const int len = i2d_X509(x.get(), &buf);
        out.append(QByteArray(reinterpret_cast<const char *>(buf), len));
        OPENSSL_free(buf);
    }
    return out;
}

QList<QByteArray> generateCsrs(int count, int poolSize)
{
    std::vector<EvpPkeyPtr> pool;
    for (int k = 0; k < qMax(1, poolSize); ++k) {
        pool.emplace_back(EVP_EC_gen("P-256"));
        if (!pool.back())
            qFatal("certdesk-bench: cannot generate a P-256 key");
    }
    QList<QByteArray> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray host = QByteArray("host-") + QByteArray::number(i) + ".bench.example";
        X509ReqPtr req(X509_REQ_new());
        X509_REQ_set_version(req.get(), X509_REQ_VERSION_1);
        X509_NAME_add_entry_by_txt(X509_REQ_get_subject_name(req.get()), "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>(host.constData()), -1, -1, 0);
        X509_REQ_set_pubkey(req.get(), pool[size_t(i) % pool.size()].get());
        const QByteArray san = "DNS:" + host;
        X509ExtensionStackPtr exts(sk_X509_EXTENSION_new_null());
        sk_X509_EXTENSION_push(exts.get(),
                               X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, san.constData()));
        X509_REQ_add_extensions(req.get(), exts.get());
        if (X509_REQ_sign(req.get(), pool[size_t(i) % pool.size()].get(), EVP_sha256()) <= 0)
            qFatal("certdesk-bench: cannot sign request %d", i);
        unsigned char *buf = nullptr;
        const int len = i2d_X509_REQ(req.get(), &buf);
        out.append(QByteArray(reinterpret_cast<const char *>(buf), len));
        OPENSSL_free(buf);
    }
    return out;
}

} // namespace certdesk::bench
