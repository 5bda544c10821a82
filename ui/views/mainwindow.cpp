#include "views/mainwindow.h"

#include "commands/importcommand.h"
#include "dialogs/importsummarydialog.h"
#include "inventory/inventory.h"
#include "models/certificatetablemodel.h"
#include "pages/activitypage.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "uiresources.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
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
const QString kImportDirKey = QStringLiteral("import/lastDirectory");
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
    setWindowTitle(tr("%1 — certdesk").arg(QFileInfo(inventory.path()).fileName()));
    setWindowFilePath(inventory.path());

    m_dashboard = new DashboardPage(inventory, this);
    m_certificates = new CertificatesPage(inventory, this);
    m_activity = new ActivityPage(inventory, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_certificates);
    m_pages->addWidget(m_activity);

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
    m_pathLabel->setText(QDir::toNativeSeparators(inventory.path()));
    m_pathLabel->setToolTip(tr("The inventory database"));
    m_countLabel = new QLabel(this);
    m_keyStoreLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_keyStoreLabel);

    connect(m_dashboard, &DashboardPage::showCertificates, this, [this](const core::CertificateFilter &filter) {
        showPage(Page::Certificates);
        m_certificates->showFilter(filter);
    });
    connect(m_certificates->model(), &CertificateTableModel::totalCountChanged, this, &MainWindow::updateStatusBar);

    resize(1280, 760);
    if (m_settings) {
        restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
        restoreState(m_settings->value(kStateKey).toByteArray());
        showPage(Page(qBound(0, m_settings->value(kPageKey, int(Page::Certificates)).toInt(), 2)));
    } else {
        showPage(Page::Certificates);
    }
    m_sidebar->setFocus(Qt::OtherFocusReason);
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
    const struct
    {
        QString icon;
        QString text;
    } entries[] = {
        {QStringLiteral(":/icons/dashboard.svg"), tr("Dashboard")},
        {QStringLiteral(":/icons/certificates.svg"), tr("Certificates")},
        {QStringLiteral(":/icons/activity.svg"), tr("Activity")},
    };
    int width = 0;
    for (const auto &e : entries) {
        auto *item = new QListWidgetItem(
            sidebarIcon(e.icon, palette().color(QPalette::HighlightedText), m_sidebar->iconSize().width()), e.text,
            m_sidebar);
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
        width = qMax(width, fontMetrics().horizontalAdvance(e.text));
    }
    m_sidebar->setFixedWidth(width + m_sidebar->iconSize().width() + 56);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(row);
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_importAction = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), this,
                                     &MainWindow::importFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import certificates, chains, PKCS#12 files and keys (Ctrl+I)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const struct
    {
        QString text;
        Page page;
        Qt::Key key;
    } pages[] = {
        {tr("&Dashboard"), Page::Dashboard, Qt::Key_1},
        {tr("&Certificates"), Page::Certificates, Qt::Key_2},
        {tr("&Activity"), Page::Activity, Qt::Key_3},
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
    m_refreshAction = view->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this,
                                      &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Read the inventory again (F5)"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About certdesk"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_refreshAction);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
    m_pages->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const { return Page(m_pages->currentIndex()); }

void MainWindow::refresh()
{
    m_dashboard->refresh();
    m_certificates->refresh();
    m_activity->refresh();
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    const auto total = m_inventory.count();
    if (total)
        m_countLabel->setText(*total == 1 ? tr("1 certificate")
                                          : tr("%1 certificates").arg(QLocale().toString(*total)));
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
    auto *command = new ImportCommand(m_inventory.path(), m_inventory.clock(), this);
    m_import = command;
    m_importAction->setEnabled(false);
    connect(command, &QObject::destroyed, m_importAction, [action = m_importAction] { action->setEnabled(true); });
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

ImportCommand *MainWindow::importPaths(const QStringList &paths)
{
    if (m_import || paths.isEmpty())
        return nullptr;
    ImportCommand *command = createImportCommand();
    command->start(paths);
    return command;
}

ImportCommand *MainWindow::runningImport() const { return m_import; }

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
    if (m_settings) {
        m_settings->setValue(kGeometryKey, saveGeometry());
        m_settings->setValue(kStateKey, saveState());
        m_settings->setValue(kPageKey, int(currentPage()));
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About certdesk"),
                       tr("<h3>certdesk %1</h3><p>A desktop console for the X.509 certificates you are "
                          "responsible for: what you have, what expires when, and the keys that go with them.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace certdesk::ui
