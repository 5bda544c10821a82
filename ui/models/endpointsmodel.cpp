#include "models/endpointsmodel.h"

#include "models/deploylabels.h"

#include <QGuiApplication>

namespace certdesk::ui {

namespace {

QString hostPort(const core::EndpointRecord &e)
{
    return e.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(e.host).arg(e.port)
                                             : QStringLiteral("%1:%2").arg(e.host).arg(e.port);
}

} // namespace

EndpointsModel::EndpointsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EndpointsModel::setSource(core::Discovery *discovery)
{
    m_source = discovery;
    reload();
}

void EndpointsModel::setFilter(const core::EndpointFilter &filter)
{
    m_filter = filter;
    reload();
}

QList<core::EndpointRecord> EndpointsModel::readPage(int offset)
{
    if (!m_source)
        return {};
    auto page = m_source->endpoints(m_filter, kPageSize, offset);
    if (!page) {
        m_error = page.error().message;
        return {};
    }
    return *page;
}

void EndpointsModel::reload()
{
    beginResetModel();
    m_error.clear();
    m_rows.clear();
    m_total = 0;
    if (m_source) {
        if (auto total = m_source->countEndpoints(m_filter))
            m_total = *total;
        else
            m_error = total.error().message;
        m_rows = readPage(0);
    }
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
}

bool EndpointsModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_exhausted; }

void EndpointsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<core::EndpointRecord> page = readPage(int(m_rows.size()));
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

int EndpointsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int EndpointsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EndpointsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::EndpointRecord &e = m_rows.at(index.row());
    const QPalette palette = QGuiApplication::palette();
    const bool gone = e.goneAt.isValid();
    switch (role) {
    case IdRole:
        return e.id;
    case CertificateIdRole:
        return e.certificateId ? QVariant(*e.certificateId) : QVariant();
    case BadgeColorRole:
        if (index.column() == StateColumn)
            return DeployLabels::endpointColor(gone ? core::EndpointState::Gone : e.state, palette);
        return {};
    case Qt::ForegroundRole:
        if (gone)
            return DeployLabels::muted(palette);
        if (index.column() == ChainColumn && !e.chainProblems.isEmpty())
            return DeployLabels::warning(palette);
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case StateColumn: {
            QString text = e.detail.isEmpty() ? DeployLabels::endpointStateHelp(e.state) : e.detail;
            if (gone)
                text += QLatin1Char('\n') + tr("Gone since %1").arg(DeployLabels::time(e.goneAt));
            return text;
        }
        case ChainColumn:
            return e.chainProblems.isEmpty() ? QVariant() : QVariant(e.chainProblems.join(QLatin1Char('\n')));
        case TlsColumn:
            return e.cipher.isEmpty() ? QVariant() : QVariant(e.cipher);
        case EndpointColumn:
            return e.address.isEmpty() || e.address == e.host ? QVariant()
                                                              : QVariant(tr("Address %1").arg(e.address));
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case EndpointColumn:
            return hostPort(e);
        case SniColumn:
            return e.sni;
        case StateColumn:
            return DeployLabels::endpointState(gone ? core::EndpointState::Gone : e.state);
        case CertificateColumn:
            return e.leafDomainName;
        case ExpiresColumn:
            return DeployLabels::day(e.leafNotAfter);
        case TlsColumn:
            return e.tlsVersion;
        case ChainColumn:
            if (e.chainProblems.isEmpty())
                return e.chainLength > 0 ? tr("OK") : QString();
            return e.chainProblems.size() == 1 ? e.chainProblems.first()
                                               : tr("%n problems", nullptr, int(e.chainProblems.size()));
        case FirstSeenColumn:
            return DeployLabels::minute(e.firstSeen);
        case LastSeenColumn:
            return DeployLabels::minute(e.lastSeen.isValid() ? e.lastSeen : e.lastChecked);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant EndpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == FirstSeenColumn || section == LastSeenColumn)
            return tr("UTC");
        if (section == StateColumn)
            return tr("What the endpoint serves, compared with the inventory");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case EndpointColumn:
        return tr("Endpoint");
    case SniColumn:
        return tr("SNI");
    case StateColumn:
        return tr("State");
    case CertificateColumn:
        return tr("Served certificate");
    case ExpiresColumn:
        return tr("Expires");
    case TlsColumn:
        return tr("TLS");
    case ChainColumn:
        return tr("Chain");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace certdesk::ui
