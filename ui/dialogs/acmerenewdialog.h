#pragma once

#include "lifecycle/managedcertificates.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace certdesk::ui {

class AcmeOrderView;
class AcmeSession;

// Renew ▸ an ACME certificate validated with DNS records made by hand: the renewal's order as it
// runs on the worker (AcmeOrderView: each name's state, the TXT records to create with copy
// buttons, "The records exist — validate now"), then its outcome. Cancel while it runs stops the
// order (the current certificate stays); the dialog closes once the worker has ended.
class AcmeRenewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AcmeRenewDialog(const core::ManagedCertificate &managed, QWidget *parent = nullptr);

    qint64 managedId() const { return m_managedId; }
    // The renewal runs on a worker with this session's hooks.
    void start(AcmeSession *session);
    // The worker has ended. Cancelled by the administrator: the dialog closes; otherwise it shows
    // the outcome until closed.
    void finish(bool renewed, const QString &text);
    bool isRunning() const;

    AcmeOrderView *view() const { return m_view; }
    QLabel *introLabel() const { return m_intro; }
    QPushButton *closeButton() const { return m_close; }

public Q_SLOTS:
    void reject() override;

private:
    qint64 m_managedId = 0;
    QStringList m_names;
    QString m_heading; // the name and the managed certificate's REF
    QPointer<AcmeSession> m_session;
    QLabel *m_intro = nullptr;
    AcmeOrderView *m_view = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace certdesk::ui
