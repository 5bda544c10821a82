#include "acme/acmeaccounts.h"

#include "ca/certificateauthority.h"
#include "inventory/database.h"

#include <QRegularExpression>
#include <QSslCertificate>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace certdesk::core {

namespace {

constexpr const char *kColumns = "id, name, ca, directory_url, trust_pem, account_url, key_id, key_algorithm, contacts, status, "
                                 "terms_of_service, terms_agreed_at, eab_key_id, created_at, updated_at";

QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

Result<void> exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return std::unexpected(sqlError(what, q));
    return {};
}

AcmeAccountInfo infoFrom(const QSqlQuery &q)
{
    AcmeAccountInfo a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.ca = q.value(2).toString();
    a.directoryUrl = q.value(3).toString();
    a.extraTrust = !q.value(4).toString().isEmpty();
    a.accountUrl = q.value(5).toString();
    a.keyAlgorithm = q.value(7).toString();
    a.contacts = q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    a.status = q.value(9).toString();
    a.termsOfService = q.value(10).toString();
    if (!q.value(11).isNull())
        a.termsAgreedAt = QDateTime::fromSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    a.eabKeyId = q.value(12).toString();
    a.createdAt = QDateTime::fromSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
    a.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(14).toLongLong(), Qt::UTC);
    return a;
}

QStringList mailtoContacts(const QStringList &emails, QString *problem)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"));
    QStringList out;
    for (QString e : emails) {
        e = e.trimmed();
        if (e.startsWith(QLatin1String("mailto:")))
            e = e.mid(7);
        if (e.isEmpty())
            continue;
        if (!email.match(e).hasMatch()) {
            *problem = QStringLiteral("\"%1\" is not an e-mail address").arg(e);
            return {};
        }
        out << QStringLiteral("mailto:") + e;
    }
    return out;
}

} // namespace

QList<AcmeCaPreset> acmeCaPresets()
{
    return {
        {QStringLiteral("letsencrypt"), QStringLiteral("Let's Encrypt"), QStringLiteral("https://acme-v02.api.letsencrypt.org/directory"), false},
        {QStringLiteral("letsencrypt-staging"), QStringLiteral("Let's Encrypt (staging)"),
         QStringLiteral("https://acme-staging-v02.api.letsencrypt.org/directory"), false},
        {QStringLiteral("zerossl"), QStringLiteral("ZeroSSL"), QStringLiteral("https://acme.zerossl.com/v2/DV90"), true},
        {QStringLiteral("google"), QStringLiteral("Google Trust Services"), QStringLiteral("https://dv.acme-v02.api.pki.goog/directory"), true},
        {QStringLiteral("google-staging"), QStringLiteral("Google Trust Services (staging)"),
         QStringLiteral("https://dv.acme-v02.test-api.pki.goog/directory"), true},
        {QStringLiteral("buypass"), QStringLiteral("Buypass Go SSL"), QStringLiteral("https://api.buypass.com/acme/directory"), false},
        {QStringLiteral("buypass-test"), QStringLiteral("Buypass Go SSL (test)"), QStringLiteral("https://api.test4.buypass.no/acme/directory"), false},
    };
}

AcmeAccounts::AcmeAccounts(Inventory &inventory, MasterPasswordCallback masterPassword)
    : m_inventory(inventory), m_masterPassword(std::move(masterPassword))
{
}

Result<std::pair<QString, QString>> AcmeAccounts::resolveCa(const QString &ca)
{
    QStringList ids;
    for (const AcmeCaPreset &p : acmeCaPresets()) {
        if (p.id.compare(ca, Qt::CaseInsensitive) == 0)
            return std::pair{p.id, p.directoryUrl};
        ids << p.id;
    }
    const QUrl url(ca);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) && !url.host().isEmpty())
        return std::pair{QStringLiteral("custom"), ca};
    return fail(ErrorCode::InvalidInput, QStringLiteral("unknown ACME CA \"%1\": one of %2, or a directory URL (https://...)")
                                             .arg(ca, ids.join(QStringLiteral(", "))));
}


