#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QExplicitlySharedDataPointer>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct x509_st X509;

namespace certdesk::core {

class LibContext;

struct NameComponent
{
    QString type;  // short name (CN, O, OU, C, ...) or dotted OID
    QString oid;
    QString value; // UTF-8 text
    friend bool operator==(const NameComponent &, const NameComponent &) = default;
};

struct DistinguishedName
{
    QString rfc4514;                  // "CN=www.example.test,O=Example Org,C=DE" (most specific first)
    QList<NameComponent> components;  // in encoding order (C first for most names)
    QString value(const QString &type) const; // first component of that type, or ""
};

struct GeneralName
{
    enum class Kind { Dns, Ip, Email, Uri, DirectoryName, RegisteredId, OtherName, Unknown };
    Kind kind = Kind::Unknown;
    QString value;
    static QString kindName(Kind kind); // DNS, IP, EMAIL, URI, DIRNAME, RID, OTHERNAME
    friend bool operator==(const GeneralName &, const GeneralName &) = default;
};

struct ExtendedKeyUsage
{
    QString name; // ACM name: TLS_WEB_SERVER_AUTHENTICATION, ... or CUSTOM
    QString oid;
};

struct BasicConstraints
{
    bool present = false;
    bool critical = false;
    bool ca = false;
    int pathLength = -1; // -1 = no limit
};

struct Extension
{
    QString oid;
    QString name;
    bool critical = false;
    QByteArray value; // the DER inside the extnValue OCTET STRING
};

// An X.509 certificate, parsed once from DER. Immutable, shared, cheap to copy.
class Certificate
{
public:
    Certificate();
    ~Certificate();
    Certificate(const Certificate &);
    Certificate &operator=(const Certificate &);

    // ctx: the library context to parse in (nullptr: the process default).
    static Result<Certificate> fromDer(const QByteArray &der, const LibContext *ctx = nullptr);
    // Takes its own reference to x (does not consume the caller's).
    static Result<Certificate> fromX509(X509 *x, const LibContext *ctx = nullptr);

    bool isNull() const;
    const QByteArray &der() const;
    QByteArray toPem() const;

    int version() const; // 1, 2 or 3
    QString domainName() const; // CN, or the first DNS name when there is no CN
    QString commonName() const;
    const QList<GeneralName> &subjectAlternativeNames() const;
    QStringList dnsNames() const;
    QString serial() const; // upper-case hex, no separators
    const DistinguishedName &subject() const;
    const DistinguishedName &issuer() const;
    QDateTime notBefore() const; // UTC
    QDateTime notAfter() const;  // UTC
    QString keyAlgorithm() const;       // RSA_2048, EC_prime256v1, ED25519, ...
    QString signatureAlgorithm() const; // SHA256WITHRSA, SHA384WITHECDSA, ED25519, ...
    QString signatureAlgorithmOid() const;
    QStringList keyUsages() const;      // DIGITAL_SIGNATURE, KEY_ENCIPHERMENT, ...
    const QList<ExtendedKeyUsage> &extendedKeyUsages() const;
    QByteArray sha256() const;
    QByteArray sha1() const;
    QString sha256Hex() const; // lower-case hex
    QString sha1Hex() const;
    QByteArray subjectKeyId() const;
    QByteArray authorityKeyId() const;
    QByteArray publicKeySha256() const; // SHA-256 over SubjectPublicKeyInfo
    const BasicConstraints &basicConstraints() const;
    bool isCa() const;
    bool isSelfSigned() const; // subject == issuer and the signature verifies with its own key
    const QStringList &crlDistributionPoints() const;
    const QStringList &ocspUrls() const;
    const QStringList &caIssuerUrls() const;
    const QStringList &policies() const; // policy OIDs
    const QList<Extension> &extensions() const;

    // Status at a point in time, from the validity period alone.
    bool isExpiredAt(const QDateTime &t) const { return t > notAfter(); }
    bool isNotYetValidAt(const QDateTime &t) const { return t < notBefore(); }

    // The OpenSSL object (for chain building and signing inside core); shared, do not modify.
    // A certificate read in a bulk-parsing context is parsed again in the default context
    // the first time its handle is needed (thread-safe).
    X509 *handle() const;

    friend bool operator==(const Certificate &a, const Certificate &b) { return a.der() == b.der(); }

    class Data;

private:
    static Result<Certificate> fromParsed(std::shared_ptr<X509> x, const QByteArray &der, const LibContext *ctx);

    // Immutable once built, so explicitly shared: copies never detach.
    QExplicitlySharedDataPointer<Data> d;
};

// Human-readable text of an extension value as OpenSSL prints it (multi-line for some).
QString describeExtension(const Extension &ext);

QString toHex(const QByteArray &bytes);                 // lower-case, no separators
QString toColonHex(const QByteArray &bytes);            // "AB:CD:..."

} // namespace certdesk::core
