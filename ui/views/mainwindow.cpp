#include "views/mainwindow.h"

#include "commands/exportcommand.h"
#include "commands/importcommand.h"
#include "details/manageddetailsview.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/importsummarydialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/teaminventorydialog.h"
#include "inventory/databaselocation.h"
#include "inventory/inventorywatcher.h"
#include "inventory/paths.h"
#include "inventory/demoinventory.h"
#include "inventory/inventory.h"
#include "models/certificatetablemodel.h"
#include "notifications/discoveryscheduler.h"
#include "pages/acmeaccountspage.h"
#include "pages/activitypage.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "pages/deploymentspage.h"
#include "pages/discoverypage.h"
#include "pages/privatecaspage.h"
#include "pages/requestspage.h"
#include "uiresources.h"
#include "views/certificatetableview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>

#include <algorithm>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMetaEnum>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace certdesk::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
const QString kPageKey = QStringLiteral("mainwindow/page");
const QString kCertificatesStateKey = QStringLiteral("certificates/state");
const QString kImportDirKey = QStringLiteral("import/lastDirectory");
const QString kPaletteKey = QStringLiteral("appearance/palette");
constexpr int kStatusMessageMs = 10000;

// The SVG as is, plus a copy in the highlighted-text colour for the selected
// entry (the icons' blue would vanish on a blue selection).
QIcon sidebarIcon(const QString &path, const QColor &selected, int size)
{
    const QIcon svg(path);
    QIcon icon; // pixmaps only: the SVG engine keeps just one added pixmap per mode
    for (int scale : {1, 2}) {
        const QPixmap normal = svg.pixmap(QSize(size, size) * scale);
        QPixmap tinted = normal;
        QPainter painter(&tinted);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(tinted.rect(), selected);
        painter.end();
        icon.addPixmap(normal, QIcon::Normal);
        icon.addPixmap(tinted, QIcon::Selected);
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(core::Inventory &inventory, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_inventory(inventory)
    , m_settings(settings)
{
    initResources();
    const auto location = core::DatabaseLocation::parse(inventory.path());
    if (location && location->isPostgres()) {
        setWindowTitle(tr("%1 on %2 — certdesk")
                           .arg(location->database, location->host.isEmpty() ? QStringLiteral("localhost") : location->host));
    } else {
        setWindowTitle(tr("%1 — certdesk").arg(QFileInfo(inventory.path()).fileName()));
        setWindowFilePath(inventory.path());
    }

    m_dashboard = new DashboardPage(inventory, this);
    m_certificates = new CertificatesPage(inventory, this);
    m_requests = new RequestsPage(inventory, this);
    m_privateCas = new PrivateCasPage(inventory, this);
    m_deployments = new DeploymentsPage(inventory, this);
    m_discovery = new DiscoveryPage(inventory, this);
    m_activity = new ActivityPage(inventory, this);
    m_acmeAccounts = new AcmeAccountsPage(inventory, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_certificates);
    m_pages->addWidget(m_requests);
    m_pages->addWidget(m_privateCas);
    m_pages->addWidget(m_deployments);
    m_pages->addWidget(m_discovery);
    m_pages->addWidget(m_activity);
    m_pages->addWidget(m_acmeAccounts);

    createSidebar();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    core::Database &database = inventory.database();
    if (database.isPostgres()) {
        m_pathLabel->setText(inventory.path()); // the URL without its password
        m_pathLabel->setToolTip(tr("The team inventory (PostgreSQL)"));
        m_userLabel = new QLabel(tr("%1 · %2").arg(database.user(), teamRoleTitle(database.role())), this);
        m_userLabel->setAccessibleName(tr("Signed in as"));
        m_userLabel->setToolTip(tr("Connected as %1; the role %2 decides what you may change")
                                    .arg(database.user(), teamRoleTitle(database.role())));
    } else {
        m_pathLabel->setText(QDir::toNativeSeparators(inventory.path()));
        m_pathLabel->setToolTip(tr("The inventory database"));
    }
    m_pathLabel->setAccessibleName(tr("Inventory"));
    m_countLabel = new QLabel(this);
    m_keyStoreLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    if (m_userLabel)
        statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_keyStoreLabel);

    connect(m_dashboard, &DashboardPage::showCertificates, this, [this](const core::CertificateFilter &filter) {
        showPage(Page::Certificates);
        m_certificates->showFilter(filter);
    });
    connect(m_certificates->model(), &CertificateTableModel::totalCountChanged, this, &MainWindow::updateStatusBar);
    connect(m_certificates, &CertificatesPage::exportRequested, this, &MainWindow::exportCertificates);
    connect(m_certificates, &CertificatesPage::certificatesDeleted, this, [this] {
        m_dashboard->refresh();
        m_requests->refresh();
        m_privateCas->refresh();
        m_activity->refresh();
        updateStatusBar();
    });
    connect(m_certificates, &CertificatesPage::tagsChanged, m_activity, &ActivityPage::refresh);
    connect(m_certificates, &CertificatesPage::revokeRequested, m_privateCas, &PrivateCasPage::revokeCertificate);
    connect(m_privateCas, &PrivateCasPage::certificatesChanged, this, [this] {
        m_dashboard->refresh();
        m_certificates->refresh();
        m_requests->refresh();
        m_activity->refresh();
        updateStatusBar();
    });
    // Requests and renewals: the new certificates show everywhere (a renewal re-runs deployments).
    connect(m_requests, &RequestsPage::certificatesChanged, this, [this] {
        m_dashboard->refresh();
        m_certificates->refresh();
        m_deployments->refresh();
        m_privateCas->refresh();
        m_activity->refresh();
        updateStatusBar();
    });
    connect(m_requests, &RequestsPage::keyStoreUnlocked, this, &MainWindow::updateStatusBar);
    connect(m_requests, &RequestsPage::activated, this, [this] { showPage(Page::Requests); });
    connect(m_requests, &RequestsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_requests, &RequestsPage::showCertificateRequested, this, [this](qint64 id) {
        showPage(Page::Certificates);
        m_certificates->showCertificate(id);
    });
    // A private CA's certificate is shown with its details; an external CA's CSR waits on the Requests page.
    connect(m_requests, &RequestsPage::requested, this, [this](const core::ManagedCertificate &managed) {
        if (managed.certificateId && !managed.hasPendingCsr) {
            showPage(Page::Certificates);
            m_certificates->showCertificate(*managed.certificateId);
        } else {
            showPage(Page::Requests);
            m_requests->selectManaged(managed.id);
            if (managed.hasPendingCsr)
                m_requests->detailsView()->saveCsrButton()->setFocus(Qt::OtherFocusReason); // what to do next
        }
    });
    connect(m_certificates, &CertificatesPage::renewRequested, m_requests->managedActions(), &ManagedActions::renew);
    connect(m_certificates, &CertificatesPage::renewalSettingsRequested, m_requests->managedActions(),
            &ManagedActions::editSettings);
    connect(m_dashboard, &DashboardPage::showRenewalProblems, this, [this] {
        showPage(Page::Requests);
        m_requests->setShow(RequestsPage::Show::Problems);
    });
    // Unlocked elsewhere: the renewal engine need not wait for its hour.
    connect(m_privateCas, &PrivateCasPage::keyStoreUnlocked, m_requests, &RequestsPage::renewDue, Qt::QueuedConnection);
    connect(m_privateCas, &PrivateCasPage::keyStoreUnlocked, this, &MainWindow::updateStatusBar);
    connect(m_privateCas, &PrivateCasPage::activated, this, [this] { showPage(Page::PrivateCas); });
    connect(m_privateCas, &PrivateCasPage::showCertificateRequested, this, [this](const QString &serial) {
        core::CertificateFilter filter;
        filter.search = serial;
        showPage(Page::Certificates);
        m_certificates->showFilter(filter);
    });
    connect(m_privateCas, &PrivateCasPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_certificates, &CertificatesPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
    // ACME accounts: the Request wizard offers the new ones; it can ask for one to be added.
    connect(m_acmeAccounts, &AcmeAccountsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_acmeAccounts, &AcmeAccountsPage::keyStoreUnlocked, this, &MainWindow::updateStatusBar);
    connect(m_acmeAccounts, &AcmeAccountsPage::accountsChanged, this, [this] {
        m_requests->managedActions()->refreshAcmeAccounts();
        m_activity->refresh();
    });
    connect(m_requests->managedActions(), &ManagedActions::addAcmeAccountRequested, this, [this] {
        m_acmeAccounts->accountActions()->addAccount();
    });

    // Deployments and discovery: what they write and find shows on the Certificates page (In use,
    // new certificates) and the dashboard (endpoint problems).
    const auto inUseChanged = [this] {
        m_certificates->refresh();
        m_dashboard->refresh();
        m_activity->refresh();
    };
    connect(m_certificates, &CertificatesPage::deployRequested, this,
            [this](qint64 id) { m_deployments->deploymentActions()->deployCertificate(id); });
    connect(m_certificates, &CertificatesPage::deploymentActivated, this, [this](qint64 id) {
        showPage(Page::Deployments);
        m_deployments->setShow(DeploymentsPage::Show::All);
        m_deployments->selectDeployment(id);
    });
    connect(m_deployments, &DeploymentsPage::deploymentsChanged, this, inUseChanged);
    // The Request wizard's "Deploy to": added and run once the certificate is issued.
    connect(m_requests->managedActions(), &ManagedActions::deployRequested, this, [this](const core::DeploymentSpec &spec) {
        m_deployments->deploymentActions()->add(spec, true);
    });
    connect(m_deployments, &DeploymentsPage::keyStoreUnlocked, this, &MainWindow::updateStatusBar);
    connect(m_deployments, &DeploymentsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_deployments, &DeploymentsPage::chooseCertificateRequested, this, [this] {
        showPage(Page::Certificates);
        m_certificates->view()->setFocus(Qt::OtherFocusReason);
        statusBar()->showMessage(tr("Select a certificate, then Deploy… (%1)")
                                     .arg(m_certificates->action(CertificatesPage::Action::Deploy)->shortcut().toString(
                                         QKeySequence::NativeText)),
                                 kStatusMessageMs);
    });
    connect(m_deployments, &DeploymentsPage::showCertificateRequested, this, [this](qint64 id) {
        showPage(Page::Certificates);
        m_certificates->showCertificate(id);
    });
    connect(m_discovery, &DiscoveryPage::scanFinished, this, inUseChanged);
    connect(m_discovery, &DiscoveryPage::certificatesChanged, this, &MainWindow::updateStatusBar);
    connect(m_discovery, &DiscoveryPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_discovery, &DiscoveryPage::showCertificatesRequested, this, [this](const QList<qint64> &ids) {
        showPage(Page::Certificates);
        if (ids.isEmpty()) {
            m_certificates->showFilter({});
            return;
        }
        m_certificates->showCertificate(ids.first());
        if (ids.size() > 1)
            statusBar()->showMessage(tr("The scan found %n certificates; the first is shown, the Discovery page lists "
                                        "every endpoint with its certificate.", nullptr, int(ids.size())),
                                     kStatusMessageMs);
    });
    connect(m_discovery->scheduler(), &DiscoveryScheduler::finished, this,
            [this, inUseChanged](const QList<QPair<QString, QString>> &scans, int newCertificates) {
                if (scans.isEmpty())
                    return;
                m_discovery->refresh();
                inUseChanged();
                statusBar()->showMessage(newCertificates > 0
                                             ? tr("Scheduled discovery scans ran: %n new certificates found.", nullptr,
                                                  newCertificates)
                                             : tr("Scheduled discovery scans ran: %1.").arg(scans.first().second),
                                         kStatusMessageMs);
            });
    connect(m_dashboard, &DashboardPage::showEndpointProblems, this, [this] {
        showPage(Page::Discovery);
        m_discovery->setShow(DiscoveryPage::Show::Problems);
    });

    setAcceptDrops(true);
    resize(1280, 760);
    if (m_settings) {
        const Theme::Mode mode = Theme::modeFromName(m_settings->value(kPaletteKey).toString());
        if (mode != Theme::current())
            setPaletteMode(mode);
        restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
        restoreState(m_settings->value(kStateKey).toByteArray());
        m_certificates->restoreState(m_settings->value(kCertificatesStateKey).toByteArray());
        m_certificates->setNotificationThresholdDays(AppSettings(m_settings).notificationThresholds().first());
        showPage(pageFromSetting(m_settings->value(kPageKey)));
        m_discovery->scheduler()->start(); // saved scans run while the application runs
    } else {
        showPage(Page::Certificates);
    }
    m_sidebar->setFocus(Qt::OtherFocusReason);
    refresh();

    // Live updates: another console (or a worker of this one) changed the inventory.
    m_watcher = new core::InventoryWatcher(database, this);
    connect(m_watcher, &core::InventoryWatcher::changed, this, &MainWindow::inventoryChanged);
}

void MainWindow::inventoryChanged()
{
    // An import or the demo data refresh every page when they finish; meanwhile the pages stay still.
    if (m_import || m_creatingDemo)
        return;
    refresh();
}

MainWindow::~MainWindow()
{
    delete m_import.data(); // first: it cancels and waits for its worker
}

void MainWindow::createSidebar()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    // One entry per page, in Page order.
    const struct
    {
        QString icon;
        QString text;
    } entries[] = {
        {QStringLiteral(":/icons/dashboard.svg"), tr("Dashboard")},
        {QStringLiteral(":/icons/certificates.svg"), tr("Certificates")},
        {QStringLiteral(":/icons/requests.svg"), tr("Requests")},
        {QStringLiteral(":/icons/ca.svg"), tr("Private CAs")},
        {QStringLiteral(":/icons/deploy.svg"), tr("Deployments")},
        {QStringLiteral(":/icons/discovery.svg"), tr("Discovery")},
        {QStringLiteral(":/icons/activity.svg"), tr("Activity")},
        {QStringLiteral(":/icons/acme.svg"), tr("ACME Accounts")},
    };
    int width = 0;
    for (const auto &e : entries) {
        auto *item = new QListWidgetItem(e.text, m_sidebar);
        item->setData(Qt::UserRole, e.icon);
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
        width = qMax(width, fontMetrics().horizontalAdvance(e.text));
    }
    updateSidebarIcons();
    m_sidebar->setFixedWidth(width + m_sidebar->iconSize().width() + 56);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(row);
    });
}

