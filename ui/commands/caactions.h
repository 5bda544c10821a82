#pragma once

#include "commands/cacommand.h"
#include "models/issuedcertificatesmodel.h"

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

// What the private-CA actions act on: the CA chosen on the page and, in its list of issued
// certificates, the certificate chosen there.
struct CaSelection
{
    std::optional<core::CaInfo> ca;
    std::optional<IssuedRow> certificate;
};

// The Private CAs page's actions: New CA (wizard), Issue Certificate (dialog), Revoke and
// Release Hold, Generate CRL, exports (CA certificate, chain, CSR), Install Certificate, Audit
// Report, Disable/Enable, Delete/Restore. Each asks what it needs (a dialog, a file name), then
// runs as a CaCommand on a worker; one at a time. Reading (the CA list, chains, issuedBy)
// happens on the GUI thread through the page's CertificateAuthorities.
class CaActions : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        NewCa,
        Issue,
        Revoke,
        ReleaseHold,
        GenerateCrl,
        ExportCertificate,
        ExportChain,
        ExportCsr,
        InstallCertificate,
        AuditReport,
        Disable,
        Enable,
        Delete,
        Restore,
    };
    Q_ENUM(Action)

    using SelectionProvider = std::function<CaSelection()>;

    // reader: the GUI thread's CertificateAuthorities (no signing). dialogParent: the page.
    CaActions(core::Inventory &inventory, core::CertificateAuthorities &reader, QWidget *dialogParent,
              SelectionProvider selection);
    ~CaActions() override;

    QAction *action(Action which) const { return m_actions.value(int(which)); }
    QList<QAction *> actions() const { return m_actions; }
    // Enables the actions for the selection (and disables them all while a job runs).
    void update();
    bool isBusy() const { return m_command != nullptr; }
    // Where file dialogs start (default: the home folder).
    void setDefaultFolder(const QString &folder) { m_defaultFolder = folder; }
    // Whether a failure also shows in a message box (tests turn it off; failed() is emitted anyway).
    void setShowErrors(bool show) { m_showErrors = show; }

    // The steps behind the actions, for a caller that already has the answers (tests, scripts).
    void revoke(qint64 certificateId, const QString &reason, const std::optional<QDateTime> &invalidityDate = {});
    void generateCrl(qint64 caId);
    // Regenerates the CRLs that are due and purges CAs whose restore period ended, quietly: only
    // when the key store is unlocked (it never asks) and no other job runs.
    void refreshDueCrls();
    void exportCertificate(qint64 caId, const QString &path); // PEM, or DER for .der/.cer
    void exportChain(qint64 caId, const QString &path);       // PEM, the CA first
    void exportCsr(qint64 caId, const QString &path);
    void installCertificate(qint64 caId, const QString &path);
    void auditReport(qint64 caId, const QString &path);       // CSV, or JSON for .json
    void setEnabled(qint64 caId, bool enabled);
    void remove(qint64 caId, int restoreDays);
    void restore(qint64 caId);

public Q_SLOTS:
    void createCa();
    void issueCertificate();
    // Asks for the reason, then revokes (any certificate a certdesk CA issued).
    void revokeCertificate(qint64 certificateId);

Q_SIGNALS:
    // A job started (text: what it does) or ended (busy false).
    void busyChanged(bool busy, const QString &text);
    // Something changed: show this CA and certificate (0: keep the selection).
    void changed(qint64 caId, qint64 certificateId);
    // The inventory's certificates changed (issued, revoked): other pages refresh.
    void certificatesChanged();
    void statusMessage(const QString &message);
    // A job failed (or was not started): what and why, in one sentence.
    void failed(const QString &message);
    void keyStoreUnlocked();
    // An action was triggered: the page wants to be shown.
    void activated();

private:
    using Done = std::function<void(const CaOutcome &)>;
    void run(const QString &busyText, CaCommand::Job job, Done done, QWidget *dialogParent = nullptr);
    void report(const QString &what, const CaOutcome &outcome);
    void reportError(const QString &message);
    QString saveFileName(const QString &title, const QString &suggested, const QString &filters);
    QString caFileBase(const core::CaInfo &ca) const;

    core::Inventory &m_inventory;
    core::CertificateAuthorities &m_reader;
    QPointer<QWidget> m_parent;
    SelectionProvider m_selection;
    QList<QAction *> m_actions;
    QPointer<CaCommand> m_command;
    QString m_defaultFolder;
    bool m_showErrors = true;
};

} // namespace certdesk::ui
