#include "pages/discoverypage.h"

#include "dialogs/dialogcolors.h"
#include "dialogs/savedscandialog.h"
#include "inventory/inventory.h"
#include "models/deploylabels.h"
#include "models/endpointsmodel.h"
#include "models/savedscansmodel.h"
#include "notifications/discoveryscheduler.h"
#include "uiresources.h"
#include "widgets/badgedelegate.h"
#include "widgets/clearbutton.h"
#include "widgets/scanspecfields.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

constexpr int kSearchDelayMs = 150;

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

DiscoveryPage::DiscoveryPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_reader(std::make_unique<core::Discovery>(inventory))
{
    createActions();
    m_scheduler = new DiscoveryScheduler(inventory, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(8);

    auto *toolbarRow = new QHBoxLayout;
    m_toolbar = new QToolBar(tr("Discovery actions"), this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->setAccessibleName(tr("Discovery actions"));
    m_toolbar->addAction(action(Action::NewScan));
    m_toolbar->addAction(action(Action::RunScan));
    m_toolbar->addAction(action(Action::RemoveScan));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::ScanFolders));
    toolbarRow->addWidget(m_toolbar, 1);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar(this);
    m_progress->setFixedWidth(160);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setFormat(tr("%v of %m"));
    m_busyLabel->hide();
    m_progress->hide();
    toolbarRow->addWidget(m_busyLabel);
    toolbarRow->addWidget(m_progress);
    layout->addLayout(toolbarRow);

    // Top: scan now (left), saved scans (right).
    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *scanBox = new QGroupBox(tr("Scan now"), top);
    auto *scanLayout = new QVBoxLayout(scanBox);
    m_fields = new ScanSpecFields(scanBox);
    scanLayout->addWidget(m_fields);
    auto *scanButtons = new QHBoxLayout;
    m_scanButton = new QPushButton(svgIcon(QStringLiteral("discovery")), tr("&Scan"), scanBox);
    m_scanButton->setToolTip(action(Action::ScanNow)->toolTip());
    connect(m_scanButton, &QPushButton::clicked, action(Action::ScanNow), &QAction::trigger);
    auto *cancelButton = new QPushButton(tr("Cancel"), scanBox);
    cancelButton->setEnabled(false);
    connect(cancelButton, &QPushButton::clicked, action(Action::Cancel), &QAction::trigger);
    connect(action(Action::Cancel), &QAction::changed, cancelButton,
            [this, cancelButton] { cancelButton->setEnabled(action(Action::Cancel)->isEnabled()); });
    auto *saveButton = new QPushButton(tr("Save as Scheduled Scan…"), scanBox);
    connect(saveButton, &QPushButton::clicked, action(Action::NewScan), &QAction::trigger);
    scanButtons->addWidget(m_scanButton);
    scanButtons->addWidget(cancelButton);
    scanButtons->addStretch(1);
    scanButtons->addWidget(saveButton);
    scanLayout->addLayout(scanButtons);
    topLayout->addWidget(scanBox, 5);

    auto *savedBox = new QGroupBox(tr("Saved scans"), top);
    auto *savedLayout = new QVBoxLayout(savedBox);
    m_saved = new SavedScansModel(this);
    m_savedView = makeTable(m_saved, tr("Saved scans"), savedBox);
    m_savedView->setContextMenuPolicy(Qt::CustomContextMenu);
    const QFontMetrics fm = fontMetrics();
    m_savedView->setColumnWidth(SavedScansModel::NameColumn, fm.horizontalAdvance(QStringLiteral("web servers")) + 24);
    m_savedView->setColumnWidth(SavedScansModel::TargetsColumn, fm.horizontalAdvance(QStringLiteral("10.0.0.0/24, www")) + 24);
    m_savedView->setColumnWidth(SavedScansModel::PortsColumn, fm.horizontalAdvance(QStringLiteral("443,8443")) + 24);
    m_savedView->setColumnWidth(SavedScansModel::ScheduleColumn, fm.horizontalAdvance(tr("Every 6 hours")) + 24);
    m_savedView->setColumnWidth(SavedScansModel::LastRunColumn, fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59 UTC")) + 24);
    m_savedEmpty = new QLabel(tr("No saved scans yet. Save the Scan form as a scheduled scan: it runs daily while "
                                 "certdesk runs, records new certificates and notices endpoints that went away."),
                              savedBox);
    m_savedEmpty->setWordWrap(true);
    m_savedEmpty->setAlignment(Qt::AlignCenter);
    m_savedEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_savedEmpty->setMargin(12);
    savedLayout->addWidget(m_savedView);
    savedLayout->addWidget(m_savedEmpty, 1);
    topLayout->addWidget(savedBox, 6);

    // What the last scan did, and the way to its new certificates.
    m_resultRow = new QWidget(this);
    auto *resultLayout = new QHBoxLayout(m_resultRow);
    resultLayout->setContentsMargins(4, 0, 4, 0);
    m_result = new QLabel(m_resultRow);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showNew = new QPushButton(svgIcon(QStringLiteral("certificates")), tr("Show Them"), m_resultRow);
    m_showNew->setToolTip(tr("Show the certificates this scan found on the Certificates page"));
    connect(m_showNew, &QPushButton::clicked, this, [this] { Q_EMIT showCertificatesRequested(m_found); });
    resultLayout->addWidget(m_result, 1);
    resultLayout->addWidget(m_showNew);
    m_resultRow->hide();

    // Bottom: the endpoints.
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_resultRow);
    auto *filterRow = new QHBoxLayout;
    m_show = new QComboBox(bottom);
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("Endpoints seen now"), int(Show::Current));
    m_show->addItem(tr("Problems: stale, unknown, failing, chain problems"), int(Show::Problems));
    m_show->addItem(tr("All, including gone endpoints"), int(Show::IncludingGone));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(bottom);
    m_search->setPlaceholderText(tr("Search hosts, SNI and served names"));
    m_search->setAccessibleName(tr("Search endpoints"));
    m_search->setMaximumWidth(m_search->fontMetrics().averageCharWidth() * 40);
    enableClearButton(m_search, tr("Clear the search"));
    m_caption = new QLabel(bottom);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    filterRow->addWidget(m_show);
    filterRow->addWidget(m_search, 1);
    filterRow->addStretch(0);
    filterRow->addWidget(m_caption);
    bottomLayout->addLayout(filterRow);
    m_loadError = new QLabel(bottom);
    m_loadError->setWordWrap(true);
    m_loadError->hide();
    bottomLayout->addWidget(m_loadError);
    m_endpoints = new EndpointsModel(this);
    m_endpointsView = makeTable(m_endpoints, tr("Endpoints"), bottom);
    m_endpointsView->setItemDelegate(new BadgeDelegate(EndpointsModel::BadgeColorRole, m_endpointsView));
    m_endpointsView->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_endpointsView->horizontalHeader();
    const auto width = [&fm, this](int column, const QString &sample) {
        return qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(m_endpoints->headerData(column, Qt::Horizontal).toString())) + 28;
    };
    header->resizeSection(EndpointsModel::EndpointColumn, width(EndpointsModel::EndpointColumn, QStringLiteral("mail.example.com:5432")));
    header->resizeSection(EndpointsModel::SniColumn, width(EndpointsModel::SniColumn, QStringLiteral("example.org")));
    header->resizeSection(EndpointsModel::StateColumn, width(EndpointsModel::StateColumn, QStringLiteral("MM") + tr("Handshake failed")));
    header->resizeSection(EndpointsModel::CertificateColumn,
                          width(EndpointsModel::CertificateColumn, QStringLiteral("www.example.com")));
    header->resizeSection(EndpointsModel::ExpiresColumn, width(EndpointsModel::ExpiresColumn, QStringLiteral("2026-12-31")));
    header->resizeSection(EndpointsModel::TlsColumn, width(EndpointsModel::TlsColumn, QStringLiteral("TLSv1.3")));
    header->resizeSection(EndpointsModel::ChainColumn, width(EndpointsModel::ChainColumn, QStringLiteral("missing interm")));
    header->resizeSection(EndpointsModel::FirstSeenColumn, width(EndpointsModel::FirstSeenColumn, QStringLiteral("2026-12-31 23:59")));
    bottomLayout->addWidget(m_endpointsView, 1);

    // The form as high as it needs, the endpoints the rest.
    top->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_savedView->setMaximumHeight(m_savedView->verticalHeader()->defaultSectionSize() * 5 + 30);
    layout->addWidget(top);
    layout->addWidget(bottom, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DiscoveryPage::refresh);
    connect(m_show, &QComboBox::currentIndexChanged, this, &DiscoveryPage::refresh);
    connect(m_fields, &ScanSpecFields::changed, this, &DiscoveryPage::updateActions);
    connect(m_savedView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DiscoveryPage::updateActions);
    connect(m_savedView, &QTableView::doubleClicked, action(Action::RunScan), &QAction::trigger);
    connect(m_savedView, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_savedView->indexAt(pos);
        if (!index.isValid())
            return;
        m_savedView->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(action(Action::RunScan));
        menu.addAction(action(Action::RemoveScan));
        menu.exec(m_savedView->viewport()->mapToGlobal(pos));
    });
    // An endpoint whose certificate the inventory holds: double-click shows it.
    const auto showServed = [this] {
        const QVariant id = m_endpointsView->currentIndex().data(EndpointsModel::CertificateIdRole);
        if (id.isValid())
            Q_EMIT showCertificatesRequested({id.toLongLong()});
    };
    connect(m_endpointsView, &QTableView::doubleClicked, this, showServed);
    connect(m_endpointsView, &QTableView::customContextMenuRequested, this, [this, showServed](const QPoint &pos) {
        const QModelIndex index = m_endpointsView->indexAt(pos);
        if (!index.isValid())
            return;
        m_endpointsView->setCurrentIndex(index);
        QMenu menu(this);
        QAction *show = menu.addAction(svgIcon(QStringLiteral("certificates")), tr("Show Served &Certificate"), this, showServed);
        show->setEnabled(index.data(EndpointsModel::CertificateIdRole).isValid());
        menu.exec(m_endpointsView->viewport()->mapToGlobal(pos));
    });

    m_saved->setScans({});
    m_endpoints->setSource(m_reader.get());
    refresh();
}

