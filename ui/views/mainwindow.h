#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

class ActivityPage;
class CertificatesPage;
class DashboardPage;
class ImportCommand;

// The console: a sidebar of pages, menus wired to commands, a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Dashboard, Certificates, Activity };
    Q_ENUM(Page)

    // settings: where geometry and choices persist (nullptr: nowhere). Both outlive the window.
    explicit MainWindow(core::Inventory &inventory, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;

    DashboardPage *dashboardPage() const { return m_dashboard; }
    CertificatesPage *certificatesPage() const { return m_certificates; }
    ActivityPage *activityPage() const { return m_activity; }
    QAction *importAction() const { return m_importAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    // Imports these files or folders in the background (no file dialog); the running command.
    ImportCommand *importPaths(const QStringList &paths);
    ImportCommand *runningImport() const;

public Q_SLOTS:
    void refresh();
    void importFiles();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createSidebar();
    ImportCommand *createImportCommand();
    void updateStatusBar();
    void about();

    core::Inventory &m_inventory;
    QSettings *m_settings;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    CertificatesPage *m_certificates = nullptr;
    ActivityPage *m_activity = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_keyStoreLabel = nullptr;
    QPointer<ImportCommand> m_import;
    bool m_closeAfterImport = false;
};

} // namespace certdesk::ui
