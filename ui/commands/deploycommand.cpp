#include "commands/deploycommand.h"

#include "commands/cacommand.h"
#include "dialogs/passwordprompter.h"
#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::ui {

DeployCommand::DeployCommand(core::Inventory &inventory, QWidget *dialogParent, QObject *parent)
    : QObject(parent ? parent : dialogParent)
    , m_inventoryPath(inventory.path())
    , m_actor(inventory.actor())
    , m_clock(inventory.clock())
    , m_prompter(new PasswordPrompter(dialogParent, this, &inventory.keyStore()))
{
    qRegisterMetaType<DeployOutcome>();
    connect(&m_watcher, &QFutureWatcher<DeployOutcome>::finished, this, &DeployCommand::onFinished);
    connect(m_prompter, &PasswordPrompter::keyStoreUnlocked, this, &DeployCommand::keyStoreUnlocked);
}

DeployCommand::~DeployCommand()
{
    if (!m_watcher.isRunning())
        return;
    m_cancelled->store(true);
    m_prompter->abandon();
    // The worker may be blocked in a prompt queued to this thread: dropping the queued call
    // wakes it with "no password", and the job ends.
    while (!m_watcher.isFinished()) {
        QCoreApplication::removePostedEvents(m_prompter, QEvent::MetaCall);
        QThread::msleep(5);
    }
}

void DeployCommand::cancel() { m_cancelled->store(true); }

void DeployCommand::run(Job job)
{
    Q_ASSERT(!m_watcher.isRunning() && !m_busy);
    m_busy = true;
    QPointer<DeployCommand> self(this);
    // Progress from the worker (and the scanner's threads) arrives queued, at most what the GUI can show.
    auto report = [self](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    Q_EMIT self->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([path = m_inventoryPath, actor = m_actor, clock = &m_clock,
                                           job = std::move(job), prompter = m_prompter, cancelled = m_cancelled,
                                           promptAllowed = m_promptAllowed, report]() -> DeployOutcome {
        const QString connection = QStringLiteral("certdesk-deploy-%1-%2")
                                       .arg(quintptr(QThread::currentThreadId()))
                                       .arg(QUuid::createUuid().toString(QUuid::Id128));
        auto opened = core::Inventory::open(path, *clock, connection);
        if (!opened)
            return DeployOutcome::failed(opened.error());
        core::Inventory &inv = **opened;
        inv.setActor(actor);
        auto declined = std::make_shared<std::atomic_bool>(false);
        DeployOutcome outcome;
        {
            core::Deployments deployments(inv, workerMasterPassword(prompter, inv, declined, promptAllowed));
            core::Discovery discovery(inv);
            DeployContext context{inv, deployments, discovery, report, cancelled.get()};
            outcome = job(context);
        }
        if (!outcome.ok && declined->load())
            outcome.cancelled = true;
        if (inv.keyStore().isUnlocked()) {
            prompter->shareWithGuiKeyStore(inv.keyStore());
            inv.keyStore().lock();
        }
        return outcome;
    }));
}

void DeployCommand::onFinished()
{
    m_busy = false;
    DeployOutcome outcome;
    if (m_watcher.future().resultCount() > 0)
        outcome = m_watcher.result();
    Q_EMIT finished(outcome);
    deleteLater();
}

} // namespace certdesk::ui
