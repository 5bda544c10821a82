#pragma once

#include "inventory/importreport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace certdesk::core {
class Clock;
}

namespace certdesk::ui {

class PasswordPrompter;

// File ▸ Import: picks files, imports them on a worker thread, reports.
//
// The worker opens its own connection to the inventory (a QSqlDatabase is
// only used by the thread that opened it) and runs core::ImportJob there.
// A progress dialog shows how far it got and cancels it; passwords are asked
// for on the GUI thread. When done: finished(report), then a summary dialog.
// One command per import; it deletes itself after finished().
class ImportCommand : public QObject
{
    Q_OBJECT

public:
    // clock: outlives the command and is safe to read from other threads.
    ImportCommand(QString inventoryPath, const core::Clock &clock, QWidget *parentWidget);
    ~ImportCommand() override;

    // Asks for files (starting in startDirectory), then imports them. Deletes itself if the user cancels.
    void start(const QString &startDirectory = {});
    // Imports these files or folders.
    void start(const QStringList &paths);

    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();

    // Whether to show the summary dialog at the end (tests turn it off).
    void setShowSummary(bool show) { m_showSummary = show; }
    // The folder the user picked files from, to start there next time.
    QString chosenDirectory() const { return m_chosenDirectory; }

Q_SIGNALS:
    void finished(const certdesk::core::ImportReport &report);

private:
    void onFinished();

    QString m_inventoryPath;
    const core::Clock &m_clock;
    QPointer<QWidget> m_parentWidget;
    PasswordPrompter *m_prompter = nullptr;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<core::ImportReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QString m_chosenDirectory;
    bool m_showSummary = true;
};

} // namespace certdesk::ui
