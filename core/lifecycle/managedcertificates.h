#pragma once

#include "ca/certificateauthority.h"
#include "inventory/inventory.h"
#include "lifecycle/acmeissuance.h"
#include "lifecycle/domainnames.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certdesk::core {

// Who issues a managed certificate.
enum class IssuerKind {
    PrivateCa, // a certdesk private CA: issued at once, renewed automatically
    Acme,      // an ACME account (public CA): validated over HTTP or DNS, issued and renewed automatically
    External,  // any CA: certdesk makes the key and a CSR; the issued certificate is matched on import
};
QString issuerKindName(IssuerKind kind);                   // PRIVATE_CA, ACME, EXTERNAL
std::optional<IssuerKind> issuerKindFromName(const QString &name);

// Managed certificate status, as ACM's. Stored: PENDING_VALIDATION, ISSUED, FAILED, INACTIVE.
// Derived at the inventory's clock: VALIDATION_TIMED_OUT (pending longer than 72 hours), EXPIRED
// and REVOKED (of the current certificate).
namespace ManagedStatus {
inline const QString PendingValidation = QStringLiteral("PENDING_VALIDATION");
inline const QString Issued = QStringLiteral("ISSUED");
inline const QString Inactive = QStringLiteral("INACTIVE");
inline const QString Expired = QStringLiteral("EXPIRED");
inline const QString ValidationTimedOut = QStringLiteral("VALIDATION_TIMED_OUT");
inline const QString Revoked = QStringLiteral("REVOKED");
inline const QString Failed = QStringLiteral("FAILED");
QStringList all();
} // namespace ManagedStatus

// ACM's RenewalSummary status ("" while the certificate was never up for renewal).
namespace RenewalStatus {
inline const QString PendingAutoRenewal = QStringLiteral("PENDING_AUTO_RENEWAL");
inline const QString PendingValidation = QStringLiteral("PENDING_VALIDATION");
inline const QString Success = QStringLiteral("SUCCESS");
inline const QString Failed = QStringLiteral("FAILED");
} // namespace RenewalStatus

// The renewal status shown at now: the stored one, or PENDING_AUTO_RENEWAL once the renewal time
// has come for a renewable certificate whose last renewal neither failed nor waits for validation.
// One rule for ManagedCertificates and the Certificates page (Inventory::summaryExtras).
QString renewalStatusAt(const QString &stored, bool renewable, const QDateTime &renewAt, const QDateTime &now);

// What a request asks for (the desired state of a managed certificate).
struct RequestSpec
{
    QString domainName;             // becomes the CN and the first DNS name (IDN allowed)
    QStringList additionalNames;    // more DNS names (and IP addresses for private/external CAs)
    QString keyAlgorithm = QStringLiteral("RSA_2048");
    IssuerKind issuerKind = IssuerKind::PrivateCa;
    QString issuer;                 // private CA: its name or id; ACME: the account; external: ""
    QString templateName = QStringLiteral("EndEntityServerAuth"); // private CA
    Validity validity = Validity::days(365);                      // private CA
    QString validationMethod;       // ACME: DNS or HTTP (taken from acme.method); "" otherwise
    AcmeValidation acme;            // ACME: how the names are validated (kept for renewals)
    QList<Tag> tags;                // put on every certificate of this managed certificate
    std::optional<int> renewBeforeDays; // renew this many days before expiry (default: see renewalTime)
    bool reuseKey = false;          // renew with the same key (default: a new key each time)
    bool exportAllowed = true;
    QString token;                  // idempotency token: 1..32 of [A-Za-z0-9_]
};

// The key algorithms a request may ask for.
QStringList requestKeyAlgorithms(); // RSA_2048 RSA_3072 RSA_4096 EC_prime256v1 EC_secp384r1 ED25519

struct ManagedCertificate
{
    qint64 id = 0;                  // the identity across renewals (shown as "mc-ID")
    QString domainName;             // ASCII (punycode)
    QStringList additionalNames;    // ASCII
    QString keyAlgorithm;
    IssuerKind issuerKind = IssuerKind::PrivateCa;
    QString issuer;
    QString templateName;
    QString validity;               // Validity::toString()
    QString validationMethod;
    QString validationDetail;       // ACME: how validation runs, in one line
    bool manualValidation = false;  // ACME with DNS records made by hand: renewals need the administrator
    QList<Tag> tags;
    std::optional<int> renewBeforeDays;
    bool reuseKey = false;
    bool exportAllowed = true;

    QString status;                 // ManagedStatus, at the inventory's clock
    QString failureReason;          // FAILED: why, in plain words
    std::optional<qint64> certificateId; // the certificate that fulfils it now
    QDateTime notBefore, notAfter;  // of that certificate
    QString renewalStatus;          // RenewalStatus ("" = never renewed)
    QString renewalReason;          // why the last renewal failed or waits
    QDateTime renewalUpdatedAt;
    QString renewalEligibility;     // ELIGIBLE or INELIGIBLE
    QDateTime renewAt;              // when renewal is due (invalid without a certificate)
    QDateTime ariWindowStart, ariWindowEnd; // ACME: the CA's suggested renewal window (ARI), when it gave one
    QString preflightProblem;       // ACME: what the last pre-flight check of the coming renewal found ("" = fine)
    QDateTime preflightAt;
    QDateTime nextAttemptAt;        // when the engine looks next (backoff after a failure)
    int failedAttempts = 0;         // in a row
    QDateTime createdAt, requestedAt;
    bool hasPendingCsr = false;     // external CA: a CSR waits for its certificate
    std::optional<qint64> adoptedCertificateId;
    qint64 version = 1;             // counts settings edits (optimistic versioning, Settings::expectedVersion)

