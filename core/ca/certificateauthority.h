#pragma once

#include "ca/templates.h"
#include "inventory/inventory.h"
#include "x509/crl.h"
#include "x509/csr.h"

#include <QDateTime>
#include <QHash>
#include <QVariant>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace certdesk::core {

enum class CaKind { Root, Subordinate };
// ACTIVE issues; DISABLED issues nothing (revocation and CRLs go on); EXPIRED is derived from
// the CA certificate's validity; PENDING_CERTIFICATE waits for its certificate from an external
// parent; DELETED can be restored until purgeAt.
enum class CaState { Active, Disabled, Expired, PendingCertificate, Deleted };

QString caKindName(CaKind kind);    // ROOT, SUBORDINATE
QString caStateName(CaState state); // ACTIVE, DISABLED, EXPIRED, PENDING_CERTIFICATE, DELETED

// The key algorithms a CA or a generated end-entity key may use.
QStringList caKeyAlgorithms(); // RSA_2048 RSA_3072 RSA_4096 EC_prime256v1 EC_secp384r1 EC_secp521r1 ED25519
// Signing algorithms a key of that algorithm can sign with (first = default):
// SHA256WITHRSA SHA384WITHRSA SHA512WITHRSA SHA256WITHRSAPSS SHA384WITHRSAPSS SHA512WITHRSAPSS,
// SHA256WITHECDSA SHA384WITHECDSA SHA512WITHECDSA, ED25519.
QStringList signingAlgorithmsFor(const QString &keyAlgorithm);
// A new key pair (in memory only). InvalidInput for an unknown algorithm.
Result<PrivateKey> generatePrivateKey(const QString &keyAlgorithm);

// RFC 5280 name constraints. IP entries are CIDR ("10.0.0.0/8", "fd00::/8"); DNS entries are
// domains ("internal.example", ".example" alike: the domain and everything below it); e-mail
// entries are a mailbox, a host or a ".domain".
struct NameConstraints
{
    QStringList permittedDns, excludedDns;
    QStringList permittedIp, excludedIp;
    QStringList permittedEmail, excludedEmail;
    bool isEmpty() const;
    // Whether a name may appear in a certificate under these constraints (false with why set).
    bool allows(const GeneralName &name, QString *why = nullptr) const;
};

// A validity period as a person gives it: "90d", "6m", "2y" or an end date "2027-03-31"
// (end of that day, UTC) or "2027-03-31T12:00:00Z".
struct Validity
{
    enum class Unit { Days, Months, Years, EndDate };
    Unit unit = Unit::Days;
    int amount = 0;
    QDateTime end; // EndDate
    static Result<Validity> parse(const QString &text);
    static Validity days(int n) { return {Unit::Days, n, {}}; }
    QDateTime endFrom(const QDateTime &start) const;
    QString toString() const;
};

// What creating a CA takes.
struct CaConfig
{
    QString name;                 // short unique handle: letters, digits, '.', '_', '-'
    CaKind kind = CaKind::Root;
    QString parent;               // subordinate signed in certdesk: the parent CA's name or id
    bool externalParent = false;  // subordinate signed elsewhere: PENDING_CERTIFICATE + CSR
    QString keyAlgorithm = QStringLiteral("EC_prime256v1");
    QString signingAlgorithm;     // "" = the key's default
    QString subject;              // RFC 4514 DN, "CN=Example Issuing CA,O=Example,C=DE"
    Validity validity = Validity{Validity::Unit::Years, 10, {}};
    std::optional<int> pathLength; // nullopt = no limit
    NameConstraints nameConstraints;
    QString crlUrl;               // CRL distribution point put into issued certificates
    QString ocspUrl;              // AIA OCSP
    QString caIssuersUrl;         // AIA caIssuers
    int crlLifetimeDays = 7;      // 1..5000
    QString crlPublishDir;        // "" = not published to a folder
    bool shortLived = false;      // issues certificates of at most 7 days
};

struct CaInfo
{
    qint64 id = 0;
    QString name;
    CaKind kind = CaKind::Root;
    CaState state = CaState::Active; // effective state at the inventory's clock (EXPIRED derived)
    std::optional<qint64> certificateId; // the CA certificate in the inventory (none while pending)
    std::optional<qint64> parentId;      // parent CA in certdesk (none for roots and external parents)
    bool externalParent = false;
    QString subject;
    QString keyAlgorithm;
    QString signingAlgorithm;
    std::optional<int> pathLength;
    NameConstraints nameConstraints;
    QString crlUrl, ocspUrl, caIssuersUrl;
    int crlLifetimeDays = 7;
    QString crlPublishDir;
    bool shortLived = false;
    QDateTime notBefore, notAfter; // of the CA certificate (invalid while pending)
    QDateTime createdAt;
    QDateTime deletedAt, purgeAt;  // DELETED only
    qint64 crlNumber = 0;          // of the newest CRL (0: none yet)
    QDateTime crlThisUpdate, crlNextUpdate;
    qint64 issuedCount = 0, revokedCount = 0;
    std::optional<qint64> ocspSignerCertificateId; // delegated OCSP responder certificate
};

