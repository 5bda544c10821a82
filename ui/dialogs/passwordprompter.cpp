#include "dialogs/passwordprompter.h"

#include "dialogs/filepassworddialog.h"
#include "dialogs/masterpassworddialog.h"

#include <QThread>

namespace certdesk::ui {

PasswordPrompter::PasswordPrompter(QWidget *dialogParent, QObject *parent, core::KeyStore *guiKeyStore)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_guiKeyStore(guiKeyStore)
{
}

void PasswordPrompter::abandon()
{
    m_abandoned = true;
    if (m_openDialog)
        m_openDialog->reject();
}

std::optional<QByteArray> PasswordPrompter::onGuiThread(const Ask &ask)
{
    if (m_abandoned)
        return std::nullopt;
    if (QThread::currentThread() == thread())
        return ask();
    // Parser threads may ask at the same time: one dialog after the other, never nested.
    const std::lock_guard lock(m_oneAtATime);
    std::optional<QByteArray> answer;
    if (m_abandoned)
        return answer;
    // If the call is dropped unanswered (the prompter goes away), the worker wakes up with nullopt.
    QMetaObject::invokeMethod(
        this,
        [this, &ask, &answer] {
            if (!m_abandoned)
                answer = ask();
        },
        Qt::BlockingQueuedConnection);
    return answer;
}

std::optional<QByteArray> PasswordPrompter::askFilePassword(const core::PasswordRequest &request)
{
    return onGuiThread([this, request] { return promptFilePassword(request); });
}

std::optional<QByteArray> PasswordPrompter::askMasterPassword(core::MasterPasswordPurpose purpose,
                                                              const QString &problem)
{
    return onGuiThread([this, purpose, problem] { return promptMasterPassword(purpose, problem); });
}

bool PasswordPrompter::unlockForWorker(core::KeyStore &workerStore)
{
    Q_ASSERT(m_guiKeyStore);
    const auto done = onGuiThread([this, &workerStore]() -> std::optional<QByteArray> {
        if (!m_guiKeyStore->isUnlocked()) {
            const auto mode = m_guiKeyStore->isInitialized() ? MasterPasswordDialog::Mode::Unlock
                                                             : MasterPasswordDialog::Mode::Set;
            MasterPasswordDialog dialog(mode, m_guiKeyStore, m_dialogParent);
            m_openDialog = &dialog;
            if (dialog.exec() != QDialog::Accepted || m_abandoned || !m_guiKeyStore->isUnlocked())
                return std::nullopt;
            Q_EMIT keyStoreUnlocked();
        }
        if (!workerStore.unlockFrom(*m_guiKeyStore))
            return std::nullopt;
        return QByteArray();
    });
    return done.has_value();
}

bool PasswordPrompter::takeFromGuiKeyStore(core::KeyStore &workerStore)
{
    Q_ASSERT(m_guiKeyStore);
    const auto done = onGuiThread([this, &workerStore]() -> std::optional<QByteArray> {
        if (!m_guiKeyStore->isUnlocked() || !workerStore.unlockFrom(*m_guiKeyStore))
            return std::nullopt;
        return QByteArray();
    });
    return done.has_value();
}

bool PasswordPrompter::shareWithGuiKeyStore(const core::KeyStore &workerStore)
{
    Q_ASSERT(m_guiKeyStore);
    const auto done = onGuiThread([this, &workerStore]() -> std::optional<QByteArray> {
        if (m_guiKeyStore->isUnlocked())
            return QByteArray();
        if (!m_guiKeyStore->unlockFrom(workerStore))
            return std::nullopt;
        Q_EMIT keyStoreUnlocked();
        return QByteArray();
    });
    return done.has_value();
}

std::optional<QByteArray> PasswordPrompter::promptFilePassword(const core::PasswordRequest &request)
{
    // The remembered password is tried first on every new file; if it does not open one
    // (attempt 1 after it was tried), that file is asked about.
    const bool rememberedFailed = m_forRemaining && request.attempt == 1;
    if (m_forRemaining && request.attempt == 0)
        return m_forRemaining;
    QString problem;
    if (rememberedFailed)
        problem = tr("The password used for the other files does not open this one.");
    else if (request.attempt > 0)
        problem = tr("Wrong password. Try again (attempt %1 of 3).").arg(request.attempt + 1);
    const auto kind = request.kind == core::PasswordRequest::Kind::Pkcs12 ? FilePasswordDialog::Kind::Pkcs12
                                                                          : FilePasswordDialog::Kind::PrivateKey;
    FilePasswordDialog dialog(kind, request.source, problem, m_dialogParent);
    // Offered once: after it is chosen, later files use it without asking.
    dialog.setUseForRemainingAvailable(!m_forRemaining);
    ++m_filePrompts;
    m_openDialog = &dialog;
    if (dialog.exec() != QDialog::Accepted || m_abandoned)
        return std::nullopt;
    if (dialog.useForRemaining())
        m_forRemaining = dialog.password();
    return dialog.password();
}

std::optional<QByteArray> PasswordPrompter::promptMasterPassword(core::MasterPasswordPurpose purpose,
                                                                 const QString &problem)
{
    const auto mode = purpose == core::MasterPasswordPurpose::Create ? MasterPasswordDialog::Mode::Set
                                                                     : MasterPasswordDialog::Mode::Unlock;
    MasterPasswordDialog dialog(mode, nullptr, m_dialogParent);
    if (!problem.isEmpty())
        dialog.setProblem(problem);
    m_openDialog = &dialog;
    if (dialog.exec() != QDialog::Accepted || m_abandoned)
        return std::nullopt;
    return dialog.password();
}

} // namespace certdesk::ui
