#include "commands/deploymentactions.h"

#include "dialogs/deploydialog.h"
#include "models/deploylabels.h"
#include "uiresources.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace certdesk::ui {

namespace {

QString runsMessage(const QList<core::DeploymentRun> &runs)
{
    const int failed = int(std::count_if(runs.cbegin(), runs.cend(), [](const core::DeploymentRun &r) { return !r.ok; }));
    if (runs.isEmpty())
        return DeploymentActions::tr("No deployments to run.");
    if (failed == 0)
        return runs.size() == 1 ? DeploymentActions::tr("1 deployment ran.")
                                : DeploymentActions::tr("%n deployments ran.", nullptr, int(runs.size()));
    return DeploymentActions::tr("%1 of %2 deployments failed.").arg(failed).arg(runs.size());
}

} // namespace

DeploymentActions::DeploymentActions(core::Inventory &inventory, QWidget *dialogParent, SelectionProvider selection)
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
    add(tr("&Run Now"), QStringLiteral("deploy"), tr("Write the selected deployment's files again, reload and check"),
        [this, selected] {
            if (const auto d = selected())
                run(d->id);
        });
    add(tr("Run &All"), QStringLiteral("renew"), tr("Run every deployment"), [this] { runAll(); });
    add(tr("&Check Endpoint"), QStringLiteral("fingerprint"),
        tr("Connect to the selected deployment's endpoint and compare what it serves with the inventory"),
        [this, selected] {
            if (const auto d = selected())
                check(d->id);
        });
    add(tr("Check All &Endpoints"), QStringLiteral("refresh"), tr("Check the endpoint of every deployment"),
        [this] { checkAll(); });
    add(tr("Re&move…"), QStringLiteral("delete"), tr("Forget the selected deployment (its files stay where they are)"),
        [this, selected] {
            if (const auto d = selected())
                confirmRemove(*d);
        });
    action(Action::Run)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    action(Action::Check)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    action(Action::Remove)->setShortcut(QKeySequence::Delete);
    update();
}

DeploymentActions::~DeploymentActions()
{
    delete m_dialog.data();
    delete m_command.data();
}

void DeploymentActions::update()
{
    const auto d = m_selection ? m_selection() : std::nullopt;
    const bool idle = !isBusy();
    action(Action::Run)->setEnabled(idle && d.has_value());
    action(Action::RunAll)->setEnabled(idle);
    action(Action::Check)->setEnabled(idle && d && !d->endpointHost.isEmpty());
    action(Action::CheckAll)->setEnabled(idle);
    action(Action::Remove)->setEnabled(idle && d.has_value());
}

bool DeploymentActions::start(const QString &busyText, DeployCommand::Job job, Done done, QWidget *dialogParent)
{
    if (isBusy()) {
        reportError(tr("Another deployment job is still running."));
        return false;
    }
    auto *command = new DeployCommand(m_inventory, dialogParent ? dialogParent : m_parent.data(), this);
    m_command = command;
    connect(command, &DeployCommand::keyStoreUnlocked, this, &DeploymentActions::keyStoreUnlocked);
    connect(command, &DeployCommand::finished, this, [this, done = std::move(done)](const DeployOutcome &outcome) {
        m_command = nullptr;
        update();
        Q_EMIT busyChanged(false, {});
        done(outcome);
    });
    update();
    Q_EMIT busyChanged(true, busyText);
    command->run(std::move(job));
    return true;
}

void DeploymentActions::reportError(const QString &message)
{
    Q_EMIT statusMessage(message);
    Q_EMIT failed(message);
    if (m_showErrors && m_parent) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Deployments"), message, QMessageBox::Close, m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

DeployDialog *DeploymentActions::dialog() const { return m_dialog.data(); }

DeployDialog *DeploymentActions::deployCertificate(qint64 certificateId)
{
    if (m_dialog) {
        if (m_dialog->certificateId() == certificateId || isBusy()) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return m_dialog;
        }
        m_dialog->close();
    }
    auto *dialog = new DeployDialog(m_inventory, certificateId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &DeployDialog::submitted, this,
            [this, dialog](const core::DeploymentSpec &spec, bool runNow) { add(spec, runNow, dialog); });
    dialog->open();
    return dialog;
}

void DeploymentActions::add(const core::DeploymentSpec &spec, bool runNow, DeployDialog *dialog)
{
    QPointer<DeployDialog> guard(dialog);
    const bool started = start(
        runNow ? tr("Deploying…") : tr("Adding the deployment…"),
        [spec, runNow](DeployContext &c) {
            auto added = c.deployments.add(spec);
            if (!added)
                return DeployOutcome::failed(added.error());
            DeployOutcome out = DeployOutcome::done();
            out.deployment = *added;
            if (runNow) {
                auto ran = c.deployments.run(added->id);
                if (!ran) {
                    out.ok = false;
                    out.error = ran.error().message;
                } else {
                    out.runs << *ran;
                    out.ok = ran->ok;
                    out.error = ran->error;
                }
                if (auto again = c.deployments.get(added->id))
                    out.deployment = *again;
            }
            return out;
        },
        [this, guard](const DeployOutcome &outcome) {
            if (guard)
                guard->showOutcome(outcome);
            if (outcome.deployment) {
                Q_EMIT changed(outcome.deployment->id);
                const core::Deployment &d = *outcome.deployment;
                if (outcome.runs.isEmpty())
                    Q_EMIT statusMessage(tr("Deployment %1 of %2 added.").arg(d.ref(), d.domainName));
                else if (outcome.ok)
                    Q_EMIT statusMessage(tr("%1 deployed to %2.").arg(d.domainName, QDir::toNativeSeparators(d.targetDir)));
                else
                    Q_EMIT statusMessage(tr("Deployment %1 failed: %2").arg(d.ref(), outcome.error));
            } else if (!guard) {
                reportError(tr("The deployment was not added: %1").arg(outcome.error));
            }
        },
        dialog);
    if (!started && guard) {
        DeployOutcome busy;
        busy.error = tr("another deployment job is still running.");
        guard->showOutcome(busy);
    }
}