// What issuing a certificate takes. Either a CSR or a generated key (keyAlgorithm).
struct IssueRequest
{
    QString templateName = QStringLiteral("EndEntityServerAuth");
    std::optional<Csr> csr;
    QString keyAlgorithm;          // without a CSR: generate this key (stored encrypted with the certificate)
    std::optional<PrivateKey> key; // without a CSR: certify this key (stored like a generated one); keyAlgorithm ignored
    QString subject;               // DN; "" = the CSR's subject
    QList<GeneralName> sans;       // added to the CSR's where the template allows them
    Validity validity = Validity::days(365);
    std::optional<QDateTime> notBefore; // default: now minus backdate
    int backdateMinutes = 60;
    QString signingAlgorithm;      // "" = the CA's
};

struct IssuedCertificate
{
    qint64 certificateId = 0;
    Certificate certificate;
    QString serial;       // upper-case hex
    bool keyGenerated = false;
};

// RFC 5280 CRLReason names: unspecified keyCompromise cACompromise affiliationChanged superseded
// cessationOfOperation certificateHold removeFromCRL privilegeWithdrawn aACompromise.
QStringList revocationReasons();

// One certificate a CA issued, as its list shows it.
struct IssuedEntry
{
    std::optional<qint64> certificateId; // none when the certificate left the inventory
    QString serial;                      // upper-case hex
    QString domainName;
    QString subject;
    QString templateName;
    QDateTime issuedAt, notBefore, notAfter;
    QString status;                      // ISSUED, EXPIRED, NOT_YET_VALID, REVOKED (at the inventory's clock)
    QDateTime revokedAt, invalidityDate;
    QString revocationReason;
};

// Which of a CA's issued certificates to list, and in which order.
struct IssuedQuery
{
    QString search;      // part of the serial, name, subject or template, any case ("" = all)
    QString sortColumn = QStringLiteral("not_after"); // serial, subject, template, issued_at, not_after, status
    bool descending = true;
};

struct IssuedCounts
{
    qint64 total = 0;   // matching the search
    qint64 revoked = 0;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString ca;        // CA name
    QString action;    // CREATE, ISSUE, REVOKE, CRL, OCSP_SIGNER, IMPORT_CERT, CSR, DISABLE, ENABLE, DELETE, RESTORE, PURGE
    QString serial;
    QString subject;
    QString templateName;
    QString result;    // SUCCESS or FAILURE
    QString detail;    // the reason of a failure, the CRL number ...
    QString actor;
};

// certdesk's private certificate authorities, on one inventory (one thread, like Inventory).
// CA keys live in the inventory's encrypted key store: every method that signs asks for the
// master password through the callback when the store is locked, and every use of a CA key is
// an audit entry. The decrypted CA keys are kept in memory by this object (not on disk) so a
// batch of issues decrypts each key once; lock() forgets them.
class CertificateAuthorities
{
public:
    CertificateAuthorities(Inventory &inventory, MasterPasswordCallback masterPassword);
    ~CertificateAuthorities();
    CertificateAuthorities(const CertificateAuthorities &) = delete;
    CertificateAuthorities &operator=(const CertificateAuthorities &) = delete;

    Inventory &inventory() { return m_inventory; }

    Result<CaInfo> create(const CaConfig &config);
    Result<QList<CaInfo>> list(bool includeDeleted = true);
    // REF: a CA name or id.
    Result<CaInfo> find(const QString &ref);
    Result<CaInfo> info(qint64 caId);
    // A CA's id and name from REF (name or id) without reading its details or counts: for hot
    // paths (renewal), where find() would count the CA's issued certificates every time.
    struct CaRef
    {
        qint64 id = 0;
        QString name;
    };
    Result<CaRef> resolve(const QString &ref);
    // The CA of an inventory certificate (the CA certificate itself), if any.
    std::optional<qint64> caOfCertificate(qint64 certificateId);

