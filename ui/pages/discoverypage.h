#pragma once

#include "commands/deploycommand.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolBar;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

class DiscoveryScheduler;
class EndpointsModel;
class SavedScansModel;
class ScanSpecFields;

// Discovery: what TLS endpoints serve. A Scan form (targets, ports with the default list, SNI,
// connections at once, time limit) that scans on a worker with a progress bar and Cancel; the
// saved scans (run by hand or on their schedule by the DiscoveryScheduler); the endpoints found
// (state badge, served certificate, expiry, TLS version, chain problems, first and last seen;
// gone ones greyed), filtered to problems; and Scan Folders… for certificates and keys on disk.
// New certificates are counted and can be shown on the Certificates page.
class DiscoveryPage : public QWidget
{
    Q_OBJECT

public:
    enum class Action { ScanNow, Cancel, NewScan, RunScan, RemoveScan, ScanFolders };
    Q_ENUM(Action)
    enum class Show { Current, Problems, IncludingGone };
    Q_ENUM(Show)

    explicit DiscoveryPage(core::Inventory &inventory, QWidget *parent = nullptr);
    ~DiscoveryPage() override;

    QAction *action(Action which) const { return m_actions.value(int(which)); }
    QList<QAction *> actions() const { return m_actions; }
    ScanSpecFields *scanFields() const { return m_fields; }
    QPushButton *scanButton() const { return m_scanButton; }
    EndpointsModel *endpointsModel() const { return m_endpoints; }
    SavedScansModel *savedScansModel() const { return m_saved; }
    QTableView *endpointsView() const { return m_endpointsView; }
    QTableView *savedScansView() const { return m_savedView; }
    QComboBox *showCombo() const { return m_show; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *captionLabel() const { return m_caption; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *showNewButton() const { return m_showNew; }
    DiscoveryScheduler *scheduler() const { return m_scheduler; }
    bool isBusy() const { return m_command != nullptr; }
    void setShowErrors(bool show) { m_showErrors = show; }

    void setShow(Show show);
    Show show() const;
    std::optional<core::SavedScan> currentSavedScan() const;
    // The certificates the last scan found new or saw served (for Show Them).
    QList<qint64> lastFoundCertificates() const { return m_found; }

public Q_SLOTS:
    void refresh();
    // The steps behind the actions, for callers that have the answers.
    void scan(const core::ScanSpec &spec);
    void runSavedScan(qint64 id);
    void saveScan(const QString &name, const core::ScanSpec &spec, int intervalHours);
    void removeSavedScan(qint64 id);
    void scanFolders(const QStringList &folders);
    void cancel();

Q_SIGNALS:
    // Scans added certificates (the Certificates page, the dashboard read again).
    void certificatesChanged();
    // Show Them: the certificates a scan found.
    void showCertificatesRequested(const QList<qint64> &ids);
    void statusMessage(const QString &message);
    void scanFinished();

private:
    void createActions();
    void updateActions();
    void updateCaption();
    bool start(const QString &busyText, bool determinate, DeployCommand::Job job,
               std::function<void(const DeployOutcome &)> done);
    void showScanResult(const core::ScanSummary &summary);
    void reportError(const QString &message);
    void newSavedScan();
    void chooseFolders();

    core::Inventory &m_inventory;
    std::unique_ptr<core::Discovery> m_reader;
    QList<QAction *> m_actions;
    QPointer<DeployCommand> m_command;
    DiscoveryScheduler *m_scheduler = nullptr;
    QToolBar *m_toolbar = nullptr;
    ScanSpecFields *m_fields = nullptr;
    QPushButton *m_scanButton = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_showNew = nullptr;
    QWidget *m_resultRow = nullptr;
    SavedScansModel *m_saved = nullptr;
    QTableView *m_savedView = nullptr;
    QLabel *m_savedEmpty = nullptr;
    EndpointsModel *m_endpoints = nullptr;
    QTableView *m_endpointsView = nullptr;
    QComboBox *m_show = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_loadError = nullptr;
    QList<qint64> m_found;
    bool m_showErrors = true;
};

} // namespace certdesk::ui
