#include "details/inuseview.h"

#include "inventory/inventory.h"
#include "models/deploylabels.h"
#include "uiresources.h"

#include <QAtomicInteger>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certdesk::ui {

namespace {

constexpr int kDeploymentIdRole = Qt::UserRole + 1;

} // namespace

InUseView::InUseView(QString inventoryPath, const core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_path(std::move(inventoryPath))
    , m_clock(clock)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deploy = new QPushButton(svgIcon(QStringLiteral("deploy")), tr("&Deploy…"), this);
    m_deploy->setToolTip(tr("Write this certificate into a folder a server reads, and reload the server"));
    m_deploy->setEnabled(false);
    connect(m_deploy, &QPushButton::clicked, this, [this] {
        if (m_requested != 0)
            Q_EMIT deployRequested(m_requested);
    });
    top->addWidget(m_summary, 1);
    top->addWidget(m_deploy, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Kind"), tr("Where"), tr("State"), tr("Detail")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Where the certificate is in use"));
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, kDeploymentIdRole).toLongLong();
        if (id != 0)
            Q_EMIT deploymentActivated(id);
    });
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        const Loaded l = m_watcher.result();
        if (l.id == m_requested)
            show(l);
    });
}

InUseView::~InUseView() { m_watcher.waitForFinished(); }

InUseView::Loaded InUseView::load(const QString &path, const core::Clock &clock, qint64 id)
{
    static QAtomicInteger<quint64> counter;
    Loaded out;
    out.id = id;
    auto inv = core::Inventory::open(path, clock,
                                     QStringLiteral("details-inuse-%1-%2")
                                         .arg(quintptr(QThread::currentThreadId()))
                                         .arg(counter.fetchAndAddRelaxed(1)));
    if (!inv) {
        out.error = inv.error().message;
        return out;
    }
    core::Deployments deployments(**inv, [](core::MasterPasswordPurpose) -> std::optional<QByteArray> { return std::nullopt; });
    auto inUse = deployments.inUse(id);
    if (!inUse)
        out.error = inUse.error().message;
    else
        out.inUse = *inUse;
    return out;
}

void InUseView::clear()
{
    m_requested = 0;
    m_inUse = {};
    m_tree->clear();
    m_summary->clear();
    m_deploy->setEnabled(false);
}

void InUseView::showCertificate(qint64 id)
{
    clear();
    m_requested = id;
    if (id == 0)
        return;
    m_deploy->setEnabled(true);
    m_summary->setText(tr("Looking where the certificate is in use…"));
    m_watcher.setFuture(QtConcurrent::run(&InUseView::load, m_path, std::cref(m_clock), id));
}

QString InUseView::describe(const core::InUse &inUse)
{
    if (inUse.isEmpty())
        return tr("Not in use as far as certdesk knows");
    QStringList parts;
    for (const core::Deployment &d : inUse.deployments)
        parts << tr("%1 → %2 (%3)").arg(d.ref(), QDir::toNativeSeparators(d.targetDir), DeployLabels::deploymentState(d));
    for (const core::EndpointRecord &e : inUse.endpoints)
        parts << tr("served by %1").arg(e.label());
    if (!inUse.files.isEmpty())
        parts << (inUse.files.size() == 1 ? tr("found in %1").arg(QDir::toNativeSeparators(inUse.files.first()))
                                          : tr("found in %n files", nullptr, int(inUse.files.size())));
    return parts.join(QStringLiteral("; "));
}

void InUseView::show(const Loaded &l)
{
    m_tree->clear();
    if (!l.error.isEmpty()) {
        m_summary->setText(tr("Cannot tell where the certificate is in use: %1").arg(l.error));
        Q_EMIT loaded();
        return;
    }
    m_inUse = l.inUse;
    const QPalette pal = palette();
    const auto colourState = [](QTreeWidgetItem *item, const QColor &c) {
        item->setForeground(2, c);
        QFont f = item->font(2);
        f.setBold(true);
        item->setFont(2, f);
    };
    for (const core::Deployment &d : l.inUse.deployments) {
        QString detail = tr("%1, last run %2").arg(DeployLabels::layoutShort(d.layout),
                                                   d.lastRunAt.isValid() ? DeployLabels::time(d.lastRunAt) : tr("never"));
        if (!d.endpointHost.isEmpty())
            detail += QStringLiteral(" · ") + tr("endpoint %1: %2")
                                                   .arg(DeployLabels::endpoint(d),
                                                        DeployLabels::endpointState(d.endpoint ? d.endpoint->state : QString()));
        auto *item = new QTreeWidgetItem(m_tree, {tr("Deployment %1").arg(d.ref()), QDir::toNativeSeparators(d.targetDir),
                                                  DeployLabels::deploymentState(d), detail});
        item->setIcon(0, svgIcon(QStringLiteral("deploy")));
        item->setData(0, kDeploymentIdRole, d.id);
        item->setToolTip(3, d.state == core::DeploymentState::Failed ? d.lastError : detail);
        colourState(item, DeployLabels::deploymentColor(d, pal));
    }
    for (const core::EndpointRecord &e : l.inUse.endpoints) {
        QString detail = e.detail;
        if (e.lastSeen.isValid())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("last seen %1").arg(DeployLabels::time(e.lastSeen));
        auto *item = new QTreeWidgetItem(m_tree, {tr("Endpoint"), e.label(), DeployLabels::endpointState(e.state), detail});
        item->setIcon(0, svgIcon(QStringLiteral("discovery")));
        item->setToolTip(3, detail);
        colourState(item, DeployLabels::endpointColor(e.state, pal));
    }
    for (const QString &f : l.inUse.files) {
        auto *item = new QTreeWidgetItem(m_tree, {tr("File"), QDir::toNativeSeparators(f), QString(), tr("found by a file scan")});
        item->setIcon(0, svgIcon(QStringLiteral("certificates")));
    }
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
    const int n = int(l.inUse.deployments.size() + l.inUse.endpoints.size() + l.inUse.files.size());
    m_summary->setText(n == 0 ? tr("No deployment writes this certificate, no endpoint was seen serving it and no file "
                                   "scan found it. Deploy it, or run a discovery scan.")
                              : (n == 1 ? tr("In use in 1 place.") : tr("In use in %n places.", nullptr, n))
                                  + (l.inUse.deployments.isEmpty()
                                         ? QString()
                                         : QLatin1Char(' ') + tr("Deleting the certificate is refused while deployments write it.")));
    Q_EMIT loaded();
}

} // namespace certdesk::ui