void MainWindow::updateSidebarIcons()
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QListWidgetItem *item = m_sidebar->item(i);
        item->setIcon(sidebarIcon(item->data(Qt::UserRole).toString(), palette().color(QPalette::HighlightedText),
                                  m_sidebar->iconSize().width()));
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openTeamAction = file->addAction(tr("Open &Team Inventory…"), this, [this] { openTeamInventory(); });
    m_openTeamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openTeamAction->setToolTip(tr("Open an inventory a team shares on a PostgreSQL server (%1)")
                                     .arg(m_openTeamAction->shortcut().toString(QKeySequence::NativeText)));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    m_importAction = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), this,
                                     &MainWindow::importFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    // Tooltips name the shortcut as the platform and the language write it ("Strg+I" in German).
    m_importAction->setToolTip(tr("Import certificates, chains, PKCS#12 files and keys (%1)")
                                   .arg(m_importAction->shortcut().toString(QKeySequence::NativeText)));
    m_importFolderAction = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import &Folder…"), this,
                                           &MainWindow::importFolder);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolderAction->setToolTip(tr("Import every certificate and key in a folder and its subfolders (%1)")
                                         .arg(m_importFolderAction->shortcut().toString(QKeySequence::NativeText)));
    m_pasteAction = file->addAction(QIcon(QStringLiteral(":/icons/paste.svg")), tr("Import from &Clipboard"), this,
                                    &MainWindow::pasteFromClipboard);
    // Ctrl+V imports when no text field has the focus (a text field takes Ctrl+V for itself).
    m_pasteAction->setShortcuts({QKeySequence::Paste, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)});
    m_pasteAction->setToolTip(tr("Import PEM text from the clipboard (%1)")
                                  .arg(m_pasteAction->shortcut().toString(QKeySequence::NativeText)));
    QAction *exportAction = m_certificates->action(CertificatesPage::Action::Export);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WindowShortcut);
    exportAction->setToolTip(tr("Export the selected certificates: PEM bundle, PKCS#12, full chain, DER, "
                                "expiry calendar (%1)")
                                 .arg(exportAction->shortcut().toString(QKeySequence::NativeText)));
    file->addAction(exportAction);
    QAction *request = requestAction();
    request->setShortcutContext(Qt::WindowShortcut); // Ctrl+N on every page
    file->insertAction(exportAction, request);
    m_certificates->action(CertificatesPage::Action::Delete)->setShortcut(QKeySequence::Delete);
    file->addSeparator();
    m_demoAction = file->addAction(tr("Fill with &Demo Certificates"), this, &MainWindow::createDemoData);
    m_demoAction->setToolTip(tr("Create a sample PKI with about sixty certificates in this empty inventory "
                                "(demo keys use the master password \"%1\")")
                                 .arg(QString::fromLatin1(core::kDemoMasterPassword)));
    file->addSeparator();
    m_lockAction = file->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock Key Store"), this,
                                   &MainWindow::lockKeyStore);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Forget the master password until a private key is needed again (%1)")
                                 .arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    QAction *settingsAction = file->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Settings…"), this,
                                              &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    // The Certificates page's selection actions (Details, Export, Copy PEM, Copy fingerprint,
    // Tags, Delete) carry their own shortcuts; they act on that page's selection.
    QMenu *edit = menuBar()->addMenu(tr("&Certificate"));
    for (QAction *a : m_certificates->actions()) {
        if (a != exportAction)
            edit->addAction(a);
    }

    // The Requests page's actions act on the managed certificate chosen there.
    QMenu *requests = menuBar()->addMenu(tr("Re&quest"));
    requests->addAction(request);
    requests->addSeparator();
    for (ManagedActions::Action a : {ManagedActions::Action::Renew, ManagedActions::Action::RenewalSettings,
                                     ManagedActions::Action::SaveCsr, ManagedActions::Action::Deactivate,
                                     ManagedActions::Action::Reactivate}) {
        requests->addAction(m_requests->action(a));
    }

    // The Private CAs page's actions carry their own shortcuts; they act on that page's selection.
    QMenu *ca = menuBar()->addMenu(tr("Private C&A"));
    for (CaActions::Action a : {CaActions::Action::NewCa, CaActions::Action::Issue, CaActions::Action::Revoke,
                                CaActions::Action::ReleaseHold, CaActions::Action::GenerateCrl}) {
        ca->addAction(m_privateCas->action(a));
    }
    ca->addSeparator();
    for (CaActions::Action a : {CaActions::Action::ExportCertificate, CaActions::Action::ExportChain,
                                CaActions::Action::ExportCsr, CaActions::Action::InstallCertificate,
                                CaActions::Action::AuditReport}) {
        ca->addAction(m_privateCas->action(a));
    }
    ca->addSeparator();
    for (CaActions::Action a : {CaActions::Action::Disable, CaActions::Action::Enable, CaActions::Action::Delete,
                                CaActions::Action::Restore}) {
        ca->addAction(m_privateCas->action(a));
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const struct
    {
        QString text;
        Page page;
        Qt::Key key;
    } pages[] = {
        {tr("&Dashboard"), Page::Dashboard, Qt::Key_1},
        {tr("&Certificates"), Page::Certificates, Qt::Key_2},
        {tr("&Requests"), Page::Requests, Qt::Key_3},
        {tr("&Private CAs"), Page::PrivateCas, Qt::Key_4},
        {tr("De&ployments"), Page::Deployments, Qt::Key_5},
        {tr("Disco&very"), Page::Discovery, Qt::Key_6},
        {tr("&Activity"), Page::Activity, Qt::Key_7},
        {tr("AC&ME Accounts"), Page::AcmeAccounts, Qt::Key_8},
    };
    for (const auto &p : pages) {
        QAction *a = view->addAction(p.text, this, [this, page = p.page] { showPage(page); });
        a->setShortcut(QKeySequence(Qt::CTRL | p.key));
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find Certificates"), this, [this] {
        showPage(Page::Certificates);
        m_certificates->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *details = view->addAction(tr("Details &Panel"), this, [this](bool on) {
        showPage(Page::Certificates);
        m_certificates->setDetailsPanelVisible(on);
    });
    details->setCheckable(true);
    details->setChecked(m_certificates->isDetailsPanelVisible());
    details->setShortcut(QKeySequence(Qt::Key_F4));
    QMenu *appearance = view->addMenu(tr("A&ppearance"));
    m_paletteGroup = new QActionGroup(this);
    const struct
    {
        QString text;
        Theme::Mode mode;
    } modes[] = {
        {tr("Follow the &System"), Theme::Mode::System},
        {tr("&Light"), Theme::Mode::Light},
        {tr("&Dark"), Theme::Mode::Dark},
    };
    for (const auto &m : modes) {
        QAction *a = appearance->addAction(m.text, this, [this, mode = m.mode] { setPaletteMode(mode); });
        a->setCheckable(true);
        a->setData(int(m.mode));
        a->setChecked(m.mode == Theme::current());
        m_paletteGroup->addAction(a);
    }
    view->addSeparator();
    m_refreshAction = view->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this,
                                      &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(
        tr("Read the inventory again (%1)").arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About certdesk"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    // Renew acts on the page in front: a managed certificate on Requests, else the selected certificate.
    m_renewAction = new QAction(QIcon(QStringLiteral(":/icons/renew.svg")), tr("Renew"), this);
    m_renewAction->setToolTip(tr("Renew the selected managed certificate now (%1)")
                                  .arg(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
    connect(m_renewAction, &QAction::triggered, this, [this] {
        if (currentPage() == Page::Requests)
            m_requests->action(ManagedActions::Action::Renew)->trigger();
        else
            m_certificates->action(CertificatesPage::Action::Renew)->trigger();
    });
    for (QAction *a : {m_requests->action(ManagedActions::Action::Renew), m_certificates->action(CertificatesPage::Action::Renew)})
        connect(a, &QAction::changed, this, &MainWindow::updateRenewAction);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateRenewAction);
    toolbar->addAction(m_importAction);
    toolbar->addAction(request);
    toolbar->addAction(exportAction);
    toolbar->addAction(m_renewAction);
    toolbar->addAction(m_certificates->action(CertificatesPage::Action::Deploy));
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_lockAction);
    updateRenewAction();
}

QAction *MainWindow::requestAction() const { return m_requests->action(ManagedActions::Action::Request); }

void MainWindow::updateRenewAction()
{
    if (!m_renewAction)
        return;
    const QAction *page = currentPage() == Page::Requests ? m_requests->action(ManagedActions::Action::Renew)
                                                          : m_certificates->action(CertificatesPage::Action::Renew);
    m_renewAction->setEnabled(page->isEnabled()
                              && (currentPage() == Page::Requests || currentPage() == Page::Certificates));
}

void MainWindow::updateActions()
{
    core::KeyStore &keys = m_inventory.keyStore();
    m_lockAction->setEnabled(keys.isInitialized() && keys.isUnlocked());
    const auto total = m_inventory.count();
    m_demoAction->setEnabled(!m_creatingDemo && total && *total == 0);
    m_importAction->setEnabled(!m_import && !m_creatingDemo);
    m_pasteAction->setEnabled(!m_import && !m_creatingDemo);
    m_importFolderAction->setEnabled(!m_import && !m_creatingDemo);
}

void MainWindow::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (!paths.isEmpty()) {
            importPaths(paths);
            return;
        }
    }
    const QByteArray text = mime && mime->hasText() ? mime->text().toUtf8() : QByteArray();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to import"), kStatusMessageMs);
        return;
    }
    importText(tr("Clipboard"), text);
}

