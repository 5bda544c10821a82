#pragma once
// Certificates for TLS servers in tests: a root, intermediates and leaves (EC P-256) with any
// validity, so chains can be complete, short, expired or out of order. Made with OpenSSL here,
// with fixed dates, so nothing depends on today's date.

#include "crypto/ossl.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <openssl/pem.h>

namespace certdesk::test {

struct TestKeyCert
{
    core::ossl::EvpPkeyPtr key;
    core::ossl::X509Ptr cert;

    QByteArray certPem() const
    {
        core::ossl::BioPtr bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509(bio.get(), cert.get());
        return core::ossl::bioContents(bio.get());
    }
    QByteArray keyPem() const
    {
        core::ossl::BioPtr bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        return core::ossl::bioContents(bio.get());
    }
};

// A certificate for commonName signed by issuer (nullptr: self-signed). A CA gets basic
// constraints CA:TRUE and keyCertSign; a leaf gets serverAuth and the SANs DNS:commonName,
// DNS:localhost and IP:127.0.0.1, IP:::1.
inline TestKeyCert makeTestCertificate(const QString &commonName, const TestKeyCert *issuer, const QDateTime &notBefore,
                                       const QDateTime &notAfter, bool ca, quint64 serial)
{
    TestKeyCert out;
    out.key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    out.cert.reset(X509_new());
    if (!out.key || !out.cert)
        qFatal("cannot make a test key");
    X509 *x = out.cert.get();
    X509_set_version(x, X509_VERSION_3);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(x), serial);
    ASN1_TIME_set(X509_getm_notBefore(x), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x), time_t(notAfter.toSecsSinceEpoch()));
    core::ossl::X509NamePtr name(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name.get(), "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("certdesk tests"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                               int(cn.size()), -1, 0);
    X509_set_subject_name(x, name.get());
    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer->cert.get()) : name.get());
    X509_set_pubkey(x, out.key.get());

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer->cert.get() : x, x, nullptr, nullptr, 0);
    const auto add = [&](int nid, const QByteArray &value) {
        core::ossl::X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
        if (!ext || !X509_add_ext(x, ext.get(), -1))
            qFatal("cannot add extension %d = %s", nid, value.constData());
    };
    add(NID_subject_key_identifier, "hash");
    add(NID_authority_key_identifier, "keyid:always");
    if (ca) {
        add(NID_basic_constraints, "critical,CA:TRUE");
        add(NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        add(NID_basic_constraints, "critical,CA:FALSE");
        add(NID_key_usage, "critical,digitalSignature");
        add(NID_ext_key_usage, "serverAuth");
        add(NID_subject_alt_name, "DNS:" + cn + ",DNS:localhost,IP:127.0.0.1,IP:::1");
    }
    if (X509_sign(x, issuer ? issuer->key.get() : out.key.get(), EVP_sha256()) <= 0)
        qFatal("cannot sign a test certificate");
    return out;
}

inline bool writeTestFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace certdesk::test
