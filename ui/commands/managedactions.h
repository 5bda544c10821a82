#pragma once

#include "commands/cacommand.h"
#include "deploy/deployments.h"
#include "lifecycle/managedcertificates.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace certdesk::core {
class CertificateAuthorities;
class Inventory;
} // namespace certdesk::core

namespace certdesk::ui {

class AcmeRenewDialog;
class AcmeSession;
class RequestWizard;

// The actions on managed certificates: Request Certificate (wizard), Renew Now (for ACME with DNS
// records made by hand: the renew dialog, where the administrator creates them), Renewal
// Settings, Deactivate/Reactivate, Save CSR; and the renewal engine (renewDue), which a timer
// runs quietly. Each step that generates a key, signs or writes runs as a CaCommand on a worker
// with its own inventory connection, CertificateAuthorities and ManagedCertificates; one at a
// time. Reading (the CA list for the wizard, a managed certificate) uses the page's objects on
// the GUI thread.
class ManagedActions : public QObject
{
    Q_OBJECT

public:
    enum class Action { Request, Renew, RenewalSettings, Deactivate, Reactivate, SaveCsr, AcmeRevoke };
    Q_ENUM(Action)

    using SelectionProvider = std::function<std::optional<core::ManagedCertificate>()>;

    // cas, reader: the GUI thread's CertificateAuthorities and ManagedCertificates (reads only).
    // dialogParent: the page.
    ManagedActions(core::Inventory &inventory, core::CertificateAuthorities &cas, core::ManagedCertificates &reader,
                   QWidget *dialogParent, SelectionProvider selection);
    ~ManagedActions() override;

    QAction *action(Action which) const { return m_actions.value(int(which)); }
    QList<QAction *> actions() const { return m_actions; }
    // Enables the actions for the selection (and disables the workers' ones while a job runs).
    void update();
    bool isBusy() const { return m_command != nullptr; }
    void setDefaultFolder(const QString &folder) { m_defaultFolder = folder; }
    // Whether a failure also shows in a message box (tests turn it off; failed() is emitted anyway).
    void setShowErrors(bool show) { m_showErrors = show; }

    // Opens the Request wizard (not modal); it closes itself when the request is done.
    RequestWizard *requestCertificate();
    // The steps behind the actions, for a caller that already has the answers (tests, scripts).
    void submit(const core::RequestSpec &spec, RequestWizard *wizard = nullptr);
    // Renews now. An ACME certificate validated with DNS records made by hand opens the renew
    // dialog instead (renewWithRecords): its records are created while the order waits.
    void renew(qint64 managedId);
    // Opens the renew dialog for an ACME certificate validated by hand and runs the renewal on a
    // worker, the dialog showing the order live. Null when another job runs.
    AcmeRenewDialog *renewWithRecords(const core::ManagedCertificate &managed);
    AcmeRenewDialog *renewDialog() const;
    void updateSettings(qint64 managedId, const core::ManagedCertificates::Settings &settings);
    void setActive(qint64 managedId, bool active);
    void saveCsr(qint64 managedId, const QString &path);
    // Asks for the settings (dialog), then updates them.
    void editSettings(qint64 managedId);
    // Asks for a file name, then saves the CSR waiting at the external CA.
    void saveCsrAs(qint64 managedId);
    // ACME: revokes the current certificate through the account that ordered it (reason: an RFC
    // 5280 reason name); askRevoke asks for the reason first.
    void revoke(qint64 managedId, const QString &reason);
    void askRevoke(qint64 managedId);
    // Reads the ACME accounts again for an open Request wizard (an account was added).
    void refreshAcmeAccounts();
    // The renewal engine: renews what is due, quietly — only while the key store is unlocked (it
    // never asks) and no other job runs. Returns whether it started.
    bool renewDue();

Q_SIGNALS:
    // A request with "Deploy to" was issued: the deployment to add and run (certificateId set).
    void deployRequested(const certdesk::core::DeploymentSpec &spec);
    void busyChanged(bool busy, const QString &text);
    // A managed certificate changed (0: several): the page reads again and shows this one.
    void changed(qint64 managedId);
    // The inventory's certificates changed (issued, renewed): other pages refresh.
    void certificatesChanged();
    // A request went through: the new managed certificate (ISSUED, or PENDING_VALIDATION with a CSR).
    void requested(const certdesk::core::ManagedCertificate &managed);
    // The renewal engine ran (the outcomes of what was due; empty when nothing was).
    void renewalsDone(const QList<certdesk::core::RenewalOutcome> &outcomes);
    void statusMessage(const QString &message);
    void failed(const QString &message);
    void keyStoreUnlocked();
    // An action was triggered: the page wants to be shown.
    void activated();
    // The Request wizard's "Add ACME Account…": the ACME accounts page opens its dialog.
    void addAcmeAccountRequested();

private:
    using Done = std::function<void(const CaOutcome &)>;
    bool run(const QString &busyText, CaCommand::ManagedJob job, Done done, QWidget *dialogParent = nullptr,
             bool quiet = false);
    void report(const QString &what, const CaOutcome &outcome);
    void reportError(const QString &message);

    core::Inventory &m_inventory;
    core::CertificateAuthorities &m_cas;
    core::ManagedCertificates &m_reader;
    QPointer<QWidget> m_parent;
    SelectionProvider m_selection;
    QList<QAction *> m_actions;
    QPointer<CaCommand> m_command;
    QPointer<RequestWizard> m_wizard;
    QPointer<AcmeSession> m_session; // the ACME order running for the wizard or the renew dialog
    QPointer<AcmeRenewDialog> m_renewDialog;
    QString m_defaultFolder;
    bool m_showErrors = true;
};

} // namespace certdesk::ui
