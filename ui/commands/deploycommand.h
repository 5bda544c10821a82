#pragma once

#include "deploy/deployments.h"
#include "deploy/discovery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace certdesk::core {
class Clock;
class Inventory;
} // namespace certdesk::core

namespace certdesk::ui {

class PasswordPrompter;

// What a deployment or discovery job did.
struct DeployOutcome
{
    bool ok = false;
    bool cancelled = false;  // the user declined the master password, or pressed Cancel
    QString error;           // the core's message when not ok
    std::optional<core::Deployment> deployment; // Add, Run: the deployment after the job
    QList<core::DeploymentRun> runs;            // Run, Run all
    QList<core::EndpointRecord> checks;         // Check, Check all
    std::optional<core::ScanSummary> scan;      // Scan, Run saved scan
    std::optional<core::FileScanSummary> fileScan;
    std::optional<core::SavedScan> savedScan;   // Save scan
    std::optional<core::InUse> inUse;           // In use by
    QList<QPair<QString, QString>> scheduled;   // the scheduler: saved scan name, its summary or error

    static DeployOutcome failed(const core::Error &error)
    {
        DeployOutcome out;
        out.error = error.message;
        out.cancelled = error.code == core::ErrorCode::Cancelled;
        return out;
    }
    static DeployOutcome done()
    {
        DeployOutcome out;
        out.ok = true;
        return out;
    }
};

// What a job gets on its worker: its own inventory connection with Deployments and Discovery on
// it, progress to report and a flag that says Cancel was pressed.
struct DeployContext
{
    core::Inventory &inventory;
    core::Deployments &deployments;
    core::Discovery &discovery;
    std::function<void(int done, int total)> progress;
    const std::atomic<bool> *cancelled = nullptr;
};

// One deployment or discovery job (write and reload, endpoint checks, scans) on a worker thread:
// it opens its own connection to the inventory (one per thread), runs the job and hands the
// outcome back to the GUI thread. A deployment that writes a key decrypts it: the master
// password comes as for CaCommand (the GUI's unlocked store, or a prompt on the GUI thread).
// One command per job; it deletes itself after finished().
class DeployCommand : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<DeployOutcome(DeployContext &)>;

    DeployCommand(core::Inventory &inventory, QWidget *dialogParent, QObject *parent = nullptr);
    ~DeployCommand() override; // cancels and waits

    void run(Job job);
    // A job started by a timer does not prompt: keys are used only when the GUI's store is unlocked.
    void setPromptAllowed(bool allowed) { m_promptAllowed = allowed; }
    bool isRunning() const { return m_busy; }
    // Asks the job to stop (scans return what they found so far).
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const certdesk::ui::DeployOutcome &outcome);
    void keyStoreUnlocked();

private:
    void onFinished();

    QString m_inventoryPath;
    QString m_actor;
    const core::Clock &m_clock;
    PasswordPrompter *m_prompter = nullptr;
    QFutureWatcher<DeployOutcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    bool m_busy = false;
    bool m_promptAllowed = true;
};

} // namespace certdesk::ui

Q_DECLARE_METATYPE(certdesk::ui::DeployOutcome)
