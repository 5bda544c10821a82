#include "models/savedscansmodel.h"

#include "models/deploylabels.h"

namespace certdesk::ui {

SavedScansModel::SavedScansModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SavedScansModel::setScans(const QList<core::SavedScan> &scans)
{
    beginResetModel();
    m_scans = scans;
    endResetModel();
}

int SavedScansModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_scans.size(); ++i) {
        if (m_scans.at(i).id == id)
            return i;
    }
    return -1;
}

int SavedScansModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_scans.size()); }

int SavedScansModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SavedScansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SavedScan &s = m_scans.at(index.row());
    if (role == Qt::UserRole)
        return s.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == ScheduleColumn && s.nextRunAt.isValid())
            return tr("Next run %1").arg(DeployLabels::time(s.nextRunAt));
        if (index.column() == TargetsColumn)
            return s.spec.targets.join(QLatin1Char('\n'));
        if (index.column() == SummaryColumn)
            return s.lastSummary;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return s.name;
    case TargetsColumn:
        return s.spec.targets.join(QStringLiteral(", "));
    case PortsColumn:
        return DeployLabels::ports(s.spec.ports.isEmpty() ? core::defaultScanPorts() : s.spec.ports);
    case ScheduleColumn:
        return DeployLabels::schedule(s.intervalHours);
    case LastRunColumn:
        return s.lastRunAt.isValid() ? DeployLabels::time(s.lastRunAt) : tr("never");
    case SummaryColumn:
        return s.lastSummary;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SavedScansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TargetsColumn:
        return tr("Targets");
    case PortsColumn:
        return tr("Ports");
    case ScheduleColumn:
        return tr("Schedule");
    case LastRunColumn:
        return tr("Last run");
    case SummaryColumn:
        return tr("Last result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace certdesk::ui
