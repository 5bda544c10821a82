#pragma once

#include "crypto/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace certdesk::core {

// Derived status names, as shown everywhere.
namespace Status {
inline const QString Issued = QStringLiteral("ISSUED");
inline const QString Expired = QStringLiteral("EXPIRED");
inline const QString NotYetValid = QStringLiteral("NOT_YET_VALID");
inline const QString Revoked = QStringLiteral("REVOKED");
} // namespace Status

struct TagFilter
{
    QString key;
    std::optional<QString> value; // nullopt: the key with any value
};

// What a list of certificates is narrowed to. Everything combines (AND).
struct CertificateFilter
{
    QString search;        // CN/domain, SANs, subject, issuer, serial, fingerprint prefix
    QString status;        // ISSUED, EXPIRED, NOT_YET_VALID, REVOKED ("" = any)
    QString type;          // IMPORTED, PRIVATE, PUBLIC
    QString keyAlgorithm;  // RSA_2048, EC_prime256v1, ...
    std::optional<int> expiresWithinDays; // valid now and ending within N days
    QList<TagFilter> tags;
    std::optional<bool> hasPrivateKey;
};

struct SortSpec
{
    QString column = QStringLiteral("not_after"); // see sortColumns()
    bool descending = false;
};

// SQL text for the filter, written against "certificates c", with its bound values in order.
struct SqlFilter
{
    QString where; // "" or "WHERE ..."
    QVariantList values;
};

Result<SqlFilter> buildFilter(const CertificateFilter &filter, const QDateTime &now);
Result<QString> buildOrderBy(const SortSpec &sort, const QDateTime &now);
QStringList sortColumns();
QStringList statusNames();

// The status CASE expression for a moment (epoch seconds).
QString statusExpression(qint64 now);
QString deriveStatus(const QDateTime &notBefore, const QDateTime &notAfter, bool revoked, const QDateTime &now);

} // namespace certdesk::core
