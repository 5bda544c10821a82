#pragma once

#include "deploy/discovery.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::ui {

// TLS endpoints as discovery scans and deployment checks found them: endpoint, SNI, state (a
// badge), the served certificate, its expiry, TLS version, chain problems, first and last seen.
// Endpoints that are gone are greyed. Read a page at a time (Discovery::endpoints with limit and
// offset, filtered in SQL) on the GUI thread's connection.
class EndpointsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EndpointColumn,
        SniColumn,
        StateColumn,
        CertificateColumn,
        ExpiresColumn,
        TlsColumn,
        ChainColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 endpoint id
        BadgeColorRole,            // QColor for the state badge
        CertificateIdRole,         // qint64 of the served certificate when it is in the inventory (else invalid)
    };
    static constexpr int kPageSize = 200;

    explicit EndpointsModel(QObject *parent = nullptr);

    void setSource(core::Discovery *discovery);
    void setFilter(const core::EndpointFilter &filter);
    const core::EndpointFilter &filter() const { return m_filter; }
    void reload();

    const core::EndpointRecord *endpoint(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    qint64 total() const { return m_total; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<core::EndpointRecord> readPage(int offset);

    core::Discovery *m_source = nullptr;
    core::EndpointFilter m_filter;
    QList<core::EndpointRecord> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = true;
    QString m_error;
};

} // namespace certdesk::ui
