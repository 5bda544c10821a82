#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk::ui {

// Human-readable text for the inventory's machine names (ISSUED, RSA_2048, key-import, ...).
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(certdesk::ui::Labels)

public:
    static QString status(const QString &status);             // ISSUED -> "Issued"
    static QString type(const QString &type);                 // IMPORTED -> "Imported"
    static QString keyAlgorithm(const QString &keyAlgorithm); // RSA_2048 -> "RSA 2048", EC_prime256v1 -> "EC P-256"
    static QString eventKind(const QString &kind);            // key-import -> "Key imported"
    // Private CAs.
    static QString caState(const QString &state);             // PENDING_CERTIFICATE -> "Waiting for its certificate"
    static QString caKind(const QString &kind);               // ROOT -> "Root CA"
    static QString revocationReason(const QString &reason);   // keyCompromise -> "Key compromise"
    static QString templateName(const QString &name);         // EndEntityServerAuth -> "TLS server"
    static QString templateDescription(const QString &name, const QString &fallback);
    // Managed certificates (requests and renewal).
    static QString managedStatus(const QString &status);       // PENDING_VALIDATION -> "Pending validation"
    static QString renewalStatus(const QString &status);       // PENDING_AUTO_RENEWAL -> "Pending auto-renewal"
    static QString renewalEligibility(const QString &value);   // ELIGIBLE -> "Eligible"
    static QString issuerKind(const QString &kind);            // PRIVATE_CA -> "Private CA"
    static QString managedAction(const QString &action);       // RENEW_FAILED -> "Renewal failed"
    static QString renewalResult(const QString &result);       // CSR_CREATED -> "CSR created"
};

} // namespace certdesk::ui
