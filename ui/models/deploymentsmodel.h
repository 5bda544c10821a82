#pragma once

#include "deploy/deployments.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::ui {

// The deployments as a table: ID, certificate, target folder, layout, state (a badge), last run,
// endpoint and the endpoint check (a badge). Read a page at a time as the view scrolls
// (Deployments::list with limit and offset, filtered in SQL), on the GUI thread's connection.
class DeploymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        CertificateColumn,
        TargetColumn,
        LayoutColumn,
        StateColumn,
        LastRunColumn,
        EndpointColumn,
        CheckColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 deployment id
        BadgeColorRole,            // QColor: the cell is drawn as a badge (BadgeDelegate)
    };
    static constexpr int kPageSize = 200;

    explicit DeploymentsModel(QObject *parent = nullptr);

    void setSource(core::Deployments *deployments);
    void setFilter(const core::DeploymentFilter &filter);
    const core::DeploymentFilter &filter() const { return m_filter; }
    void reload();

    const core::Deployment *deployment(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int rowOf(qint64 id);
    qint64 total() const { return m_total; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<core::Deployment> readPage(int offset);

    core::Deployments *m_source = nullptr;
    core::DeploymentFilter m_filter;
    QList<core::Deployment> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = true;
    QString m_error;
};

} // namespace certdesk::ui
