#pragma once

#include "crypto/privatekey.h"
#include "inventory/certificatefilter.h"
#include "inventory/clock.h"
#include "inventory/database.h"
#include "inventory/keystore.h"
#include "x509/certificate.h"
#include "x509/pathvalidator.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <memory>
#include <optional>

namespace certdesk::core {

// One row of a certificate list: what the tables and `list` show.
struct CertificateSummary
{
    qint64 id = 0;
    QString sha256;
    QString domainName;
    int sanCount = 0;
    QString status;
    QString type;
    QString subject;
    QString issuer;
    QString issuerCommonName;
    QString keyAlgorithm;
    QString serial;
    QDateTime notBefore;
    QDateTime notAfter;
    bool hasPrivateKey = false;
    bool isCa = false;
};

using Tag = QPair<QString, QString>;

// What a table shows beside a summary, read only for the rows on screen.
struct SummaryExtras
{
    QStringList firstNames; // the first few subject alternative names, in certificate order
    QList<Tag> tags;        // ordered by key
    // Set for certificates of a managed certificate (core/lifecycle), current or earlier.
    std::optional<qint64> managedId;
    QString renewalStatus;      // the managed certificate's RenewalSummary status ("" = never renewed)
    QString renewalEligibility = QStringLiteral("INELIGIBLE"); // ELIGIBLE: the current certificate of a managed one
    QDateTime renewAt;          // current certificates only: when renewal is due
    // Where the certificate is in use (core/deploy): deployments writing it, endpoints seen
    // serving it (not gone), file locations found by a file scan.
    int deployments = 0;
    int endpoints = 0;
    int fileLocations = 0;
    int inUse() const { return deployments + endpoints + fileLocations; }
};

// Everything the inventory knows about one certificate.
struct CertificateRecord
{
    CertificateSummary summary;
    Certificate certificate;
    std::optional<qint64> issuerId;
    QList<Tag> tags;
    QDateTime importedAt;
    QDateTime revokedAt;
    QString revocationReason;
    // Counts the edits of the certificate (its tags): an edit that names the version it read is
    // refused with ErrorCode::Conflict when someone changed it since (optimistic versioning).
    qint64 version = 1;
};

struct Event
{
    qint64 id = 0;
    QDateTime at;
    QString kind;
    std::optional<qint64> certificateId;
    QString subject;
    QString detail;
    QString actor;
};

// Which audit-log entries to read; criteria combine.
struct EventFilter
{
    QString kind;                        // "import", "delete", … ("" = any)
    std::optional<qint64> certificateId; // the events of this certificate
    QString subject;                     // part of the subject (the name at the time), any case
};

// ACM's tag limits.
struct TagLimits
{
    static constexpr int kMaxTags = 50;
    static constexpr int kMaxKeyLength = 128;
    static constexpr int kMaxValueLength = 256;
};

// The certificate inventory (SQLite). One instance per thread: it owns that
// thread's database connection. Status is computed for the injected clock.
class Inventory
{
public:
    static Result<std::unique_ptr<Inventory>> open(const QString &path, const Clock &clock,
                                                   const QString &connectionName = {});
    ~Inventory();

    Database &database() { return m_db; }
    KeyStore &keyStore() { return *m_keyStore; }
    const Clock &clock() const { return m_clock; }
    QString path() const { return m_db.path(); }
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    Result<qint64> count(const CertificateFilter &filter = {});
    // The filter with its free-text search resolved to the ids it matches (searchIds), when
    // there are at most maxIds: one scan of the compact search table, after which counting and
    // every page are look-ups by id. A search matching more is left as it is: it is common
    // enough that walking the sort order finds a page at once. Re-resolve after a change.
    Result<CertificateFilter> resolveSearch(CertificateFilter filter, int maxIds = kMaxResolvedSearchIds);
    static constexpr int kMaxResolvedSearchIds = 2000;
    Result<QList<CertificateSummary>> list(const CertificateFilter &filter, const SortSpec &sort = {}, int limit = -1,
                                           int offset = 0);
    // Keyset paging: the rows that follow `after` (a row of the same filter and sort) without
    // OFFSET, so a page deep in the list costs what the first one does. Fails with InvalidInput
    // for sort columns a summary does not carry (imported); use list() with an offset there.
    Result<QList<CertificateSummary>> listAfter(const CertificateFilter &filter, const SortSpec &sort,
                                                const CertificateSummary &after, int limit);
    // First maxNames SANs and all tags of each of ids (one query; ids without any are left out).
    Result<QHash<qint64, SummaryExtras>> summaryExtras(const QList<qint64> &ids, int maxNames = 3);
    // Values present in the inventory, for filter choices (SELECT DISTINCT over indexes).
    Result<QStringList> distinctKeyAlgorithms();
    Result<QList<Tag>> distinctTags(int limit = 1000); // ordered by key, value