    QString ref() const { return QStringLiteral("mc-%1").arg(id); }
};

// One step in a managed certificate's life.
struct ManagedHistoryEntry
{
    QDateTime at;
    QString action; // REQUEST ISSUE ISSUE_FAILED CSR MATCH RENEW RENEW_FAILED SETTINGS DEACTIVATE REACTIVATE ADOPT
    std::optional<qint64> certificateId;
    QString serial;
    QDateTime notAfter;
    QString detail;
    QString actor;
};

// Which managed certificates to list.
struct ManagedFilter
{
    QString status;         // a ManagedStatus ("" = any)
    bool problemsOnly = false; // failed requests, failed renewals and renewals the pre-flight check expects to fail
    bool openOnly = false;  // pending, failed, timed out, or renewing (what the Requests page shows first)
    QString search;         // part of a name, any case
};

// What one renewal did (or would do).
struct RenewalOutcome
{
    qint64 managedId = 0;
    QString domainName;
    QString result;         // RENEWED, CSR_CREATED, WOULD_RENEW, FAILED, SKIPPED (claimed by another renewer),
                            // REDEPLOYED (not renewed now: its deployments were behind and ran again)
    QString detail;         // the reason of a failure, the new serial ...
    QDateTime dueAt;        // when it was (or will be) due
    std::optional<qint64> certificateId; // the new certificate
    // RENEWED: the certificate's deployments, run again (core/deploy), one line each:
    // "dep-3: deployed to /etc/nginx/tls, endpoint 127.0.0.1:443 CURRENT" or "dep-4: FAILED: why".
    QStringList deployments;
    bool deploymentsFailed = false;
};

// Managed certificates on one inventory (one thread, like Inventory): requests, the status
// machine and the renewal engine. Private-CA work signs through the CertificateAuthorities
// object (which asks for the master password through its callback); generated keys go to the
// encrypted key store.
class ManagedCertificates
{
public:
    ManagedCertificates(CertificateAuthorities &cas, MasterPasswordCallback masterPassword);
    ~ManagedCertificates();
    ManagedCertificates(const ManagedCertificates &) = delete;
    ManagedCertificates &operator=(const ManagedCertificates &) = delete;

    Inventory &inventory() { return m_inventory; }
    // What ACME orders get from the front end (progress, manual DNS, cancel).
    void setAcmeHooks(AcmeHooks hooks) { m_acmeHooks = std::move(hooks); }

    static constexpr int kValidationTimeoutHours = 72;
    static constexpr int kTokenWindowSeconds = 3600;
    static constexpr int kFirstRetrySeconds = 3600;  // backoff: 1 h, 2 h, 4 h ... capped at a day
    static constexpr int kMaxRetrySeconds = 86400;
    static constexpr int kClaimSeconds = 600;        // a renewer's claim lapses after 10 minutes

    // When a certificate valid from notBefore to notAfter is due for renewal: renewBeforeDays
    // before notAfter, or by default when at most min(60 days, a third of the lifetime) is left.
    static QDateTime renewalTime(const QDateTime &notBefore, const QDateTime &notAfter,
                                 std::optional<int> renewBeforeDays = {});
    // The wait after the n-th failure in a row (n >= 1): 1 h doubling, at most a day.
    static int retryDelaySeconds(int failures);

    // Requests a certificate. Bad input (names, key, unknown issuer, token) fails with
    // InvalidInput and stores nothing. Otherwise the managed certificate is stored: a private CA
    // issues at once (ISSUED, or FAILED with the reason when the CA refuses); an external CA
    // gets the key and a CSR (PENDING_VALIDATION until the certificate is imported). With a
    // token used in the last hour, returns that request's managed certificate instead.
    Result<ManagedCertificate> request(const RequestSpec &spec);
    // Adopts an imported certificate: a new managed certificate for its names (DNS and IP SANs,
    // the domain name first) and key algorithm, requested from spec's issuer (spec's names are
    // ignored; its other fields apply). The imported certificate stays as it is.
    Result<ManagedCertificate> adopt(qint64 certificateId, RequestSpec spec);

    // REF: "mc-7" (managed id), or a certificate REF (inventory id or fingerprint) of any of its certificates.
    Result<qint64> resolve(const QString &ref);
    Result<ManagedCertificate> get(qint64 id);
    // The managed certificate a certificate belongs to (current or earlier), if any.
    std::optional<qint64> managedOf(qint64 certificateId);
    // Newest request first, a page at a time.
    Result<QList<ManagedCertificate>> list(const ManagedFilter &filter = {}, int limit = -1, int offset = 0);
    Result<qint64> count(const ManagedFilter &filter = {});
    Result<QList<ManagedHistoryEntry>> history(qint64 id);
    // The CSR waiting at the external CA (PEM); NotFound when none waits.
    Result<QByteArray> pendingCsrPem(qint64 id);

