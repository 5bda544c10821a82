#pragma once

#include "lifecycle/acmeissuance.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>

namespace certdesk::ui {

// The GUI's side of one running ACME order: the hooks the worker's ManagedCertificates gets
// (AcmeHooks), turned into signals on the GUI thread, and the handshake for DNS records made by
// hand. The worker emits progress() and recordsNeeded() (queued to the GUI thread, where the
// session lives) and, for manual DNS, waits until the administrator says the records exist
// (confirmRecords) or the order is cancelled (cancel: the hook returns Cancelled, and the
// client's waits stop). Create it on the GUI thread; it must outlive the worker's job.
class AcmeSession : public QObject
{
    Q_OBJECT

public:
    explicit AcmeSession(QObject *parent = nullptr);
    ~AcmeSession() override;

    // Hooks for the worker (they hold this object: keep it alive until the job has ended).
    core::AcmeHooks hooks();

    // GUI thread.
    void confirmRecords();
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    bool isWaitingForRecords() const;

Q_SIGNALS:
    // Emitted on the worker, delivered on the GUI thread.
    void progress(const certdesk::core::AcmeProgress &progress);
    void recordsNeeded(const QList<certdesk::core::DnsRecord> &records);

private:
    core::Result<void> waitForRecords(const QList<core::DnsRecord> &records);

    std::atomic_bool m_cancelled{false};
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_waiting = false;
    bool m_confirmed = false;
};

} // namespace certdesk::ui

Q_DECLARE_METATYPE(certdesk::core::AcmeProgress)
Q_DECLARE_METATYPE(certdesk::core::DnsRecord)