Result<AcmeAccountInfo> AcmeAccounts::create(const AcmeAccountRequest &request)
{
    return enroll(request, std::nullopt);
}

Result<AcmeAccountInfo> AcmeAccounts::importExisting(const AcmeAccountRequest &request, const PrivateKey &accountKey)
{
    return enroll(request, accountKey);
}

// Registers a new account (no key given: one is generated) or looks up the key's account.
Result<AcmeAccountInfo> AcmeAccounts::enroll(const AcmeAccountRequest &request, const std::optional<PrivateKey> &existingKey)
{
    const bool existing = existingKey.has_value();
    auto ca = resolveCa(request.ca);
    if (!ca)
        return std::unexpected(ca.error());
    QString problem;
    const QStringList contacts = mailtoContacts(request.emails, &problem);
    if (!problem.isEmpty())
        return fail(ErrorCode::InvalidInput, problem);
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    QString name = request.name;
    if (!name.isEmpty() && !namePattern.match(name).hasMatch())
        return fail(ErrorCode::InvalidInput, QStringLiteral("an account name is 1 to 64 letters, digits, '.', '_', '@' or '-' "
                                                            "(and starts with a letter or digit)"));
    if (name.isEmpty()) {
        const QString base = ca->first == QLatin1String("custom") ? QUrl(ca->second).host() : ca->first;
        name = base;
        for (int n = 2; get(name).has_value(); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
    } else if (get(name)) {
        return fail(ErrorCode::Duplicate, QStringLiteral("an ACME account named %1 exists already").arg(name));
    }
    if (!request.extraTrustPem.isEmpty() && QSslCertificate::fromData(request.extraTrustPem, QSsl::Pem).isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the extra trust anchor holds no PEM certificate"));
    if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
        return std::unexpected(u.error().prefixed(QStringLiteral("the account key needs the key store")));
    auto key = existing ? Result<PrivateKey>(*existingKey) : generatePrivateKey(request.keyAlgorithm);
    if (!key)
        return std::unexpected(key.error());
    auto signer = JwsSigner::forKey(*key);
    if (!signer)
        return std::unexpected(signer.error());
    if (existing) {
        QSqlQuery known(m_inventory.database().db());
        known.prepare(QStringLiteral("SELECT a.name FROM acme_accounts a JOIN private_keys k ON k.id = a.key_id WHERE k.spki_sha256 = ?"));
        known.addBindValue(key->publicKeySha256());
        if (auto r = exec(known, QStringLiteral("cannot read the ACME accounts")); !r)
            return std::unexpected(r.error());
        if (known.next())
            return fail(ErrorCode::Duplicate, QStringLiteral("this key is the ACME account %1's already").arg(known.value(0).toString()));
    }

    AcmeClient::Options options;
    options.directoryUrl = ca->second;
    options.extraTrustPem = request.extraTrustPem;
    AcmeClient client(options);
    auto dir = client.directory();
    if (!dir)
        return std::unexpected(dir.error());
    client.setAccount(*signer, {});
    AcmeClient::NewAccount na;
    na.contacts = contacts;
    na.termsAgreed = request.agreeTerms;
    na.eabKeyId = request.eabKeyId;
    na.eabHmacKey = request.eabHmacKey;
    na.onlyReturnExisting = existing;
    auto state = client.newAccount(na);
    if (!state)
        return std::unexpected(state.error());

    const qint64 now = m_inventory.clock().now().toSecsSinceEpoch();
    Database::Transaction tx(m_inventory.database().db());
    auto keyId = m_inventory.storeKey(*key);
    if (!keyId)
        return std::unexpected(keyId.error());
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("INSERT INTO acme_accounts (name, ca, directory_url, trust_pem, account_url, key_id, key_algorithm, "
                             "contacts, status, terms_of_service, terms_agreed_at, eab_key_id, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(ca->first);
    q.addBindValue(ca->second);
    q.addBindValue(text(QString::fromLatin1(request.extraTrustPem)));
    q.addBindValue(state->url);
    q.addBindValue(*keyId);
    q.addBindValue(key->algorithm());
    q.addBindValue(text((state->contacts.isEmpty() ? contacts : state->contacts).join(QLatin1Char('\n'))));
    q.addBindValue(text(state->status.isEmpty() ? QStringLiteral("valid") : state->status));
    q.addBindValue(text(dir->termsOfService));
    q.addBindValue(request.agreeTerms && !existing && !dir->termsOfService.isEmpty() ? QVariant(now)
                                                                                     : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(existing ? QString() : request.eabKeyId));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto r = exec(q, QStringLiteral("cannot store the ACME account")); !r)
        return std::unexpected(r.error());
    const qint64 id = returnedId(q);
    if (auto r = m_inventory.logEvent(QStringLiteral("acme-account"), std::nullopt, name,
                                      QStringLiteral("ACME account %1 %2 at %3 (%4 key, %5)%6")
                                          .arg(name, existing ? QStringLiteral("taken over") : QStringLiteral("created"), ca->second,
                                               key->algorithm(), state->url,
                                               existing || dir->termsOfService.isEmpty() ? QString()
                                                                                         : QStringLiteral("; terms agreed: ") + dir->termsOfService));
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return get(id);
}

Result<QList<AcmeAccountInfo>> AcmeAccounts::list()
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT %1 FROM acme_accounts ORDER BY name").arg(QLatin1String(kColumns)));
    if (auto r = exec(q, QStringLiteral("cannot read the ACME accounts")); !r)
        return std::unexpected(r.error());
    QList<AcmeAccountInfo> out;
    while (q.next())
        out.append(infoFrom(q));
    return out;
}

Result<AcmeAccountInfo> AcmeAccounts::get(qint64 id)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT %1 FROM acme_accounts WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (auto r = exec(q, QStringLiteral("cannot read the ACME account")); !r)
        return std::unexpected(r.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("no ACME account %1").arg(id));
    return infoFrom(q);
}

Result<AcmeAccountInfo> AcmeAccounts::get(const QString &ref)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT %1 FROM acme_accounts WHERE name = ? OR CAST(id AS TEXT) = ? ORDER BY name = ? DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(ref);
    q.addBindValue(ref);
    q.addBindValue(ref);
    if (auto r = exec(q, QStringLiteral("cannot read the ACME account")); !r)
        return std::unexpected(r.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("no ACME account \"%1\" (see: certdesk-cli acme account list)").arg(ref));
    return infoFrom(q);
}