DiscoveryPage::~DiscoveryPage()
{
    delete m_command.data(); // cancels a running scan and waits for it
}

void DiscoveryPage::createActions()
{
    const auto add = [this](const QString &text, const QString &icon, const QString &tip, auto slot) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : svgIcon(icon), text, this);
        a->setToolTip(tip);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions << a;
        return a;
    };
    // In Action order.
    add(tr("&Scan Now"), QStringLiteral("discovery"), tr("Probe the targets and ports of the Scan form for TLS certificates"),
        [this] {
            QString problem;
            const core::ScanSpec spec = m_fields->spec(&problem);
            if (!problem.isEmpty()) {
                reportError(problem);
                return;
            }
            scan(spec);
        });
    add(tr("Cancel"), QString(), tr("Stop the scan (what was found so far is kept)"), [this] { cancel(); });
    add(tr("&New Saved Scan…"), QStringLiteral("ca-new"), tr("Save a scan that runs daily (or on its own schedule)"),
        [this] { newSavedScan(); });
    add(tr("&Run Saved Scan"), QStringLiteral("renew"), tr("Run the selected saved scan now"), [this] {
        if (const auto s = currentSavedScan())
            runSavedScan(s->id);
    });
    add(tr("Re&move Saved Scan…"), QStringLiteral("delete"), tr("Forget the selected saved scan (the endpoints it found stay)"),
        [this] {
            const auto s = currentSavedScan();
            if (!s)
                return;
            QMessageBox box(QMessageBox::Question, tr("Remove Saved Scan"), tr("Remove the saved scan %1?").arg(s->name),
                            QMessageBox::Cancel, this);
            box.setInformativeText(tr("It stops running on its schedule. The endpoints and certificates it found stay."));
            QPushButton *yes = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() == yes)
                removeSavedScan(s->id);
        });
    add(tr("Scan &Folders…"), QStringLiteral("import"),
        tr("Look through folders (e.g. /etc/ssl, /etc/nginx) for certificates and keys and record where they are"),
        [this] { chooseFolders(); });
    action(Action::ScanNow)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    action(Action::Cancel)->setShortcut(QKeySequence(Qt::Key_Escape));
}

