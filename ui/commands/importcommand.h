#pragma once

#include "dialogs/importprogressdialog.h"
#include "inventory/importjob.h"
#include "inventory/importreport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace certdesk::core {
class Clock;
class Inventory;
class KeyStore;
} // namespace certdesk::core

namespace certdesk::ui {

class PasswordPrompter;

// File ▸ Import, drag and drop, paste: imports on a worker thread, reports.
//
// The worker opens its own connection to the inventory (a QSqlDatabase is
// only used by the thread that opened it) and runs core::ImportJob there.
// An ImportProgressDialog shows how far it got and cancels it; passwords are
// asked for on the GUI thread (PasswordPrompter). When done: finished(report),
// then an ImportSummaryDialog. One command per import; it deletes itself after finished().
class ImportCommand : public QObject
{
    Q_OBJECT

public:
    // inventory: the GUI's inventory (GUI thread). Its key store is the one the master password
    // dialog unlocks; the worker borrows the unlocked state, so it stays unlocked after the import.
    ImportCommand(core::Inventory &inventory, QWidget *parentWidget);
    // Without the GUI's inventory: the worker asks for the master password itself.
    // clock: outlives the command and is safe to read from other threads.
    ImportCommand(QString inventoryPath, const core::Clock &clock, QWidget *parentWidget);
    ~ImportCommand() override;

    // Asks for files (starting in startDirectory), then imports them. Deletes itself if the user cancels.
    void start(const QString &startDirectory = {});
    // Imports these files or folders.
    void start(const QStringList &paths);
    void importPaths(const QStringList &paths) { start(paths); }
    // Imports pasted or dropped text (PEM, or any format the parser reads); name labels it in reports.
    void importText(const QString &name, const QByteArray &data);
    void importData(const QList<core::ImportSource> &sources);

    // Busy from the start of the work until its result is handled here (the task itself may end
    // earlier: the watcher's finished signal is queued).
    bool isRunning() const { return m_busy; }
    void cancel();

    // Whether to show the summary dialog at the end (tests turn it off).
    void setShowSummary(bool show) { m_showSummary = show; }
    // Delay before the progress dialog appears (a short import shows none). Default 400 ms.
    void setProgressDelay(int ms) { m_progressDelayMs = ms; }
    // The folder the user picked files from, to start there next time.
    QString chosenDirectory() const { return m_chosenDirectory; }

    ImportProgressDialog *progressDialog() const { return m_progress; }
    PasswordPrompter *passwordPrompter() const { return m_prompter; }

Q_SIGNALS:
    void finished(const certdesk::core::ImportReport &report);
    // The GUI's key store was unlocked (or its master password set) during this import.
    void keyStoreUnlocked();

private:
    using Work = std::function<core::ImportReport(core::ImportJob &, const core::ImportProgress &,
                                                  const std::atomic_bool *)>;
    void run(Work work, bool files);
    void onFinished();

    QString m_inventoryPath;
    const core::Clock &m_clock;
    QPointer<QWidget> m_parentWidget;
    PasswordPrompter *m_prompter = nullptr;
    QPointer<ImportProgressDialog> m_progress;
    QFutureWatcher<core::ImportReport> m_watcher;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QString m_chosenDirectory;
    bool m_showSummary = true;
    int m_progressDelayMs = 400;
};

} // namespace certdesk::ui
