#include "pages/deploymentspage.h"

#include "deploy/deployments.h"
#include "dialogs/dialogcolors.h"
#include "inventory/inventory.h"
#include "models/deploylabels.h"
#include "models/deploymentsmodel.h"
#include "uiresources.h"
#include "widgets/badgedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
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

using Action = DeploymentActions::Action;

namespace {

QString octal(int mode) { return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0')); }

} // namespace

DeploymentsPage::DeploymentsPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    // Reads only: it never writes a key, so it never asks for the master password.
    , m_reader(std::make_unique<core::Deployments>(
          inventory, [](core::MasterPasswordPurpose) -> std::optional<QByteArray> { return std::nullopt; }))
{
    m_actions = new DeploymentActions(inventory, this, [this] { return currentDeployment(); });
    addActions(m_actions->actions());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(8);

    auto *toolbarRow = new QHBoxLayout;
    m_toolbar = new QToolBar(tr("Deployment actions"), this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->setAccessibleName(tr("Deployment actions"));
    m_toolbar->addAction(action(Action::Run));
    m_toolbar->addAction(action(Action::Check));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::RunAll));
    m_toolbar->addAction(action(Action::CheckAll));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(Action::Remove));
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
    m_show = new QComboBox(this);
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All deployments"), int(Show::All));
    m_show->addItem(tr("Problems: failed, out of date, endpoint not current"), int(Show::Problems));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filterRow->addWidget(m_show);
    filterRow->addStretch(1);
    filterRow->addWidget(m_caption);
    layout->addLayout(filterRow);

    m_loadError = new QLabel(this);
    m_loadError->setWordWrap(true);
    m_loadError->hide();
    layout->addWidget(m_loadError);

    m_model = new DeploymentsModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new BadgeDelegate(DeploymentsModel::BadgeColorRole, m_view));
    m_view->setAccessibleName(tr("Deployments"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm, this](int column, const QString &sample) {
        return qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())) + 28;
    };
    header->resizeSection(DeploymentsModel::IdColumn, width(DeploymentsModel::IdColumn, QStringLiteral("dep-000")));
    header->resizeSection(DeploymentsModel::CertificateColumn,
                          width(DeploymentsModel::CertificateColumn, QStringLiteral("www.internal.example")));
    header->resizeSection(DeploymentsModel::TargetColumn,
                          width(DeploymentsModel::TargetColumn, QStringLiteral("/etc/nginx/certs/www")));
    header->resizeSection(DeploymentsModel::LayoutColumn, width(DeploymentsModel::LayoutColumn, QStringLiteral("PKCS#12 (legacy)")));
    header->resizeSection(DeploymentsModel::StateColumn,
                          width(DeploymentsModel::StateColumn, QStringLiteral("MM") + tr("Out of date")));
    header->resizeSection(DeploymentsModel::LastRunColumn,
                          width(DeploymentsModel::LastRunColumn, QStringLiteral("2026-12-31 23:59 UTC")));
    header->resizeSection(DeploymentsModel::EndpointColumn,
                          width(DeploymentsModel::EndpointColumn, QStringLiteral("www.example.com:8443")));

    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setContentsMargins(4, 8, 4, 4);
    m_details->setAccessibleName(tr("Deployment details"));
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("certificate:")))
            Q_EMIT showCertificateRequested(link.mid(12).toLongLong());
    });
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
    splitter->setSizes({300, 260});

    // No deployment yet: what one is, and where to start.
    m_empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    auto *emptyText = new QLabel(tr("<p style='font-size:large'><b>No deployments yet</b></p>"
                                    "<p>A deployment writes a certificate, its chain and its key into the folder a web "
                                    "server or service reads, in its layout (nginx, Apache, HAProxy, PEM, PKCS#12), "
                                    "reloads the service and checks that the endpoint serves it. certdesk runs it again "
                                    "after each renewal.</p><p>Choose a certificate on the Certificates page and press "
                                    "<b>Deploy…</b>.</p>"),
                                 m_empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(580);
    auto *choose = new QPushButton(svgIcon(QStringLiteral("certificates")), tr("Choose a Certificate…"), m_empty);
    choose->setToolTip(tr("Go to the Certificates page to pick the certificate to deploy"));
    connect(choose, &QPushButton::clicked, this, &DeploymentsPage::chooseCertificateRequested);
    // Centred without an alignment flag: the label then gets the height its wrapped text needs.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(emptyText, 4);
    textRow->addStretch(1);
    emptyLayout->addLayout(textRow);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(choose, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        core::DeploymentFilter filter;
        filter.problemsOnly = show() == Show::Problems;
        const auto current = currentDeployment();
        m_model->setFilter(filter);
        if (!(current && selectDeployment(current->id)) && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateCaption();
        updateDetails();
        m_actions->update();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        m_actions->update();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            m_view->setCurrentIndex(index);
        QMenu menu(this);
        for (Action a : {Action::Run, Action::Check})
            menu.addAction(action(a));
        if (const auto d = currentDeployment()) {
            menu.addAction(svgIcon(QStringLiteral("certificates")), tr("Show &Certificate"), this,
                           [this, id = d->certificateId] { Q_EMIT showCertificateRequested(id); });
        }
        menu.addSeparator();
        menu.addAction(action(Action::Remove));
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const auto d = currentDeployment())
            Q_EMIT showCertificateRequested(d->certificateId);
    });
    connect(m_actions, &DeploymentActions::busyChanged, this, &DeploymentsPage::setBusy);
    connect(m_actions, &DeploymentActions::statusMessage, this, &DeploymentsPage::statusMessage);
    connect(m_actions, &DeploymentActions::keyStoreUnlocked, this, &DeploymentsPage::keyStoreUnlocked);
    connect(m_actions, &DeploymentActions::changed, this, [this](qint64 id) {
        refresh();
        if (id != 0)
            selectDeployment(id);
        Q_EMIT deploymentsChanged();
    });
    m_model->setSource(m_reader.get());
    refresh();
}

