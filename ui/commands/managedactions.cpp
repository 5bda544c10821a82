#include "commands/managedactions.h"

#include "acme/acmeaccounts.h"
#include "ca/certificateauthority.h"
#include "commands/acmesession.h"
#include "crypto/securefile.h"
#include "dialogs/acmerenewdialog.h"
#include "dialogs/renewalsettingsdialog.h"
#include "dialogs/revokedialog.h"
#include "inventory/inventory.h"
#include "uiresources.h"
#include "wizards/requestwizard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace certdesk::ui {

namespace {

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

QString readable(const QString &ascii)
{
    const QString unicode = QUrl::fromAce(ascii.toLatin1());
    return unicode.isEmpty() ? ascii : unicode;
}

// The outcome of a job that ends with a managed certificate (or its error).
CaOutcome outcomeOf(const core::Result<core::ManagedCertificate> &m)
{
    if (!m)
        return CaOutcome::failed(m.error());
    CaOutcome out = CaOutcome::done();
    out.managed = *m;
    return out;
}

CaOutcome withManaged(core::ManagedCertificates &managed, qint64 id)
{
    return outcomeOf(managed.get(id));
}

} // namespace

ManagedActions::ManagedActions(core::Inventory &inventory, core::CertificateAuthorities &cas,
                               core::ManagedCertificates &reader, QWidget *dialogParent, SelectionProvider selection)
    : QObject(dialogParent)
    , m_inventory(inventory)
    , m_cas(cas)
    , m_reader(reader)
    , m_parent(dialogParent)
    , m_selection(std::move(selection))
    , m_defaultFolder(QDir::homePath())
{
    const auto add = [this](const QString &text, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(svgIcon(icon), text, this);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions << a;
        return a;
    };
    const auto selected = [this]() -> qint64 {
        const auto m = m_selection ? m_selection() : std::nullopt;
        return m ? m->id : 0;
    };
    // In Action order. Icons: resources/icons/<name>.svg.
    add(tr("&Request Certificate…"), QStringLiteral("request"), QKeySequence(Qt::CTRL | Qt::Key_N),
        [this] { requestCertificate(); });
    add(tr("Re&new Now"), QStringLiteral("renew"), QKeySequence(Qt::CTRL | Qt::Key_R), [this, selected] {
        if (const qint64 id = selected())
            renew(id);
    });
    add(tr("Renewal &Settings…"), QStringLiteral("settings"), QKeySequence(), [this, selected] {
        if (const qint64 id = selected())
            editSettings(id);
    });
    add(tr("&Deactivate"), QStringLiteral("disable"), QKeySequence(), [this, selected] {
        if (const qint64 id = selected())
            setActive(id, false);
    });
    add(tr("Re&activate"), QStringLiteral("enable"), QKeySequence(), [this, selected] {
        if (const qint64 id = selected())
            setActive(id, true);
    });
    add(tr("Save &CSR…"), QStringLiteral("export"), QKeySequence(), [this, selected] {
        if (const qint64 id = selected())
            saveCsrAs(id);
    });
    add(tr("Revoke through &ACME…"), QStringLiteral("revoke"), QKeySequence(), [this, selected] {
        if (const qint64 id = selected())
            askRevoke(id);
    });
    action(Action::Request)->setToolTip(tr("Request a certificate from a private CA or through a CSR (%1)")
                                            .arg(action(Action::Request)->shortcut().toString(QKeySequence::NativeText)));
    action(Action::Renew)->setToolTip(tr("Renew the selected managed certificate now, due or not (%1)")
                                          .arg(action(Action::Renew)->shortcut().toString(QKeySequence::NativeText)));
    action(Action::RenewalSettings)->setToolTip(tr("When it renews, with which key, and whether the key may be exported"));
    action(Action::Deactivate)->setToolTip(tr("Stop renewing it; its certificates stay"));
    action(Action::Reactivate)->setToolTip(tr("Renew it again"));
    action(Action::SaveCsr)->setToolTip(tr("Save the certificate signing request to take to the external CA"));
    action(Action::AcmeRevoke)->setToolTip(tr("Ask the public CA to revoke the current certificate"));
}

ManagedActions::~ManagedActions()
{
    if (m_session)
        m_session->cancel(); // a worker waiting for DNS records by hand ends now
    delete m_wizard.data();
    delete m_renewDialog.data();
    delete m_command.data();
}

