#include "pages/privatecaspage.h"

#include "ca/certificateauthority.h"
#include "details/cadetailsview.h"
#include "inventory/inventory.h"
#include "models/catreemodel.h"
#include "models/issuedcertificatesmodel.h"
#include "uiresources.h"
#include "widgets/clearbutton.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace certdesk::ui {

using Action = CaActions::Action;

PrivateCasPage::PrivateCasPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    // Reads only: nothing signs on the GUI thread, so it never asks for the master password.
    , m_reader(std::make_unique<core::CertificateAuthorities>(
          inventory, [](core::MasterPasswordPurpose) -> std::optional<QByteArray> { return std::nullopt; }))
{
    m_actions = new CaActions(inventory, *m_reader, this, [this] {
        return CaSelection{currentCa(), currentCertificate()};
    });
    for (QAction *a : m_actions->actions()) {
        if (a != action(Action::Delete))
            addAction(a); // their shortcuts work anywhere on the page
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(8);

    // Toolbar: the CA's actions, most used first; the exports in a menu.
    auto *toolbarRow = new QHBoxLayout;
    m_toolbar = new QToolBar(tr("Private CA actions"), this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->setAccessibleName(tr("Private CA actions"));
    m_toolbar->addAction(action(Action::NewCa));
    m_toolbar->addAction(action(Action::Issue));
    m_toolbar->addAction(action(Action::Revoke));
    m_toolbar->addAction(action(Action::ReleaseHold));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::GenerateCrl));
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(action(Action::ExportCertificate));
    exportMenu->addAction(action(Action::ExportChain));
    exportMenu->addAction(action(Action::ExportCsr));
    exportMenu->addSeparator();
    exportMenu->addAction(action(Action::AuditReport));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setIcon(svgIcon(QStringLiteral("export")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(exportMenu);
    exportButton->setAccessibleName(tr("Export"));
    exportButton->setToolTip(tr("Export the CA certificate, its chain or CSR, or its audit report"));
    exportButton->setFocusPolicy(Qt::NoFocus); // like the toolbar's other buttons: keys and menus reach them
    m_toolbar->addWidget(exportButton);
    m_toolbar->addAction(action(Action::InstallCertificate));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::Disable));
    m_toolbar->addAction(action(Action::Enable));
    m_toolbar->addAction(action(Action::Delete));
    m_toolbar->addAction(action(Action::Restore));
    toolbarRow->addWidget(m_toolbar, 1);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(90);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Working"));
    m_busyLabel->hide();
    m_progress->hide();
    toolbarRow->addWidget(m_busyLabel);
    toolbarRow->addWidget(m_progress);
    layout->addLayout(toolbarRow);

    // The hierarchy.
    m_caModel = new CaTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_caModel);
    m_tree->setAccessibleName(tr("Private CAs"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(CaTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(CaTreeModel::StateColumn, QHeaderView::Interactive);
    m_tree->setMinimumWidth(300);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // columns elide; the State column may be narrowed
    action(Action::Delete)->setShortcut(QKeySequence::Delete);
    action(Action::Delete)->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(action(Action::Delete)); // Delete on the tree deletes the CA, nowhere else

    // The chosen CA.
    m_details = new CaDetailsView({action(Action::ExportCsr), action(Action::InstallCertificate), action(Action::Enable),
                                   action(Action::Restore), action(Action::NewCa)},
                                  this);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus);

    // What it issued.
    auto *issuedPanel = new QWidget(this);
    auto *issuedLayout = new QVBoxLayout(issuedPanel);
    issuedLayout->setContentsMargins(0, 6, 0, 0);
    issuedLayout->setSpacing(6);
    auto *issuedHeader = new QHBoxLayout;
    auto *issuedTitle = new QLabel(tr("Issued certificates"), issuedPanel);
    QFont bold = issuedTitle->font();
    bold.setBold(true);
    issuedTitle->setFont(bold);
    m_issuedCaption = new QLabel(issuedPanel);
    m_issuedCaption->setForegroundRole(QPalette::PlaceholderText);
    m_filter = new QLineEdit(issuedPanel);
    m_filter->setPlaceholderText(tr("Filter by serial, subject, template or status"));
    m_filter->setAccessibleName(tr("Filter issued certificates"));
    m_filter->setMaximumWidth(m_filter->fontMetrics().averageCharWidth() * 40);
    enableClearButton(m_filter, tr("Clear the filter"));
    issuedHeader->addWidget(issuedTitle);
    issuedHeader->addWidget(m_issuedCaption);
    issuedHeader->addStretch(1);
    issuedHeader->addWidget(m_filter, 1);
    issuedLayout->addLayout(issuedHeader);
    m_issuedModel = new IssuedCertificatesModel(this);
    m_issued = new QTableView(issuedPanel);
    m_issued->setModel(m_issuedModel);
    m_issued->setAccessibleName(tr("Issued certificates"));
    m_issued->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issued->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issued->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issued->setAlternatingRowColors(true);
    m_issued->setShowGrid(false);
    m_issued->setWordWrap(false);
    m_issued->setSortingEnabled(true);
    m_issued->sortByColumn(IssuedCertificatesModel::NotAfterColumn, Qt::DescendingOrder);
    m_issued->setTabKeyNavigation(false);
    m_issued->setContextMenuPolicy(Qt::CustomContextMenu);
    m_issued->verticalHeader()->hide();
    m_issued->verticalHeader()->setDefaultSectionSize(m_issued->fontMetrics().height() + 10);
    QHeaderView *header = m_issued->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm(m_issued->font());
    header->resizeSection(IssuedCertificatesModel::SerialColumn, fm.horizontalAdvance(QStringLiteral("0000 0000 0000 0000 00")) + 24);
    header->resizeSection(IssuedCertificatesModel::SubjectColumn, fm.horizontalAdvance(QStringLiteral("service.internal.example.com")) + 24);
    header->resizeSection(IssuedCertificatesModel::TemplateColumn, fm.horizontalAdvance(QStringLiteral("TLS server and client")) + 24);
    header->resizeSection(IssuedCertificatesModel::NotAfterColumn, fm.horizontalAdvance(QStringLiteral("2026-12-31")) + 28);
    header->setStretchLastSection(true);
    m_issuedEmpty = new QLabel(issuedPanel);
    m_issuedEmpty->setAlignment(Qt::AlignCenter);
    m_issuedEmpty->setWordWrap(true);
    m_issuedEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_issuedStack = new QStackedWidget(issuedPanel);
    m_issuedStack->addWidget(m_issued);
    m_issuedStack->addWidget(m_issuedEmpty);
    issuedLayout->addWidget(m_issuedStack, 1);

    // The tree and the chosen CA side by side; what it issued below, the full width for its columns.
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_tree);
    top->addWidget(detailsScroll);
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 1);
    top->setSizes({480, 760});
    top->setChildrenCollapsible(false);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(issuedPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 420});
    m_splitter->setChildrenCollapsible(false);

    // Before the first CA: what a private CA is for, and the way to make one.
    m_empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    auto *emptyText = new QLabel(tr("<p style='font-size:large'><b>No private CAs yet</b></p>"
                                    "<p>A private CA issues certificates for your internal services, clients and "
                                    "devices. Start with a root CA, then a subordinate CA under it that issues the "
                                    "certificates.</p>"),
                                 m_empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(560);
    auto *create = new QPushButton(svgIcon(QStringLiteral("ca-new")), tr("Create a Root CA…"), m_empty);
    create->setToolTip(action(Action::NewCa)->toolTip());
    connect(create, &QPushButton::clicked, action(Action::NewCa), &QAction::trigger);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(create, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PrivateCasPage::currentCaChanged);
    connect(m_issued->selectionModel(), &QItemSelectionModel::currentRowChanged, m_actions, &CaActions::update);
    connect(m_issuedModel, &QAbstractItemModel::modelReset, this, &PrivateCasPage::updateCaption);
    connect(m_filter, &QLineEdit::textChanged, m_issuedModel, &IssuedCertificatesModel::setSearch);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &PrivateCasPage::showCaMenu);
    connect(m_issued, &QWidget::customContextMenuRequested, this, &PrivateCasPage::showIssuedMenu);
    connect(m_issued, &QAbstractItemView::doubleClicked, this, [this] {
        if (const auto row = currentCertificate())
            Q_EMIT showCertificateRequested(row->serial);
    });
    connect(m_actions, &CaActions::busyChanged, this, &PrivateCasPage::setBusy);
    connect(m_actions, &CaActions::changed, this, &PrivateCasPage::changed);
    connect(m_actions, &CaActions::certificatesChanged, this, &PrivateCasPage::certificatesChanged);
    connect(m_actions, &CaActions::statusMessage, this, &PrivateCasPage::statusMessage);
    connect(m_actions, &CaActions::keyStoreUnlocked, this, &PrivateCasPage::keyStoreUnlocked);
    // CRLs are signed again before they run out, while the console is open and the key store
    // unlocked (certdesk-cli ca serve and ca crl --refresh do it without the console).
    auto *crlTimer = new QTimer(this);
    crlTimer->setInterval(std::chrono::minutes(10));
    connect(crlTimer, &QTimer::timeout, m_actions, &CaActions::refreshDueCrls);
    crlTimer->start();
    connect(m_actions, &CaActions::keyStoreUnlocked, m_actions, &CaActions::refreshDueCrls, Qt::QueuedConnection);
    connect(m_actions, &CaActions::activated, this, &PrivateCasPage::activated);
    refresh();
}

