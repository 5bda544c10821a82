#pragma once

#include "x509/certificate.h"
#include "x509/crl.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::core {

enum class Purpose { Any, ServerAuth, ClientAuth };

struct ValidationOptions
{
    QList<Certificate> untrusted; // intermediates to build the chain with
    // Trust anchors given explicitly. Any certificate here is an anchor, self-signed or not
    // (X509_V_FLAG_PARTIAL_CHAIN): trusting an intermediate, or pinning a leaf, is allowed.
    QList<Certificate> trusted;
    // Also trust the system store: the hashed directory systemTrustDir when it holds hash links,
    // else the bundle /etc/ssl/certs/ca-certificates.crt.
    bool systemTrust = false;
    QString systemTrustDir = QStringLiteral("/etc/ssl/certs");
    // When not empty, revocation is checked:
    // - the leaf always: a leaf whose issuer published none of these CRLs gets a "no CRL" problem;
    // - every other certificate of the chain whose issuer published one of these CRLs (so a root
    //   without a CRL does not make a chain invalid);
    // - trust anchors never.
    // An expired, not yet valid or badly signed CRL is a problem of the certificate it was meant for.
    QList<Crl> crls;
    std::optional<QDateTime> at; // validation time (default: now)
    // Names the leaf must be valid for; each one given is checked (normally at most one is).
    QString host; // DNS name, wildcards in the certificate match one label ("*.api.example.test")
    QString ip;   // IPv4 or IPv6 address in text form
    QString email;
    Purpose purpose = Purpose::Any;
};

struct ChainElement
{
    Certificate certificate;
    int depth = 0;            // 0 = leaf
    bool trustAnchor = false; // came from the trusted certificates or the system store
    QStringList problems;     // this certificate's problems, without the "name (depth n): " prefix
};

struct ValidationResult
{
    bool valid = false;
    QList<ChainElement> chain; // leaf first, as far as it could be built
    // Every problem in plain words, leaf first, each naming its certificate:
    // "www.example.test (depth 0): certificate expired on 2021-01-01 00:00 UTC".
    // Problems with the options themselves ("not an IP address") come first and name no certificate.
    QStringList problems;

    QString summary() const; // "valid" or the first problem
};

// Builds the chain of a certificate and validates it with OpenSSL's verifier, collecting every
// problem rather than stopping at the first. Never fails: bad input is reported as a problem.
class PathValidator
{
public:
    [[nodiscard]] static ValidationResult validate(const Certificate &leaf, const ValidationOptions &options);
};

} // namespace certdesk::core
