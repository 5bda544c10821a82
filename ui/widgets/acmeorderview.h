#pragma once

#include "acme/dnssolver.h"
#include "lifecycle/acmeissuance.h"

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace certdesk::ui {

class AcmeSession;

// One ACME order as it runs on the worker, shown live: each name's authorization state (waiting,
// answering the challenge, being validated, valid or failed with the CA's reason) changes as the
// session's progress hook reports it; for DNS records made by hand, the TXT records to create are
// listed with copy buttons and "The records exist — validate now" lets the waiting worker go on.
// The Request wizard's Validation page (AcmeProgressPage) and the renew dialog for certificates
// validated by hand (AcmeRenewDialog) both show it.
class AcmeOrderView : public QWidget
{
    Q_OBJECT

public:
    explicit AcmeOrderView(QWidget *parent = nullptr);

    // A new run for these names (ASCII; a wildcard with its "*.").
    void start(const QStringList &names, AcmeSession *session);
    // The order has ended: done (issued) or not, and what to tell about it.
    void finish(bool done, const QString &text);
    bool isRunning() const { return m_running; }
    bool isDone() const { return m_done; }
    // Cancel pressed while the order runs: the worker is told; this shows that it stops.
    void cancelling();

    // The state shown for a name: "Valid", "Validating…" …
    QString stateOf(const QString &name) const;
    QTreeWidget *namesList() const { return m_names; }
    QGroupBox *recordsBox() const { return m_recordsBox; }
    QTreeWidget *recordsList() const { return m_records; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *copyAllButton() const { return m_copyAll; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    void stepShown(const QString &step, const QString &identifier);
    // Started or finished.
    void runningChanged(bool running);

private:
    void onProgress(const core::AcmeProgress &progress);
    void showRecords(const QList<core::DnsRecord> &records);
    QTreeWidgetItem *row(const QString &identifier);
    // ended: the CA's answer for the name is final (valid or invalid).
    void setRowState(QTreeWidgetItem *item, const QString &state, const QString &detail, const QColor &color,
                     bool ended = false);

    QPointer<AcmeSession> m_session;
    bool m_running = false;
    bool m_done = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_names = nullptr;
    QGroupBox *m_recordsBox = nullptr;
    QTreeWidget *m_records = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_copyAll = nullptr;
    QLabel *m_result = nullptr;
    QList<core::DnsRecord> m_shownRecords;
};

} // namespace certdesk::ui
