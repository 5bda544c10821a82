#pragma once

#include "inventory/bulkstatement.h"
#include "x509/certificate.h"

#include <QSqlDatabase>

#include <optional>

namespace certdesk::core {

// The prepared statements that store one certificate: its row, DER, search text and names.
// Shared by import and by the private CA's issuance; prepare once, use for many certificates,
// inside the caller's transaction.
class CertificateRows
{
public:
    explicit CertificateRows(QSqlDatabase &db);
    // The new row's id, or nullopt when the certificate is there already (same SHA-256).
    // type: IMPORTED, PRIVATE or PUBLIC.
    Result<std::optional<qint64>> insert(const Certificate &cert, std::optional<qint64> issuerId, qint64 now,
                                         const QString &type = QStringLiteral("IMPORTED"));

private:
    BulkStatement m_insertCert, m_insertDer, m_insertSearch, m_insertName;
};

} // namespace certdesk::core
