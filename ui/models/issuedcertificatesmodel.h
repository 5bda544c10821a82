#pragma once

#include "crypto/error.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "ca/certificateauthority.h"

#include <optional>

namespace certdesk::ui {

// One certificate a private CA issued, as its table shows it.
struct IssuedRow
{
    qint64 certificateId = 0;
    QString serial;      // upper-case hex
    QString domainName;  // CN or first SAN
    QString subject;     // RFC 4514
    QString templateName;
    QDateTime notAfter;
    QString status;      // ISSUED, EXPIRED, NOT_YET_VALID, REVOKED
    QDateTime revokedAt;
    QString revocationReason;
};

// The certificates a private CA issued: serial, subject, template, not after, status. Read from
// the CA's issued list a page at a time as the view scrolls, sorted and searched in SQL
// (CertificateAuthorities::issued), so a CA that issued 100,000 certificates costs what one
// with a hundred does.
class IssuedCertificatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SerialColumn, SubjectColumn, TemplateColumn, NotAfterColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 inventory id
        StatusRole,                // ISSUED, REVOKED, …
    };
    Q_ENUM(Role)
    static constexpr int kPageSize = 200;

    explicit IssuedCertificatesModel(QObject *parent = nullptr);

    // The CA whose certificates to show (none: empty), read through cas (GUI-thread connection).
    void setSource(core::CertificateAuthorities *cas, std::optional<qint64> caId);
    void setSearch(const QString &text);
    // Reads the first page again (after an issue or a revocation).
    void reload();

    // The rows read so far (the first pages of the current order).
    const QList<IssuedRow> &rows() const { return m_rows; }
    const IssuedRow *row(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // The row of a certificate, reading further pages until it is found or the list ends.
    int rowOf(qint64 certificateId);
    // All the CA issued that match the search, and how many of them are revoked.
    const core::IssuedCounts &counts() const { return m_counts; }
    qint64 unfilteredTotal() const { return m_unfilteredTotal; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<IssuedRow> readPage(int offset);

    core::CertificateAuthorities *m_cas = nullptr;
    std::optional<qint64> m_caId;
    core::IssuedQuery m_query;
    core::IssuedCounts m_counts;
    qint64 m_unfilteredTotal = 0;
    QList<IssuedRow> m_rows;
    bool m_exhausted = true;
    QString m_error;
};

} // namespace certdesk::ui
