// ManagedCertificates: the ACME side (issue, revoke, ARI renewal windows, pre-flight checks).
#include "lifecycle/managedrow.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>

namespace certdesk::core {

using namespace managed;

Result<qint64> ManagedCertificates::issue(const Row &r, QString *failure, Certificate *issued)
{
    switch (r.issuerKind) {
    case IssuerKind::PrivateCa: return issueFromCa(r, failure, issued);
    case IssuerKind::Acme: return issueFromAcme(r, failure, issued);
    case IssuerKind::External: break;
    }
    *failure = QStringLiteral("an external CA issues through a CSR");
    return 0;
}

Result<AcmeValidation> ManagedCertificates::acmeValidation(const Row &r)
{
    QByteArray sealed;
    AcmeValidation v = AcmeValidation::fromJson(QJsonDocument::fromJson(r.acmeOptions.toUtf8()).object(), &sealed);
    if (v.tsig) {
        if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
            return std::unexpected(u.error().prefixed(QStringLiteral("the TSIG key needs the key store")));
        auto secret = m_inventory.keyStore().unseal(sealed);
        if (!secret)
            return std::unexpected(secret.error().prefixed(QStringLiteral("the TSIG key of mc-%1").arg(r.id)));
        v.tsig->secret = *secret;
    }
    return v;
}

Result<qint64> ManagedCertificates::issueFromAcme(const Row &r, QString *failure, Certificate *issued)
{
    auto validation = acmeValidation(r);
    if (!validation)
        return std::unexpected(validation.error());
    AcmeIssuance::Order order;
    order.managedId = r.id;
    order.names = QStringList{r.domainName} + r.names;
    order.keyAlgorithm = r.keyAlgorithm;
    order.account = r.issuer;
    order.validation = *validation;
    if (r.reuseKey && r.certId && m_inventory.hasPrivateKey(*r.certId)) {
        auto key = m_inventory.privateKey(*r.certId, m_masterPassword, QStringLiteral("renewal of mc-%1 with the same key").arg(r.id));
        if (!key)
            return std::unexpected(key.error());
        order.key = *key;
    }
    if (r.certId)
        if (auto current = m_inventory.certificate(*r.certId))
            order.replacesDer = current->der();
    // Every step of the order goes to the activity log as well as to the front end.
    AcmeHooks hooks = m_acmeHooks;
    hooks.progress = [this, &r, forward = m_acmeHooks.progress](const AcmeProgress &p) {
        if (forward)
            forward(p);
        if (p.step == QLatin1String("VALIDATING"))
            return; // polls: only the outcome is worth a line
        const QString subject = p.identifier.isEmpty() ? r.domainName : p.identifier;
        m_inventory.logEvent(QStringLiteral("acme"), std::nullopt, subject,
                             QStringLiteral("mc-%1: %2 %3").arg(r.id).arg(p.step, p.detail));
    };
    AcmeIssuance acme(m_inventory, m_masterPassword, hooks);
    return acme.issue(order, failure, issued);
}

bool ManagedCertificates::needsAdministrator(const Row &r) const
{
    if (r.issuerKind != IssuerKind::Acme || m_acmeHooks.dnsInstructions)
        return false;
    return AcmeValidation::fromJson(QJsonDocument::fromJson(r.acmeOptions.toUtf8()).object(), nullptr).manualDns();
}

QString ManagedCertificates::administratorNeeded(const Row &r) const
{
    return QStringLiteral("mc-%1 is validated by DNS records made by hand: renew it in the console (Renew) or with "
                          "certdesk-cli renew mc-%1, and create the records it shows; or switch to DNS updates or CNAME "
                          "delegation for automatic renewal")
        .arg(r.id);
}

Result<RenewalOutcome> ManagedCertificates::waitForAdministrator(const Row &r)
{
    const QDateTime now = m_inventory.clock().now();
    const QString reason = administratorNeeded(r);
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    // Asked again in a day (a reminder, not a retry: nothing was sent to the CA).
    q.prepare(QStringLiteral("UPDATE managed SET renewal_status = 'PENDING_VALIDATION', renewal_reason = ?, renewal_at = ?, "
                             "due_at = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ?"));
    q.addBindValue(reason);
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(now.addDays(1).toSecsSinceEpoch());
    q.addBindValue(r.id);
    if (auto e = exec(q, QStringLiteral("cannot record the waiting renewal")); !e)
        return std::unexpected(e.error());
    if (r.renewalStatus != RenewalStatus::PendingValidation) {
        if (auto e = history(r.id, QStringLiteral("RENEW_WAITING"), r.certId, reason); !e)
            return std::unexpected(e.error());
        if (auto e = m_inventory.logEvent(QStringLiteral("renew-waiting"), r.certId, r.domainName, reason); !e)
            return std::unexpected(e.error());
    }
    if (auto e = tx.commit(); !e)
        return std::unexpected(e.error());
    RenewalOutcome o;
    o.managedId = r.id;
    o.domainName = r.domainName;
    o.dueAt = r.dueAt;
    o.result = RenewalStatus::PendingValidation;
    o.detail = reason;
    return o;
}

Result<ManagedCertificate> ManagedCertificates::revoke(qint64 id, const QString &reason)
{
    auto r = row(id);
    if (!r)
        return std::unexpected(r.error());
    if (r->issuerKind != IssuerKind::Acme)
        return fail(ErrorCode::InvalidInput, QStringLiteral("mc-%1 is not from an ACME CA: revoke it at its CA (certdesk-cli ca revoke)").arg(id));
    if (!r->certId)
        return fail(ErrorCode::InvalidInput, QStringLiteral("mc-%1 has no certificate to revoke").arg(id));
    if (r->revokedAt.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("mc-%1's certificate is revoked already").arg(id));
    AcmeIssuance acme(m_inventory, m_masterPassword, m_acmeHooks);
    if (auto e = acme.revoke(r->issuer, *r->certId, reason); !e)
        return std::unexpected(e.error());
    if (auto e = history(id, QStringLiteral("REVOKE"), r->certId,
                         QStringLiteral("revoked through ACME account %1 (%2)").arg(r->issuer, reason.isEmpty() ? QStringLiteral("unspecified") : reason));
        !e)
        return std::unexpected(e.error());
    return get(id);
}

Result<int> ManagedCertificates::refreshRenewalInfo()
{
    const QDateTime now = m_inventory.clock().now();
    auto due = rows(QStringLiteral("WHERE m.ari_next_check IS NOT NULL AND m.ari_next_check <= ? AND m.status = 'ISSUED' "
                                   "AND m.cert_id IS NOT NULL AND c.revoked_at IS NULL"),
                    {now.toSecsSinceEpoch()}, QStringLiteral("ORDER BY m.ari_next_check LIMIT 500"));
    if (!due)
        return std::unexpected(due.error());
    if (due->isEmpty())
        return 0;
    AcmeAccounts accounts(m_inventory, m_masterPassword);
    QHash<QString, std::shared_ptr<AcmeClient>> clients; // per account; null = no ARI there
    int read = 0;
    for (const Row &r : std::as_const(*due)) {
        qint64 next = now.addSecs(6 * 3600).toSecsSinceEpoch();
        std::optional<AcmeRenewalInfo> info;
        if (!clients.contains(r.issuer)) {
            std::shared_ptr<AcmeClient> client;
            if (auto a = accounts.get(r.issuer)) {
                AcmeAccounts::Options options;
                options.cancelled = m_acmeHooks.cancelled;
                if (auto c = accounts.client(a->id, options)) {
                    auto dir = (*c)->directory();
                    if (dir && !dir->renewalInfo.isEmpty())
                        client = std::shared_ptr<AcmeClient>(std::move(*c));
                } else if (c.error().code == ErrorCode::PasswordRequired || c.error().code == ErrorCode::Locked
                           || c.error().code == ErrorCode::WrongPassword) {
                    return std::unexpected(c.error());
                }
            }
            clients.insert(r.issuer, client);
        }
        const std::shared_ptr<AcmeClient> client = clients.value(r.issuer);
        if (!client) {
            next = now.addDays(7).toSecsSinceEpoch(); // no ARI at this CA: the default rule applies; ask again in a week
        } else if (auto cert = m_inventory.certificate(*r.certId)) {
            auto id = ariCertificateId(cert->der());
            if (id) {
                auto got = client->renewalInfo(*id);
                if (got) {
                    info = *got;
                    ++read;
                    if (got->retryAfter.isValid())
                        next = std::clamp(got->retryAfter.toSecsSinceEpoch(), now.addSecs(3600).toSecsSinceEpoch(),
                                          now.addDays(1).toSecsSinceEpoch());
                }
            } else {
                next = now.addDays(7).toSecsSinceEpoch();
            }
        }
        Database::Transaction tx(m_inventory.database().db());
        QSqlQuery q(m_inventory.database().db());
        const bool changed = info && (info->start != r.ariStart || info->end != r.ariEnd);
        if (changed) {
            // RFC 9773 section 4.2: a uniformly random time within the window (now, when it has begun).
            const qint64 start = info->start.toSecsSinceEpoch(), end = info->end.toSecsSinceEpoch();
            qint64 at = end > start ? start + qint64(QRandomGenerator::global()->bounded(quint64(end - start))) : start;
            at = std::max(at, std::min(now.toSecsSinceEpoch(), end));
            if (start <= now.toSecsSinceEpoch())
                at = now.toSecsSinceEpoch();
            q.prepare(QStringLiteral("UPDATE managed SET ari_start = ?, ari_end = ?, ari_checked_at = ?, ari_next_check = ?, renew_at = ?, "
                                     "due_at = CASE WHEN attempts > 0 THEN due_at ELSE ? END WHERE id = ?"));
            q.addBindValue(start);
            q.addBindValue(end);
            q.addBindValue(now.toSecsSinceEpoch());
            q.addBindValue(next);
            q.addBindValue(at);
            q.addBindValue(at);
            q.addBindValue(r.id);
        } else {
            q.prepare(QStringLiteral("UPDATE managed SET ari_checked_at = ?, ari_next_check = ? WHERE id = ?"));
            q.addBindValue(now.toSecsSinceEpoch());
            q.addBindValue(next);
            q.addBindValue(r.id);
        }
        if (auto e = exec(q, QStringLiteral("cannot store the renewal window of mc-%1").arg(r.id)); !e)
            return std::unexpected(e.error());
        if (changed) {
            const QString detail = QStringLiteral("the CA suggests renewing between %1 and %2%3")
                                       .arg(info->start.toString(Qt::ISODate), info->end.toString(Qt::ISODate),
                                            info->explanationUrl.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(info->explanationUrl));
            if (auto e = history(r.id, QStringLiteral("RENEWAL_WINDOW"), r.certId, detail); !e)
                return std::unexpected(e.error());
            if (auto e = m_inventory.logEvent(QStringLiteral("renewal-window"), r.certId, r.domainName, QStringLiteral("mc-%1: %2").arg(r.id).arg(detail)); !e)
                return std::unexpected(e.error());
        }
        if (auto e = tx.commit(); !e)
            return std::unexpected(e.error());
    }
    return read;
}

Result<QString> ManagedCertificates::preflight(qint64 id)
{
    auto r = row(id);
    if (!r)
        return std::unexpected(r.error());
    if (r->issuerKind != IssuerKind::Acme)
        return QString();
    QStringList problems;
    auto account = AcmeAccounts(m_inventory, m_masterPassword).get(r->issuer);
    if (!account)
        problems << QStringLiteral("the ACME account %1 no longer exists").arg(r->issuer);
    else if (account->status != QLatin1String("valid"))
        problems << QStringLiteral("the ACME account %1 is %2").arg(account->name, account->status);
    auto validation = acmeValidation(*r);
    if (!validation)
        return std::unexpected(validation.error());
    const AcmeValidation &v = *validation;
    if (auto c = v.check(); !c) {
        problems << c.error().message;
    } else if (!v.isDns() && !v.httpListen.isEmpty()) {
        const auto listen = parseListenAddress(v.httpListen);
        QTcpServer probe;
        if (!probe.listen(listen->first, listen->second))
            problems << QStringLiteral("the http-01 responder cannot listen on %1: %2").arg(v.httpListen, probe.errorString());
    } else if (!v.isDns()) {
        const QString dir = v.webroot + QStringLiteral("/.well-known/acme-challenge");
        QDir().mkpath(dir);
        QFile probe(dir + QStringLiteral("/certdesk-preflight"));
        if (!probe.open(QIODevice::WriteOnly))
            problems << QStringLiteral("cannot write into the web root %1: %2").arg(v.webroot, probe.errorString());
        else
            probe.remove();
    } else if (v.manualDns()) {
        problems << QStringLiteral("the DNS records are created by hand: the renewal needs the administrator");
    } else {
        DnsSolver solver(dnsSolverConfig(v), {}, {});
        if (const QString p = solver.preflight(QStringList{r->domainName} + r->names); !p.isEmpty())
            problems << p;
    }
    return problems.join(QStringLiteral("; "));
}

Result<int> ManagedCertificates::preflightUpcoming()
{
    const QDateTime now = m_inventory.clock().now();
    auto upcoming = rows(QStringLiteral("WHERE m.due_at IS NOT NULL AND m.due_at <= ? AND m.issuer_kind = 'ACME' AND m.status = 'ISSUED' "
                                        "AND m.cert_id IS NOT NULL AND (m.preflight_at IS NULL OR m.preflight_at <= ?)"),
                         {now.addDays(kPreflightDays).toSecsSinceEpoch(), now.addDays(-1).toSecsSinceEpoch()},
                         QStringLiteral("ORDER BY m.due_at LIMIT 200"));
    if (!upcoming)
        return std::unexpected(upcoming.error());
    int checked = 0;
    for (const Row &r : std::as_const(*upcoming)) {
        auto problem = preflight(r.id);
        if (!problem)
            return std::unexpected(problem.error());
        ++checked;
        Database::Transaction tx(m_inventory.database().db());
        QSqlQuery q(m_inventory.database().db());
        q.prepare(QStringLiteral("UPDATE managed SET preflight_at = ?, preflight_problem = ? WHERE id = ?"));
        q.addBindValue(now.toSecsSinceEpoch());
        q.addBindValue(text(*problem));
        q.addBindValue(r.id);
        if (auto e = exec(q, QStringLiteral("cannot store the pre-flight check")); !e)
            return std::unexpected(e.error());
        if (!problem->isEmpty() && *problem != r.preflightProblem)
            if (auto e = m_inventory.logEvent(QStringLiteral("preflight"), r.certId, r.domainName,
                                              QStringLiteral("mc-%1 renews %2 and would fail now: %3")
                                                  .arg(r.id).arg(r.dueAt.toString(Qt::ISODate), *problem));
                !e)
                return std::unexpected(e.error());
        if (auto e = tx.commit(); !e)
            return std::unexpected(e.error());
    }
    return checked;
}

} // namespace certdesk::core