void MainWindow::lockKeyStore()
{
    m_inventory.keyStore().lock();
    updateStatusBar();
    statusBar()->showMessage(tr("Key store locked: using a private key asks for the master password again"),
                             kStatusMessageMs);
}

void MainWindow::showSettings()
{
    if (!m_settings)
        return;
    AppSettings appSettings(m_settings);
    SettingsDialog dialog(appSettings.values(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings::Changes changes = appSettings.setValues(dialog.values());
    if (changes.testFlag(AppSettings::Change::Palette))
        setPaletteMode(Theme::Mode(int(appSettings.paletteMode())));
    if (changes.testFlag(AppSettings::Change::Thresholds))
        m_certificates->setNotificationThresholdDays(appSettings.notificationThresholds().first());
    if (changes.testFlag(AppSettings::Change::InventoryPath))
        statusBar()->showMessage(tr("The new inventory location takes effect when certdesk starts again"),
                                 kStatusMessageMs);
    else if (changes.testFlag(AppSettings::Change::Language))
        statusBar()->showMessage(tr("The new language takes effect when certdesk starts again"), kStatusMessageMs);
    if (changes != AppSettings::Changes())
        Q_EMIT settingsChanged(changes);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QString current = m_inventory.path();
    const auto add = [this, &current](const QString &text, const QString &location) {
        QAction *a = m_recentMenu->addAction(text, this, [this, location] {
            Q_EMIT openInventoryRequested(location, QString());
        });
        a->setCheckable(true);
        a->setChecked(location == current);
        a->setToolTip(location);
        return a;
    };
    // The local inventory is always one click away, whatever was opened since.
    const QString local = m_settings ? AppSettings(m_settings).inventoryPath() : core::defaultInventoryPath();
    add(tr("&Local Inventory (%1)").arg(QDir::toNativeSeparators(local)), local);
    const QStringList recent = m_settings ? AppSettings(m_settings).recentInventories() : QStringList();
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    int n = 0;
    for (const QString &location : recent) {
        if (location == local)
            continue;
        const bool url = core::DatabaseLocation::isUrl(location);
        add(QStringLiteral("&%1 %2").arg(++n).arg(url ? location : QDir::toNativeSeparators(location)), location);
    }
}

void MainWindow::openTeamInventory(const QString &location, const QString &error)
{
    TeamInventoryDialog dialog(this);
    if (!location.isEmpty())
        dialog.setLocation(location);
    else if (const auto current = core::DatabaseLocation::parse(m_inventory.path()); current && current->isPostgres())
        dialog.setLocation(m_inventory.path());
    if (!error.isEmpty())
        dialog.showError(error);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT openInventoryRequested(dialog.location(), dialog.password());
}

void MainWindow::createDemoData()
{
    const auto total = m_inventory.count();
    if (m_creatingDemo || !total || *total != 0)
        return;
    m_creatingDemo = true;
    updateActions();
    statusBar()->showMessage(tr("Creating demo certificates…"));
    const QString path = m_inventory.path();
    const core::Clock &clock = m_inventory.clock();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_creatingDemo = false;
        refresh();
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Demo certificates created; their private keys use the master password \"%1\"")
                                         .arg(QString::fromLatin1(core::kDemoMasterPassword)),
                                     kStatusMessageMs);
            Q_EMIT demoDataCreated();
        } else {
            QMessageBox::warning(this, tr("Demo Certificates"), error);
        }
    });
    // Key generation and signing take a few seconds: on a worker, with its own connection.
    watcher->setFuture(QtConcurrent::run([path, &clock]() -> QString {
        auto demo = core::createDemoInventory(path, clock);
        return demo ? QString() : demo.error().message;
    }));
}

