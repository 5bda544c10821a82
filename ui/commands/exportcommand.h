#pragma once

#include "dialogs/exportdialog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

// What an export did.
struct ExportOutcome
{
    int certificates = 0;    // certificates exported (all of the selection when nothing failed)
    QStringList files;       // every file written
    QStringList failures;    // one line per certificate that failed, naming it
    bool cancelled = false;  // the user declined (e.g. did not unlock the key store)
    QString destination;     // the file or folder chosen
};

// Export ▸ the selected certificates: the ExportDialog, then the files.
//
// Reading the inventory and decrypting keys happen on the GUI thread (quick: one row per
// certificate; the key store is unlocked first through MasterPasswordDialog); building
// PKCS#12 files and encrypting keys (slow key derivation) run on a worker with values only.
// Every certificate exported is an "export" event in the audit log, every key used a
// "key-use" event. Key files are written 0600, keys never in the clear.
// One command per export; it deletes itself after finished().
class ExportCommand : public QObject
{
    Q_OBJECT

public:
    // inventory: the GUI's inventory (GUI thread); outlives the command.
    explicit ExportCommand(core::Inventory &inventory, QObject *parent = nullptr);
    ~ExportCommand() override;

    // Shows the export dialog for these certificates, then exports.
    void exportCertificates(const QList<qint64> &ids, QWidget *parent);
    // Exports without a dialog (tests, scripted use).
    void run(const QList<qint64> &ids, const ExportChoice &choice, QWidget *parent);

    // Where the dialog proposes to save (default: the home folder).
    void setDefaultFolder(const QString &folder) { m_defaultFolder = folder; }
    // The calendar reminder, days before expiry (the first notification threshold).
    void setCalendarReminderDays(int days) { m_reminderDays = days; }
    // Whether to tell the user about failures in a message box at the end (tests turn it off).
    void setShowResult(bool show) { m_showResult = show; }
    // Busy from the start of the work until its result is handled here (the task itself may end
    // earlier: the watcher's finished signal is queued).
    bool isRunning() const { return m_busy; }

    // One line for the status bar ("Exported 3 certificates to /home/…").
    static QString oneLine(const ExportOutcome &outcome);

Q_SIGNALS:
    void finished(const certdesk::ui::ExportOutcome &outcome);
    // The GUI's key store was unlocked (or its master password set) for this export.
    void keyStoreUnlocked();

private:
    void finish(ExportOutcome outcome);
    void onWorkerFinished();

    core::Inventory &m_inventory;
    QString m_defaultFolder;
    int m_reminderDays = 45;
    bool m_showResult = true;
    QPointer<QWidget> m_parentWidget;
    QPointer<QProgressDialog> m_progress;
    ExportChoice m_choice;
    QList<std::pair<qint64, QString>> m_exported; // id, domain: for the events
    QFutureWatcher<ExportOutcome> m_watcher;
    bool m_busy = false;
};

} // namespace certdesk::ui

