#include "lifecycle/acmeissuance.h"

#include "ca/certificateauthority.h"
#include "inventory/certificaterows.h"
#include "inventory/database.h"

#include <QSqlQuery>

namespace certdesk::core {

namespace {
bool callerProblem(ErrorCode code)
{
    return code == ErrorCode::PasswordRequired || code == ErrorCode::WrongPassword || code == ErrorCode::Locked
           || code == ErrorCode::Database || code == ErrorCode::Cancelled;
}
} // namespace

AcmeIssuance::AcmeIssuance(Inventory &inventory, MasterPasswordCallback masterPassword, AcmeHooks hooks)
    : m_inventory(inventory), m_masterPassword(masterPassword), m_hooks(std::move(hooks)), m_accounts(inventory, masterPassword)
{
}

Result<qint64> AcmeIssuance::issue(const Order &order, QString *failure, Certificate *issued)
{
    auto account = m_accounts.get(order.account);
    if (!account) {
        *failure = QStringLiteral("the ACME account %1 no longer exists").arg(order.account);
        return 0;
    }
    AcmeAccounts::Options options;
    options.cancelled = m_hooks.cancelled;
    options.timeoutMs = m_hooks.timeoutMs;
    auto client = m_accounts.client(account->id, options);
    if (!client) {
        if (callerProblem(client.error().code))
            return std::unexpected(client.error());
        *failure = client.error().message;
        return 0;
    }
    AcmeClient &acme = **client;
    auto solver = makeChallengeSolver(order.validation, m_hooks.dnsInstructions, [&acme](int ms) { return acme.wait(ms); });
    if (!solver) {
        *failure = solver.error().message;
        return 0;
    }
    PrivateKey key;
    if (order.key) {
        key = *order.key;
    } else {
        auto generated = generatePrivateKey(order.keyAlgorithm);
        if (!generated)
            return std::unexpected(generated.error());
        key = *generated;
    }
    QString replaces;
    if (!order.replacesDer.isEmpty())
        if (auto id = ariCertificateId(order.replacesDer))
            replaces = *id;
    AcmeOrderRunner runner(acme, **solver, m_hooks.progress);
    runner.setPreferredRoot(order.validation.preferredRoot);
    auto result = runner.run(order.names, key, replaces);
    if (!result) {
        if (callerProblem(result.error().code))
            return std::unexpected(result.error());
        *failure = result.error().message;
        return 0;
    }
    if (!result->cleanUpLeftovers.isEmpty())
        m_inventory.logEvent(QStringLiteral("acme-cleanup"), std::nullopt, order.names.first(),
                             QStringLiteral("mc-%1: could not remove %2").arg(order.managedId).arg(result->cleanUpLeftovers.join(QStringLiteral("; "))));
    auto id = store(result->chain, key);
    if (!id)
        return std::unexpected(id.error());
    if (issued)
        *issued = result->chain.first();
    return *id;
}

Result<qint64> AcmeIssuance::store(const QList<Certificate> &chain, const PrivateKey &key)
{
    const qint64 now = m_inventory.clock().now().toSecsSinceEpoch();
    Database::Transaction tx(m_inventory.database().db());
    if (auto keyId = m_inventory.storeKey(key); !keyId)
        return std::unexpected(keyId.error());
    QSqlQuery q(m_inventory.database().db());
    // The issuers first (top down), so each certificate can point at its issuer's row.
    CertificateRows rows(m_inventory.database().db());
    std::optional<qint64> issuerId;
    qint64 leafId = 0;
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const Certificate &cert = chain.at(i);
        auto inserted = rows.insert(cert, issuerId, now, i == 0 ? QStringLiteral("PUBLIC") : QStringLiteral("IMPORTED"));
        if (!inserted)
            return std::unexpected(inserted.error());
        qint64 id = inserted->value_or(0);
        if (!*inserted) {
            q.prepare(QStringLiteral("SELECT id FROM certificates WHERE sha256 = ?"));
            q.addBindValue(cert.sha256());
            if (!q.exec() || !q.next())
                return std::unexpected(sqlError(QStringLiteral("cannot find the certificate the CA sent"), q));
            id = q.value(0).toLongLong();
        }
        issuerId = id;
        leafId = id;
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return leafId;
}

Result<void> AcmeIssuance::revoke(const QString &accountRef, qint64 certificateId, const QString &reason)
{
    const QStringList reasons = revocationReasons();
    int code = reason.isEmpty() ? 0 : -1;
    for (qsizetype i = 0; i < reasons.size() && code < 0; ++i)
        if (reasons.at(i).compare(reason, Qt::CaseInsensitive) == 0)
            code = int(i);
    if (code < 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("unknown revocation reason \"%1\" (one of %2)").arg(reason, reasons.join(QStringLiteral(", "))));
    // revocationReasons() skips code 7: map the index back to the RFC 5280 code.
    static const int codes[] = {0, 1, 2, 3, 4, 5, 6, 8, 9, 10};
    const int rfcCode = codes[code];
    auto account = m_accounts.get(accountRef);
    if (!account)
        return std::unexpected(account.error());
    auto cert = m_inventory.certificate(certificateId);
    if (!cert)
        return std::unexpected(cert.error());
    AcmeAccounts::Options options;
    options.cancelled = m_hooks.cancelled;
    auto client = m_accounts.client(account->id, options);
    if (!client)
        return std::unexpected(client.error());
    if (auto r = (*client)->revoke(cert->der(), rfcCode); !r)
        return r;
    const QString name = reasons.at(code);
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("UPDATE certificates SET revoked_at = ?, revocation_reason = ? WHERE id = ?"));
    q.addBindValue(m_inventory.clock().now().toSecsSinceEpoch());
    q.addBindValue(name);
    q.addBindValue(certificateId);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot mark the certificate revoked"), q));
    if (auto r = m_inventory.logEvent(QStringLiteral("revoke"), certificateId, cert->domainName(),
                                      QStringLiteral("revoked through ACME account %1 (%2), serial %3").arg(account->name, name, cert->serial()));
        !r)
        return r;
    return tx.commit();
}


} // namespace certdesk::core
