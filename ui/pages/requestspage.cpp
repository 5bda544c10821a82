#include "pages/requestspage.h"

#include "ca/certificateauthority.h"
#include "details/manageddetailsview.h"
#include "inventory/inventory.h"
#include "lifecycle/managedcertificates.h"
#include "models/labels.h"
#include "models/managedcertificatesmodel.h"
#include "uiresources.h"
#include "widgets/clearbutton.h"

#include <QAction>
#include <QComboBox>
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
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace certdesk::ui {

using Action = ManagedActions::Action;

namespace {

constexpr int kSearchDelayMs = 150;

core::MasterPasswordCallback neverAsk()
{
    return [](core::MasterPasswordPurpose) -> std::optional<QByteArray> { return std::nullopt; };
}

} // namespace

RequestsPage::RequestsPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    // Reads only: nothing signs on the GUI thread, so they never ask for the master password.
    , m_cas(std::make_unique<core::CertificateAuthorities>(inventory, neverAsk()))
    , m_reader(std::make_unique<core::ManagedCertificates>(*m_cas, neverAsk()))
{
    m_actions = new ManagedActions(inventory, *m_cas, *m_reader, this, [this] { return currentManaged(); });
    for (QAction *a : m_actions->actions()) {
        if (a != action(Action::Request))
            addAction(a); // their shortcuts work anywhere on the page (Request's in the whole window)
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(8);

    auto *toolbarRow = new QHBoxLayout;
    m_toolbar = new QToolBar(tr("Request actions"), this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->setAccessibleName(tr("Request actions"));
    m_toolbar->addAction(action(Action::Request));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::Renew));
    m_toolbar->addAction(action(Action::RenewalSettings));
    m_toolbar->addAction(action(Action::SaveCsr));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::Deactivate));
    m_toolbar->addAction(action(Action::Reactivate));
    m_toolbar->addAction(action(Action::AcmeRevoke));
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

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    m_show = new QComboBox(this);
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All requests"), int(Show::All));
    m_show->addItem(tr("Open: pending, failed or renewing"), int(Show::Open));
    m_show->addItem(tr("Problems: failed requests and renewals"), int(Show::Problems));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search names"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setMaximumWidth(m_search->fontMetrics().averageCharWidth() * 40);
    enableClearButton(m_search, tr("Clear the search"));
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filterRow->addWidget(m_show);
    filterRow->addWidget(m_search, 1);
    filterRow->addStretch(0);
    filterRow->addWidget(m_caption);
    layout->addLayout(filterRow);

    m_model = new ManagedCertificatesModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Managed certificates"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm(m_view->font());
    // Wide enough for the usual contents and the header; the text elides beyond.
    const auto width = [&fm, this](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int widest = fm.averageCharWidth() * 20; // longer texts elide; the tooltips have them whole
        return qMin(qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)), widest) + 24;
    };
    header->resizeSection(ManagedCertificatesModel::IdColumn, width(ManagedCertificatesModel::IdColumn, QStringLiteral("mc-000")));
    header->resizeSection(ManagedCertificatesModel::DomainColumn,
                          width(ManagedCertificatesModel::DomainColumn, QStringLiteral("*.internal.example.com")));
    // Status and renewal as they read in the language on screen, with the dot before them.
    QString longestStatus;
    for (const QString &status : core::ManagedStatus::all()) {
        if (fm.horizontalAdvance(Labels::managedStatus(status)) > fm.horizontalAdvance(longestStatus))
            longestStatus = Labels::managedStatus(status);
    }
    QString longestRenewal;
    for (const QString &status : {core::RenewalStatus::PendingAutoRenewal, core::RenewalStatus::PendingValidation,
                                  core::RenewalStatus::Success, core::RenewalStatus::Failed}) {
        if (fm.horizontalAdvance(Labels::renewalStatus(status)) > fm.horizontalAdvance(longestRenewal))
            longestRenewal = Labels::renewalStatus(status);
    }
    header->resizeSection(ManagedCertificatesModel::StatusColumn,
                          width(ManagedCertificatesModel::StatusColumn, QStringLiteral("MM") + longestStatus));
    header->resizeSection(ManagedCertificatesModel::RenewalColumn,
                          width(ManagedCertificatesModel::RenewalColumn, QStringLiteral("MM") + longestRenewal));
    header->resizeSection(ManagedCertificatesModel::RenewAtColumn,
                          width(ManagedCertificatesModel::RenewAtColumn, QStringLiteral("retry 2026-12-31")));
    header->resizeSection(ManagedCertificatesModel::IssuerColumn,
                          width(ManagedCertificatesModel::IssuerColumn, QStringLiteral("example-web")));
    header->resizeSection(ManagedCertificatesModel::NamesColumn, width(ManagedCertificatesModel::NamesColumn, QStringLiteral("+99")));
    header->setStretchLastSection(true);

    m_details = new ManagedDetailsView({action(Action::Renew), action(Action::RenewalSettings), action(Action::Deactivate),
                                        action(Action::Reactivate), action(Action::SaveCsr), action(Action::AcmeRevoke)},
                                       this);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus);
    detailsScroll->setMinimumWidth(380);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the panel wraps to its width

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({800, 400});
    m_splitter->setChildrenCollapsible(false);

    // Before the first request: what a managed certificate is, and the way to ask for one.
    m_empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    auto *emptyText = new QLabel(tr("<p style='font-size:large'><b>No certificate requests yet</b></p>"
                                    "<p>Request a certificate and certdesk manages it: a private CA issues it at once, "
                                    "or certdesk makes a CSR for any other CA and matches the certificate you import. "
                                    "It is renewed before it expires, with a new key each time.</p>"),
                                 m_empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(580);
    auto *request = new QPushButton(svgIcon(QStringLiteral("request")), tr("Request a Certificate…"), m_empty);
    request->setToolTip(action(Action::Request)->toolTip());
    connect(request, &QPushButton::clicked, action(Action::Request), &QAction::trigger);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(request, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &RequestsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RequestsPage::applyFilter);
    connect(m_show, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::updateCaption);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestsPage::currentChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &RequestsPage::showMenu);
    connect(m_details, &ManagedDetailsView::showCertificateRequested, this, &RequestsPage::showCertificateRequested);
    connect(m_actions, &ManagedActions::busyChanged, this, &RequestsPage::setBusy);
    connect(m_actions, &ManagedActions::changed, this, [this](qint64 id) {
        refresh();
        if (id != 0)
            selectManaged(id);
    });
    connect(m_actions, &ManagedActions::certificatesChanged, this, &RequestsPage::certificatesChanged);
    connect(m_actions, &ManagedActions::statusMessage, this, &RequestsPage::statusMessage);
    connect(m_actions, &ManagedActions::keyStoreUnlocked, this, &RequestsPage::keyStoreUnlocked);
    connect(m_actions, &ManagedActions::activated, this, &RequestsPage::activated);
    connect(m_actions, &ManagedActions::requested, this, &RequestsPage::requested);

    // The renewal engine: at start, every hour, and when the key store gets unlocked.
    m_renewalTimer = new QTimer(this);
    m_renewalTimer->setInterval(std::chrono::minutes(kRenewalIntervalMinutes));
    connect(m_renewalTimer, &QTimer::timeout, this, &RequestsPage::renewDue);
    m_renewalTimer->start();
    QTimer::singleShot(0, this, &RequestsPage::renewDue);
    connect(m_actions, &ManagedActions::keyStoreUnlocked, this, &RequestsPage::renewDue, Qt::QueuedConnection);

    m_model->setSource(m_reader.get());
}