    // REF: an inventory id ("42") or a SHA-256/SHA-1 fingerprint prefix (at least 6 hex digits, colons allowed).
    Result<qint64> resolve(const QString &ref);
    Result<CertificateRecord> record(qint64 id);
    Result<Certificate> certificate(qint64 id);

    // The issuers of id, leaf-most first, as far as the inventory holds them (without id itself).
    Result<QList<Certificate>> issuerChain(qint64 id);
    // Certificates that might be issuers of cert: same subject as its issuer, or SKI = its AKI.
    Result<QList<Certificate>> issuerCandidates(const Certificate &cert);

    // Validates a certificate of the inventory: its issuers in the inventory are added to the
    // untrusted intermediates of options; trust comes from options (given anchors, system store).
    Result<ValidationResult> validate(qint64 id, ValidationOptions options);

    bool hasPrivateKey(qint64 id);
    // Encrypts the key with the (unlocked) key store and keeps it (once per public key): its
    // private_keys id. Inside the caller's transaction when there is one.
    Result<qint64> storeKey(const PrivateKey &key);
    // Decrypts the certificate's key (unlocking through ask if needed); logs a key-use event.
    Result<PrivateKey> privateKey(qint64 id, const MasterPasswordCallback &ask, const QString &purpose);
    // privateKey() for a key that leaves certdesk (export): refused with InvalidInput when the
    // certificate belongs to a managed certificate whose key may not be exported.
    Result<PrivateKey> privateKeyForExport(qint64 id, const MasterPasswordCallback &ask, const QString &purpose);

    Result<void> remove(qint64 id);
    // expectedVersion: the CertificateRecord::version the change was based on (nullopt: whatever is there).
    Result<void> addTags(qint64 id, const QList<Tag> &tags, std::optional<qint64> expectedVersion = std::nullopt);
    Result<void> removeTags(qint64 id, const QStringList &keys, std::optional<qint64> expectedVersion = std::nullopt);

    Result<QList<Event>> events(std::optional<qint64> certificateId = {}, int limit = 100);
    // The audit log newest first, a page at a time: the entries older than beforeId (0: from
    // the newest). Keyset paging on the id, so a page deep in the log costs what the first does.
    Result<QList<Event>> events(const EventFilter &filter, qint64 beforeId, int limit);
    // The kinds of event present in the log, sorted.
    Result<QStringList> eventKinds();
    Result<void> logEvent(const QString &kind, std::optional<qint64> certificateId, const QString &subject,
                          const QString &detail);

private:
    // Inside the caller's transaction: counts an edit of certificate id, or refuses it when
    // expectedVersion is given and someone changed it since.
    Result<void> bumpVersion(qint64 id, std::optional<qint64> expectedVersion);
    Result<QList<CertificateSummary>> page(const CertificateFilter &filter, const SortSpec &sort,
                                           const CertificateSummary *after, int limit, int offset);

    Inventory(Database db, const Clock &clock);

    Database m_db;
    const Clock &m_clock;
    std::unique_ptr<KeyStore> m_keyStore;
    QString m_actor;
};

Result<Tag> parseTag(const QString &text); // "key=value"

// Inventory::count on any connection to an inventory (a reader on a worker thread).
Result<qint64> countCertificates(Database &db, const CertificateFilter &filter, const QDateTime &now);

} // namespace certdesk::core
