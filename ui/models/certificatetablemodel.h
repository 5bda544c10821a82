#pragma once

#include "inventory/certificatefilter.h"
#include "inventory/inventory.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QTimer>

#include <atomic>

class QPalette;
class QThread;

namespace certdesk::ui {

class CertificateCounter;

// The inventory's certificates as a table, fetched lazily from SQL.
//
// Only the total is counted up front; rows arrive a page at a time through
// canFetchMore()/fetchMore() as the view scrolls. Pages after the first are
// read with keyset paging (Inventory::listAfter), so a page deep in the list
// costs what the first one does. The first SANs and the tags of a page are
// read in one extra query for that page only. Filtering and sorting are SQL
// (CertificateFilter, SortSpec): changing either resets the model.
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
        RenewalColumn,            // managed certificates: the renewal status (or when it renews)
        RenewalEligibilityColumn, // ELIGIBLE / INELIGIBLE, as ACM's (hidden by default)
        TagsColumn,
        PrivateKeyColumn,
        InUseColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // How a row is doing; drives the row colour. Expiry bands: ≤ 7 days Critical,
    // ≤ 30 days Soon, ≤ the notification threshold Notice.
    enum class Health { Valid, ExpiringNotice, ExpiringSoon, ExpiringCritical, Expired, Revoked, NotYetValid };
    Q_ENUM(Health)

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 inventory id
        HealthRole,                // Health
        NotAfterRole,              // QDateTime (UTC)
        Sha256Role,                // lower-case hex fingerprint
        DaysLeftRole,              // qint64 (negative: expired)
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 200;
    static constexpr int kCriticalDays = 7;
    static constexpr int kExpiringSoonDays = 30;
    static constexpr int kDefaultNotificationDays = 45;
    static constexpr int kShownNames = 3; // SANs shown in the Additional names column

    explicit CertificateTableModel(core::Inventory &inventory, int pageSize = kDefaultPageSize,
                                   QObject *parent = nullptr);
    ~CertificateTableModel() override;

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
    // The table column shown sorted for a SortSpec column (NotAfterColumn when none matches).
    static int columnForSortName(const QString &name);

    const core::CertificateFilter &filter() const { return m_filter; }
    void setFilter(const core::CertificateFilter &filter);
    const core::SortSpec &sortSpec() const { return m_sort; }

    // Rows expiring within this many days get the mildest expiry tint (default 45, ACM's first event).
    int notificationThresholdDays() const { return m_thresholdDays; }
    void setNotificationThresholdDays(int days);

    // The rows matching the filter. Counted on a worker after each reload (rows are shown before
    // the count arrives): isCounting() until then, and totalCountChanged() if it changed.
    qint64 totalCount() const { return m_total; }
    bool isCounting() const { return m_counting; }
    int pageSize() const { return m_pageSize; }
    QString lastError() const { return m_lastError; }
    const core::CertificateSummary *summary(int row) const;
    core::SummaryExtras extras(int row) const;
    int rowOfId(qint64 id) const; // -1 when not fetched
    QDateTime now() const { return m_now; }

    Health healthOf(const core::CertificateSummary &s) const;
    static Health healthOf(const core::CertificateSummary &s, const QDateTime &now,
                           int thresholdDays = kDefaultNotificationDays);
    // The row background for a health in a palette: a tint blended into QPalette::Base, strong
    // enough to see and weak enough that QPalette::Text stays readable. Invalid for healthy rows.
    static QColor backgroundColor(Health health, const QPalette &palette);
    // The saturated colour of a health (status dot), readable on the palette's base.
    static QColor accentColor(Health health, const QPalette &palette);
    static qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now);

public Q_SLOTS:
    // Counts again and drops the fetched rows (after an import, a filter change, F5).
    void reload();
    // Reads names and tags of these rows again (after tagging) without a reset.
    void refreshExtras(const QList<qint64> &ids);

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void countingFinished();
    void errorOccurred(const QString &message);

private:
    QVariant displayData(const core::CertificateSummary &s, int row, int column) const;
    QVariant toolTipData(const core::CertificateSummary &s, int row, int column) const;
    void setError(const QString &message);
    void reset(bool recount);
    void startCount();
    void countDone(quint64 generation, const core::Result<qint64> &total);
    void loadExtras(int first, int last);
    void freeDiscarded();

    core::Inventory &m_inventory;
    const int m_pageSize;
    core::CertificateFilter m_filter;
    core::CertificateFilter m_query; // m_filter with its search resolved, what the queries use
    core::SortSpec m_sort;
    QList<core::CertificateSummary> m_rows;
    QList<core::SummaryExtras> m_extras; // by row, beside m_rows
    qint64 m_total = 0;
    int m_thresholdDays = kDefaultNotificationDays;
    QDateTime m_now; // the moment the rows' status and days left refer to
    QString m_lastError;
    bool m_busy = false; // inside fetchMore() or reload()
    bool m_exhausted = false; // the last page has been read (or reading failed)
    bool m_counting = false;
    std::atomic<quint64> m_countGeneration = 0; // read by the counter's thread to skip stale counts
    QThread *m_countThread = nullptr;
    CertificateCounter *m_counter = nullptr; // lives on m_countThread
    // Rows of earlier resets, freed a chunk per event-loop pass.
    QList<QList<core::CertificateSummary>> m_discardedRows;
    QList<QList<core::SummaryExtras>> m_discardedExtras;
    QTimer m_freeTimer;
};

} // namespace certdesk::ui