PrivateCasPage::~PrivateCasPage()
{
    delete m_actions; // first: it waits for a running job, which may use the reader's inventory
}

std::optional<core::CaInfo> PrivateCasPage::currentCa() const
{
    if (!m_tree)
        return std::nullopt; // still being built
    const core::CaInfo *ca = m_caModel->ca(m_tree->currentIndex());
    return ca ? std::optional<core::CaInfo>(*ca) : std::nullopt;
}

std::optional<IssuedRow> PrivateCasPage::currentCertificate() const
{
    if (!m_issued)
        return std::nullopt;
    const QModelIndex index = m_issued->currentIndex();
    const IssuedRow *row = index.isValid() ? m_issuedModel->row(index.row()) : nullptr;
    return row ? std::optional<IssuedRow>(*row) : std::nullopt;
}

bool PrivateCasPage::selectCa(qint64 caId)
{
    const QModelIndex index = m_caModel->indexOf(caId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

bool PrivateCasPage::selectCertificate(qint64 certificateId)
{
    const int row = m_issuedModel->rowOf(certificateId);
    if (row < 0)
        return false;
    const QModelIndex index = m_issuedModel->index(row, 0);
    if (!index.isValid())
        return false;
    m_issued->setCurrentIndex(index);
    m_issued->scrollTo(index);
    return true;
}

void PrivateCasPage::refresh()
{
    const auto current = currentCa();
    const auto certificate = currentCertificate();
    auto cas = m_reader->list(true);
    m_loadError = cas ? QString() : cas.error().message;
    m_caModel->setCas(cas ? *cas : QList<core::CaInfo>());
    m_tree->expandAll();
    m_tree->resizeColumnToContents(CaTreeModel::NameColumn);
    m_tree->resizeColumnToContents(CaTreeModel::StateColumn);
    m_tree->setColumnWidth(CaTreeModel::NameColumn, qMax(m_tree->columnWidth(CaTreeModel::NameColumn) + 4, 120));
    
    const bool empty = m_caModel->cas().isEmpty() && m_loadError.isEmpty();
    m_stack->setCurrentWidget(empty ? m_empty : static_cast<QWidget *>(m_splitter));
    if (!(current && selectCa(current->id)) && m_caModel->rowCount() > 0)
        m_tree->setCurrentIndex(m_caModel->index(0, 0));
    currentCaChanged();
    if (certificate)
        selectCertificate(certificate->certificateId);
}

void PrivateCasPage::changed(qint64 caId, qint64 certificateId)
{
    refresh();
    if (caId != 0)
        selectCa(caId);
    if (certificateId != 0)
        selectCertificate(certificateId);
}

void PrivateCasPage::currentCaChanged()
{
    const auto ca = currentCa();
    if (!ca) {
        m_details->showEmpty(m_loadError.isEmpty() ? tr("Select a CA to see its details.")
                                                   : tr("Cannot read the private CAs: %1").arg(m_loadError));
    } else {
        QString parentName;
        for (const core::CaInfo &other : m_caModel->cas()) {
            if (ca->parentId && other.id == *ca->parentId)
                parentName = other.name;
        }
        QStringList chain;
        if (ca->certificateId) {
            if (auto certificates = m_reader->chain(ca->id)) {
                for (const core::Certificate &c : std::as_const(*certificates)) {
                    const QString cn = c.subject().value(QStringLiteral("CN"));
                    chain << (cn.isEmpty() ? c.subject().rfc4514 : cn);
                }
            }
        }
        m_details->showCa(*ca, parentName, chain, m_inventory.clock().now());
    }
    // Tab goes as the page reads: the tree, the CA's details, the filter, the issued certificates.
    QWidget *previous = m_tree;
    for (QWidget *w : m_details->tabStops()) {
        setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, m_filter);
    setTabOrder(m_filter, m_issued);
    loadIssued();
    m_actions->update();
}

void PrivateCasPage::loadIssued()
{
    const auto ca = currentCa();
    m_issuedModel->setSource(m_reader.get(), ca ? std::optional<qint64>(ca->id) : std::nullopt);
}

void PrivateCasPage::updateCaption()
{
    if (!m_issuedModel->error().isEmpty()) {
        m_issuedCaption->setText(tr("Cannot read them: %1").arg(m_issuedModel->error()));
        return;
    }
    const qint64 all = m_issuedModel->unfilteredTotal();
    const qint64 shown = m_issuedModel->counts().total;
    const qint64 revoked = m_issuedModel->counts().revoked;
    QString text = all == 1 ? tr("1 certificate") : tr("%n certificates", nullptr, int(all));
    if (revoked > 0)
        text += QStringLiteral(" · ") + tr("%n revoked", nullptr, int(revoked));
    if (shown != all)
        text = tr("%1 of %2").arg(shown).arg(text);
    m_issuedCaption->setText(text);
    // Nothing issued: say why and what to do rather than show an empty table.
    const auto ca = currentCa();
    if (all == 0 && ca) {
        if (ca->state == core::CaState::PendingCertificate)
            m_issuedEmpty->setText(tr("It issues certificates once its certificate is installed."));
        else if (ca->state == core::CaState::Active)
            m_issuedEmpty->setText(tr("Nothing issued yet. Issue Certificate… (%1) makes the first.")
                                       .arg(action(Action::Issue)->shortcut().toString(QKeySequence::NativeText)));
        else
            m_issuedEmpty->setText(tr("Nothing issued."));
    }
    m_issuedStack->setCurrentWidget(all == 0 && ca ? static_cast<QWidget *>(m_issuedEmpty) : m_issued);
    m_filter->setEnabled(all > 0);
    m_actions->update();
}

void PrivateCasPage::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_progress->setVisible(busy);
}

void PrivateCasPage::showCaMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(action(Action::Issue));
    menu.addAction(action(Action::GenerateCrl));
    menu.addSeparator();
    menu.addAction(action(Action::ExportCertificate));
    menu.addAction(action(Action::ExportChain));
    menu.addAction(action(Action::ExportCsr));
    menu.addAction(action(Action::InstallCertificate));
    menu.addAction(action(Action::AuditReport));
    menu.addSeparator();
    menu.addAction(action(Action::Disable));
    menu.addAction(action(Action::Enable));
    menu.addAction(action(Action::Delete));
    menu.addAction(action(Action::Restore));
    menu.addSeparator();
    menu.addAction(action(Action::NewCa));
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void PrivateCasPage::showIssuedMenu(const QPoint &pos)
{
    const QModelIndex index = m_issued->indexAt(pos);
    if (index.isValid())
        m_issued->setCurrentIndex(index);
    const auto row = currentCertificate();
    if (!row)
        return;
    QMenu menu(this);
    menu.addAction(action(Action::Revoke));
    menu.addAction(action(Action::ReleaseHold));
    menu.addSeparator();
    QAction *show = menu.addAction(svgIcon(QStringLiteral("details")), tr("Show in &Certificates"));
    connect(show, &QAction::triggered, this, [this, serial = row->serial] { Q_EMIT showCertificateRequested(serial); });
    menu.exec(m_issued->viewport()->mapToGlobal(pos));
}

void PrivateCasPage::revokeCertificate(qint64 certificateId) { m_actions->revokeCertificate(certificateId); }

} // namespace certdesk::ui
