#pragma once

// Helpers shared by the x509 sources to turn OpenSSL structures into values.
// Internal to core: this header exposes OpenSSL types.

#include "crypto/ossl.h"
#include "x509/certificate.h"

#include <optional>

namespace certdesk::core {

DistinguishedName toDistinguishedName(const X509_NAME *name);
GeneralName toGeneralName(const GENERAL_NAME *gn);
QString serialToHex(const ASN1_INTEGER *serial); // upper-case hex, "-" prefix for negative serials
std::optional<QDateTime> asn1TimeToDateTime(const ASN1_TIME *t);
QByteArray derToPem(const QByteArray &der, const char *label);

} // namespace certdesk::core
