#pragma once

#include "inventory/certificatefilter.h"
#include "inventory/dashboardstats.h"
#include "lifecycle/managedcertificates.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <memory>
#include <optional>

class QGridLayout;
class QLabel;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

class CountTile;
class DashboardCard;
class DonutChart;
class ExpiryTimelineChart;
class NextToExpireList;
class RankingChart;

// The expiry dashboard: tiles (total, valid, expired, expiring within 7/30/60/90 days, with a
// private key, without a chain to a trusted root), the expiries of the next 52 weeks stacked by
// type, breakdowns by status, key algorithm and issuer, and the next certificates to expire.
//
// Every number is an SQL aggregate (core::computeDashboardStats) computed on a worker thread
// with its own read-only connection to the inventory file; the page keeps showing the last
// numbers until new ones arrive, then updates in place. Every number clicks through:
// showCertificates(filter) with a filter under which the list shows exactly what was counted.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(core::Inventory &inventory, QWidget *parent = nullptr);
    ~DashboardPage() override; // waits for a running computation

    // Where the system's trusted roots are read (once, on the worker thread) for "without a
    // chain to a trusted root"; "" for none (only the inventory's self-signed certificates).
    // Default /etc/ssl/certs. Takes effect with the next refresh().
    void setSystemTrustDir(const QString &dir);
    QList<core::TrustedIssuer> trustedIssuers() const;

    // The numbers on screen (nullopt before the first ones arrive).
    const std::optional<core::DashboardStats> &stats() const { return m_stats; }
    // Busy from the start of the work until its result is handled here (the task itself may end
    // earlier: the watcher's finished signal is queued).
    bool isRefreshing() const { return m_busy; }
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }       // the worker's time for the last numbers
    qint64 lastRefreshCpuMs() const { return m_lastRefreshCpuMs; } // of which it ran on a CPU

    CountTile *tile(core::DashboardStats::Count which) const;
    // Failed requests, timed-out validations and failed renewals (core::countManaged).
    CountTile *renewalProblemsTile() const { return m_renewalProblems; }
    // Endpoints serving stale, mismatching or unknown certificates, failing, or with chain problems
    // (core::countEndpointProblems).
    CountTile *endpointProblemsTile() const { return m_endpointProblems; }
    const std::optional<core::ManagedCertificates::Counts> &managedCounts() const { return m_managed; }
    core::CertificateFilter filterFor(core::DashboardStats::Count which) const;
    ExpiryTimelineChart *timelineChart() const { return m_timeline; }
    DonutChart *statusChart() const { return m_status; }
    DonutChart *keyAlgorithmChart() const { return m_keys; }
    RankingChart *issuerChart() const { return m_issuers; }
    NextToExpireList *nextToExpireList() const { return m_next; }

public Q_SLOTS:
    // Recomputes the numbers in the background (a refresh asked for while one runs is done
    // once after it). Call after imports, deletions and anything else that changes the inventory.
    void refresh();

Q_SIGNALS:
    void showCertificates(const certdesk::core::CertificateFilter &filter);
    // The Renewal problems tile: the Requests page, filtered to problems.
    void showRenewalProblems();
    // The endpoint problems tile: the Discovery page, filtered to problems.
    void showEndpointProblems();
    void certificateActivated(qint64 id); // a row of "next to expire" (also sent as showCertificates)
    void refreshed();                     // new numbers are on screen (or an error is)

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Outcome
    {
        core::Result<core::DashboardStats> stats;
        core::Result<core::ManagedCertificates::Counts> managed;
        core::Result<qint64> endpointProblems;
        std::shared_ptr<const QList<core::TrustedIssuer>> trusted;
        qint64 elapsedMs = 0;
        qint64 cpuMs = 0;
    };
    static Outcome compute(const QString &path, const QDateTime &now,
                           std::shared_ptr<const QList<core::TrustedIssuer>> trusted, const QString &trustDir);

    QWidget *buildTiles();
    // The tiles in one row when each gets room for its caption, else in two.
    void layOutTiles();
    void start();
    void finished();
    void display(const core::DashboardStats &stats);
    void applyAccents();

    core::Inventory &m_inventory;
    QString m_trustDir = QStringLiteral("/etc/ssl/certs");
    std::shared_ptr<const QList<core::TrustedIssuer>> m_trusted;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    bool m_busy = false;
    bool m_pending = false;
    std::optional<core::DashboardStats> m_stats;
    std::optional<core::ManagedCertificates::Counts> m_managed;
    qint64 m_lastRefreshMs = 0;
    qint64 m_lastRefreshCpuMs = 0;

    QList<QPair<core::DashboardStats::Count, CountTile *>> m_tiles;
    CountTile *m_renewalProblems = nullptr;
    CountTile *m_endpointProblems = nullptr;
    QWidget *m_tileRow = nullptr;
    QWidget *m_viewport = nullptr; // of the page's scroll area: the width there is to share
    QGridLayout *m_tileGrid = nullptr;
    int m_tileColumns = 0;
    QLabel *m_updated = nullptr;
    QLabel *m_error = nullptr;
    DashboardCard *m_timelineCard = nullptr;
    DashboardCard *m_nextCard = nullptr;
    DashboardCard *m_issuersCard = nullptr;
    ExpiryTimelineChart *m_timeline = nullptr;
    DonutChart *m_status = nullptr;
    DonutChart *m_keys = nullptr;
    RankingChart *m_issuers = nullptr;
    NextToExpireList *m_next = nullptr;
};

} // namespace certdesk::ui
