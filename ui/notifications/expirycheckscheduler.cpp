#include "notifications/expirycheckscheduler.h"

#include "inventory/clock.h"
#include "inventory/inventory.h"

#include <QAtomicInteger>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>

namespace certdesk::ui {

ExpiryCheckScheduler::ExpiryCheckScheduler(QString inventoryPath, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(inventoryPath))
    , m_clock(clock)
    , m_thresholds(core::ExpiryNotifier::defaultThresholds())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryCheckScheduler::wake);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExpiryCheckScheduler::finished);
}

ExpiryCheckScheduler::~ExpiryCheckScheduler()
{
    m_timer.stop();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ExpiryCheckScheduler::setThresholds(const QList<int> &days) { m_thresholds = days; }

QDateTime ExpiryCheckScheduler::nextCheckAfter(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    QDateTime candidate(local.date(), QTime(0, kMinutesAfterMidnight), Qt::LocalTime);
    if (candidate <= local)
        candidate = QDateTime(local.date().addDays(1), QTime(0, kMinutesAfterMidnight), Qt::LocalTime);
    return candidate;
}

void ExpiryCheckScheduler::start()
{
    m_active = true;
    m_nextCheck = nextCheckAfter(m_clock.now());
    checkNow();
    arm();
}

void ExpiryCheckScheduler::stop()
{
    m_active = false;
    m_timer.stop();
}

int ExpiryCheckScheduler::timerInterval() const { return m_timer.isActive() ? m_timer.interval() : -1; }

void ExpiryCheckScheduler::arm()
{
    if (!m_active)
        return;
    const qint64 untilDue = m_clock.now().msecsTo(m_nextCheck);
    m_timer.start(int(std::clamp<qint64>(untilDue, 1000, kMaxSleepMs)));
}

void ExpiryCheckScheduler::wake()
{
    if (!m_active)
        return;
    const QDateTime now = m_clock.now();
    if (now >= m_nextCheck) {
        // Due, or overdue after a suspend: one check, then the next midnight after now.
        m_nextCheck = nextCheckAfter(now);
        checkNow();
    }
    arm();
}

void ExpiryCheckScheduler::checkNow()
{
    if (m_checking) {
        m_again = true;
        return;
    }
    m_checking = true;
    Q_EMIT checkStarted();
    m_watcher.setFuture(QtConcurrent::run(&ExpiryCheckScheduler::runCheck, m_path, std::cref(m_clock), m_thresholds));
}

ExpiryCheckScheduler::Outcome ExpiryCheckScheduler::runCheck(const QString &path, const core::Clock &clock,
                                                             const QList<int> &thresholds)
{
    // One connection per check, named after the thread (a pool thread may serve several checks).
    static QAtomicInteger<quint64> serial;
    const QString connection = QStringLiteral("expiry-check-%1-%2")
                                   .arg(quintptr(QThread::currentThreadId()))
                                   .arg(serial.fetchAndAddRelaxed(1));
    auto inventory = core::Inventory::open(path, clock, connection);
    if (!inventory)
        return {{}, inventory.error().message};
    auto notices = core::ExpiryNotifier(**inventory, thresholds).check();
    if (!notices)
        return {{}, notices.error().message};
    return {*notices, {}};
}

void ExpiryCheckScheduler::finished()
{
    m_checking = false;
    const Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty()) {
        // E.g. a long import held the write lock past the busy timeout: try again soon, not tomorrow.
        if (m_active) {
            m_nextCheck = std::min(m_nextCheck, m_clock.now().addSecs(kRetryMinutes * 60));
            arm();
        }
        Q_EMIT checkFailed(outcome.error);
    }
    Q_EMIT checkFinished(outcome.notices);
    if (!outcome.notices.isEmpty())
        Q_EMIT noticesFound(outcome.notices);
    if (std::exchange(m_again, false))
        checkNow();
}

} // namespace certdesk::ui
