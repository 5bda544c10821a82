#pragma once

#include "commands/deploycommand.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

class DeployDialog;

// The actions on deployments: Deploy… (a certificate, through DeployDialog), Run Now, Run All,
// Check Endpoint, Check All, Remove. Writing, reloading and probing run as DeployCommands on a
// worker with their own inventory connection (a key may ask for the master password); one at a time.
class DeploymentActions : public QObject
{
    Q_OBJECT

public:
    enum class Action { Run, RunAll, Check, CheckAll, Remove };
    Q_ENUM(Action)

    using SelectionProvider = std::function<std::optional<core::Deployment>()>;

    DeploymentActions(core::Inventory &inventory, QWidget *dialogParent, SelectionProvider selection);
    ~DeploymentActions() override;

    QAction *action(Action which) const { return m_actions.value(int(which)); }
    QList<QAction *> actions() const { return m_actions; }
    void update();
    bool isBusy() const { return m_command != nullptr; }
    void setShowErrors(bool show) { m_showErrors = show; }
    DeployDialog *dialog() const;

    // Opens the Deploy dialog for a certificate (not modal; an open one comes forward).
    DeployDialog *deployCertificate(qint64 certificateId);
    // The steps behind the actions.
    void add(const core::DeploymentSpec &spec, bool runNow, DeployDialog *dialog = nullptr);
    void run(qint64 id);
    void runAll();
    void check(qint64 id);
    void checkAll();
    void remove(qint64 id);
    void confirmRemove(const core::Deployment &deployment);

Q_SIGNALS:
    void busyChanged(bool busy, const QString &text);
    // Deployments were added, run, checked or removed (id: the one to show, 0 for many).
    void changed(qint64 deploymentId);
    void statusMessage(const QString &message);
    void failed(const QString &message);
    void keyStoreUnlocked();

private:
    using Done = std::function<void(const DeployOutcome &)>;
    bool start(const QString &busyText, DeployCommand::Job job, Done done, QWidget *dialogParent = nullptr);
    void reportError(const QString &message);

    core::Inventory &m_inventory;
    QPointer<QWidget> m_parent;
    SelectionProvider m_selection;
    QList<QAction *> m_actions;
    QPointer<DeployCommand> m_command;
    QPointer<DeployDialog> m_dialog;
    bool m_showErrors = true;
};

} // namespace certdesk::ui
