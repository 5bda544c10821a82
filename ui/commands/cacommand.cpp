#include "commands/cacommand.h"

#include "dialogs/passwordprompter.h"
#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace certdesk::ui {

namespace {

constexpr int kMasterPasswordAttempts = 3;

// Called on the worker when a CA key is needed and its store is locked.
core::MasterPasswordCallback masterPassword(PasswordPrompter *prompter, core::Inventory &inv,
                                            std::shared_ptr<std::atomic_bool> declined, bool promptAllowed)
{
    return [prompter, &inv, declined, promptAllowed](core::MasterPasswordPurpose purpose) -> std::optional<QByteArray> {
        if (prompter->takeFromGuiKeyStore(inv.keyStore()))
            return QByteArray(); // unlocked from the GUI's store: no prompt, no key derivation
        if (!promptAllowed) {
            declined->store(true);
            return std::nullopt;
        }
        if (purpose == core::MasterPasswordPurpose::Create) {
            auto password = prompter->askMasterPassword(purpose);
            if (!password)
                declined->store(true);
            return password; // the store is initialised here, on the worker
        }
        QString problem;
        for (int attempt = 0; attempt < kMasterPasswordAttempts; ++attempt) {
            auto password = prompter->askMasterPassword(purpose, problem);
            if (!password) {
                declined->store(true);
                return std::nullopt;
            }
            const auto unlocked = inv.keyStore().unlock(*password); // scrypt, on the worker
            if (unlocked || unlocked.error().code != core::ErrorCode::WrongPassword)
                return password; // unlocked, or let the key store report what went wrong
            password->fill('\0');
            problem = QCoreApplication::translate("certdesk::ui::CaCommand", "Wrong master password. Try again.");
        }
        return std::nullopt;
    };
}

} // namespace

core::MasterPasswordCallback workerMasterPassword(PasswordPrompter *prompter, core::Inventory &inventory,
                                                  std::shared_ptr<std::atomic_bool> declined, bool promptAllowed)
{
    return masterPassword(prompter, inventory, std::move(declined), promptAllowed);
}

CaCommand::CaCommand(core::Inventory &inventory, QWidget *dialogParent, QObject *parent)
    : QObject(parent ? parent : dialogParent)
    , m_inventoryPath(inventory.path())
    , m_actor(inventory.actor())
    , m_clock(inventory.clock())
    , m_prompter(new PasswordPrompter(dialogParent, this, &inventory.keyStore()))
{
    qRegisterMetaType<CaOutcome>();
    connect(&m_watcher, &QFutureWatcher<CaOutcome>::finished, this, &CaCommand::onFinished);
    connect(m_prompter, &PasswordPrompter::keyStoreUnlocked, this, &CaCommand::keyStoreUnlocked);
}

CaCommand::~CaCommand()
{
    if (!m_watcher.isRunning())
        return;
    m_prompter->abandon();
    // The worker may be blocked in a prompt queued to this thread: dropping the queued call
    // wakes it with "no password", and the job ends.
    while (!m_watcher.isFinished()) {
        QCoreApplication::removePostedEvents(m_prompter, QEvent::MetaCall);
        QThread::msleep(5);
    }
}

void CaCommand::run(Job job)
{
    start([job = std::move(job)](core::CertificateAuthorities &cas, const core::MasterPasswordCallback &) {
        return job(cas);
    });
}

void CaCommand::runManaged(ManagedJob job)
{
    start([job = std::move(job)](core::CertificateAuthorities &cas, const core::MasterPasswordCallback &ask) {
        core::ManagedCertificates managed(cas, ask);
        return job(managed);
    });
}

void CaCommand::runAcme(AcmeJob job)
{
    start([job = std::move(job)](core::CertificateAuthorities &cas, const core::MasterPasswordCallback &ask) {
        core::AcmeAccounts accounts(cas.inventory(), ask);
        return job(accounts);
    });
}

void CaCommand::start(AnyJob job)
{
    Q_ASSERT(!m_watcher.isRunning() && !m_busy);
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([path = m_inventoryPath, actor = m_actor, clock = &m_clock,
                                           job = std::move(job), prompter = m_prompter,
                                           promptAllowed = m_promptAllowed]() -> CaOutcome {
        const QString connection = QStringLiteral("certdesk-ca-%1-%2")
                                       .arg(quintptr(QThread::currentThreadId()))
                                       .arg(QUuid::createUuid().toString(QUuid::Id128));
        auto opened = core::Inventory::open(path, *clock, connection);
        if (!opened)
            return CaOutcome::failed(opened.error());
        core::Inventory &inv = **opened;
        inv.setActor(actor);
        auto declined = std::make_shared<std::atomic_bool>(false);
        CaOutcome outcome;
        {
            const core::MasterPasswordCallback ask = masterPassword(prompter, inv, declined, promptAllowed);
            core::CertificateAuthorities cas(inv, ask);
            outcome = job(cas, ask);
            cas.lock();
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

void CaCommand::onFinished()
{
    m_busy = false;
    CaOutcome outcome;
    if (m_watcher.future().resultCount() > 0)
        outcome = m_watcher.result();
    Q_EMIT finished(outcome);
    deleteLater();
}

} // namespace certdesk::ui
