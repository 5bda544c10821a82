#include "notifications/discoveryscheduler.h"

#include "models/deploylabels.h"

namespace certdesk::ui {

DiscoveryScheduler::DiscoveryScheduler(core::Inventory &inventory, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
{
    m_timer.setInterval(kCheckMinutes * 60 * 1000);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DiscoveryScheduler::runDue);
}

DiscoveryScheduler::~DiscoveryScheduler()
{
    m_timer.stop();
    delete m_command.data(); // cancels the scan and waits for it
}

void DiscoveryScheduler::start()
{
    m_timer.start();
    runDue();
}

void DiscoveryScheduler::stop() { m_timer.stop(); }

void DiscoveryScheduler::runDue()
{
    if (m_command)
        return;
    auto *command = new DeployCommand(m_inventory, nullptr, this);
    command->setPromptAllowed(false);
    m_command = command;
    connect(command, &DeployCommand::finished, this, [this](const DeployOutcome &outcome) {
        m_command = nullptr;
        int found = 0;
        if (outcome.scan)
            found = outcome.scan->newCertificates;
        Q_EMIT finished(outcome.scheduled, found);
    });
    Q_EMIT started();
    command->run([](DeployContext &c) {
        DeployOutcome out = DeployOutcome::done();
        auto due = c.discovery.dueScans();
        if (!due)
            return DeployOutcome::failed(due.error());
        core::ScanSummary total;
        for (const core::SavedScan &scan : *due) {
            if (c.cancelled && c.cancelled->load())
                break;
            auto summary = c.discovery.runSavedScan(scan.id, {}, c.cancelled);
            if (summary) {
                total.newCertificates += summary->newCertificates;
                out.scheduled.append({scan.name, DeployLabels::scanSummary(*summary)});
            } else {
                out.scheduled.append({scan.name, summary.error().message});
            }
        }
        out.scan = total;
        return out;
    });
}

} // namespace certdesk::ui
