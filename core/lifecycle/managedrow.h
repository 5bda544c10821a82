#pragma once
// Internal to core/lifecycle: the stored row of a managed certificate and the small SQL helpers
// the ManagedCertificates sources share.

#include "lifecycle/managedcertificates.h"
#include "inventory/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace certdesk::core {

namespace managed {
inline QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

// Empty text, never SQL NULL (a null QString binds as NULL).
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline Result<void> exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return std::unexpected(sqlError(what, q));
    return {};
}

} // namespace managed

struct ManagedCertificates::Row
{
    qint64 id = 0;
    QString domainName;
    QStringList names;
    QString keyAlgorithm;
    IssuerKind issuerKind = IssuerKind::PrivateCa;
    QString issuer;
    QString templateName;
    QString validity;
    QString validationMethod;
    QList<Tag> tags;
    std::optional<int> renewBeforeDays;
    bool reuseKey = false;
    bool exportAllowed = true;
    QString storedStatus;
    QString failureReason;
    std::optional<qint64> certId;
    bool pendingCsr = false;
    QDateTime createdAt, requestedAt, renewAt, dueAt;
    QString renewalStatus, renewalReason;
    QDateTime renewalAt;
    int attempts = 0;
    std::optional<qint64> adoptedCertId;
    QDateTime notBefore, notAfter, revokedAt;
    QString acmeOptions;   // JSON (AcmeValidation::toJson)
    QDateTime ariStart, ariEnd;
    QString preflightProblem;
    QDateTime preflightAt;
    qint64 version = 1;
};

} // namespace certdesk::core
