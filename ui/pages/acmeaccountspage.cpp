#include "pages/acmeaccountspage.h"

#include "acme/acmeaccounts.h"
#include "dialogs/dialogcolors.h"
#include "inventory/inventory.h"
#include "models/acmeaccountsmodel.h"
#include "models/labels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace certdesk::ui {

using Action = AcmeAccountActions::Action;

AcmeAccountsPage::AcmeAccountsPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    // Reads only: it never signs, so it never asks for the master password.
    , m_reader(std::make_unique<core::AcmeAccounts>(
          inventory, [](core::MasterPasswordPurpose) -> std::optional<QByteArray> { return std::nullopt; }))
{
    m_actions = new AcmeAccountActions(inventory, this, [this] { return currentAccount(); });
    addActions(m_actions->actions());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(8);

    auto *toolbarRow = new QHBoxLayout;
    m_toolbar = new QToolBar(tr("ACME account actions"), this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->setAccessibleName(tr("ACME account actions"));
    m_toolbar->addAction(action(Action::Add));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::Refresh));
    m_toolbar->addAction(action(Action::UpdateContacts));
    m_toolbar->addAction(action(Action::RollKey));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::Deactivate));
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

    m_loadError = new QLabel(this);
    m_loadError->setWordWrap(true);
    m_loadError->hide();
    layout->addWidget(m_loadError);

    m_model = new AcmeAccountsModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("ACME accounts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    const QFontMetrics fm = fontMetrics();
    const int pad = 28;
    m_view->setColumnWidth(AcmeAccountsModel::NameColumn, fm.horizontalAdvance(QStringLiteral("letsencrypt-staging-2")) + pad);
    m_view->setColumnWidth(AcmeAccountsModel::CaColumn, fm.horizontalAdvance(QStringLiteral("Let's Encrypt (staging)")) + pad);
    m_view->setColumnWidth(AcmeAccountsModel::EmailColumn, fm.horizontalAdvance(QStringLiteral("hostmaster@example.com, +1")) + pad);
    m_view->setColumnWidth(AcmeAccountsModel::KeyColumn, fm.horizontalAdvance(QStringLiteral("EC P-256")) + pad);
    m_view->setColumnWidth(AcmeAccountsModel::StatusColumn,
                           qMax(fm.horizontalAdvance(AcmeAccountsModel::statusText(QStringLiteral("revoked"))),
                                fm.horizontalAdvance(AcmeAccountsModel::statusText(QStringLiteral("deactivated"))))
                               + pad);

    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setOpenExternalLinks(true);
    m_details->setContentsMargins(4, 8, 4, 4);
    m_details->setAccessibleName(tr("Account details"));
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({220, 330}); // a few accounts; the details need the room

    // No account yet: what an account is for, and the button to add one.
    m_empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    auto *title = new QLabel(tr("No ACME accounts yet"), m_empty);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("An ACME account lets certdesk request and renew certificates from a public CA such as "
                               "Let's Encrypt, validating your names over HTTP or DNS."),
                            m_empty);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    text->setMaximumWidth(460);
    auto *addButton = new QPushButton(action(Action::Add)->icon(), tr("Add ACME Account…"), m_empty);
    connect(addButton, &QPushButton::clicked, action(Action::Add), &QAction::trigger);
    emptyLayout->addWidget(title);
    emptyLayout->addWidget(text, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(addButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        m_actions->update();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (Action a : {Action::Refresh, Action::UpdateContacts, Action::RollKey})
            menu.addAction(action(a));
        menu.addSeparator();
        menu.addAction(action(Action::Deactivate));
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_actions, &AcmeAccountActions::busyChanged, this, &AcmeAccountsPage::setBusy);
    connect(m_actions, &AcmeAccountActions::statusMessage, this, &AcmeAccountsPage::statusMessage);
    connect(m_actions, &AcmeAccountActions::keyStoreUnlocked, this, &AcmeAccountsPage::keyStoreUnlocked);
    connect(m_actions, &AcmeAccountActions::changed, this, [this](qint64 id) {
        refresh();
        selectAccount(id);
        Q_EMIT accountsChanged();
    });
    refresh();
}

AcmeAccountsPage::~AcmeAccountsPage() = default;

std::optional<core::AcmeAccountInfo> AcmeAccountsPage::currentAccount() const
{
    if (!m_view || !m_model)
        return std::nullopt;
    const core::AcmeAccountInfo *a = m_model->account(m_view->currentIndex().row());
    return a ? std::optional(*a) : std::nullopt;
}

bool AcmeAccountsPage::selectAccount(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void AcmeAccountsPage::refresh()
{
    const auto current = currentAccount();
    const auto list = m_reader->list();
    if (!list) {
        m_loadError->setText(tr("The ACME accounts could not be read: %1").arg(list.error().message));
        m_loadError->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
        m_loadError->show();
    } else {
        m_loadError->hide();
    }
    m_model->setAccounts(list ? *list : QList<core::AcmeAccountInfo>());
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (!(current && selectAccount(current->id)) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateDetails();
    m_actions->update();
}

void AcmeAccountsPage::updateDetails()
{
    const auto a = currentAccount();
    if (!a) {
        m_details->clear();
        return;
    }
    const QPalette p = palette();
    const QString muted = dialogcolors::muted(p).name();
    const QString none = QStringLiteral("—");
    const auto date = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString(); };
    const auto link = [](const QString &url) {
        return QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped());
    };
    QString status = AcmeAccountsModel::statusText(a->status).toHtmlEscaped();
    if (a->status != QLatin1String("valid"))
        status = QStringLiteral("<span style='color:%1'>%2</span>").arg(dialogcolors::warning(p).name(), status);
    const QList<QPair<QString, QString>> rows{
        {tr("Status"), status},
        {tr("CA"), AcmeAccountsModel::caName(*a).toHtmlEscaped()},
        {tr("Directory"), link(a->directoryUrl)},
        {tr("Account URL"), a->accountUrl.isEmpty() ? none : a->accountUrl.toHtmlEscaped()},
        {tr("Contacts"), a->contacts.isEmpty() ? tr("none").toHtmlEscaped() : AcmeAccountsModel::emails(*a).toHtmlEscaped()},
        {tr("Account key"), Labels::keyAlgorithm(a->keyAlgorithm).toHtmlEscaped()},
        {tr("Terms of service"),
         a->termsOfService.isEmpty() ? none
                                     : tr("%1, agreed %2").arg(link(a->termsOfService), date(a->termsAgreedAt).toHtmlEscaped())},
        {tr("External binding"), a->eabKeyId.isEmpty() ? none : tr("key id %1").arg(a->eabKeyId.toHtmlEscaped())},
        {tr("Extra trust anchor"), a->extraTrust ? tr("yes (for the server's TLS certificate)").toHtmlEscaped() : none},
        {tr("Created"), date(a->createdAt).toHtmlEscaped()},
        {tr("Updated"), date(a->updatedAt).toHtmlEscaped()},
    };
    QString html = QStringLiteral("<p style='font-size:large'><b>%1</b></p><table cellspacing='0' cellpadding='3'>")
                       .arg(a->name.toHtmlEscaped());
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td style='color:%1; padding-right:14px' valign='top'>%2</td><td>%3</td></tr>")
                    .arg(muted, label.toHtmlEscaped(), value);
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

void AcmeAccountsPage::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_progress->setVisible(busy);
}

} // namespace certdesk::ui
