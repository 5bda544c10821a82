#pragma once

#include "settings/appsettings.h"
#include "theme/theme.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;

namespace certdesk::core {
class Inventory;
class InventoryWatcher;
} // namespace certdesk::core

namespace certdesk::ui {

class AcmeAccountsPage;
class ActivityPage;
class CertificatesPage;
class DashboardPage;
class DeploymentsPage;
class DiscoveryPage;
class ExportCommand;
class ImportCommand;
class PrivateCasPage;
class RequestsPage;

// The console: a sidebar of pages, menus wired to commands, a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // In sidebar order (Ctrl+1 … Ctrl+8); the last page is remembered by name (pageFromSetting).
    enum class Page { Dashboard, Certificates, Requests, PrivateCas, Deployments, Discovery, Activity, AcmeAccounts };
    Q_ENUM(Page)

    // settings: where geometry and choices persist (nullptr: nowhere). Both outlive the window.
    explicit MainWindow(core::Inventory &inventory, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;

    DashboardPage *dashboardPage() const { return m_dashboard; }
    CertificatesPage *certificatesPage() const { return m_certificates; }
    RequestsPage *requestsPage() const { return m_requests; }
    PrivateCasPage *privateCasPage() const { return m_privateCas; }
    DeploymentsPage *deploymentsPage() const { return m_deployments; }
    DiscoveryPage *discoveryPage() const { return m_discovery; }
    ActivityPage *activityPage() const { return m_activity; }
    AcmeAccountsPage *acmeAccountsPage() const { return m_acmeAccounts; }
    QAction *importAction() const { return m_importAction; }
    QAction *requestAction() const;
    // Renew: the selected managed certificate of the Requests page, or of the Certificates page.
    QAction *renewAction() const { return m_renewAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *pasteAction() const { return m_pasteAction; }
    QAction *importFolderAction() const { return m_importFolderAction; }
    QAction *lockAction() const { return m_lockAction; }
    QAction *demoAction() const { return m_demoAction; }

    // Imports these files or folders in the background (no file dialog); the running command.
    ImportCommand *importPaths(const QStringList &paths);
    // Imports PEM (or any format the parser reads) from the clipboard or a drop.
    ImportCommand *importText(const QString &name, const QByteArray &data);
    // Exports the certificates selected on the Certificates page (or these ids).
    ExportCommand *exportCertificates(const QList<qint64> &ids);
    // Follows the system, or forces a light or dark palette (remembered in the settings).
    void setPaletteMode(Theme::Mode mode);
    ImportCommand *runningImport() const;
    // Hears of changes other consoles (or this one's workers) make, and refreshes the pages.
    core::InventoryWatcher *inventoryWatcher() const { return m_watcher; }
    QAction *openTeamAction() const { return m_openTeamAction; }
    QMenu *recentMenu() const { return m_recentMenu; }
    // The status bar's inventory (path or URL without password) and, for a team inventory, "user · Role".
    QLabel *inventoryLabel() const { return m_pathLabel; }
    QLabel *userLabel() const { return m_userLabel; }
    // Stores geometry, toolbar state and the page in the settings (as closing does).
    void saveSettings();

public Q_SLOTS:
    void refresh();
    void importFiles();
    void importFolder();
    void pasteFromClipboard();
    void lockKeyStore();
    void showSettings();
    // The "Open Team Inventory" dialog, filled from location (a URL) and showing error when given;
    // on Open, openInventoryRequested.
    void openTeamInventory(const QString &location = {}, const QString &error = {});
    // Fills an empty inventory with the demo certificates (in the background).
    void createDemoData();

Q_SIGNALS:
    // The user changed preferences in the Settings dialog (already stored).
    void settingsChanged(certdesk::ui::AppSettings::Changes changes);
    void demoDataCreated();
    // The user chose another inventory (a file or a postgresql:// URL; password for a URL without
    // one, "" to use what is remembered or libpq's sources). Console replaces the window.
    void openInventoryRequested(const QString &location, const QString &password);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    static Page pageFromSetting(const QVariant &value);
    void createSidebar();
    void updateSidebarIcons();
    ImportCommand *createImportCommand();
    void updateStatusBar();
    void updateActions();
    void updateRenewAction();
    void about();
    void fillRecentMenu();
    void inventoryChanged();

    core::Inventory &m_inventory;
    QSettings *m_settings;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    CertificatesPage *m_certificates = nullptr;
    RequestsPage *m_requests = nullptr;
    PrivateCasPage *m_privateCas = nullptr;
    DeploymentsPage *m_deployments = nullptr;
    DiscoveryPage *m_discovery = nullptr;
    ActivityPage *m_activity = nullptr;
    AcmeAccountsPage *m_acmeAccounts = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_renewAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_demoAction = nullptr;
    QActionGroup *m_paletteGroup = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_openTeamAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    core::InventoryWatcher *m_watcher = nullptr;
    QLabel *m_keyStoreLabel = nullptr;
    QPointer<ImportCommand> m_import;
    QPointer<ExportCommand> m_export;
    bool m_creatingDemo = false;
    bool m_closeAfterImport = false;
};

} // namespace certdesk::ui
