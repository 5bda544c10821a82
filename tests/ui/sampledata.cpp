#include "sampledata.h"

#include "crypto/ossl.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace certdesk::test {

namespace {

// The project's RAII aliases (core/crypto/ossl.h), under the short names used here.
using KeyPtr = core::ossl::EvpPkeyPtr;
using CertPtr = core::ossl::X509Ptr;
using BioPtr = core::ossl::BioPtr;
using NamePtr = core::ossl::X509NamePtr;

enum class KeyKind { Rsa2048, Rsa3072, Rsa4096, P256, P384, Ed25519 };

KeyPtr makeKey(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Rsa2048:
        return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    case KeyKind::Rsa3072:
        return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072)));
    case KeyKind::Rsa4096:
        return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096)));
    case KeyKind::P256:
        return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    case KeyKind::P384:
        return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    case KeyKind::Ed25519:
        return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    }
    return {};
}

NamePtr makeName(const QList<std::pair<const char *, QString>> &parts)
{
    NamePtr name(X509_NAME_new());
    for (const auto &[type, value] : parts) {
        const QByteArray utf8 = value.toUtf8();
        X509_NAME_add_entry_by_txt(name.get(), type, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()), -1, 0);
    }
    return name;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        qFatal("sample data: bad extension %s", value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

struct Issued
{
    CertPtr cert;
    KeyPtr key;
};

// issuer == nullptr: self-signed.
Issued issue(const NamePtr &subject, KeyKind kind, const Issued *issuer, quint64 serial, const QDateTime &notBefore,
             const QDateTime &notAfter, const QStringList &sans, bool ca)
{
    Issued out{CertPtr(X509_new()), makeKey(kind)};
    X509 *x = out.cert.get();
    X509_set_version(x, X509_VERSION_3);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(x), serial);
    ASN1_TIME_set(X509_getm_notBefore(x), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x), time_t(notAfter.toSecsSinceEpoch()));
    X509_set_subject_name(x, subject.get());
    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer->cert.get()) : subject.get());
    X509_set_pubkey(x, out.key.get());
    X509 *issuerCert = issuer ? issuer->cert.get() : nullptr;
    addExtension(x, issuerCert, NID_basic_constraints, ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    addExtension(x, issuerCert, NID_key_usage,
                 ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,keyEncipherment");
    addExtension(x, issuerCert, NID_subject_key_identifier, "hash");
    if (issuer)
        addExtension(x, issuerCert, NID_authority_key_identifier, "keyid");
    if (!ca)
        addExtension(x, issuerCert, NID_ext_key_usage, "serverAuth,clientAuth");
    if (!sans.isEmpty())
        addExtension(x, issuerCert, NID_subject_alt_name, sans.join(QLatin1Char(',')).toUtf8().constData());
    EVP_PKEY *signer = issuer ? issuer->key.get() : out.key.get();
    const bool edwards = EVP_PKEY_get_id(signer) == EVP_PKEY_ED25519;
    if (X509_sign(x, signer, edwards ? nullptr : EVP_sha256()) <= 0)
        qFatal("sample data: cannot sign");
    return out;
}

QByteArray pem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray pem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

QList<core::ImportSource> sampleCertificates(const QDateTime &now)
{
    const auto days = [&now](int n) { return now.addDays(n); };
    QList<core::ImportSource> out;
    quint64 serial = 0x5000;

    const Issued root = issue(makeName({{"C", QStringLiteral("US")},
                                        {"O", QStringLiteral("Example Corp")},
                                        {"CN", QStringLiteral("Example Corp Root CA 2024")}}),
                              KeyKind::P384, nullptr, ++serial, days(-900), days(4500), {}, true);
    const Issued issuing = issue(makeName({{"C", QStringLiteral("US")},
                                           {"O", QStringLiteral("Example Corp")},
                                           {"CN", QStringLiteral("Example Corp Issuing CA 1")}}),
                                 KeyKind::P256, &root, ++serial, days(-890), days(1600), {}, true);
    const Issued publicCa = issue(makeName({{"C", QStringLiteral("US")},
                                            {"O", QStringLiteral("Sample Trust Services")},
                                            {"CN", QStringLiteral("Sample Public TLS CA E2")}}),
                                  KeyKind::P384, nullptr, ++serial, days(-1200), days(2400), {}, true);
    out.append({QStringLiteral("example-root.pem"), pem(root.cert.get())});
    out.append({QStringLiteral("example-issuing.pem"), pem(issuing.cert.get())});
    out.append({QStringLiteral("sample-public-ca.pem"), pem(publicCa.cert.get())});

    struct Leaf
    {
        const char *name;
        int extraNames;
        int validFromDays;
        int validToDays;
        KeyKind key;
        bool publicCa;
        bool withKey;
    };
    const Leaf leaves[] = {
        {"www.example.com", 3, -380, 3, KeyKind::P256, true, true},
        {"api.example.com", 2, -75, 15, KeyKind::P256, true, true},
        {"shop.example.com", 4, -340, 26, KeyKind::Rsa2048, true, false},
        {"mail.example.org", 2, -400, -12, KeyKind::Rsa2048, true, false},
        {"vpn.corp.example.net", 1, -700, 41, KeyKind::Rsa3072, false, true},
        {"gitlab.corp.example.net", 1, -200, 165, KeyKind::P256, false, true},
        {"grafana.ops.example.net", 0, -100, 265, KeyKind::P256, false, false},
        {"ldap.corp.example.net", 2, -720, -45, KeyKind::Rsa2048, false, false},
        {"sso.example.com", 3, -30, 60, KeyKind::P256, true, true},
        {"status.example.com", 0, -50, 40, KeyKind::P256, true, false},
        {"intranet.corp.example.net", 1, -365, 9, KeyKind::Rsa2048, false, false},
        {"db01.internal.example.net", 0, -500, 230, KeyKind::P384, false, true},
        {"kafka-1.internal.example.net", 2, -300, 430, KeyKind::P256, false, false},
        {"kafka-2.internal.example.net", 2, -300, 430, KeyKind::P256, false, false},
        {"registry.ops.example.net", 1, -150, 215, KeyKind::Ed25519, false, true},
        {"cdn.example.com", 6, -60, 30, KeyKind::P256, true, false},
        {"billing.example.com", 1, -390, 340, KeyKind::Rsa4096, true, false},
        {"legacy-erp.corp.example.net", 0, -1500, -400, KeyKind::Rsa2048, false, false},
        {"wiki.corp.example.net", 1, -100, 630, KeyKind::P256, false, false},
        {"smtp-relay.example.org", 1, -45, 45, KeyKind::Rsa2048, true, false},
        {"jenkins.ci.example.net", 1, -250, 115, KeyKind::P256, false, true},
        {"nexus.ci.example.net", 0, -250, 115, KeyKind::P256, false, false},
        {"auth.example.com", 2, -20, 70, KeyKind::P256, true, true},
        {"files.example.org", 1, -320, 18, KeyKind::Rsa2048, true, false},
        {"mqtt.iot.example.net", 0, -600, 130, KeyKind::P384, false, false},
    };
    for (const Leaf &leaf : leaves) {
        const QString cn = QString::fromLatin1(leaf.name);
        QStringList sans{QStringLiteral("DNS:") + cn};
        const QString base = cn.section(QLatin1Char('.'), 1);
        static const char *const prefixes[] = {"alt", "m", "eu", "us", "ap", "static", "www"};
        for (int i = 0; i < leaf.extraNames; ++i)
            sans << QStringLiteral("DNS:%1.%2").arg(QString::fromLatin1(prefixes[i % 7]), base);
        const Issued &issuer = leaf.publicCa ? publicCa : issuing;
        const Issued cert = issue(makeName({{"CN", cn}}), leaf.key, &issuer, ++serial, days(leaf.validFromDays),
                                  days(leaf.validToDays), sans, false);
        QByteArray data = pem(cert.cert.get());
        if (leaf.withKey)
            data += pem(cert.key.get());
        out.append({cn + QStringLiteral(".pem"), data});
    }
    return out;
}

} // namespace certdesk::test
