#pragma once

#include "inventory/certificatefilter.h"
#include "inventory/inventory.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::ui {

// The inventory's certificates as a table, fetched lazily from SQL.
//
// Only the total is counted up front; rows arrive a page at a time through
// canFetchMore()/fetchMore() as the view scrolls. Filtering and sorting are
// SQL (CertificateFilter, SortSpec): changing either resets the model.
// Uses the inventory's connection, so it lives on the thread that opened it.
class CertificateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AdditionalNamesColumn,
        StatusColumn,
        TypeColumn,
        IssuerColumn,
        KeyAlgorithmColumn,
        NotAfterColumn,
        DaysLeftColumn,
        PrivateKeyColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // How a row is doing; drives the row colour.
    enum class Health { Valid, ExpiringSoon, Expired, Revoked, NotYetValid };
    Q_ENUM(Health)

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 inventory id
        HealthRole,                // Health
        NotAfterRole,              // QDateTime (UTC)
        Sha256Role,                // lower-case hex fingerprint
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 200;
    static constexpr int kExpiringSoonDays = 30;

    explicit CertificateTableModel(core::Inventory &inventory, int pageSize = kDefaultPageSize,
                                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    // The SortSpec column for a table column, or "" when SQL cannot sort by it.
    static QString sortColumnName(int column);

    const core::CertificateFilter &filter() const { return m_filter; }
    void setFilter(const core::CertificateFilter &filter);
    const core::SortSpec &sortSpec() const { return m_sort; }

    qint64 totalCount() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    QString lastError() const { return m_lastError; }
    const core::CertificateSummary *summary(int row) const;

    static Health healthOf(const core::CertificateSummary &s, const QDateTime &now);

public Q_SLOTS:
    // Counts again and drops the fetched rows (after an import, a filter change, F5).
    void reload();

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void errorOccurred(const QString &message);

private:
    QVariant displayData(const core::CertificateSummary &s, int column) const;
    QVariant toolTipData(const core::CertificateSummary &s, int column) const;
    void setError(const QString &message);

    core::Inventory &m_inventory;
    const int m_pageSize;
    core::CertificateFilter m_filter;
    core::SortSpec m_sort;
    QList<core::CertificateSummary> m_rows;
    qint64 m_total = 0;
    QDateTime m_now; // the moment the rows' status and days left refer to
    QString m_lastError;
    bool m_busy = false; // inside fetchMore() or reload()
};

} // namespace certdesk::ui
