#pragma once

// Certificates made to measure for tests about time (expiry, notifications, calendars):
// self-signed Ed25519, one key per process, any name and validity.

#include "crypto/ossl.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace certdesk::test {

inline EVP_PKEY *testKey()
{
    static const core::ossl::EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    return key.get();
}

// PEM of a self-signed certificate for commonName (and DNS SAN commonName, unless empty).
inline QByteArray makeCertificatePem(const QString &commonName, const QDateTime &notBefore, const QDateTime &notAfter,
                                     quint64 serial = 1)
{
    core::ossl::X509Ptr cert(X509_new());
    X509 *x = cert.get();
    X509_set_version(x, X509_VERSION_3);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(x), serial);
    ASN1_TIME_set(X509_getm_notBefore(x), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x), time_t(notAfter.toSecsSinceEpoch()));
    core::ossl::X509NamePtr name(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                               int(cn.size()), -1, 0);
    X509_set_subject_name(x, name.get());
    X509_set_issuer_name(x, name.get());
    X509_set_pubkey(x, testKey());
    if (!commonName.isEmpty() && !commonName.contains(QLatin1Char(' '))) {
        X509V3_CTX ctx;
        X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
        const QByteArray san = "DNS:" + cn;
        core::ossl::X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, san.constData()));
        if (ext)
            X509_add_ext(x, ext.get(), -1);
    }
    if (X509_sign(x, testKey(), nullptr) <= 0)
        qFatal("cannot sign a test certificate");
    core::ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), x);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace certdesk::test
