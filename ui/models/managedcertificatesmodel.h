#pragma once

#include "lifecycle/managedcertificates.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QList>

class QPalette;

namespace certdesk::ui {

// The managed certificates (requests and what renews them) as a table: ID, domain name, status,
// renewal status, when renewal is due (or the next attempt after a failure), issuer, how many
// more names, and why a request or renewal failed. Read a page at a time as the view scrolls
// (ManagedCertificates::list with limit and offset, filtered in SQL), newest request first.
class ManagedCertificatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        DomainColumn,
        StatusColumn,
        RenewalColumn,
        RenewAtColumn,
        IssuerColumn,
        NamesColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 managed id
        StatusRole,                // ManagedStatus
    };
    Q_ENUM(Role)
    static constexpr int kPageSize = 200;

    explicit ManagedCertificatesModel(QObject *parent = nullptr);

    // Where the rows come from (GUI-thread connection); nullptr: none.
    void setSource(core::ManagedCertificates *managed);
    void setFilter(const core::ManagedFilter &filter);
    const core::ManagedFilter &filter() const { return m_filter; }
    // Reads the first page again (after a request, a renewal, a settings change).
    void reload();

    const core::ManagedCertificate *row(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    // The row of a managed certificate, reading further pages until it is found or the list ends.
    int rowOf(qint64 id);
    qint64 total() const { return m_total; }
    QString error() const { return m_error; }

    // The colour of a status (the Certificates page's: green issued, red failed/expired/revoked,
    // amber pending, grey inactive).
    static QColor statusColor(const QString &status, const QPalette &palette);
    static QColor renewalColor(const QString &renewalStatus, const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<core::ManagedCertificate> readPage(int offset);

    core::ManagedCertificates *m_managed = nullptr;
    core::ManagedFilter m_filter;
    QList<core::ManagedCertificate> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = true;
    QString m_error;
};

} // namespace certdesk::ui
