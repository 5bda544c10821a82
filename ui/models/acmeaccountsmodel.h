#pragma once

#include "acme/acmeaccounts.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::ui {

// The ACME accounts of the inventory: name, CA, e-mail, key, status, created. A few rows, read
// with AcmeAccounts::list and handed in whole.
class AcmeAccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CaColumn, EmailColumn, KeyColumn, StatusColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit AcmeAccountsModel(QObject *parent = nullptr);

    void setAccounts(const QList<core::AcmeAccountInfo> &accounts);
    const QList<core::AcmeAccountInfo> &accounts() const { return m_accounts; }
    const core::AcmeAccountInfo *account(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Let's Encrypt", or the directory's host for a CA certdesk has no preset for.
    static QString caName(const core::AcmeAccountInfo &account);
    // "a@example.org, b@example.org" without the mailto: prefixes.
    static QString emails(const core::AcmeAccountInfo &account);
    // valid -> "Valid", deactivated -> "Deactivated", revoked -> "Revoked by the CA".
    static QString statusText(const QString &status);

private:
    QList<core::AcmeAccountInfo> m_accounts;
};

} // namespace certdesk::ui
