#include "commands/acmesession.h"

#include <QMutexLocker>

namespace certdesk::ui {

AcmeSession::AcmeSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<core::AcmeProgress>();
    qRegisterMetaType<QList<core::DnsRecord>>();
}

AcmeSession::~AcmeSession() { cancel(); }

core::AcmeHooks AcmeSession::hooks()
{
    core::AcmeHooks h;
    h.progress = [this](const core::AcmeProgress &p) { Q_EMIT progress(p); };
    h.dnsInstructions = [this](const QList<core::DnsRecord> &records) { return waitForRecords(records); };
    h.cancelled = [this] { return m_cancelled.load(); };
    return h;
}

core::Result<void> AcmeSession::waitForRecords(const QList<core::DnsRecord> &records)
{
    {
        QMutexLocker lock(&m_mutex);
        m_confirmed = false;
        m_waiting = true;
    }
    Q_EMIT recordsNeeded(records);
    QMutexLocker lock(&m_mutex);
    while (!m_confirmed && !m_cancelled.load())
        m_wake.wait(&m_mutex);
    m_waiting = false;
    if (m_cancelled.load())
        return std::unexpected(core::Error{core::ErrorCode::Cancelled, QStringLiteral("cancelled by the administrator")});
    return {};
}

bool AcmeSession::isWaitingForRecords() const
{
    QMutexLocker lock(&m_mutex);
    return m_waiting;
}

void AcmeSession::confirmRecords()
{
    QMutexLocker lock(&m_mutex);
    m_confirmed = true;
    m_wake.wakeAll();
}

void AcmeSession::cancel()
{
    m_cancelled.store(true);
    QMutexLocker lock(&m_mutex);
    m_wake.wakeAll();
}

} // namespace certdesk::ui