RequestsPage::~RequestsPage()
{
    delete m_actions; // first: it waits for a running job, which may use the readers' inventory
}

std::optional<core::ManagedCertificate> RequestsPage::currentManaged() const
{
    if (!m_view)
        return std::nullopt;
    const QModelIndex index = m_view->currentIndex();
    const core::ManagedCertificate *m = index.isValid() ? m_model->row(index.row()) : nullptr;
    return m ? std::optional<core::ManagedCertificate>(*m) : std::nullopt;
}

bool RequestsPage::selectManaged(qint64 id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && (m_show->currentData().toInt() != int(Show::All) || !m_search->text().isEmpty())) {
        const QSignalBlocker blockShow(m_show);
        const QSignalBlocker blockSearch(m_search);
        m_show->setCurrentIndex(m_show->findData(int(Show::All)));
        m_search->clear();
        applyFilter();
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void RequestsPage::setShow(Show show) { m_show->setCurrentIndex(m_show->findData(int(show))); }

void RequestsPage::applyFilter()
{
    core::ManagedFilter filter;
    const Show show = Show(m_show->currentData().toInt());
    filter.openOnly = show == Show::Open;
    filter.problemsOnly = show == Show::Problems;
    filter.search = m_search->text().trimmed();
    const auto current = currentManaged();
    m_model->setFilter(filter);
    if (!(current && m_model->rowOf(current->id) >= 0 && selectManaged(current->id)) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    currentChanged();
}

void RequestsPage::refresh()
{
    const auto current = currentManaged();
    m_model->reload();
    if (!(current && m_model->rowOf(current->id) >= 0 && selectManaged(current->id)) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    currentChanged();
}

void RequestsPage::renewDue() { m_actions->renewDue(); }

void RequestsPage::currentChanged()
{
    m_actions->update();
    const auto m = currentManaged();
    if (!m) {
        m_details->showEmpty(m_model->error().isEmpty() ? tr("Select a request to see its details.")
                                                        : tr("Cannot read the requests: %1").arg(m_model->error()));
        return;
    }
    // A few rows each: read on the GUI thread.
    auto history = m_reader->history(m->id);
    QByteArray csr;
    if (m->hasPendingCsr) {
        if (auto pem = m_reader->pendingCsrPem(m->id))
            csr = *pem;
    }
    m_details->showManaged(*m, history ? *history : QList<core::ManagedHistoryEntry>(), csr);
}

void RequestsPage::updateCaption()
{
    if (!m_model->error().isEmpty()) {
        m_caption->setText(tr("Cannot read them: %1").arg(m_model->error()));
        return;
    }
    const bool filtered = m_show->currentData().toInt() != int(Show::All) || !m_search->text().trimmed().isEmpty();
    if (!filtered)
        m_allCount = m_model->total();
    else if (auto all = m_reader->count())
        m_allCount = *all;
    const qint64 shown = m_model->total();
    QString text = m_allCount == 1 ? tr("1 managed certificate") : tr("%n managed certificates", nullptr, int(m_allCount));
    if (filtered)
        text = tr("%1 of %2").arg(shown).arg(text);
    m_caption->setText(text);
    m_stack->setCurrentWidget(m_allCount == 0 && m_model->error().isEmpty() ? m_empty : static_cast<QWidget *>(m_splitter));
}

void RequestsPage::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_progress->setVisible(busy);
}

void RequestsPage::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    const auto m = currentManaged();
    QMenu menu(this);
    if (m) {
        menu.addAction(action(Action::Renew));
        menu.addAction(action(Action::RenewalSettings));
        if (action(Action::SaveCsr)->isEnabled())
            menu.addAction(action(Action::SaveCsr));
        menu.addSeparator();
        menu.addAction(action(Action::Deactivate));
        menu.addAction(action(Action::Reactivate));
        if (action(Action::AcmeRevoke)->isVisible())
            menu.addAction(action(Action::AcmeRevoke));
        if (m->certificateId) {
            menu.addSeparator();
            QAction *show = menu.addAction(svgIcon(QStringLiteral("details")), tr("Show &Certificate"));
            connect(show, &QAction::triggered, this, [this, id = *m->certificateId] { Q_EMIT showCertificateRequested(id); });
        }
        menu.addSeparator();
    }
    menu.addAction(action(Action::Request));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace certdesk::ui
