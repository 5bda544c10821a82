#pragma once

#include "deploy/deploylayout.h"
#include "deploy/deploywriter.h"
#include "deploy/tlsprobe.h"
#include "inventory/inventory.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace certdesk::core {

// What an endpoint check found, compared with the inventory.
namespace EndpointState {
inline const QString Current = QStringLiteral("CURRENT");           // serves the certificate we hold as current
inline const QString Stale = QStringLiteral("STALE");               // serves an older certificate of the same managed certificate
inline const QString Mismatch = QStringLiteral("MISMATCH");         // serves another certificate of the inventory than the deployed one
inline const QString Unknown = QStringLiteral("UNKNOWN");           // serves a certificate not in the inventory
inline const QString HandshakeFailed = QStringLiteral("HANDSHAKE_FAILED"); // no certificate: refused, timed out, not TLS, handshake failed
inline const QString Gone = QStringLiteral("GONE");                 // a discovery scan no longer finds it
QStringList all();
// Stale, mismatching, unknown, failing: what the dashboard's endpoints tile counts.
bool isProblem(const QString &state);
} // namespace EndpointState

// A certificate as an endpoint serves it, as last checked or seen by a scan.
struct EndpointRecord
{
    qint64 id = 0;
    QString host;
    QString address;
    quint16 port = 0;
    QString sni;
    QString startTls;             // none smtp imap pop3 postgres
    QString state;                // EndpointState
    QString detail;               // plain words: "serving the current certificate of mc-3", "handshake failed: ..."
    QString probeStatus;          // ProbeStatus name of the last look
    std::optional<qint64> certificateId; // the served leaf, when it is in the inventory
    QString leafSha256;           // hex, "" when nothing was served
    QString leafDomainName;
    QDateTime leafNotAfter;
    QStringList chainProblems;
    int chainLength = 0;
    QString tlsVersion, cipher;
    std::optional<qint64> deploymentId; // the deployment whose endpoint this is
    std::optional<qint64> scanId;       // the saved scan that found it
    QDateTime firstSeen, lastSeen, lastChecked;
    QDateTime goneAt;             // valid: a scan no longer finds it

    QString label() const;        // host:port (sni)
};

enum class DeploymentState { New, Deployed, Failed };
QString deploymentStateName(DeploymentState state); // NEW DEPLOYED FAILED

// What to deploy where.
struct DeploymentSpec
{
    qint64 certificateId = 0;      // of a managed certificate: the deployment follows its renewals
    QString targetDir;
    DeployLayout layout = DeployLayout::Nginx;
    KeyFilePermissions keyPermissions;
    QString reloadCommand;         // run without a shell ("" = none), e.g. "nginx -s reload"
    int reloadTimeoutMs = 30000;
    QString endpointHost;          // "" = no endpoint
    quint16 endpointPort = 0;
    QString endpointSni;           // "" = the host name
    QByteArray password;           // PKCS#12 and PEM bundle (kept sealed by the key store)
    QString alias;                 // PKCS#12 friendly name / Java alias ("" = the domain name)
};

struct Deployment
{
    qint64 id = 0;
    qint64 certificateId = 0;      // what the deployment writes: a managed certificate's current one
    std::optional<qint64> managedId;
    QString domainName;            // of that certificate
    QDateTime notAfter;
    QString targetDir;
    DeployLayout layout = DeployLayout::Nginx;
    KeyFilePermissions keyPermissions;
    QString reloadCommand;
    int reloadTimeoutMs = 30000;
    QString endpointHost;
    quint16 endpointPort = 0;
    QString endpointSni;
    QString alias;
    bool hasPassword = false;
    DeploymentState state = DeploymentState::New;
    QDateTime lastRunAt;
    std::optional<qint64> deployedCertificateId; // what the last successful run wrote
    QString lastError;             // FAILED: why (with the reload command's output)
    QString lastOutput;            // the reload command's output of the last run
    std::optional<EndpointRecord> endpoint; // the endpoint's last check
    QDateTime createdAt;

    QString ref() const { return QStringLiteral("dep-%1").arg(id); }
    bool outOfDate() const { return !deployedCertificateId || *deployedCertificateId != certificateId; }
};

// Which deployments to list.
struct DeploymentFilter
{
    std::optional<qint64> certificateId; // deployments of this certificate (or of its managed certificate)
    bool problemsOnly = false;           // failed, out of date, or endpoint not current
};

// What one run did.
struct DeploymentRun
{
    qint64 deploymentId = 0;
    bool ok = false;
    QStringList files;             // written
    QString error;                 // why not (files rolled back)
    CommandResult reload;
    std::optional<EndpointRecord> check;
};

// Where a certificate is in use: ACM's InUseBy.
struct InUse
{
    QList<Deployment> deployments;
    QList<EndpointRecord> endpoints;    // seen serving it (not gone)
    QList<QString> files;               // file-system locations found by scan-files
    bool isEmpty() const { return deployments.isEmpty() && endpoints.isEmpty() && files.isEmpty(); }
};

class Discovery;

// Deployments on one inventory (one thread, like Inventory). Running one decrypts the key (the
// master password through the callback), writes the files, runs the reload command (a failure
// rolls the files back) and checks the endpoint.
class Deployments
{
public:
    Deployments(Inventory &inventory, MasterPasswordCallback masterPassword);
    ~Deployments();
    Deployments(const Deployments &) = delete;
    Deployments &operator=(const Deployments &) = delete;

    // InvalidInput for a missing certificate, a target that is not an absolute path, a layout
    // that needs a key the inventory does not hold, a missing password, a bad reload command or endpoint.
    Result<Deployment> add(const DeploymentSpec &spec);
    // REF: "dep-4" or "4".
    Result<qint64> resolve(const QString &ref);
    Result<Deployment> get(qint64 id);
    Result<QList<Deployment>> list(const DeploymentFilter &filter = {}, int limit = -1, int offset = 0);
    Result<qint64> count(const DeploymentFilter &filter = {});
    // Forgets the deployment (the files stay where they are).
    Result<void> remove(qint64 id);

    // Writes and reloads. A failure is a DeploymentRun with ok = false (and FAILED stored), not an
    // error; errors are for the inventory itself and for a key store that cannot be unlocked
    // (no password, a wrong one: nothing is recorded then).
    Result<DeploymentRun> run(qint64 id);
    Result<QList<DeploymentRun>> runAll();
    // After a renewal: every deployment of the managed certificate.
    Result<QList<DeploymentRun>> runForManaged(qint64 managedId);
    // Time given to a reloaded server to serve the new certificate before a check calls it stale.
    void setCheckGraceMs(int ms) { m_checkGraceMs = ms; }

    // Probes the deployment's endpoint and stores what it found (NotFound without an endpoint).
    Result<EndpointRecord> check(qint64 id);
    Result<QList<EndpointRecord>> checkAll();

    // The files one run would write (names and contents described), for a preview.
    static QList<DeployFileInfo> preview(DeployLayout layout) { return deployLayoutFiles(layout); }

    // ACM's InUseBy.
    Result<InUse> inUse(qint64 certificateId);

private:
    Result<EndpointRecord> checkEndpoint(const Deployment &d, int graceMs);
    Discovery &discovery();
    Result<void> store(qint64 id, const DeploymentRun &run, qint64 certificateId);

    Inventory &m_inventory;
    MasterPasswordCallback m_masterPassword;
    int m_checkGraceMs = 10000;
    std::unique_ptr<Discovery> m_discovery;
};

} // namespace certdesk::core
