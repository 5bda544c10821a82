#include "dialogs/passwordprompter.h"

#include <QInputDialog>
#include <QThread>

namespace certdesk::ui {

PasswordPrompter::PasswordPrompter(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

void PasswordPrompter::abandon() { m_abandoned = true; }

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

std::optional<QByteArray> PasswordPrompter::promptFilePassword(const core::PasswordRequest &request)
{
    const bool pkcs12 = request.kind == core::PasswordRequest::Kind::Pkcs12;
    const QString title = pkcs12 ? tr("PKCS#12 Password") : tr("Private Key Password");
    QString label = pkcs12 ? tr("<b>%1</b> is protected by a password.").arg(request.source.toHtmlEscaped())
                           : tr("The private key in <b>%1</b> is encrypted.").arg(request.source.toHtmlEscaped());
    if (request.attempt > 0)
        label = tr("<b>Wrong password.</b> ") + label;
    label += tr("<br>Password (Cancel skips this entry):");
    bool ok = false;
    const QString password =
        QInputDialog::getText(m_dialogParent, title, label, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return password.toUtf8();
}

std::optional<QByteArray> PasswordPrompter::promptMasterPassword(core::MasterPasswordPurpose purpose,
                                                                 const QString &problem)
{
    const QString prefix = problem.isEmpty() ? QString() : QStringLiteral("<b>%1</b><br>").arg(problem.toHtmlEscaped());
    bool ok = false;
    if (purpose == core::MasterPasswordPurpose::Unlock) {
        const QString password = QInputDialog::getText(
            m_dialogParent, tr("Unlock Key Store"),
            prefix + tr("Private keys in this inventory are encrypted.<br>Master password:"), QLineEdit::Password, {},
            &ok);
        if (!ok)
            return std::nullopt;
        return password.toUtf8();
    }
    QString note = prefix;
    for (;;) {
        const QString first = QInputDialog::getText(
            m_dialogParent, tr("Set Master Password"),
            note + tr("Private keys are stored encrypted under a master password.<br>"
                      "Choose the master password for this inventory:"),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return std::nullopt;
        if (first.isEmpty()) {
            note = tr("<b>The master password must not be empty.</b><br>");
            continue;
        }
        const QString second = QInputDialog::getText(m_dialogParent, tr("Set Master Password"),
                                                     tr("Repeat the master password:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return std::nullopt;
        if (first == second)
            return first.toUtf8();
        note = tr("<b>The passwords did not match.</b><br>");
    }
}

} // namespace certdesk::ui
