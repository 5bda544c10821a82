#pragma once

#include "inventory/bulkstatement.h"
#include "x509/certificate.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace certdesk::core {

// The prepared statements that store one certificate: its row, DER, search text and names.
// Shared by import and by the private CA's issuance; prepare once, use for many certificates,
// inside the caller's transaction.
// An audit entry written with a new certificate (at = the certificate's imported_at, cert_id = its id).
struct CertificateEvent
{
    QString kind, subject, detail, actor;
};

class CertificateRows
{
public:
    explicit CertificateRows(QSqlDatabase &db);
    // The new row's id, or nullopt when the certificate is there already (same SHA-256).
    // type: IMPORTED, PRIVATE or PUBLIC. event: also written for a new certificate (in the same
    // statement on PostgreSQL), nothing for one that was there.
    Result<std::optional<qint64>> insert(const Certificate &cert, std::optional<qint64> issuerId, qint64 now,
                                         const QString &type = QStringLiteral("IMPORTED"),
                                         const CertificateEvent *event = nullptr);

    // PostgreSQL only (batches()): many certificates in one statement, the whole batch one round
    // trip. The results in order: the new id, or nullopt when there already or repeated earlier
    // in the batch.
    struct Row
    {
        Certificate cert;
        std::optional<qint64> issuerId;
        qint64 now = 0;
        QString type = QStringLiteral("IMPORTED");
        CertificateEvent event; // kind "" = none
    };
    bool batches() const { return m_postgres; }
    Result<QList<std::optional<qint64>>> insertMany(const QList<Row> &rows);

private:
    Result<std::optional<qint64>> insertPostgres(const Certificate &cert, std::optional<qint64> issuerId, qint64 now,
                                                 const QString &type, const QString &issuerCn, const QString &search,
                                                 const CertificateEvent *event);
    QSqlQuery &postgresStatement(bool withEvent);

    QSqlDatabase m_db;
    // SQLite: four statements through its C API (no round trips to save).
    std::optional<BulkStatement> m_insertCert, m_insertDer, m_insertSearch, m_insertName, m_insertEvent;
    // PostgreSQL: one statement (data-modifying WITH) for the row, DER, search text and names:
    // one round trip per certificate instead of four or more.
    bool m_postgres = false;
    std::optional<QSqlQuery> m_insertAll, m_insertAllWithEvent;
    QString m_prepareError;
};

} // namespace certdesk::core
