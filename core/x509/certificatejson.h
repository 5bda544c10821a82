#pragma once

#include "x509/certificate.h"

#include <QJsonObject>

namespace certdesk::core {

// Every field of the certificate as JSON (names follow ACM's DescribeCertificate where one exists).
QJsonObject certificateToJson(const Certificate &cert);
QString formatUtc(const QDateTime &t); // RFC 3339, "2026-06-01T00:00:00Z"

} // namespace certdesk::core
