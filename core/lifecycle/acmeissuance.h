#pragma once

#include "acme/acmeaccounts.h"
#include "acme/acmeorder.h"
#include "acme/acmevalidation.h"
#include "inventory/inventory.h"

#include <functional>

namespace certdesk::core {

// What a front end lends an ACME order while it runs: live progress, the administrator for
// manual DNS records, and a way to cancel. Without dnsInstructions, manual DNS fails with the
// records to create (the unattended renewal engine).
struct AcmeHooks
{
    AcmeProgressCallback progress;
    DnsSolver::Instructions dnsInstructions;
    std::function<bool()> cancelled;
    int timeoutMs = 30000; // per exchange with the ACME server
};

// ACME work of the managed lifecycle: runs the order of a managed certificate and stores what the
// CA issued (the end entity as PUBLIC with its key in the key store, the issuers it sent as
// IMPORTED), revokes through ACME, and asks for ARI renewal windows.
class AcmeIssuance
{
public:
    AcmeIssuance(Inventory &inventory, MasterPasswordCallback masterPassword, AcmeHooks hooks);

    struct Order
    {
        qint64 managedId = 0;
        QStringList names;          // ASCII, the domain name first
        QString keyAlgorithm;
        QString account;            // the account's name or id
        AcmeValidation validation;  // with the TSIG secret unsealed
        std::optional<PrivateKey> key; // reuse this key (else a new one)
        QByteArray replacesDer;     // the certificate this renews (ARI "replaces"), or empty
    };
    // The new certificate's id; 0 with *failure set when the CA or the validation refused
    // (a failure of the request). Errors: locked key store, database, cancelled.
    Result<qint64> issue(const Order &order, QString *failure, Certificate *issued);

    // Revokes a certificate through the account that ordered it (RFC 8555 section 7.6) and marks
    // it revoked in the inventory. reason: an RFC 5280 reason name (KEY_COMPROMISE ...).
    Result<void> revoke(const QString &account, qint64 certificateId, const QString &reason);

private:
    Result<qint64> store(const QList<Certificate> &chain, const PrivateKey &key);

    Inventory &m_inventory;
    MasterPasswordCallback m_masterPassword;
    AcmeHooks m_hooks;
    AcmeAccounts m_accounts;
};

} // namespace certdesk::core
