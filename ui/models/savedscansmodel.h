#pragma once

#include "deploy/discovery.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::ui {

// The saved scans: name, targets, ports, schedule, last run, last summary. A few rows, handed in whole.
class SavedScansModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TargetsColumn, PortsColumn, ScheduleColumn, LastRunColumn, SummaryColumn, ColumnCount };
    Q_ENUM(Column)

    explicit SavedScansModel(QObject *parent = nullptr);

    void setScans(const QList<core::SavedScan> &scans);
    const core::SavedScan *scan(int row) const { return row >= 0 && row < m_scans.size() ? &m_scans.at(row) : nullptr; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::SavedScan> m_scans;
};

} // namespace certdesk::ui