DeploymentsPage::~DeploymentsPage() = default;

std::optional<core::Deployment> DeploymentsPage::currentDeployment() const
{
    if (!m_view || !m_model)
        return std::nullopt;
    const core::Deployment *d = m_model->deployment(m_view->currentIndex().row());
    return d ? std::optional(*d) : std::nullopt;
}

bool DeploymentsPage::selectDeployment(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void DeploymentsPage::setShow(Show show) { m_show->setCurrentIndex(m_show->findData(int(show))); }

DeploymentsPage::Show DeploymentsPage::show() const { return Show(m_show->currentData().toInt()); }

void DeploymentsPage::refresh()
{
    const auto current = currentDeployment();
    m_model->reload();
    if (!m_model->error().isEmpty()) {
        m_loadError->setText(tr("The deployments could not be read: %1").arg(m_model->error()));
        m_loadError->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
        m_loadError->show();
    } else {
        m_loadError->hide();
    }
    // The empty state only when there are none at all (not when the filter hides them).
    const auto any = m_reader->count();
    m_stack->setCurrentIndex(any && *any == 0 ? 0 : 1);
    if (!(current && selectDeployment(current->id)) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateCaption();
    updateDetails();
    m_actions->update();
}

void DeploymentsPage::updateCaption()
{
    const qint64 n = m_model->total();
    if (show() == Show::Problems)
        m_caption->setText(n == 0 ? tr("No problems") : n == 1 ? tr("1 deployment with a problem")
                                                               : tr("%Ln deployments with problems", nullptr, int(n)));
    else
        m_caption->setText(n == 1 ? tr("1 deployment") : tr("%Ln deployments", nullptr, int(n)));
}

void DeploymentsPage::updateDetails()
{
    const auto current = currentDeployment();
    if (!current) {
        m_details->clear();
        return;
    }
    const core::Deployment &d = *current;
    const QPalette p = palette();
    const QString muted = dialogcolors::muted(p).name();
    const QString none = QStringLiteral("—");
    const auto badge = [](const QColor &c, const QString &text) {
        return QStringLiteral("<b style='color:%1'>%2</b>").arg(c.name(), text.toHtmlEscaped());
    };
    const auto pre = [](const QString &text) {
        return QStringLiteral("<pre style='margin:0; white-space:pre-wrap'>%1</pre>").arg(text.trimmed().left(4000).toHtmlEscaped());
    };

    QString state = badge(DeployLabels::deploymentColor(d, p), DeployLabels::deploymentState(d));
    if (d.lastRunAt.isValid())
        state += QStringLiteral(" · ") + tr("last run %1").arg(DeployLabels::time(d.lastRunAt)).toHtmlEscaped();
    if (d.state == core::DeploymentState::Deployed && d.outOfDate())
        state += QStringLiteral("<br>") + tr("The certificate was renewed since: Run Now writes the new one.").toHtmlEscaped();

    QStringList files;
    const QDir dir(d.targetDir);
    for (const core::DeployFileInfo &f : core::deployLayoutFiles(d.layout)) {
        QString line = QStringLiteral("<tt>%1</tt> <span style='color:%2'>— %3")
                           .arg(QDir::toNativeSeparators(dir.filePath(f.name)).toHtmlEscaped(), muted,
                                DeployLabels::fileContents(d.layout, f).toHtmlEscaped());
        if (f.secret) {
            QString who = d.keyPermissions.owner.isEmpty() ? QString() : d.keyPermissions.owner;
            if (!d.keyPermissions.group.isEmpty())
                who += QLatin1Char(':') + d.keyPermissions.group;
            line += QStringLiteral(", %1").arg(octal(d.keyPermissions.mode));
            if (!who.isEmpty())
                line += QStringLiteral(", ") + who.toHtmlEscaped();
        }
        files << line + QStringLiteral("</span>");
    }

    QString endpoint = none;
    QString chain;
    if (!d.endpointHost.isEmpty()) {
        endpoint = DeployLabels::endpoint(d).toHtmlEscaped();
        if (d.endpoint) {
            const core::EndpointRecord &e = *d.endpoint;
            endpoint += QStringLiteral(" · ") + badge(DeployLabels::endpointColor(e.state, p), DeployLabels::endpointState(e.state));
            if (!e.detail.isEmpty())
                endpoint += QStringLiteral("<br>") + e.detail.toHtmlEscaped();
            QStringList facts;
            if (!e.tlsVersion.isEmpty())
                facts << e.tlsVersion + (e.cipher.isEmpty() ? QString() : QStringLiteral(", ") + e.cipher);
            if (!e.leafDomainName.isEmpty())
                facts << tr("serves %1 (expires %2)").arg(e.leafDomainName, DeployLabels::day(e.leafNotAfter));
            if (e.lastChecked.isValid())
                facts << tr("checked %1").arg(DeployLabels::time(e.lastChecked));
            if (!facts.isEmpty())
                endpoint += QStringLiteral("<br><span style='color:%1'>%2</span>").arg(muted, facts.join(QStringLiteral(" · ")).toHtmlEscaped());
            if (!e.chainProblems.isEmpty()) {
                QStringList problems;
                for (const QString &problem : e.chainProblems)
                    problems << problem.toHtmlEscaped();
                chain = QStringLiteral("<span style='color:%1'>%2</span>")
                            .arg(DeployLabels::warning(p).name(), problems.join(QStringLiteral("<br>")));
            }
        } else {
            endpoint += QStringLiteral(" · <span style='color:%1'>%2</span>").arg(muted, tr("not checked yet").toHtmlEscaped());
        }
    }

    QList<QPair<QString, QString>> rows{
        {tr("State"), state},
        {tr("Certificate"), QStringLiteral("<a href='certificate:%1' style='color:%2'>%3</a>")
                                .arg(d.certificateId)
                                .arg(p.color(QPalette::Link).name(), d.domainName.toHtmlEscaped())
                            + QStringLiteral(" <span style='color:%1'>%2</span>")
                                  .arg(muted, (tr("expires %1").arg(DeployLabels::day(d.notAfter))
                                               + (d.managedId ? QStringLiteral(" · mc-%1").arg(*d.managedId) : QString()))
                                                  .toHtmlEscaped())},
        {tr("Layout"), DeployLabels::layoutShort(d.layout).toHtmlEscaped()},
        {tr("Files"), files.join(QStringLiteral("<br>"))},
        {tr("Reload command"), d.reloadCommand.isEmpty() ? none : QStringLiteral("<tt>%1</tt>").arg(d.reloadCommand.toHtmlEscaped())},
    };
    if (d.state == core::DeploymentState::Failed && !d.lastError.isEmpty())
        rows.append({tr("Error"), QStringLiteral("<span style='color:%1'>%2</span>").arg(DeployLabels::bad(p).name(), pre(d.lastError))});
    if (!d.lastOutput.trimmed().isEmpty())
        rows.append({tr("Last output"), pre(d.lastOutput)});
    rows.append({tr("Endpoint"), endpoint});
    if (!chain.isEmpty())
        rows.append({tr("Chain problems"), chain});
    if (d.hasPassword)
        rows.append({tr("Password"), tr("set (kept sealed in the key store)").toHtmlEscaped()});
    rows.append({tr("Created"), DeployLabels::time(d.createdAt).toHtmlEscaped()});

    QString html = QStringLiteral("<p style='font-size:large'><b>%1</b> <span style='color:%2'>%3</span></p>"
                                  "<table cellspacing='0' cellpadding='3'>")
                       .arg(QDir::toNativeSeparators(d.targetDir).toHtmlEscaped(), muted, d.ref());
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td style='color:%1; padding-right:14px' valign='top'>%2</td><td>%3</td></tr>")
                    .arg(muted, label.toHtmlEscaped(), value);
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

void DeploymentsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_details)
        updateDetails(); // the details' colours come from the palette
}

void DeploymentsPage::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_progress->setVisible(busy);
}

} // namespace certdesk::ui