void DiscoveryPage::updateActions()
{
    const bool idle = !isBusy();
    action(Action::ScanNow)->setEnabled(idle);
    m_scanButton->setEnabled(idle && m_fields->isComplete());
    action(Action::Cancel)->setEnabled(!idle);
    action(Action::NewScan)->setEnabled(idle);
    action(Action::RunScan)->setEnabled(idle && currentSavedScan().has_value());
    action(Action::RemoveScan)->setEnabled(idle && currentSavedScan().has_value());
    action(Action::ScanFolders)->setEnabled(idle);
}

void DiscoveryPage::setShow(Show show) { m_show->setCurrentIndex(m_show->findData(int(show))); }

DiscoveryPage::Show DiscoveryPage::show() const { return Show(m_show->currentData().toInt()); }

std::optional<core::SavedScan> DiscoveryPage::currentSavedScan() const
{
    const core::SavedScan *s = m_saved->scan(m_savedView->currentIndex().row());
    return s ? std::optional(*s) : std::nullopt;
}

void DiscoveryPage::refresh()
{
    const auto current = currentSavedScan();
    auto scans = m_reader->savedScans();
    m_saved->setScans(scans ? *scans : QList<core::SavedScan>());
    m_savedView->setVisible(m_saved->rowCount() > 0);
    m_savedEmpty->setVisible(m_saved->rowCount() == 0);
    if (current && m_saved->rowOf(current->id) >= 0)
        m_savedView->setCurrentIndex(m_saved->index(m_saved->rowOf(current->id), 0));
    else if (m_saved->rowCount() > 0)
        m_savedView->setCurrentIndex(m_saved->index(0, 0));

    core::EndpointFilter filter;
    filter.problemsOnly = show() == Show::Problems;
    filter.includeGone = show() == Show::IncludingGone;
    filter.search = m_search->text().trimmed();
    m_endpoints->setFilter(filter);
    QString error = scans ? QString() : scans.error().message;
    if (error.isEmpty())
        error = m_endpoints->error();
    m_loadError->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        m_loadError->setText(tr("Discovery results could not be read: %1").arg(error));
        m_loadError->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
    }
    updateCaption();
    updateActions();
}

