#include "models/acmeaccountsmodel.h"

#include "models/labels.h"

#include <QUrl>

namespace certdesk::ui {

AcmeAccountsModel::AcmeAccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AcmeAccountsModel::setAccounts(const QList<core::AcmeAccountInfo> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

const core::AcmeAccountInfo *AcmeAccountsModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AcmeAccountsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

int AcmeAccountsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_accounts.size()); }

int AcmeAccountsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AcmeAccountsModel::caName(const core::AcmeAccountInfo &account)
{
    for (const core::AcmeCaPreset &p : core::acmeCaPresets()) {
        if (p.id == account.ca)
            return p.name;
    }
    const QUrl url(account.directoryUrl);
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString AcmeAccountsModel::emails(const core::AcmeAccountInfo &account)
{
    QStringList out;
    for (const QString &c : account.contacts)
        out << (c.startsWith(QLatin1String("mailto:")) ? c.mid(7) : c);
    return out.join(QStringLiteral(", "));
}

QString AcmeAccountsModel::statusText(const QString &status)
{
    if (status == QLatin1String("valid"))
        return tr("Valid");
    if (status == QLatin1String("deactivated"))
        return tr("Deactivated");
    if (status == QLatin1String("revoked"))
        return tr("Revoked by the CA");
    return status;
}

QVariant AcmeAccountsModel::data(const QModelIndex &index, int role) const
{
    const core::AcmeAccountInfo *a = account(index.row());
    if (!a || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return a->id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == CaColumn)
            return a->directoryUrl;
        if (index.column() == EmailColumn)
            return emails(*a);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return a->name;
    case CaColumn:
        return caName(*a);
    case EmailColumn:
        return a->contacts.isEmpty() ? tr("none") : emails(*a);
    case KeyColumn:
        return Labels::keyAlgorithm(a->keyAlgorithm);
    case StatusColumn:
        return statusText(a->status);
    case CreatedColumn:
        return a->createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AcmeAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case CaColumn:
        return tr("CA");
    case EmailColumn:
        return tr("E-mail");
    case KeyColumn:
        return tr("Key");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace certdesk::ui
