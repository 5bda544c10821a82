#pragma once

#include "commands/deploycommand.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

// Runs the saved discovery scans that are due (core::Discovery::dueScans, daily by default) on a
// worker while the application runs: at start() and then every kCheckMinutes, one after the
// other, each scan recording its results and scheduling its next run. Never prompts for a
// password (a scan needs none). Like ExpiryCheckScheduler, it compares the clock with each
// scan's next run when it wakes, so scans a suspended machine missed run soon after it wakes.
class DiscoveryScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckMinutes = 15;

    // inventory: the GUI's (its path, clock and actor; the work opens its own connection).
    DiscoveryScheduler(core::Inventory &inventory, QObject *parent = nullptr);
    ~DiscoveryScheduler() override; // cancels and waits for a running scan

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    bool isRunning() const { return m_command != nullptr; }
    QTimer *timer() { return &m_timer; }

public Q_SLOTS:
    // Runs the due scans now (nothing when one round is still running).
    void runDue();

Q_SIGNALS:
    void started();
    // After a round: each due scan's name and its summary (or why it failed); empty when none was due.
    void finished(const QList<QPair<QString, QString>> &scans, int newCertificates);

private:
    core::Inventory &m_inventory;
    QTimer m_timer;
    QPointer<DeployCommand> m_command;
};

} // namespace certdesk::ui
