#pragma once

#include "inventory/keystore.h"
#include "x509/importparser.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

class QWidget;

namespace certdesk::ui {

// Asks the user for passwords on behalf of background jobs.
//
// Lives on the GUI thread. The ask functions may be called from any thread:
// from a worker they block it until the user has answered (the dialog runs on
// the GUI thread through a blocking queued call), one prompt at a time.
// After abandon() every ask returns nullopt without showing anything.
//
// File passwords: one dialog per file (FilePasswordDialog). "Use this password
// for the remaining files" makes later files try that password first; a file it
// does not open is asked about. The parser gives up after its bounded retries.
//
// Master password: with the GUI's key store (see the constructor) the dialog
// unlocks that store on the GUI thread and the worker's store takes the data key
// from it, so both end up unlocked and the user is asked only once.
class PasswordPrompter : public QObject
{
    Q_OBJECT

public:
    // guiKeyStore: the key store of the inventory the GUI holds (used on the GUI thread only);
    // nullptr: the worker's own store is unlocked with the password returned by askMasterPassword.
    explicit PasswordPrompter(QWidget *dialogParent, QObject *parent = nullptr, core::KeyStore *guiKeyStore = nullptr);

    // A PKCS#12 file or an encrypted private key.
    std::optional<QByteArray> askFilePassword(const core::PasswordRequest &request);
    // To set the inventory's master password (asked twice) or to unlock the key store.
    // problem: shown above the prompt on a repeated ask ("Wrong master password.").
    std::optional<QByteArray> askMasterPassword(core::MasterPasswordPurpose purpose, const QString &problem = {});
    // Unlocks workerStore (another connection's store of the same inventory) from the GUI's
    // key store, asking for the master password when the GUI's store is locked. Any thread;
    // workerStore must not be used by anyone else meanwhile. Needs a GUI key store.
    bool unlockForWorker(core::KeyStore &workerStore);
    bool hasGuiKeyStore() const { return m_guiKeyStore != nullptr; }
    // Without asking: unlocks workerStore from the GUI's key store when that one is unlocked.
    // Any thread; workerStore must not be used by anyone else meanwhile. Needs a GUI key store.
    bool takeFromGuiKeyStore(core::KeyStore &workerStore);
    // Gives the GUI's key store the data key of workerStore (unlocked or initialised on a worker,
    // where the slow key derivation ran), so the GUI and later jobs need not ask again.
    // Any thread; workerStore must not be used by anyone else meanwhile. Needs a GUI key store.
    bool shareWithGuiKeyStore(const core::KeyStore &workerStore);

    // Stops prompting (the job is being cancelled or torn down); a prompt on screen is closed
    // as if skipped. GUI thread.
    void abandon();
    bool isAbandoned() const { return m_abandoned.load(); }

    // How many file-password dialogs were shown (tests, and the summary).
    int filePromptsShown() const { return m_filePrompts.load(); }

Q_SIGNALS:
    // The GUI's key store was unlocked (or its master password set) through this prompter.
    void keyStoreUnlocked();

private:
    using Ask = std::function<std::optional<QByteArray>()>;
    std::optional<QByteArray> onGuiThread(const Ask &ask);
    std::optional<QByteArray> promptFilePassword(const core::PasswordRequest &request);
    std::optional<QByteArray> promptMasterPassword(core::MasterPasswordPurpose purpose, const QString &problem);

    QPointer<QWidget> m_dialogParent;
    core::KeyStore *m_guiKeyStore;
    std::mutex m_oneAtATime;
    std::atomic_bool m_abandoned{false};
    std::atomic_int m_filePrompts{0};
    // GUI thread only (inside onGuiThread):
    std::optional<QByteArray> m_forRemaining;
    QPointer<QDialog> m_openDialog;
};

} // namespace certdesk::ui
