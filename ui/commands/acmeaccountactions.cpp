#include "commands/acmeaccountactions.h"

#include "dialogs/acmeaccountdialog.h"
#include "models/acmeaccountsmodel.h"
#include "models/labels.h"
#include "uiresources.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

namespace certdesk::ui {

namespace {

CaOutcome withAccount(const core::Result<core::AcmeAccountInfo> &a)
{
    if (!a)
        return CaOutcome::failed(a.error());
    CaOutcome out = CaOutcome::done();
    out.account = *a;
    return out;
}

QStringList accountKeyAlgorithms()
{
    return {QStringLiteral("EC_prime256v1"), QStringLiteral("EC_secp384r1"), QStringLiteral("RSA_2048"),
            QStringLiteral("RSA_3072"), QStringLiteral("RSA_4096")};
}

} // namespace

AcmeAccountActions::AcmeAccountActions(core::Inventory &inventory, QWidget *dialogParent, SelectionProvider selection)
    : QObject(dialogParent)
    , m_inventory(inventory)
    , m_parent(dialogParent)
    , m_selection(std::move(selection))
{
    const auto add = [this](const QString &text, const QString &icon, const QString &tip, auto slot) {
        auto *a = new QAction(svgIcon(icon), text, this);
        a->setToolTip(tip);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions << a;
        return a;
    };
    const auto selected = [this] { return m_selection ? m_selection() : std::nullopt; };
    // In Action order.
    add(tr("&Add Account…"), QStringLiteral("ca-new"), tr("Register an account at an ACME CA"), [this] { addAccount(); });
    add(tr("Re&fresh from CA"), QStringLiteral("refresh"), tr("Read the account's status and contacts from the CA"),
        [this, selected] {
            if (const auto a = selected())
                refresh(a->id);
        });
    add(tr("Update &Contacts…"), QStringLiteral("settings"), tr("Change the e-mail addresses the CA writes to"),
        [this, selected] {
            if (const auto a = selected())
                askUpdateContacts(*a);
        });
    add(tr("R&oll Over Key…"), QStringLiteral("key"), tr("Replace the account key with a new one (RFC 8555 key change)"),
        [this, selected] {
            if (const auto a = selected())
                askRollKey(*a);
        });
    add(tr("&Deactivate…"), QStringLiteral("disable"), tr("Deactivate the account at the CA, for good"), [this, selected] {
        if (const auto a = selected())
            confirmDeactivate(*a);
    });
    action(Action::Add)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    update();
}

AcmeAccountActions::~AcmeAccountActions()
{
    delete m_dialog.data();
    delete m_command.data();
}

void AcmeAccountActions::update()
{
    const auto a = m_selection ? m_selection() : std::nullopt;
    const bool idle = !isBusy();
    const bool valid = a && a->status == QLatin1String("valid");
    action(Action::Add)->setEnabled(true);
    action(Action::Refresh)->setEnabled(idle && a.has_value());
    action(Action::UpdateContacts)->setEnabled(idle && valid);
    action(Action::RollKey)->setEnabled(idle && valid);
    action(Action::Deactivate)->setEnabled(idle && valid);
}

bool AcmeAccountActions::run(const QString &busyText, CaCommand::AcmeJob job, Done done, QWidget *dialogParent)
{
    if (isBusy()) {
        reportError(tr("Another ACME account job is still running."));
        return false;
    }
    auto *command = new CaCommand(m_inventory, dialogParent ? dialogParent : m_parent.data(), this);
    m_command = command;
    connect(command, &CaCommand::keyStoreUnlocked, this, &AcmeAccountActions::keyStoreUnlocked);
    connect(command, &CaCommand::finished, this, [this, done = std::move(done)](const CaOutcome &outcome) {
        m_command = nullptr;
        update();
        Q_EMIT busyChanged(false, {});
        done(outcome);
    });
    update();
    Q_EMIT busyChanged(true, busyText);
    command->runAcme(std::move(job));
    return true;
}

void AcmeAccountActions::reportError(const QString &message)
{
    Q_EMIT statusMessage(message);
    Q_EMIT failed(message);
    if (m_showErrors && m_parent) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("ACME Accounts"), message, QMessageBox::Close, m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

AcmeAccountDialog *AcmeAccountActions::dialog() const { return m_dialog.data(); }

AcmeAccountDialog *AcmeAccountActions::addAccount()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new AcmeAccountDialog(m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &AcmeAccountDialog::submitted, this,
            [this, dialog](const core::AcmeAccountRequest &request) { create(request, dialog); });
    dialog->open();
    return dialog;
}

void AcmeAccountActions::create(const core::AcmeAccountRequest &request, AcmeAccountDialog *dialog)
{
    QPointer<AcmeAccountDialog> guard(dialog);
    const bool started = run(
        tr("Creating the ACME account…"),
        [request](core::AcmeAccounts &accounts) { return withAccount(accounts.create(request)); },
        [this, guard](const CaOutcome &outcome) {
            if (!outcome.ok) {
                const QString why = outcome.cancelled ? tr("no master password was given.") : outcome.error;
                if (guard)
                    guard->failed(tr("The account was not created: %1").arg(why));
                else
                    reportError(tr("The account was not created: %1").arg(why));
                return;
            }
            if (guard)
                guard->created(*outcome.account);
            Q_EMIT changed(outcome.account->id);
            Q_EMIT statusMessage(tr("ACME account %1 created at %2.")
                                     .arg(outcome.account->name, AcmeAccountsModel::caName(*outcome.account)));
        },
        dialog);
    if (!started && guard)
        guard->failed(tr("Another ACME account job is still running."));
}

void AcmeAccountActions::simple(const QString &busyText, const QString &what, CaCommand::AcmeJob job,
                                std::function<QString(const core::AcmeAccountInfo &)> message)
{
    run(busyText, std::move(job), [this, what, message = std::move(message)](const CaOutcome &outcome) {
        if (!outcome.ok) {
            if (outcome.cancelled)
                Q_EMIT statusMessage(tr("%1: cancelled, no master password was given.").arg(what));
            else
                reportError(tr("%1 failed: %2").arg(what, outcome.error));
            return;
        }
        Q_EMIT changed(outcome.account->id);
        Q_EMIT statusMessage(message(*outcome.account));
    });
}

void AcmeAccountActions::refresh(qint64 id)
{
    simple(
        tr("Reading the account from the CA…"), tr("Refresh"),
        [id](core::AcmeAccounts &accounts) { return withAccount(accounts.refresh(QString::number(id))); },
        [](const core::AcmeAccountInfo &a) {
            return tr("ACME account %1: %2 at the CA.").arg(a.name, AcmeAccountsModel::statusText(a.status).toLower());
        });
}

void AcmeAccountActions::updateContacts(qint64 id, const QStringList &emails)
{
    simple(
        tr("Updating the contacts at the CA…"), tr("Update contacts"),
        [id, emails](core::AcmeAccounts &accounts) { return withAccount(accounts.updateContacts(QString::number(id), emails)); },
        [](const core::AcmeAccountInfo &a) {
            return tr("ACME account %1: contacts now %2.")
                .arg(a.name, a.contacts.isEmpty() ? tr("none") : AcmeAccountsModel::emails(a));
        });
}

void AcmeAccountActions::rollKey(qint64 id, const QString &keyAlgorithm)
{
    simple(
        tr("Rolling the account over to a new key…"), tr("Key roll-over"),
        [id, keyAlgorithm](core::AcmeAccounts &accounts) {
            return withAccount(accounts.rollKey(QString::number(id), keyAlgorithm));
        },
        [](const core::AcmeAccountInfo &a) {
            return tr("ACME account %1 signs with a new %2 key.").arg(a.name, Labels::keyAlgorithm(a.keyAlgorithm));
        });
}

void AcmeAccountActions::deactivate(qint64 id)
{
    simple(
        tr("Deactivating the account at the CA…"), tr("Deactivate"),
        [id](core::AcmeAccounts &accounts) { return withAccount(accounts.deactivate(QString::number(id))); },
        [](const core::AcmeAccountInfo &a) { return tr("ACME account %1 is deactivated.").arg(a.name); });
}

void AcmeAccountActions::askUpdateContacts(const core::AcmeAccountInfo &account)
{
    bool ok = false;
    const QString text = QInputDialog::getText(m_parent, tr("Update Contacts"),
                                               tr("E-mail addresses for %1 (separated by commas; empty for none):").arg(account.name),
                                               QLineEdit::Normal, AcmeAccountsModel::emails(account), &ok);
    if (!ok)
        return;
    QStringList emails;
    for (const QString &e : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        emails << e;
    updateContacts(account.id, emails);
}

void AcmeAccountActions::askRollKey(const core::AcmeAccountInfo &account)
{
    QStringList labels;
    const QStringList algorithms = accountKeyAlgorithms();
    for (const QString &a : algorithms)
        labels << Labels::keyAlgorithm(a);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_parent, tr("Roll Over Key"),
        tr("certdesk makes a new key for %1 and tells the CA to use it from now on; the old key stops working.\n\nNew key:")
            .arg(account.name),
        labels, qMax(0, int(algorithms.indexOf(account.keyAlgorithm))), false, &ok);
    if (ok)
        rollKey(account.id, algorithms.value(labels.indexOf(chosen)));
}

void AcmeAccountActions::confirmDeactivate(const core::AcmeAccountInfo &account)
{
    QMessageBox box(QMessageBox::Warning, tr("Deactivate ACME Account"),
                    tr("Deactivate %1 at %2?").arg(account.name, AcmeAccountsModel::caName(account)), QMessageBox::Cancel,
                    m_parent);
    box.setInformativeText(tr("This cannot be undone: the CA never reactivates an account. Certificates it issued stay "
                              "valid, but they cannot be renewed or revoked through this account."));
    QPushButton *yes = box.addButton(tr("&Deactivate"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        deactivate(account.id);
}

} // namespace certdesk::ui