Result<std::unique_ptr<AcmeClient>> AcmeAccounts::client(qint64 id, const Options &clientOptions)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT a.directory_url, a.trust_pem, a.account_url, k.encrypted_pkcs8, a.status, a.name "
                             "FROM acme_accounts a JOIN private_keys k ON k.id = a.key_id WHERE a.id = ?"));
    q.addBindValue(id);
    if (auto r = exec(q, QStringLiteral("cannot read the ACME account")); !r)
        return std::unexpected(r.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("no ACME account %1").arg(id));
    if (q.value(4).toString() != QLatin1String("valid"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the ACME account %1 is %2").arg(q.value(5).toString(), q.value(4).toString()));
    if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
        return std::unexpected(u.error().prefixed(QStringLiteral("the ACME account key needs the key store")));
    auto key = m_inventory.keyStore().decrypt(q.value(3).toByteArray());
    if (!key)
        return std::unexpected(key.error());
    auto signer = JwsSigner::forKey(*key);
    if (!signer)
        return std::unexpected(signer.error());
    AcmeClient::Options options;
    options.directoryUrl = q.value(0).toString();
    options.extraTrustPem = q.value(1).toString().toLatin1();
    options.cancelled = clientOptions.cancelled;
    options.maxPollSeconds = clientOptions.maxPollSeconds;
    options.timeoutMs = clientOptions.timeoutMs;
    auto client = std::make_unique<AcmeClient>(options);
    client->setAccount(*signer, q.value(2).toString());
    return client;
}

Result<AcmeAccountInfo> AcmeAccounts::updateState(qint64 id, const AcmeAccountState &state, const QString &event, const QString &detail)
{
    auto before = get(id);
    if (!before)
        return before;
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("UPDATE acme_accounts SET status = ?, contacts = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(text(state.status.isEmpty() ? before->status : state.status));
    q.addBindValue(text(state.contacts.join(QLatin1Char('\n'))));
    q.addBindValue(m_inventory.clock().now().toSecsSinceEpoch());
    q.addBindValue(id);
    if (auto r = exec(q, QStringLiteral("cannot update the ACME account")); !r)
        return std::unexpected(r.error());
    if (!event.isEmpty())
        if (auto r = m_inventory.logEvent(event, std::nullopt, before->name, detail); !r)
            return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return get(id);
}

Result<AcmeAccountInfo> AcmeAccounts::atCa(const QString &ref, const std::function<Result<AcmeAccountState>(AcmeClient &)> &call,
                                           const std::function<QString(const AcmeAccountInfo &)> &logged)
{
    auto a = get(ref);
    if (!a)
        return a;
    auto c = client(a->id);
    if (!c)
        return std::unexpected(c.error());
    auto state = call(**c);
    if (!state)
        return std::unexpected(state.error());
    return updateState(a->id, *state, logged ? QStringLiteral("acme-account") : QString(), logged ? logged(*a) : QString());
}

Result<AcmeAccountInfo> AcmeAccounts::refresh(const QString &ref)
{
    return atCa(ref, [](AcmeClient &c) { return c.account(); }, {});
}

Result<AcmeAccountInfo> AcmeAccounts::updateContacts(const QString &ref, const QStringList &emails)
{
    QString problem;
    const QStringList contacts = mailtoContacts(emails, &problem);
    if (!problem.isEmpty())
        return fail(ErrorCode::InvalidInput, problem);
    return atCa(ref, [&](AcmeClient &c) { return c.updateContacts(contacts); }, [&](const AcmeAccountInfo &a) {
        return QStringLiteral("ACME account %1: contacts now %2")
            .arg(a.name, contacts.isEmpty() ? QStringLiteral("none") : contacts.join(QStringLiteral(", ")));
    });
}

Result<AcmeAccountInfo> AcmeAccounts::deactivate(const QString &ref)
{
    return atCa(
        ref,
        [](AcmeClient &c) -> Result<AcmeAccountState> {
            auto state = c.deactivateAccount();
            if (state && state->status.isEmpty())
                state->status = QStringLiteral("deactivated");
            return state;
        },
        [](const AcmeAccountInfo &a) { return QStringLiteral("ACME account %1 deactivated at the CA").arg(a.name); });
}

Result<AcmeAccountInfo> AcmeAccounts::rollKey(const QString &ref, const QString &keyAlgorithm)
{
    auto a = get(ref);
    if (!a)
        return a;
    auto c = client(a->id);
    if (!c)
        return std::unexpected(c.error());
    auto key = generatePrivateKey(keyAlgorithm.isEmpty() ? a->keyAlgorithm : keyAlgorithm);
    if (!key)
        return std::unexpected(key.error());
    auto signer = JwsSigner::forKey(*key);
    if (!signer)
        return std::unexpected(signer.error());
    if (auto r = (*c)->changeKey(*signer); !r)
        return std::unexpected(r.error());
    // The CA uses the new key from now on: store it even if only this step fails later.
    Database::Transaction tx(m_inventory.database().db());
    auto keyId = m_inventory.storeKey(*key);
    if (!keyId)
        return std::unexpected(keyId.error());
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("UPDATE acme_accounts SET key_id = ?, key_algorithm = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(*keyId);
    q.addBindValue(key->algorithm());
    q.addBindValue(m_inventory.clock().now().toSecsSinceEpoch());
    q.addBindValue(a->id);
    if (auto r = exec(q, QStringLiteral("cannot store the new account key")); !r)
        return std::unexpected(r.error());
    if (auto r = m_inventory.logEvent(QStringLiteral("acme-account"), std::nullopt, a->name,
                                      QStringLiteral("ACME account %1 rolled over to a new %2 key").arg(a->name, key->algorithm()));
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return get(a->id);
}

} // namespace certdesk::core