    struct Settings
    {
        std::optional<int> renewBeforeDays; // nullopt: the default window
        bool reuseKey = false;
        bool exportAllowed = true;
        // The ManagedCertificate::version these settings were based on: saving is refused with
        // ErrorCode::Conflict when someone changed them since (nullopt: save regardless).
        std::optional<qint64> expectedVersion;
    };
    Result<ManagedCertificate> updateSettings(qint64 id, const Settings &settings);
    // INACTIVE: no renewal, certificates stay; reactivate() brings it back.
    Result<void> deactivate(qint64 id);
    Result<ManagedCertificate> reactivate(qint64 id);

    // Matches certificates in the inventory to CSRs waiting at external CAs, by public key: the
    // managed certificate becomes ISSUED (or its renewal SUCCESS). Returns how many matched.
    // Import calls it after every batch; cheap (an index look-up per waiting CSR).
    Result<int> matchPending();

    // Due for renewal at the inventory's clock: ISSUED (or expired), not inactive or revoked,
    // renewal time reached and not waiting out a backoff. Soonest first.
    Result<QList<RenewalOutcome>> due();
    // Renews every due certificate, each claimed in the database first so two renewers never
    // both renew it. dryRun: reports WOULD_RENEW and changes nothing.
    Result<QList<RenewalOutcome>> renewDue(bool dryRun = false);
    // Renews one now, due or not (also retries a FAILED request). dryRun as above.
    Result<RenewalOutcome> renew(qint64 id, bool dryRun = false);

    // ACME: revokes the current certificate through the account that ordered it (reason: an
    // RFC 5280 reason name, "" = unspecified). The managed certificate becomes REVOKED.
    Result<ManagedCertificate> revoke(qint64 id, const QString &reason = {});
    // ACME: asks the CAs that offer ARI (RFC 9773) for the suggested renewal windows of the
    // certificates whose check is due, and moves their renewal time into the window (a random
    // point in it, as the RFC asks). Returns how many windows were read.
    Result<int> refreshRenewalInfo();
    // Pre-flight of the next renewal: whether validation can work now (the responder's port can
    // be opened, the web root written, the DNS server and the CNAME delegation answer). "" when
    // all is well, else the problem in plain words.
    Result<QString> preflight(qint64 id);
    // Runs the pre-flight check, once a day, for ACME certificates due within kPreflightDays, and
    // records what it finds (an activity event when there is a problem). Returns how many it checked.
    Result<int> preflightUpcoming();
    static constexpr int kPreflightDays = 7;

    // Counts for the dashboard.
    struct Counts
    {
        qint64 managed = 0;
        qint64 pending = 0;          // PENDING_VALIDATION (not timed out)
        qint64 renewalProblems = 0;  // failed requests, timed-out validations, failed renewals, pre-flight problems
        qint64 dueSoon = 0;          // due within 7 days
    };
    Result<Counts> counts();

private:
    struct Row;
    Result<Row> row(qint64 id);
    Result<QList<Row>> rows(const QString &where, const QVariantList &values, const QString &tail = {});
    ManagedCertificate toInfo(const Row &row) const;
    Result<void> history(qint64 id, const QString &action, std::optional<qint64> certificateId, const QString &detail);
    Result<qint64> issueFromCa(const Row &row, QString *failure, Certificate *issued);
    Result<qint64> issueFromAcme(const Row &row, QString *failure, Certificate *issued);
    Result<qint64> issue(const Row &row, QString *failure, Certificate *issued);
    Result<AcmeValidation> acmeValidation(const Row &row);
    // ACME with DNS records made by hand and nobody to show them to (the unattended engine): no
    // order is placed — it could only fail, and would count against the CA's limits.
    bool needsAdministrator(const Row &row) const;
    QString administratorNeeded(const Row &row) const;
    Result<RenewalOutcome> waitForAdministrator(const Row &row);
    Result<void> createCsr(const Row &row, bool renewal);
    Result<void> installCertificate(qint64 id, qint64 certificateId, bool renewal, const Certificate *known = nullptr);
    Result<RenewalOutcome> renewClaimed(const Row &row);
    void deployRenewed(RenewalOutcome &outcome);
    Result<void> redeployOutOfDate(QList<RenewalOutcome> &out);
    Result<bool> claim(qint64 id, bool dueOnly);
    Result<void> release(qint64 id);

    CertificateAuthorities &m_cas;
    Inventory &m_inventory;
    MasterPasswordCallback m_masterPassword;
    QString m_renewerId; // unique per object: who holds a claim
    AcmeHooks m_acmeHooks;
};

// ManagedCertificates::counts on any connection to an inventory (a reader on a worker thread).
Result<ManagedCertificates::Counts> countManaged(Database &db, const QDateTime &now);

} // namespace certdesk::core
