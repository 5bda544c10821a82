#pragma once

#include "crypto/error.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace certdesk::core {
class CertificateAuthorities;
struct CaInfo;
} // namespace certdesk::core

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

// The certificates a private CA issued: serial, subject, template, not after, status.
// Sorting is left to a QSortFilterProxyModel (SortRole).
class IssuedCertificatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SerialColumn, SubjectColumn, TemplateColumn, NotAfterColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 inventory id
        SortRole,                  // what the column sorts by
        StatusRole,                // ISSUED, REVOKED, …
    };
    Q_ENUM(Role)

    explicit IssuedCertificatesModel(QObject *parent = nullptr);

    void setRows(const QList<IssuedRow> &rows);
    const QList<IssuedRow> &rows() const { return m_rows; }
    const IssuedRow *row(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    int rowOf(qint64 certificateId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The certificates the CA issued, newest first. The inventory has no "issued by" query: the
    // CA's certificates are narrowed in SQL by the issuer's common name (type PRIVATE), then each
    // is confirmed with CertificateAuthorities::issuedBy (which also names its template).
    static core::Result<QList<IssuedRow>> read(core::CertificateAuthorities &cas, const core::CaInfo &ca);

private:
    QList<IssuedRow> m_rows;
};

} // namespace certdesk::ui
