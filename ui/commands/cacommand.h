#pragma once

#include "acme/acmeaccounts.h"
#include "ca/certificateauthority.h"
#include "lifecycle/managedcertificates.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
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

// The master password callback for a job's own inventory connection on a worker: takes the data
// key from the GUI's key store when that is unlocked, else (promptAllowed) asks through the
// prompter on the GUI thread and unlocks the worker's store (three attempts). declined becomes
// true when the user gave no password. Shared by CaCommand and DeployCommand.
core::MasterPasswordCallback workerMasterPassword(PasswordPrompter *prompter, core::Inventory &inventory,
                                                  std::shared_ptr<std::atomic_bool> declined, bool promptAllowed);

// What a private-CA job did.
struct CaOutcome
{
    bool ok = false;
    bool cancelled = false; // the user declined the master password prompt
    QString error;          // what failed (the core's message) when not ok
    std::optional<core::CaInfo> ca;                  // the CA after the job
    std::optional<core::IssuedCertificate> issued;   // Issue
    qint64 crlNumber = 0;                            // Generate CRL, Revoke
    QStringList files;                               // files written
    QString detail;                                  // anything else the job wants to tell (a count …)
    std::optional<core::ManagedCertificate> managed; // managed certificates: the one after the job
    QList<core::RenewalOutcome> renewals;            // Renew now, the renewal engine
    QByteArray csrPem;                               // external CA: the CSR waiting for its certificate
    std::optional<core::AcmeAccountInfo> account;    // ACME accounts: the account after the job

    static CaOutcome failed(const core::Error &error)
    {
        CaOutcome out;
        out.error = error.message;
        return out;
    }
    static CaOutcome done()
    {
        CaOutcome out;
        out.ok = true;
        return out;
    }
};

// One private-CA operation (create, issue, revoke, CRL, state changes, exports) on a worker
// thread: key generation, signing and the master password's key derivation are slow, and
// nothing slow runs on the GUI thread.
//
// The worker opens its own connection to the inventory and its own CertificateAuthorities
// (one per thread, like Inventory), runs the job and hands the outcome back to the GUI thread.
// A CA key needs the key store unlocked: the worker takes the data key from the GUI's store
// when that is unlocked; otherwise the master password is asked for on the GUI thread
// (PasswordPrompter, without the GUI's store) and the store is unlocked — or, for the first
// key, initialised — on the worker, then shared back with the GUI's store, so the status bar
// and later jobs see it unlocked. Decrypted CA keys live only as long as the job.
// One command per job; it deletes itself after finished().
class CaCommand : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<CaOutcome(core::CertificateAuthorities &)>;
    // A job on managed certificates (requests, renewals): they sign through the worker's
    // CertificateAuthorities and keep generated keys in the worker's key store.
    using ManagedJob = std::function<CaOutcome(core::ManagedCertificates &)>;
    // A job on ACME accounts (create, refresh, contacts, key roll-over, deactivate): the account
    // keys live in the worker's key store.
    using AcmeJob = std::function<CaOutcome(core::AcmeAccounts &)>;

    // inventory: the GUI's inventory (GUI thread); outlives the command. dialogParent: where
    // password prompts show; parent: the command's owner (default: dialogParent).
    CaCommand(core::Inventory &inventory, QWidget *dialogParent, QObject *parent = nullptr);
    ~CaCommand() override;

    // Runs the job on a worker. Once.
    void run(Job job);
    void runManaged(ManagedJob job);
    void runAcme(AcmeJob job);
    // Whether a locked key store may be unlocked by asking for the master password (default). A
    // job started by a timer turns it off: it then works only when the GUI's store is unlocked,
    // and a key it would need is reported as missing instead of prompting.
    void setPromptAllowed(bool allowed) { m_promptAllowed = allowed; }
    // Busy from the start of the work until its result is handled here.
    bool isRunning() const { return m_busy; }
    PasswordPrompter *passwordPrompter() const { return m_prompter; }

Q_SIGNALS:
    void finished(const certdesk::ui::CaOutcome &outcome);
    // The GUI's key store was unlocked (or its master password set) for this job.
    void keyStoreUnlocked();

private:
    using AnyJob = std::function<CaOutcome(core::CertificateAuthorities &, const core::MasterPasswordCallback &)>;
    void start(AnyJob job);
    void onFinished();

    QString m_inventoryPath;
    QString m_actor;
    const core::Clock &m_clock;
    PasswordPrompter *m_prompter = nullptr;
    QFutureWatcher<CaOutcome> m_watcher;
    bool m_busy = false;
    bool m_promptAllowed = true;
};

} // namespace certdesk::ui

Q_DECLARE_METATYPE(certdesk::ui::CaOutcome)
