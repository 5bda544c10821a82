#pragma once

#include "commands/cacommand.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace certdesk::ui {

class AcmeAccountDialog;

// The actions on ACME accounts: Add Account (dialog), Refresh from CA, Update Contacts, Roll
// Over Key, Deactivate. Every step talks to the CA, so each runs as a CaCommand on a worker with
// its own inventory connection and AcmeAccounts (the account key is in the key store, which may
// ask for the master password); one at a time.
class AcmeAccountActions : public QObject
{
    Q_OBJECT

public:
    enum class Action { Add, Refresh, UpdateContacts, RollKey, Deactivate };
    Q_ENUM(Action)

    using SelectionProvider = std::function<std::optional<core::AcmeAccountInfo>()>;

    AcmeAccountActions(core::Inventory &inventory, QWidget *dialogParent, SelectionProvider selection);
    ~AcmeAccountActions() override;

    QAction *action(Action which) const { return m_actions.value(int(which)); }
    QList<QAction *> actions() const { return m_actions; }
    void update();
    bool isBusy() const { return m_command != nullptr; }
    void setShowErrors(bool show) { m_showErrors = show; }
    AcmeAccountDialog *dialog() const;

    // Opens the Add ACME Account dialog (not modal; the open one comes forward).
    AcmeAccountDialog *addAccount();
    // The steps behind the actions, for a caller that already has the answers.
    void create(const core::AcmeAccountRequest &request, AcmeAccountDialog *dialog = nullptr);
    void refresh(qint64 id);
    void updateContacts(qint64 id, const QStringList &emails);
    void rollKey(qint64 id, const QString &keyAlgorithm);
    void deactivate(qint64 id);
    // The same, asking first (an input dialog, a confirmation).
    void askUpdateContacts(const core::AcmeAccountInfo &account);
    void askRollKey(const core::AcmeAccountInfo &account);
    void confirmDeactivate(const core::AcmeAccountInfo &account);

Q_SIGNALS:
    void busyChanged(bool busy, const QString &text);
    // An account was created or changed: the page reads again and shows it.
    void changed(qint64 accountId);
    void statusMessage(const QString &message);
    void failed(const QString &message);
    void keyStoreUnlocked();

private:
    using Done = std::function<void(const CaOutcome &)>;
    bool run(const QString &busyText, CaCommand::AcmeJob job, Done done, QWidget *dialogParent = nullptr);
    void simple(const QString &busyText, const QString &what, CaCommand::AcmeJob job,
                std::function<QString(const core::AcmeAccountInfo &)> message);
    void reportError(const QString &message);

    core::Inventory &m_inventory;
    QPointer<QWidget> m_parent;
    SelectionProvider m_selection;
    QList<QAction *> m_actions;
    QPointer<CaCommand> m_command;
    QPointer<AcmeAccountDialog> m_dialog;
    bool m_showErrors = true;
};

} // namespace certdesk::ui