void MainWindow::setPaletteMode(Theme::Mode mode)
{
    Theme::apply(mode);
    for (QAction *a : m_paletteGroup->actions())
        a->setChecked(Theme::Mode(a->data().toInt()) == mode);
    if (m_settings)
        m_settings->setValue(kPaletteKey, Theme::modeName(mode));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_sidebar)
        updateSidebarIcons();
    QMainWindow::changeEvent(event);
}

// Files and folders dropped on the window are imported; so is dropped PEM text.
void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QList<QUrl> urls = mime->urls();
    const bool localFiles = !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); });
    if ((localFiles || (urls.isEmpty() && mime->hasText())) && !m_import)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QStringList paths;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty() ? importPaths(paths) != nullptr
                         : (mime->hasText() && importText(tr("Dropped text"), mime->text().toUtf8()) != nullptr))
        event->acceptProposedAction();
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
    m_pages->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const { return Page(m_pages->currentIndex()); }

MainWindow::Page MainWindow::pageFromSetting(const QVariant &value)
{
    // Stored by name; before there were four pages, by number.
    const QMetaEnum pages = QMetaEnum::fromType<Page>();
    bool known = false;
    const int byName = pages.keyToValue(value.toString().toLatin1().constData(), &known);
    if (known)
        return Page(byName);
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    const Page numbered[] = {Page::Dashboard, Page::Certificates, Page::Activity};
    return isNumber && number >= 0 && number < int(std::size(numbered)) ? numbered[number] : Page::Certificates;
}