    // PENDING_CERTIFICATE CAs: the CSR to take to the external parent (PEM).
    Result<QByteArray> csrPem(qint64 caId);
    // Installs the signed CA certificate (PEM or DER; PEM may carry the chain after it): it must
    // match the CA's key and subject and be a CA certificate. The CA becomes ACTIVE and the chain
    // is imported into the inventory.
    Result<CaInfo> importCertificate(qint64 caId, const QByteArray &certificateAndChain);

    Result<void> disable(qint64 caId);
    Result<void> enable(qint64 caId);
    // Soft delete: restorable for restoreDays (7..30), then purge() removes the CA's record
    // (its certificates stay in the inventory as ordinary certificates).
    Result<void> remove(qint64 caId, int restoreDays = 30);
    Result<void> restore(qint64 caId);
    Result<int> purge(); // purges deleted CAs whose restore window has passed

    Result<IssuedCertificate> issue(qint64 caId, const IssueRequest &request);
    // Revokes an issued certificate (inventory id); the inventory status becomes REVOKED and a
    // new CRL is generated.
    Result<void> revoke(qint64 certificateId, const QString &reason,
                        const std::optional<QDateTime> &invalidityDate = {});
    // Generates (signs, stores and publishes) the next CRL of a CA.
    Result<Crl> generateCrl(qint64 caId);
    // The newest CRL of a CA (NotFound if none yet).
    Result<Crl> currentCrl(qint64 caId);
    // The CAs whose CRL is due: none yet, or its nextUpdate within a quarter of its lifetime (at
    // least an hour). Active and disabled CAs that have not expired; reads only, signs nothing.
    Result<QList<qint64>> crlsDue();
    // Regenerates the CRLs that are due (crlsDue). Returns how many were regenerated.
    Result<int> refreshCrls();

    // The CA certificate and its issuers up to the root, CA first.
    Result<QList<Certificate>> chain(qint64 caId);
    // The issued certificate's CA and serial (NotFound when no certdesk CA issued it).
    struct IssuedRef
    {
        qint64 caId = 0;
        QString serial;
        QString templateName;
    };
    Result<IssuedRef> issuedBy(qint64 certificateId);
    // The certificates a CA issued, a page at a time, sorted and searched in SQL.
    Result<QList<IssuedEntry>> issued(qint64 caId, const IssuedQuery &query, int limit, int offset = 0);
    Result<IssuedCounts> issuedCounts(qint64 caId, const QString &search = {});

    // Delegated OCSP responder: issues an OCSPSigning certificate from the CA (key kept in the
    // key store) that signs the CA's OCSP responses from then on.
    Result<IssuedCertificate> createOcspSigner(qint64 caId, const Validity &validity = Validity::days(30));
    // An RFC 6960 response (DER) to a DER OCSPRequest, over every CA this object knows.
    // Malformed requests give a malformedRequest response, not an error.
    Result<QByteArray> ocspResponse(const QByteArray &requestDer);

    Result<QList<AuditEntry>> auditLog(qint64 caId);
    // CSV (RFC 4180, header row) or JSON (array of objects) of auditLog.
    Result<QByteArray> auditReport(qint64 caId, const QString &format);

    // Forgets the decrypted CA keys held in memory.
    void lock();

private:
    struct Signer;
    struct Row;
    struct Statements;
    Result<Row> row(qint64 caId);
    Result<QList<Row>> rows(const QString &where, const QVariantList &values);
    Result<std::shared_ptr<Signer>> signer(const Row &row);
    Result<void> audit(const Row &row, const QString &action, const QString &serial, const QString &subject,
                       const QString &templateName, const QString &result, const QString &detail = {});
    Result<Crl> makeCrl(const Row &row, const Signer &signer);
    Result<void> publishCrl(const Row &row, const Crl &crl);
    Result<void> checkCanIssue(const Row &row);
    Result<void> switchState(qint64 caId, const QString &from, const QString &to, const QString &action);
    Result<qint64> storeKey(const PrivateKey &key);
    Result<QList<NameConstraints>> constraintsOf(const Row &row);
    Statements &statements();
    CaInfo toInfo(const Row &row);
    CaState stateOf(const Row &row) const;

    Inventory &m_inventory;
    MasterPasswordCallback m_masterPassword;
    QHash<qint64, std::shared_ptr<Signer>> m_signers;
    std::unique_ptr<Statements> m_sql;
    QHash<qint64, Certificate> m_caCertificates; // by inventory id
    QHash<qint64, Row> m_rows;                   // CA rows read since m_rowsVersion (see row())
    qint64 m_rowsVersion = -1;
};

} // namespace certdesk::core