void DeploymentActions::run(qint64 id)
{
    start(
        tr("Running the deployment…"),
        [id](DeployContext &c) {
            auto ran = c.deployments.run(id);
            if (!ran)
                return DeployOutcome::failed(ran.error());
            DeployOutcome out = DeployOutcome::done();
            out.runs << *ran;
            if (auto d = c.deployments.get(id))
                out.deployment = *d;
            return out;
        },
        [this, id](const DeployOutcome &outcome) {
            Q_EMIT changed(id);
            if (!outcome.ok) {
                if (outcome.cancelled)
                    Q_EMIT statusMessage(tr("Run: cancelled, no master password was given."));
                else
                    reportError(tr("The deployment could not run: %1").arg(outcome.error));
                return;
            }
            const core::DeploymentRun &r = outcome.runs.first();
            const QString ref = QStringLiteral("dep-%1").arg(id);
            if (r.ok)
                Q_EMIT statusMessage(r.check ? tr("%1 ran: %2 written; endpoint %3.")
                                                   .arg(ref, DeployLabels::files(int(r.files.size())),
                                                        DeployLabels::endpointState(r.check->state))
                                             : tr("%1 ran: %2 written.").arg(ref, DeployLabels::files(int(r.files.size()))));
            else
                reportError(tr("%1 failed; the previous files were put back.\n\n%2").arg(ref, r.error));
        });
}

void DeploymentActions::runAll()
{
    start(
        tr("Running every deployment…"),
        [](DeployContext &c) {
            auto runs = c.deployments.runAll();
            if (!runs)
                return DeployOutcome::failed(runs.error());
            DeployOutcome out = DeployOutcome::done();
            out.runs = *runs;
            return out;
        },
        [this](const DeployOutcome &outcome) {
            Q_EMIT changed(0);
            if (!outcome.ok) {
                if (!outcome.cancelled)
                    reportError(tr("The deployments could not run: %1").arg(outcome.error));
                return;
            }
            Q_EMIT statusMessage(runsMessage(outcome.runs));
        });
}

void DeploymentActions::check(qint64 id)
{
    start(
        tr("Checking the endpoint…"),
        [id](DeployContext &c) {
            auto record = c.deployments.check(id);
            if (!record)
                return DeployOutcome::failed(record.error());
            DeployOutcome out = DeployOutcome::done();
            out.checks << *record;
            return out;
        },
        [this, id](const DeployOutcome &outcome) {
            Q_EMIT changed(id);
            if (!outcome.ok) {
                reportError(tr("The endpoint could not be checked: %1").arg(outcome.error));
                return;
            }
            const core::EndpointRecord &r = outcome.checks.first();
            Q_EMIT statusMessage(tr("%1: %2 — %3").arg(r.label(), DeployLabels::endpointState(r.state), r.detail));
        });
}

void DeploymentActions::checkAll()
{
    start(
        tr("Checking every endpoint…"),
        [](DeployContext &c) {
            auto records = c.deployments.checkAll();
            if (!records)
                return DeployOutcome::failed(records.error());
            DeployOutcome out = DeployOutcome::done();
            out.checks = *records;
            return out;
        },
        [this](const DeployOutcome &outcome) {
            Q_EMIT changed(0);
            if (!outcome.ok) {
                reportError(tr("The endpoints could not be checked: %1").arg(outcome.error));
                return;
            }
            const int problems = int(std::count_if(outcome.checks.cbegin(), outcome.checks.cend(),
                                                   [](const core::EndpointRecord &r) { return core::EndpointState::isProblem(r.state); }));
            Q_EMIT statusMessage(tr("%1 endpoints checked, %2 with problems.").arg(outcome.checks.size()).arg(problems));
        });
}

void DeploymentActions::remove(qint64 id)
{
    start(
        tr("Removing the deployment…"),
        [id](DeployContext &c) {
            auto removed = c.deployments.remove(id);
            return removed ? DeployOutcome::done() : DeployOutcome::failed(removed.error());
        },
        [this, id](const DeployOutcome &outcome) {
            Q_EMIT changed(0);
            if (!outcome.ok) {
                reportError(tr("The deployment was not removed: %1").arg(outcome.error));
                return;
            }
            Q_EMIT statusMessage(tr("Deployment dep-%1 removed; its files stay where they are.").arg(id));
        });
}

void DeploymentActions::confirmRemove(const core::Deployment &deployment)
{
    QMessageBox box(QMessageBox::Question, tr("Remove Deployment"),
                    tr("Remove the deployment of %1 to %2?")
                        .arg(deployment.domainName, QDir::toNativeSeparators(deployment.targetDir)),
                    QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("certdesk stops writing the certificate there after renewals. The files already "
                              "written stay where they are."));
    QPushButton *yes = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        remove(deployment.id);
}

} // namespace certdesk::ui