void ManagedActions::update()
{
    const auto m = m_selection ? m_selection() : std::nullopt;
    const bool idle = !isBusy();
    const bool inactive = m && m->status == core::ManagedStatus::Inactive;
    const auto set = [this](Action a, bool enabled) { action(a)->setEnabled(enabled); };
    set(Action::Request, true);
    set(Action::Renew, idle && m && !inactive && m->status != core::ManagedStatus::Revoked);
    set(Action::RenewalSettings, idle && m.has_value());
    set(Action::Deactivate, idle && m && !inactive);
    set(Action::Reactivate, idle && inactive);
    action(Action::Deactivate)->setVisible(!inactive);
    action(Action::Reactivate)->setVisible(inactive);
    set(Action::SaveCsr, idle && m && m->hasPendingCsr);
    const bool acme = m && m->issuerKind == core::IssuerKind::Acme;
    set(Action::AcmeRevoke, idle && acme && m->certificateId && m->status != core::ManagedStatus::Revoked);
    action(Action::AcmeRevoke)->setVisible(acme);
}

bool ManagedActions::run(const QString &busyText, CaCommand::ManagedJob job, Done done, QWidget *dialogParent, bool quiet)
{
    if (isBusy()) {
        if (!quiet)
            reportError(tr("Another request or renewal is still running."));
        return false;
    }
    auto *command = new CaCommand(m_inventory, dialogParent ? dialogParent : m_parent.data(), this);
    command->setPromptAllowed(!quiet);
    m_command = command;
    connect(command, &CaCommand::keyStoreUnlocked, this, &ManagedActions::keyStoreUnlocked);
    connect(command, &CaCommand::finished, this, [this, done = std::move(done)](const CaOutcome &outcome) {
        m_command = nullptr;
        update();
        Q_EMIT busyChanged(false, {});
        done(outcome);
    });
    update();
    Q_EMIT busyChanged(true, busyText);
    command->runManaged(std::move(job));
    return true;
}

