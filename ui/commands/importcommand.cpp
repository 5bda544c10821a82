#include "commands/importcommand.h"

#include "dialogs/importprogressdialog.h"
#include "dialogs/importsummarydialog.h"
#include "dialogs/passwordprompter.h"
#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::ui {

namespace {

constexpr int kMasterPasswordAttempts = 3;

core::MasterPasswordCallback masterPasswordCallback(PasswordPrompter *prompter, core::Inventory &inv)
{
    if (prompter->hasGuiKeyStore()) {
        // The dialog unlocks the GUI's store; this worker's store takes the data key from it.
        return [prompter, &inv](core::MasterPasswordPurpose) -> std::optional<QByteArray> {
            if (prompter->unlockForWorker(inv.keyStore()))
                return QByteArray(); // ensureUnlocked() sees the store unlocked and uses it
            return std::nullopt;
        };
    }
    // Called on the worker. A wrong password is asked again, up to a few times.
    return [prompter, &inv](core::MasterPasswordPurpose purpose) -> std::optional<QByteArray> {
        if (purpose == core::MasterPasswordPurpose::Create)
            return prompter->askMasterPassword(purpose);
        QString problem;
        for (int attempt = 0; attempt < kMasterPasswordAttempts; ++attempt) {
            const auto password = prompter->askMasterPassword(purpose, problem);
            if (!password)
                return std::nullopt;
            const auto unlocked = inv.keyStore().unlock(*password);
            if (unlocked)
                return password;
            if (unlocked.error().code != core::ErrorCode::WrongPassword)
                return password; // let the key store report what went wrong
            problem = QCoreApplication::translate("certdesk::ui::ImportCommand", "Wrong master password. Try again.");
        }
        return std::nullopt;
    };
}

} // namespace

ImportCommand::ImportCommand(core::Inventory &inventory, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_inventoryPath(inventory.path())
    , m_clock(inventory.clock())
    , m_parentWidget(parentWidget)
    , m_prompter(new PasswordPrompter(parentWidget, this, &inventory.keyStore()))
{
    connect(&m_watcher, &QFutureWatcher<core::ImportReport>::finished, this, &ImportCommand::onFinished);
    connect(m_prompter, &PasswordPrompter::keyStoreUnlocked, this, &ImportCommand::keyStoreUnlocked);
}

ImportCommand::ImportCommand(QString inventoryPath, const core::Clock &clock, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_inventoryPath(std::move(inventoryPath))
    , m_clock(clock)
    , m_parentWidget(parentWidget)
    , m_prompter(new PasswordPrompter(parentWidget, this))
{
    connect(&m_watcher, &QFutureWatcher<core::ImportReport>::finished, this, &ImportCommand::onFinished);
}

ImportCommand::~ImportCommand()
{
    delete m_progress;
    if (!m_watcher.isRunning())
        return;
    cancel();
    // The worker may be blocked in a password prompt queued to this thread.
    // Dropping the queued call wakes it with "no password"; it then sees the
    // cancel flag and stops.
    while (!m_watcher.isFinished()) {
        QCoreApplication::removePostedEvents(m_prompter, QEvent::MetaCall);
        QThread::msleep(5);
    }
}

void ImportCommand::start(const QString &startDirectory)
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_parentWidget, tr("Import Certificates and Keys"), startDirectory,
        tr("Certificates and keys (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx *.key *.csr *.crl);;All files (*)"));
    if (files.isEmpty()) {
        deleteLater();
        return;
    }
    m_chosenDirectory = QFileInfo(files.first()).absolutePath();
    start(files);
}

void ImportCommand::start(const QStringList &paths)
{
    run([paths](core::ImportJob &job, const core::ImportProgress &progress, const std::atomic_bool *cancel) {
        return job.importPaths(paths, progress, cancel);
    }, true);
}

void ImportCommand::importText(const QString &name, const QByteArray &data) { importData({{name, data}}); }

void ImportCommand::importData(const QList<core::ImportSource> &sources)
{
    run([sources](core::ImportJob &job, const core::ImportProgress &progress, const std::atomic_bool *cancel) {
        return job.importData(sources, progress, cancel);
    }, false);
}

void ImportCommand::run(Work work, bool files)
{
    Q_ASSERT(!m_watcher.isRunning());
    m_progress = new ImportProgressDialog(files ? ImportProgressDialog::Unit::Files : ImportProgressDialog::Unit::Texts,
                                          m_parentWidget);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &ImportProgressDialog::cancelRequested, this, &ImportCommand::cancel);
    connect(&m_watcher, &QFutureWatcher<core::ImportReport>::progressValueChanged, m_progress,
            [this](int done) {
                if (m_progress)
                    m_progress->setProgress(done, m_watcher.progressMaximum());
            });
    connect(&m_watcher, &QFutureWatcher<core::ImportReport>::progressTextChanged, m_progress,
            [this](const QString &current) {
                if (m_progress)
                    m_progress->setCurrentItem(current);
            });
    // Show it only for imports that take a while (a pasted certificate is done at once).
    QTimer::singleShot(m_progressDelayMs, m_progress, [this] {
        if (m_progress && m_watcher.isRunning())
            m_progress->show();
    });

    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([path = m_inventoryPath, clock = &m_clock, work = std::move(work),
                                           cancel = m_cancel, prompter = m_prompter](QPromise<core::ImportReport> &promise) {
        const QString connection = QStringLiteral("certdesk-import-%1-%2")
                                       .arg(quintptr(QThread::currentThreadId()))
                                       .arg(QUuid::createUuid().toString(QUuid::Id128));
        auto inventory = core::Inventory::open(path, *clock, connection);
        if (!inventory) {
            core::ImportReport report;
            report.failures.append(inventory.error());
            promise.addResult(report);
            return;
        }
        core::Inventory &inv = **inventory;
        core::ImportOptions options;
        options.filePasswords = [prompter](const core::PasswordRequest &request) {
            return prompter->askFilePassword(request);
        };
        options.masterPassword = masterPasswordCallback(prompter, inv);
        int range = -1;
        const core::ImportProgress progress = [&](int done, int total, const QString &current) {
            if (total != range) {
                range = total;
                promise.setProgressRange(0, total);
            }
            promise.setProgressValueAndText(done, current);
        };
        core::ImportJob job(inv, options);
        promise.addResult(work(job, progress, cancel.get()));
    }));
}

void ImportCommand::cancel()
{
    m_cancel->store(true);
    m_prompter->abandon();
    // (Not closing the dialog: this may run inside its Cancel button's clicked() signal.)
    if (m_progress)
        m_progress->setCancelling();
}

void ImportCommand::onFinished()
{
    m_busy = false;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    core::ImportReport report;
    if (m_watcher.future().resultCount() > 0)
        report = m_watcher.result();
    Q_EMIT finished(report);
    if (m_showSummary && m_parentWidget) {
        auto *summary = new ImportSummaryDialog(report, m_parentWidget);
        summary->setAttribute(Qt::WA_DeleteOnClose);
        summary->open();
    }
    deleteLater();
}

} // namespace certdesk::ui