void MainWindow::refresh()
{
    m_dashboard->refresh();
    m_certificates->refresh();
    m_requests->refresh();
    m_privateCas->refresh();
    m_deployments->refresh();
    m_discovery->refresh();
    m_activity->refresh();
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    updateActions();
    const auto total = m_inventory.count();
    if (total)
        m_countLabel->setText(*total == 1 ? tr("1 certificate")
                                          : tr("%Ln certificates", nullptr, int(*total)));
    else
        m_countLabel->setText(tr("Cannot count certificates"));
    core::KeyStore &keys = m_inventory.keyStore();
    if (!keys.isInitialized()) {
        m_keyStoreLabel->setText(tr("Key store: no master password yet"));
        m_keyStoreLabel->setToolTip(tr("A master password is set with the first private key imported"));
    } else if (keys.isUnlocked()) {
        m_keyStoreLabel->setText(tr("Key store: unlocked"));
        m_keyStoreLabel->setToolTip(tr("Private keys can be used without asking for the master password"));
    } else {
        m_keyStoreLabel->setText(tr("Key store: locked"));
        m_keyStoreLabel->setToolTip(tr("Private keys are encrypted; using one asks for the master password"));
    }
}

ImportCommand *MainWindow::createImportCommand()
{
    auto *command = new ImportCommand(m_inventory, this);
    m_import = command;
    updateActions();
    connect(command, &QObject::destroyed, this, [this] { updateActions(); });
    connect(command, &ImportCommand::keyStoreUnlocked, this, &MainWindow::updateStatusBar);
    connect(command, &ImportCommand::keyStoreUnlocked, m_requests, &RequestsPage::renewDue, Qt::QueuedConnection);
    connect(command, &ImportCommand::finished, this, [this, command](const core::ImportReport &report) {
        if (m_settings && !command->chosenDirectory().isEmpty())
            m_settings->setValue(kImportDirKey, command->chosenDirectory());
        refresh();
        statusBar()->showMessage(ImportSummaryDialog::oneLine(report), kStatusMessageMs);
        if (m_closeAfterImport)
            close();
    });
    return command;
}

