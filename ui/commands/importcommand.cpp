#include "commands/importcommand.h"

#include "dialogs/importsummarydialog.h"
#include "dialogs/passwordprompter.h"
#include "inventory/importjob.h"
#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPromise>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::ui {

namespace {

constexpr int kMasterPasswordAttempts = 3;

// Runs on a pool thread: everything here uses only what was passed in.
void runImport(QPromise<core::ImportReport> &promise, const QString &inventoryPath, const core::Clock &clock,
               const QStringList &paths, std::shared_ptr<std::atomic_bool> cancel, PasswordPrompter *prompter)
{
    const QString connection = QStringLiteral("certdesk-import-%1-%2")
                                   .arg(quintptr(QThread::currentThreadId()))
                                   .arg(QUuid::createUuid().toString(QUuid::Id128));
    auto inventory = core::Inventory::open(inventoryPath, clock, connection);
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
    // Called on this thread. A wrong password is asked again, up to a few times.
    options.masterPassword = [prompter, &inv](core::MasterPasswordPurpose purpose) -> std::optional<QByteArray> {
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
            problem = QCoreApplication::translate("certdesk::ui::ImportCommand", "Wrong master password.");
        }
        return std::nullopt;
    };

    int range = -1;
    const core::ImportProgress progress = [&](int done, int total, const QString &current) {
        if (total != range) {
            range = total;
            promise.setProgressRange(0, total);
        }
        promise.setProgressValueAndText(done, current);
    };
    promise.addResult(core::ImportJob(inv, options).importPaths(paths, progress, cancel.get()));
}

} // namespace

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
    Q_ASSERT(!m_watcher.isRunning());
    m_progress = new QProgressDialog(tr("Starting the import…"), tr("Cancel"), 0, 0, m_parentWidget);
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportCommand::cancel);
    connect(&m_watcher, &QFutureWatcher<core::ImportReport>::progressRangeChanged, m_progress,
            &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcher<core::ImportReport>::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcher<core::ImportReport>::progressTextChanged, m_progress,
            [this](const QString &current) {
                if (m_progress && !current.isEmpty() && !m_cancel->load())
                    m_progress->setLabelText(tr("Importing %1…").arg(QFileInfo(current).fileName()));
            });

    m_watcher.setFuture(QtConcurrent::run([path = m_inventoryPath, clock = &m_clock, paths, cancel = m_cancel,
                                           prompter = m_prompter](QPromise<core::ImportReport> &promise) {
        runImport(promise, path, *clock, paths, cancel, prompter);
    }));
}

void ImportCommand::cancel()
{
    m_cancel->store(true);
    m_prompter->abandon();
    // (Not removing the Cancel button: this may run inside its clicked() signal.)
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void ImportCommand::onFinished()
{
    if (m_progress) {
        m_progress->close();
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
