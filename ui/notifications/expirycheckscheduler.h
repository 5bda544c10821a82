#pragma once

#include "inventory/expirynotifier.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace certdesk::core {
class Clock;
}

namespace certdesk::ui {

// Runs the expiry check (core::ExpiryNotifier) at start and once a day, a few minutes after
// local midnight, in a worker thread with its own database connection.
//
// Robust to sleep and suspend: the timer never waits longer than an hour, and every time it
// fires it compares the clock with the time the next check was due, so a check that a
// suspended machine missed runs soon after it wakes (a monotonic timer alone would fire
// hours late). The notifier itself guarantees once per certificate per threshold, so an
// extra check is harmless.
class ExpiryCheckScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinutesAfterMidnight = 5;
    static constexpr int kMaxSleepMs = 60 * 60 * 1000;
    static constexpr int kRetryMinutes = 10; // after a failed check

    // inventoryPath: the database the checks open (their own connection, in a worker thread).
    // clock: "now" for the schedule and the checks; it must outlive this object and be safe to
    // read from another thread (SystemClock; a FixedClock that tests change only between checks).
    ExpiryCheckScheduler(QString inventoryPath, const core::Clock &clock, QObject *parent = nullptr);
    ~ExpiryCheckScheduler() override; // waits for a running check

    void setThresholds(const QList<int> &days);
    QList<int> thresholds() const { return m_thresholds; }

    // Checks now, then daily. stop() ends the daily checks (checkNow() still works).
    void start();
    void stop();
    bool isActive() const { return m_active; }
    bool isChecking() const { return m_checking; }

    QDateTime nextCheck() const { return m_nextCheck; } // when the next daily check is due (local time)
    int timerInterval() const;                          // ms until the timer fires next (-1: not running)

    // The first daily check time strictly after now: next local midnight + kMinutesAfterMidnight,
    // or today's if now is just after midnight but before it.
    static QDateTime nextCheckAfter(const QDateTime &now);

public Q_SLOTS:
    // Runs a check now (if one is running, another follows it).
    void checkNow();
    // What the timer calls: runs the daily check if it is due (or overdue), then re-arms.
    void wake();

Q_SIGNALS:
    void checkStarted();
    // After every check; notices is empty when nothing crossed a threshold.
    void checkFinished(const QList<certdesk::core::ExpiryNotice> &notices);
    // After a check that announced something: what the tray shows.
    void noticesFound(const QList<certdesk::core::ExpiryNotice> &notices);
    // The check failed (the daily schedule retries in kRetryMinutes).
    void checkFailed(const QString &message);

private:
    struct Outcome
    {
        QList<core::ExpiryNotice> notices;
        QString error;
    };
    static Outcome runCheck(const QString &path, const core::Clock &clock, const QList<int> &thresholds);
    void finished();
    void arm();

    QString m_path;
    const core::Clock &m_clock;
    QList<int> m_thresholds;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
    QDateTime m_nextCheck;
    bool m_active = false;
    bool m_checking = false;
    bool m_again = false;
};

} // namespace certdesk::ui
