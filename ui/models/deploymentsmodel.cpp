#include "models/deploymentsmodel.h"

#include "models/deploylabels.h"

#include <QDir>
#include <QGuiApplication>

namespace certdesk::ui {

DeploymentsModel::DeploymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeploymentsModel::setSource(core::Deployments *deployments)
{
    m_source = deployments;
    reload();
}

void DeploymentsModel::setFilter(const core::DeploymentFilter &filter)
{
    m_filter = filter;
    reload();
}

QList<core::Deployment> DeploymentsModel::readPage(int offset)
{
    if (!m_source)
        return {};
    auto page = m_source->list(m_filter, kPageSize, offset);
    if (!page) {
        m_error = page.error().message;
        return {};
    }
    return *page;
}

void DeploymentsModel::reload()
{
    beginResetModel();
    m_error.clear();
    m_rows.clear();
    m_total = 0;
    if (m_source) {
        if (auto total = m_source->count(m_filter))
            m_total = *total;
        else
            m_error = total.error().message;
        m_rows = readPage(0);
    }
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
}

bool DeploymentsModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_exhausted; }

void DeploymentsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<core::Deployment> page = readPage(int(m_rows.size()));
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

int DeploymentsModel::rowOf(qint64 id)
{
    for (;;) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

int DeploymentsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int DeploymentsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Deployment &d = m_rows.at(index.row());
    const QPalette palette = QGuiApplication::palette();
    const QString check = d.endpoint ? d.endpoint->state : QString();
    switch (role) {
    case IdRole:
        return d.id;
    case BadgeColorRole:
        if (index.column() == StateColumn)
            return DeployLabels::deploymentColor(d, palette);
        if (index.column() == CheckColumn && !d.endpointHost.isEmpty())
            return DeployLabels::endpointColor(check, palette);
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TargetColumn:
            return QDir::toNativeSeparators(d.targetDir);
        case LayoutColumn:
            return DeployLabels::layout(d.layout);
        case StateColumn:
            if (d.state == core::DeploymentState::Failed)
                return d.lastError;
            if (d.state == core::DeploymentState::Deployed && d.outOfDate())
                return tr("The certificate was renewed after the last run: run the deployment to write the new one");
            return {};
        case CheckColumn:
            if (d.endpointHost.isEmpty())
                return tr("No endpoint to check");
            return d.endpoint && !d.endpoint->detail.isEmpty() ? d.endpoint->detail : DeployLabels::endpointStateHelp(check);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case IdColumn:
            return d.ref();
        case CertificateColumn:
            return d.domainName;
        case TargetColumn:
            return QDir::toNativeSeparators(d.targetDir);
        case LayoutColumn:
            return DeployLabels::layoutShort(d.layout);
        case StateColumn:
            return DeployLabels::deploymentState(d);
        case LastRunColumn:
            return d.lastRunAt.isValid() ? DeployLabels::time(d.lastRunAt) : tr("never");
        case EndpointColumn:
            return DeployLabels::endpoint(d);
        case CheckColumn:
            return d.endpointHost.isEmpty() ? QString() : DeployLabels::endpointState(check);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LastRunColumn && !d.lastRunAt.isValid())
            return DeployLabels::muted(palette);
        return {};
    default:
        return {};
    }
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == StateColumn)
            return tr("Whether the last run wrote the certificate's current version (and reloaded the service)");
        if (section == CheckColumn)
            return tr("What the endpoint served when last checked, compared with the inventory");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("ID");
    case CertificateColumn:
        return tr("Certificate");
    case TargetColumn:
        return tr("Target folder");
    case LayoutColumn:
        return tr("Layout");
    case StateColumn:
        return tr("State");
    case LastRunColumn:
        return tr("Last run");
    case EndpointColumn:
        return tr("Endpoint");
    case CheckColumn:
        return tr("Endpoint check");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace certdesk::ui
