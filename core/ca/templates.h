#pragma once

#include "crypto/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::core {

// An issuance template, after AWS Private CA's: it fixes key usage, extended key usage and
// basic constraints. A request adds names and a subject; where they conflict the template wins.
struct CertificateTemplate
{
    QString name;                 // "EndEntityServerAuth", ...
    QString description;          // one line for people
    QStringList keyUsages;        // DIGITAL_SIGNATURE, KEY_ENCIPHERMENT, KEY_CERT_SIGN, CRL_SIGN, ...
    QStringList extendedKeyUsages; // ACM names: TLS_WEB_SERVER_AUTHENTICATION, TLS_WEB_CLIENT_AUTHENTICATION,
                                   // CODE_SIGNING, OCSP_SIGNING
    bool ca = false;              // basicConstraints cA (always critical when present)
    std::optional<int> pathLength; // for CA templates; nullopt = no limit
    bool ocspNoCheck = false;      // id-pkix-ocsp-nocheck (OCSPSigning)
    bool allowsRequestedExtensions = false; // CSR-requested SANs taken (end-entity templates)
};

// Every template, in the order a list shows them.
const QList<CertificateTemplate> &certificateTemplates();
// By name (case-insensitive); NotFound with the known names listed.
Result<CertificateTemplate> certificateTemplate(const QString &name);

} // namespace certdesk::core