void ManagedActions::reportError(const QString &message)
{
    Q_EMIT statusMessage(message);
    Q_EMIT failed(message);
    if (m_showErrors && m_parent) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Requests"), message, QMessageBox::Close, m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void ManagedActions::report(const QString &what, const CaOutcome &outcome)
{
    if (outcome.cancelled)
        Q_EMIT statusMessage(tr("%1: cancelled, no master password was given.").arg(what));
    else
        reportError(tr("%1 failed: %2").arg(what, outcome.error));
}

RequestWizard *ManagedActions::requestCertificate()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    // The CA list is a few rows: read on the GUI thread.
    const auto list = m_cas.list(false);
    auto *wizard = new RequestWizard(list ? *list : QList<core::CaInfo>(), m_inventory.clock().now(), m_parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    refreshAcmeAccounts();
    connect(wizard, &RequestWizard::addAcmeAccountRequested, this, &ManagedActions::addAcmeAccountRequested);
    connect(wizard, &RequestWizard::submitted, this, [this, wizard](const core::RequestSpec &spec) { submit(spec, wizard); });
    wizard->open();
    return wizard;
}

void ManagedActions::refreshAcmeAccounts()
{
    if (!m_wizard)
        return;
    // A few rows: read on the GUI thread (nothing is signed, so no password is asked for).
    core::AcmeAccounts accounts(m_inventory, [](core::MasterPasswordPurpose) -> std::optional<QByteArray> { return std::nullopt; });
    const auto list = accounts.list();
    m_wizard->setAcmeAccounts(list ? *list : QList<core::AcmeAccountInfo>());
}

void ManagedActions::submit(const core::RequestSpec &spec, RequestWizard *wizard)
{
    QPointer<RequestWizard> guard(wizard);
    const bool acme = spec.issuerKind == core::IssuerKind::Acme;
    const QString text = spec.issuerKind == core::IssuerKind::External
        ? tr("Generating the key and the CSR for %1…").arg(spec.domainName)
        : acme ? tr("Validating %1 with the ACME CA…").arg(spec.domainName)
               : tr("Generating the key for %1 and having it signed…").arg(spec.domainName);
    // ACME: the order's progress and the DNS records to make by hand go to the wizard while it runs.
    core::AcmeHooks hooks;
    QPointer<AcmeSession> session;
    if (acme && !isBusy()) {
        session = new AcmeSession(this);
        m_session = session;
        hooks = session->hooks();
        if (guard)
            guard->attachAcmeSession(session);
    }
    // Deploy to (the wizard's Options page): a deployment of the new certificate once it exists.
    const std::optional<core::DeploymentSpec> deploy = wizard ? wizard->deploymentSpec() : std::nullopt;
    const bool started = run(
        text,
        [spec, hooks](core::ManagedCertificates &managed) {
            if (hooks.progress)
                managed.setAcmeHooks(hooks);
            auto m = managed.request(spec);
            CaOutcome out = outcomeOf(m);
            if (m && m->hasPendingCsr) {
                if (auto csr = managed.pendingCsrPem(m->id))
                    out.csrPem = *csr;
            }
            return out;
        },
        [this, guard, session, deploy](const CaOutcome &outcome) {
            if (session)
                session->deleteLater(); // the worker has ended: nothing calls its hooks any more
            if (!outcome.ok) {
                const QString why = outcome.cancelled ? tr("no master password was given.") : outcome.error;
                if (guard)
                    guard->failed(why);
                else
                    reportError(tr("The certificate was not requested: %1").arg(why));
                return;
            }
            const core::ManagedCertificate &m = *outcome.managed;
            if (guard)
                guard->requested(m);
            Q_EMIT changed(m.id);
            if (m.status == core::ManagedStatus::Failed) {
                Q_EMIT statusMessage(tr("%1 for %2 failed: %3").arg(m.ref(), readable(m.domainName), m.failureReason));
                return;
            }
            Q_EMIT certificatesChanged();
            Q_EMIT requested(m);
            if (deploy && m.certificateId && !m.hasPendingCsr) {
                core::DeploymentSpec d = *deploy;
                d.certificateId = *m.certificateId;
                Q_EMIT deployRequested(d);
            }
            Q_EMIT statusMessage(m.hasPendingCsr
                                     ? tr("%1: the key and the CSR for %2 are ready; save the CSR and have it signed.")
                                           .arg(m.ref(), readable(m.domainName))
                                     : tr("%1: issued %2, valid until %3.")
                                           .arg(m.ref(), readable(m.domainName),
                                                m.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd"))));
        },
        wizard);
    if (!started) {
        delete session.data();
        if (guard)
            guard->failed(tr("another request or renewal is still running."));
    }
}

void ManagedActions::askRevoke(qint64 managedId)
{
    auto m = m_reader.get(managedId);
    if (!m)
        return reportError(m.error().message);
    RevokeDialog dialog(readable(m->domainName),
                        tr("%1, through ACME account %2. The CA publishes the revocation; it cannot be undone.")
                            .arg(m->ref(), m->issuer),
                        m_inventory.clock().now(), m_parent);
    dialog.setWindowTitle(tr("Revoke through ACME"));
    // ACME revocation carries the reason only (no invalidity date), and a hold cannot be released.
    dialog.invalidityBox()->hide();
    dialog.invalidityEdit()->hide();
    if (const int hold = dialog.reasonCombo()->findData(QStringLiteral("certificateHold")); hold >= 0)
        dialog.reasonCombo()->removeItem(hold);
    if (dialog.exec() == QDialog::Accepted)
        revoke(managedId, dialog.reason());
}

void ManagedActions::revoke(qint64 managedId, const QString &reason)
{
    run(tr("Revoking through ACME…"),
        [managedId, reason](core::ManagedCertificates &managed) {
            return outcomeOf(managed.revoke(managedId, reason));
        },
        [this, managedId](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Revoke"), outcome);
            Q_EMIT changed(managedId);
            Q_EMIT certificatesChanged();
            Q_EMIT statusMessage(tr("%1: the CA revoked the certificate for %2.")
                                     .arg(outcome.managed->ref(), readable(outcome.managed->domainName)));
        });
}

void ManagedActions::renew(qint64 managedId)
{
    // One row: read on the GUI thread.
    if (auto m = m_reader.get(managedId); m && m->issuerKind == core::IssuerKind::Acme && m->manualValidation) {
        renewWithRecords(*m);
        return;
    }
    run(tr("Renewing…"),
        [managedId](core::ManagedCertificates &managed) {
            auto r = managed.renew(managedId);
            if (!r)
                return CaOutcome::failed(r.error());
            CaOutcome out = withManaged(managed, managedId);
            out.renewals << *r;
            return out;
        },
        [this, managedId](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Renew"), outcome);
            Q_EMIT changed(managedId);
            const core::RenewalOutcome &r = outcome.renewals.first();
            const QString ref = QStringLiteral("mc-%1").arg(managedId);
            if (r.result == QLatin1String("FAILED")) {
                reportError(tr("Renewing %1 failed: %2").arg(ref, r.detail));
                return;
            }
            Q_EMIT certificatesChanged();
            if (r.result == QLatin1String("CSR_CREATED"))
                Q_EMIT statusMessage(tr("%1: a new CSR waits for the external CA; save it and have it signed.").arg(ref));
            else if (outcome.managed)
                Q_EMIT statusMessage(tr("%1 renewed: %2 is valid until %3.")
                                         .arg(ref, readable(outcome.managed->domainName),
                                              outcome.managed->notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd"))));
        });
}

AcmeRenewDialog *ManagedActions::renewWithRecords(const core::ManagedCertificate &managed)
{
    if (m_renewDialog) {
        m_renewDialog->raise();
        m_renewDialog->activateWindow();
        return m_renewDialog;
    }
    if (isBusy()) {
        reportError(tr("Another request or renewal is still running."));
        return nullptr;
    }
    const qint64 managedId = managed.id;
    auto *dialog = new AcmeRenewDialog(managed, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<AcmeRenewDialog> guard(dialog);
    // The order's progress and the DNS records to create go to the dialog while it runs.
    auto *session = new AcmeSession(this);
    m_session = session;
    const core::AcmeHooks hooks = session->hooks();
    dialog->start(session);
    const bool started = run(
        tr("Renewing %1…").arg(managed.ref()),
        [managedId, hooks](core::ManagedCertificates &worker) {
            worker.setAcmeHooks(hooks);
            auto r = worker.renew(managedId);
            if (!r)
                return CaOutcome::failed(r.error());
            CaOutcome out = withManaged(worker, managedId);
            out.renewals << *r;
            return out;
        },
        [this, guard, session, managedId](const CaOutcome &outcome) {
            const bool cancelled = session->isCancelled();
            session->deleteLater(); // the worker has ended: nothing calls its hooks any more
            const QString ref = QStringLiteral("mc-%1").arg(managedId);
            Q_EMIT changed(managedId);
            if (cancelled) {
                Q_EMIT statusMessage(tr("Renewing %1 was cancelled; the current certificate stays.").arg(ref));
                if (guard)
                    guard->finish(false, {}); // closes it
                return;
            }
            QString why;
            if (!outcome.ok)
                why = outcome.cancelled ? tr("no master password was given.") : outcome.error;
            else if (outcome.renewals.first().result != QLatin1String("RENEWED"))
                why = outcome.renewals.first().detail;
            if (!why.isEmpty()) {
                if (!guard)
                    return reportError(tr("Renewing %1 failed: %2").arg(ref, why));
                Q_EMIT statusMessage(tr("Renewing %1 failed: %2").arg(ref, why));
                Q_EMIT failed(why);
                guard->finish(false, tr("The certificate was not renewed: %1").arg(why));
                return;
            }
            Q_EMIT certificatesChanged();
            const QString text = outcome.managed
                ? tr("%1 renewed: %2 is valid until %3.")
                      .arg(ref, readable(outcome.managed->domainName),
                           outcome.managed->notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd")))
                : tr("%1 renewed.").arg(ref);
            Q_EMIT statusMessage(text);
            if (guard)
                guard->finish(true, text);
        },
        dialog);
    if (!started) {
        delete session;
        delete dialog;
        return nullptr;
    }
    m_renewDialog = dialog;
    dialog->open();
    return dialog;
}

AcmeRenewDialog *ManagedActions::renewDialog() const { return m_renewDialog; }

void ManagedActions::editSettings(qint64 managedId)
{
    auto m = m_reader.get(managedId);
    if (!m) {
        reportError(m.error().message);
        return;
    }
    RenewalSettingsDialog dialog(*m, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Saved only if nobody changed them while the dialog was open (else a Conflict, and a refresh).
    core::ManagedCertificates::Settings settings = dialog.settings();
    settings.expectedVersion = m->version;
    updateSettings(managedId, settings);
}

void ManagedActions::updateSettings(qint64 managedId, const core::ManagedCertificates::Settings &settings)
{
    run(tr("Saving the renewal settings…"),
        [managedId, settings](core::ManagedCertificates &managed) {
            return outcomeOf(managed.updateSettings(managedId, settings));
        },
        [this, managedId](const CaOutcome &outcome) {
            if (!outcome.ok) {
                report(tr("Renewal settings"), outcome);
                Q_EMIT changed(managedId); // after a conflict: show what the other change saved
                return;
            }
            Q_EMIT changed(managedId);
            Q_EMIT certificatesChanged(); // the renewal columns of the Certificates page
            const core::ManagedCertificate &m = *outcome.managed;
            Q_EMIT statusMessage(m.renewAt.isValid()
                                     ? tr("Renewal settings of %1 saved: it renews from %2.")
                                           .arg(m.ref(), m.renewAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")))
                                     : tr("Renewal settings of %1 saved.").arg(m.ref()));
        });
}

void ManagedActions::setActive(qint64 managedId, bool active)
{
    run(active ? tr("Reactivating…") : tr("Deactivating…"),
        [managedId, active](core::ManagedCertificates &managed) {
            if (active)
                return outcomeOf(managed.reactivate(managedId));
            if (auto r = managed.deactivate(managedId); !r)
                return CaOutcome::failed(r.error());
            return withManaged(managed, managedId);
        },
        [this, managedId, active](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(active ? tr("Reactivate") : tr("Deactivate"), outcome);
            Q_EMIT changed(managedId);
            Q_EMIT certificatesChanged();
            const QString ref = QStringLiteral("mc-%1").arg(managedId);
            Q_EMIT statusMessage(active ? tr("%1 is active again: it renews when due.").arg(ref)
                                        : tr("%1 is inactive: it is not renewed; its certificates stay.").arg(ref));
        });
}

void ManagedActions::saveCsrAs(qint64 managedId)
{
    auto m = m_reader.get(managedId);
    if (!m)
        return reportError(m.error().message);
    QString base = m->domainName;
    base.replace(QLatin1Char('*'), QStringLiteral("wildcard"));
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save the Certificate Signing Request"),
                                                      QDir(m_defaultFolder).filePath(base + QStringLiteral(".csr")),
                                                      tr("Certificate signing request (*.csr *.pem)"));
    if (path.isEmpty())
        return;
    m_defaultFolder = QFileInfo(path).absolutePath();
    saveCsr(managedId, path);
}

void ManagedActions::saveCsr(qint64 managedId, const QString &path)
{
    run(tr("Saving the CSR…"),
        [managedId, path](core::ManagedCertificates &managed) {
            auto pem = managed.pendingCsrPem(managedId);
            if (!pem)
                return CaOutcome::failed(pem.error());
            // A CSR is public: readable by others like any certificate.
            if (auto w = core::writeFileAtomically(path, *pem); !w)
                return CaOutcome::failed(w.error().prefixed(nativePath(path)));
            CaOutcome out = CaOutcome::done();
            out.files << path;
            return out;
        },
        [this, path](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Save CSR"), outcome);
            Q_EMIT statusMessage(tr("Saved the CSR to %1: have it signed, then import the certificate.").arg(nativePath(path)));
        });
}

bool ManagedActions::renewDue()
{
    if (isBusy() || !m_inventory.keyStore().isUnlocked())
        return false;
    return run(
        tr("Renewing certificates that are due…"),
        [](core::ManagedCertificates &managed) {
            auto outcomes = managed.renewDue();
            if (!outcomes)
                return CaOutcome::failed(outcomes.error());
            CaOutcome out = CaOutcome::done();
            out.renewals = *outcomes;
            return out;
        },
        [this](const CaOutcome &outcome) {
            if (!outcome.ok) {
                Q_EMIT statusMessage(tr("Automatic renewal did not run: %1").arg(outcome.error));
                return;
            }
            int renewed = 0;
            int csrs = 0;
            int failures = 0;
            for (const core::RenewalOutcome &r : outcome.renewals) {
                if (r.result == QLatin1String("RENEWED"))
                    ++renewed;
                else if (r.result == QLatin1String("CSR_CREATED"))
                    ++csrs;
                else if (r.result == QLatin1String("FAILED"))
                    ++failures;
            }
            Q_EMIT renewalsDone(outcome.renewals);
            if (outcome.renewals.isEmpty())
                return;
            Q_EMIT changed(0);
            if (renewed + csrs > 0)
                Q_EMIT certificatesChanged();
            QStringList parts;
            if (renewed > 0)
                parts << tr("Renewed %n certificate(s)", nullptr, renewed);
            if (csrs > 0)
                parts << tr("%n new CSR(s) wait for an external CA", nullptr, csrs);
            if (failures > 0)
                parts << tr("%n renewal(s) failed (see Requests)", nullptr, failures);
            if (!parts.isEmpty())
                Q_EMIT statusMessage(parts.join(QStringLiteral("; ")));
        },
        nullptr, true);
}

} // namespace certdesk::ui
