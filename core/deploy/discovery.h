#pragma once

#include "deploy/deployments.h"
#include "deploy/endpointscanner.h"
#include "inventory/inventory.h"

#include <QDateTime>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace certdesk::core {

// A scan kept for running again, by hand or on a schedule.
struct SavedScan
{
    qint64 id = 0;
    QString name;
    ScanSpec spec;
    int intervalHours = 24;        // 0: only by hand
    QDateTime lastRunAt, nextRunAt;
    QString lastSummary;           // "12 endpoints, 3 new certificates, 1 gone"
    QDateTime createdAt;
};

// What recording a scan did.
struct ScanSummary
{
    int probed = 0;
    int serving = 0;               // endpoints that completed a handshake
    int failed = 0;                // answered but no certificate (not TLS, handshake failed, timeout)
    int newEndpoints = 0;
    int newCertificates = 0;       // leaves (and chain certificates) added to the inventory
    int gone = 0;                  // endpoints of this scan's targets seen before, not now
    int problems = 0;              // stale, unknown, failing endpoints or chain problems
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QList<EndpointRecord> endpoints; // what was found, in probe order (serving or failing; closed ports are left out)

    QString describe() const;
};

// Which endpoints to list.
struct EndpointFilter
{
    QString state;                 // an EndpointState ("" = any)
    bool problemsOnly = false;     // EndpointState::isProblem or chain problems
    bool includeGone = false;
    std::optional<qint64> scanId;
    std::optional<qint64> certificateId;
    QString search;                // part of the host, SNI or served name
};

// File-system discovery.
struct FileScanSummary
{
    int files = 0;                 // files read
    int certificates = 0;          // certificates found (leaves and CAs)
    int newCertificates = 0;
    int keysMatched = 0;           // key files whose certificate was found (the path is recorded, the key is not imported)
    int locations = 0;             // file locations recorded
    QList<Error> errors;           // unreadable files, unreadable folders
    bool cancelled = false;
};

// Endpoints and discovery on one inventory (one thread, like Inventory).
class Discovery
{
public:
    explicit Discovery(Inventory &inventory);

    // Records what a scan found: new leaves (and the chain they came with) are imported, each
    // serving endpoint is compared with the inventory, "last seen" updated; endpoints of the
    // scanned targets found before but closed now are marked gone. scanId: the saved scan.
    Result<ScanSummary> record(const QList<ProbeResult> &results, std::optional<qint64> scanId = {});
    // expandScanTargets + scanEndpoints + record. progress (done, total) from worker threads.
    Result<ScanSummary> scan(const ScanSpec &spec, std::optional<qint64> scanId = {},
                             const std::function<void(int done, int total)> &progress = {},
                             const std::atomic<bool> *cancelled = nullptr);

    Result<QList<EndpointRecord>> endpoints(const EndpointFilter &filter = {}, int limit = -1, int offset = 0);
    Result<qint64> countEndpoints(const EndpointFilter &filter = {});

    // Saved scans. Names are unique (InvalidInput otherwise).
    Result<SavedScan> saveScan(const QString &name, const ScanSpec &spec, int intervalHours = 24);
    Result<QList<SavedScan>> savedScans();
    Result<SavedScan> savedScan(const QString &nameOrId);
    Result<void> removeScan(qint64 id);
    // Saved scans whose next run is due at the inventory's clock, soonest first.
    Result<QList<SavedScan>> dueScans();
    // Runs a saved scan now and schedules its next run.
    Result<ScanSummary> runSavedScan(qint64 id, const std::function<void(int done, int total)> &progress = {},
                                     const std::atomic<bool> *cancelled = nullptr);

    // Looks through folders (recursively, not following links out of them, files up to 1 MiB)
    // for certificates and keys: certificates are imported (new ones) and their paths recorded;
    // a key file whose public key matches a certificate found is recorded as its key's path.
    Result<FileScanSummary> scanFiles(const QStringList &folders, const std::function<void(int files)> &progress = {},
                                      const std::atomic<bool> *cancelled = nullptr);

    // Classifies a probe against the inventory (no writes): state, detail, the served leaf's id.
    // expectedCertificateId: what a deployment wrote there (stale/mismatch is judged against it).
    EndpointRecord classify(const ProbeResult &probe, std::optional<qint64> expectedCertificateId = {});
    // Stores one endpoint observation (insert or update by host, port and SNI).
    Result<EndpointRecord> store(EndpointRecord record);

private:
    Inventory &m_inventory;
    QMultiHash<QString, Certificate> m_systemRoots; // the system's trust store by subject, read at the first check
};

// The endpoints with these ids (in no particular order), on any connection to an inventory.
Result<QList<EndpointRecord>> endpointsByIds(Database &db, const QList<qint64> &ids);

// The number of endpoints with a problem (stale, mismatch, unknown, failing, chain problems) on
// any connection to an inventory: the dashboard's tile.
Result<qint64> countEndpointProblems(Database &db);

} // namespace certdesk::core