void MainWindow::importFiles()
{
    if (m_import)
        return;
    createImportCommand()->start(m_settings ? m_settings->value(kImportDirKey).toString() : QString());
}

void MainWindow::importFolder()
{
    if (m_import)
        return;
    const QString start = m_settings ? m_settings->value(kImportDirKey).toString() : QString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder"), start);
    if (folder.isEmpty())
        return;
    if (m_settings)
        m_settings->setValue(kImportDirKey, folder);
    importPaths({folder}); // files in subfolders too (ImportJob walks directories)
}

ImportCommand *MainWindow::importPaths(const QStringList &paths)
{
    if (m_import || paths.isEmpty())
        return nullptr;
    ImportCommand *command = createImportCommand();
    command->start(paths);
    return command;
}

ImportCommand *MainWindow::importText(const QString &name, const QByteArray &data)
{
    if (m_import || data.trimmed().isEmpty())
        return nullptr;
    ImportCommand *command = createImportCommand();
    command->importText(name, data);
    return command;
}

ImportCommand *MainWindow::runningImport() const { return m_import; }

ExportCommand *MainWindow::exportCertificates(const QList<qint64> &ids)
{
    if (m_export || ids.isEmpty())
        return nullptr;
    auto *command = new ExportCommand(m_inventory, this);
    m_export = command;
    if (m_settings) {
        const AppSettings appSettings(m_settings);
        command->setCalendarReminderDays(appSettings.notificationThresholds().first());
    }
    connect(command, &ExportCommand::keyStoreUnlocked, this, &MainWindow::updateStatusBar);
    connect(command, &ExportCommand::finished, this, [this](const ExportOutcome &outcome) {
        m_activity->refresh();
        updateStatusBar();
        if (!outcome.cancelled && outcome.certificates > 0)
            statusBar()->showMessage(ExportCommand::oneLine(outcome), kStatusMessageMs);
    });
    command->exportCertificates(ids, this);
    return command;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import && m_import->isRunning()) {
        // Stop the import first; the window closes when it has wound down.
        m_closeAfterImport = true;
        m_import->setShowSummary(false);
        m_import->cancel();
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState());
    m_settings->setValue(kCertificatesStateKey, m_certificates->saveState());
    m_settings->setValue(kPageKey, QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(currentPage()))));
}

void MainWindow::about()
{
    AboutDialog dialog(m_inventory.path(), this);
    dialog.exec();
}

} // namespace certdesk::ui
