#pragma once

#include "acme/acmeclient.h"
#include "inventory/inventory.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace certdesk::core {

// A public ACME CA certdesk knows by name.
struct AcmeCaPreset
{
    QString id;            // letsencrypt, letsencrypt-staging, zerossl, google, google-staging, buypass, buypass-test
    QString name;          // "Let's Encrypt"
    QString directoryUrl;
    bool eabRequired = false;
};
QList<AcmeCaPreset> acmeCaPresets();

struct AcmeAccountInfo
{
    qint64 id = 0;
    QString name;
    QString ca;              // a preset id, or "custom"
    QString directoryUrl;
    QString accountUrl;
    QString keyAlgorithm;
    QStringList contacts;    // "mailto:..."
    QString status;          // valid, deactivated, revoked
    QString termsOfService;
    QDateTime termsAgreedAt;
    QString eabKeyId;
    bool extraTrust = false; // an extra trust anchor for the server's TLS
    QDateTime createdAt, updatedAt;
};

struct AcmeAccountRequest
{
    QString name;                 // "" = from the CA (letsencrypt, letsencrypt-2 ...)
    QString ca;                   // a preset id or a directory URL (https://...)
    QStringList emails;
    bool agreeTerms = false;
    QByteArray extraTrustPem;     // the ACME server's TLS trust anchor (pebble, step-ca, an internal CA)
    QString keyAlgorithm = QStringLiteral("EC_prime256v1"); // EC_prime256v1 (ES256), EC_secp384r1, RSA_2048.., ED25519
    QString eabKeyId;
    QByteArray eabHmacKey;        // raw bytes
};

// The ACME accounts of one inventory (one thread, like Inventory). Account keys live in the
// encrypted key store; every change is in the activity log.
class AcmeAccounts
{
public:
    AcmeAccounts(Inventory &inventory, MasterPasswordCallback masterPassword);

    // The directory URL a preset id or URL stands for; InvalidInput names the presets.
    static Result<std::pair<QString, QString>> resolveCa(const QString &ca); // (preset id or "custom", URL)

    // Registers a new account at the CA (agreeing to its terms when asked) and stores it.
    Result<AcmeAccountInfo> create(const AcmeAccountRequest &request);
    // Takes over an account that exists at the CA already (made by certbot, lego, another
    // certdesk): looks it up by its key (RFC 8555 onlyReturnExisting) and stores it. request's
    // key algorithm, e-mails, terms and EAB are ignored; NotFound when the CA knows no such account.
    Result<AcmeAccountInfo> importExisting(const AcmeAccountRequest &request, const PrivateKey &accountKey);
    Result<QList<AcmeAccountInfo>> list();
    // REF: the account's name or id.
    Result<AcmeAccountInfo> get(const QString &ref);
    Result<AcmeAccountInfo> get(qint64 id);
    // Reads the account's state and contacts from the CA.
    Result<AcmeAccountInfo> refresh(const QString &ref);
    Result<AcmeAccountInfo> updateContacts(const QString &ref, const QStringList &emails);
    // Rolls the account over to a new key (RFC 8555 section 7.3.5).
    Result<AcmeAccountInfo> rollKey(const QString &ref, const QString &keyAlgorithm = {});
    // Deactivates the account at the CA (for good: a CA never reactivates one).
    Result<AcmeAccountInfo> deactivate(const QString &ref);

    // A client signed in as the account (unlocks the key store through the callback).
    struct Options
    {
        std::function<bool()> cancelled;
        int maxPollSeconds = 300;
        int timeoutMs = 30000;
    };
    Result<std::unique_ptr<AcmeClient>> client(qint64 id, const Options &options);
    Result<std::unique_ptr<AcmeClient>> client(qint64 id) { return client(id, Options()); }

private:
    Result<AcmeAccountInfo> enroll(const AcmeAccountRequest &request, const std::optional<PrivateKey> &existingKey);
    Result<AcmeAccountInfo> updateState(qint64 id, const AcmeAccountState &state, const QString &event, const QString &detail);
    // Runs call at the CA as the account REF and stores the state it answers; logged (when
    // given) says what changed, for the activity log.
    Result<AcmeAccountInfo> atCa(const QString &ref, const std::function<Result<AcmeAccountState>(AcmeClient &)> &call,
                                 const std::function<QString(const AcmeAccountInfo &)> &logged);

    Inventory &m_inventory;
    MasterPasswordCallback m_masterPassword;
};

} // namespace certdesk::core