void DiscoveryPage::updateCaption()
{
    const qint64 n = m_endpoints->total();
    if (show() == Show::Problems)
        m_caption->setText(n == 0 ? tr("No endpoint problems") : n == 1 ? tr("1 endpoint with a problem")
                                                                         : tr("%Ln endpoints with problems", nullptr, int(n)));
    else
        m_caption->setText(n == 1 ? tr("1 endpoint") : tr("%Ln endpoints", nullptr, int(n)));
}

void DiscoveryPage::reportError(const QString &message)
{
    Q_EMIT statusMessage(message);
    if (m_showErrors) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Discovery"), message, QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

bool DiscoveryPage::start(const QString &busyText, bool determinate, DeployCommand::Job job,
                          std::function<void(const DeployOutcome &)> done)
{
    if (isBusy()) {
        reportError(tr("A scan is still running."));
        return false;
    }
    auto *command = new DeployCommand(m_inventory, this, this);
    m_command = command;
    m_busyLabel->setText(busyText);
    m_busyLabel->show();
    m_progress->setRange(0, determinate ? 1 : 0);
    m_progress->setValue(0);
    m_progress->setTextVisible(determinate);
    m_progress->show();
    connect(command, &DeployCommand::progress, this, [this, determinate](int done, int total) {
        if (!determinate) {
            m_busyLabel->setText(done == 1 ? tr("1 file read…") : tr("%n files read…", nullptr, done));
            return;
        }
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(command, &DeployCommand::finished, this, [this, done = std::move(done)](const DeployOutcome &outcome) {
        m_command = nullptr;
        m_busyLabel->hide();
        m_progress->hide();
        refresh();
        done(outcome);
        Q_EMIT scanFinished();
    });
    updateActions();
    command->run(std::move(job));
    return true;
}

void DiscoveryPage::cancel()
{
    if (m_command) {
        m_command->cancel();
        m_busyLabel->setText(tr("Cancelling…"));
    }
}

void DiscoveryPage::showScanResult(const core::ScanSummary &summary)
{
    m_found.clear();
    for (const core::EndpointRecord &e : summary.endpoints) {
        if (e.certificateId && !m_found.contains(*e.certificateId))
            m_found << *e.certificateId;
    }
    QString text = DeployLabels::scanSummary(summary);
    if (summary.newCertificates > 0)
        text = QStringLiteral("<b>%1</b> · %2")
                   .arg((summary.newCertificates == 1 ? tr("1 new certificate was added to the inventory")
                                                      : tr("%n new certificates were added to the inventory", nullptr,
                                                           summary.newCertificates))
                            .toHtmlEscaped(),
                        text.toHtmlEscaped());
    else
        text = text.toHtmlEscaped();
    m_result->setText(text);
    m_showNew->setVisible(!m_found.isEmpty());
    m_showNew->setText(summary.newCertificates > 0 ? tr("Show Them") : tr("Show Served Certificates"));
    m_resultRow->show();
    Q_EMIT statusMessage(DeployLabels::scanSummary(summary));
    if (summary.newCertificates > 0)
        Q_EMIT certificatesChanged();
}

void DiscoveryPage::scan(const core::ScanSpec &spec)
{
    start(tr("Scanning…"), true,
          [spec](DeployContext &c) {
              auto summary = c.discovery.scan(spec, std::nullopt, c.progress, c.cancelled);
              if (!summary)
                  return DeployOutcome::failed(summary.error());
              DeployOutcome out = DeployOutcome::done();
              out.scan = *summary;
              return out;
          },
          [this](const DeployOutcome &outcome) {
              if (!outcome.ok) {
                  reportError(tr("The scan failed: %1").arg(outcome.error));
                  return;
              }
              showScanResult(*outcome.scan);
          });
}

void DiscoveryPage::runSavedScan(qint64 id)
{
    start(tr("Running the saved scan…"), true,
          [id](DeployContext &c) {
              auto summary = c.discovery.runSavedScan(id, c.progress, c.cancelled);
              if (!summary)
                  return DeployOutcome::failed(summary.error());
              DeployOutcome out = DeployOutcome::done();
              out.scan = *summary;
              return out;
          },
          [this](const DeployOutcome &outcome) {
              if (!outcome.ok) {
                  reportError(tr("The saved scan failed: %1").arg(outcome.error));
                  return;
              }
              showScanResult(*outcome.scan);
          });
}

void DiscoveryPage::saveScan(const QString &name, const core::ScanSpec &spec, int intervalHours)
{
    // A row or two of SQL: on the GUI thread's connection, like the reads.
    auto saved = m_reader->saveScan(name, spec, intervalHours);
    if (!saved) {
        reportError(tr("The scan was not saved: %1").arg(saved.error().message));
        return;
    }
    refresh();
    m_savedView->setCurrentIndex(m_saved->index(m_saved->rowOf(saved->id), 0));
    Q_EMIT statusMessage(tr("Saved scan %1: %2.").arg(saved->name, DeployLabels::schedule(saved->intervalHours)));
}

void DiscoveryPage::removeSavedScan(qint64 id)
{
    if (auto removed = m_reader->removeScan(id); !removed) {
        reportError(tr("The saved scan was not removed: %1").arg(removed.error().message));
        return;
    }
    refresh();
}

void DiscoveryPage::newSavedScan()
{
    SavedScanDialog dialog(m_fields->spec(), this);
    if (dialog.exec() == QDialog::Accepted)
        saveScan(dialog.name(), dialog.spec(), dialog.intervalHours());
}

void DiscoveryPage::chooseFolders()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Scan a Folder for Certificates"),
                                                             QStringLiteral("/etc"));
    if (!folder.isEmpty())
        scanFolders({folder});
}

void DiscoveryPage::scanFolders(const QStringList &folders)
{
    start(tr("Reading folders…"), false,
          [folders](DeployContext &c) {
              auto summary = c.discovery.scanFiles(folders, [&c](int files) { c.progress(files, 0); }, c.cancelled);
              if (!summary)
                  return DeployOutcome::failed(summary.error());
              DeployOutcome out = DeployOutcome::done();
              out.fileScan = *summary;
              return out;
          },
          [this](const DeployOutcome &outcome) {
              if (!outcome.ok) {
                  reportError(tr("The folders could not be scanned: %1").arg(outcome.error));
                  return;
              }
              const core::FileScanSummary &s = *outcome.fileScan;
              m_found.clear();
              QString text = DeployLabels::fileScanSummary(s).toHtmlEscaped();
              if (s.newCertificates > 0)
                  text = QStringLiteral("<b>%1</b> · %2")
                             .arg((s.newCertificates == 1 ? tr("1 new certificate was added to the inventory")
                                                          : tr("%n new certificates were added to the inventory", nullptr,
                                                               s.newCertificates))
                                      .toHtmlEscaped(),
                                  text);
              if (!s.errors.isEmpty()) {
                  QStringList lines;
                  for (const core::Error &e : s.errors.mid(0, 5))
                      lines << e.message.toHtmlEscaped();
                  text += QStringLiteral("<br><span style='color:%1'>%2</span>")
                              .arg(dialogcolors::warning(palette()).name(), lines.join(QStringLiteral("<br>")));
              }
              m_result->setText(text);
              m_showNew->setVisible(s.newCertificates > 0);
              m_showNew->setText(tr("Show Certificates"));
              m_resultRow->show();
              Q_EMIT statusMessage(DeployLabels::fileScanSummary(s));
              Q_EMIT certificatesChanged();
          });
}

} // namespace certdesk::ui
