#pragma once

#include "acme/jws.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace certdesk::core {

// An RFC 8555 problem document (RFC 7807), as the server sent it.
struct AcmeProblem
{
    QString type;       // "urn:ietf:params:acme:error:rateLimited" ...
    QString detail;
    int httpStatus = 0;
    QString identifier; // of a subproblem
    QList<AcmeProblem> subproblems;

    QString shortType() const; // "rateLimited"
    // The problem in plain words with the server's detail: "the CA's rate limit was reached
    // (too many certificates for example.org this week)". Subproblems follow, one per identifier.
    QString plainWords() const;
    static AcmeProblem fromJson(const QJsonObject &o, int httpStatus = 0);
};

// The directory's resources (RFC 8555 section 7.1.1, ARI's renewalInfo of RFC 9773).
struct AcmeDirectory
{
    QString newNonce, newAccount, newOrder, newAuthz, revokeCert, keyChange, renewalInfo;
    QString termsOfService, website;
    QStringList caaIdentities;
    bool externalAccountRequired = false;
};

struct AcmeAccountState
{
    QString url;        // the account URL (the "kid")
    QString status;     // valid, deactivated, revoked
    QStringList contacts;
    QString orders;
};

struct AcmeChallenge
{
    QString type;       // http-01, dns-01, tls-alpn-01
    QString url;
    QString token;
    QString status;     // pending, processing, valid, invalid
    std::optional<AcmeProblem> error;
};

struct AcmeAuthorization
{
    QString url;
    QString identifier; // the DNS name (without "*." for a wildcard)
    bool wildcard = false;
    QString status;     // pending, valid, invalid, deactivated, expired, revoked
    QDateTime expires;
    QList<AcmeChallenge> challenges;

    const AcmeChallenge *challenge(const QString &type) const;
    std::optional<AcmeProblem> problem() const; // the failed challenge's error, if any
};

struct AcmeOrder
{
    QString url;
    QString status;     // pending, ready, processing, valid, invalid
    QDateTime expires;
    QStringList identifiers;
    QStringList authorizations;
    QString finalize;
    QString certificate;
    std::optional<AcmeProblem> error;
};

struct AcmeChain
{
    QByteArray pem;     // the end-entity certificate first, then the issuers
    QStringList alternates; // URLs of alternate chains (Link rel="alternate")
};

// ARI's suggested renewal window (RFC 9773).
struct AcmeRenewalInfo
{
    QDateTime start, end;
    QString explanationUrl;
    QDateTime retryAfter;  // when to ask again
};

// One ACME server, spoken to synchronously: every call blocks in a local event loop (so call it
// off the GUI thread) and keeps serving the thread's other objects meanwhile, such as an http-01
// responder. Nonces are kept and a badNonce is retried with the fresh nonce. Not thread-safe: one
// client per thread.
class AcmeClient
{
public:
    struct Options
    {
        QString directoryUrl;
        QByteArray extraTrustPem;            // more trust anchors for the server's TLS certificate
        int timeoutMs = 30000;               // per HTTP exchange
        int maxPollSeconds = 300;            // how long to wait for a validation or an order
        std::function<bool()> cancelled;     // polled while waiting
        QString userAgent = QStringLiteral("certdesk");
    };
    explicit AcmeClient(Options options);
    ~AcmeClient();
    AcmeClient(const AcmeClient &) = delete;
    AcmeClient &operator=(const AcmeClient &) = delete;

    const Options &options() const { return m_options; }
    // Fetched once, on first use.
    Result<AcmeDirectory> directory();

    // The account that signs the requests below (the kid is empty until newAccount returns it).
    void setAccount(const JwsSigner &key, const QString &accountUrl);
    const QString &accountUrl() const { return m_kid; }
    // token "." the account key's thumbprint (the account must be set).
    QByteArray keyAuthorization(const QString &token) const { return core::keyAuthorization(token, *m_key); }

    struct NewAccount
    {
        QStringList contacts;       // "mailto:..." (or plain e-mail addresses)
        bool termsAgreed = false;
        bool onlyReturnExisting = false; // look the key's account up instead of creating one
        QString eabKeyId;           // External Account Binding (ZeroSSL, Google ...)
        QByteArray eabHmacKey;      // raw bytes (decoded from the base64url the CA shows)
    };
    Result<AcmeAccountState> newAccount(const NewAccount &request);
    Result<AcmeAccountState> account();
    Result<AcmeAccountState> updateContacts(const QStringList &contacts);
    Result<AcmeAccountState> deactivateAccount();
    // Rolls the account over to newKey (RFC 8555 section 7.3.5); afterwards the client signs with it.
    Result<void> changeKey(const JwsSigner &newKey);

    // replaces: the ARI certificate id of the certificate this order renews ("" for none).
    Result<AcmeOrder> newOrder(const QStringList &dnsNames, const QString &replaces = {});
    Result<AcmeOrder> order(const QString &url);
    Result<AcmeAuthorization> authorization(const QString &url);
    Result<AcmeChallenge> respond(const QString &challengeUrl);
    Result<AcmeOrder> finalize(const AcmeOrder &order, const QByteArray &csrDer);
    // Polls until the authorization leaves pending/processing (valid or invalid), or the time runs out.
    Result<AcmeAuthorization> waitForAuthorization(const QString &url, const std::function<void(const AcmeAuthorization &)> &progress = {});
    // Polls until the order leaves processing (valid or invalid); honours Retry-After.
    Result<AcmeOrder> waitForOrder(const QString &url, const QStringList &untilNot);
    Result<AcmeChain> downloadChain(const QString &url);
    // Revocation by the account that ordered it. reason: RFC 5280 CRLReason code.
    Result<void> revoke(const QByteArray &certificateDer, int reason = 0);
    // ARI: the renewal window of the certificate with this id (aki.serial, see ariCertificateId).
    Result<AcmeRenewalInfo> renewalInfo(const QString &certificateId);

    // Waits msecs serving the thread's events; Cancelled when the cancel callback says so.
    Result<void> wait(int msecs);

private:
    struct Response;
    Result<Response> http(const QByteArray &method, const QString &url, const QByteArray &body = {});
    Result<Response> post(const QString &url, const QByteArray &payload, bool useJwk = false);
    Result<Response> postJson(const QString &url, const QJsonObject &payload, bool useJwk = false);
    // post() that wants one of the ok statuses; otherwise the CA's problem in plain words after what.
    Result<Response> call(const QString &url, const QByteArray &payload, const QString &what, std::initializer_list<int> ok = {200});
    template<typename T>
    Result<T> poll(const QString &url, const QString &what, const std::function<T(const QJsonObject &)> &parse,
                   const std::function<bool(const T &)> &done, const std::function<QString(const T &)> &timedOut);
    Result<QString> nonce();
    Result<AcmeAccountState> accountFrom(const Response &r);
    Error problemError(const Response &r, const QString &what) const;
    QNetworkAccessManager &network();

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::optional<AcmeDirectory> m_directory;
    std::optional<JwsSigner> m_key;
    QString m_kid;
    QString m_nonce;
};

// The ARI certificate identifier (RFC 9773 section 4.1): base64url(authority key identifier) "."
// base64url(serial number DER bytes). InvalidInput when the certificate has no AKI.
Result<QString> ariCertificateId(const QByteArray &certificateDer);

// Parses a Retry-After value (seconds or an HTTP date) against now; invalid when absent or bad.
QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace certdesk::core
