#include "models/certificatetablemodel.h"

#include "models/labels.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace certdesk::ui {

namespace {

constexpr qint64 kSecondsPerDay = 86400;

qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(notAfter);
    // Floor, so that a certificate that expired an hour ago has -1 days left, not 0.
    return seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
}

// Translucent tints: they darken a light base and lighten a dark one just
// enough to stand out, and the palette's text colour stays readable on both.
QBrush healthBrush(CertificateTableModel::Health health)
{
    switch (health) {
    case CertificateTableModel::Health::Expired:
    case CertificateTableModel::Health::Revoked:
        return QBrush(QColor(229, 57, 53, 70));
    case CertificateTableModel::Health::ExpiringSoon:
        return QBrush(QColor(255, 167, 38, 85));
    case CertificateTableModel::Health::Valid:
    case CertificateTableModel::Health::NotYetValid:
        break;
    }
    return {};
}

QString utcText(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")); }

} // namespace

CertificateTableModel::CertificateTableModel(core::Inventory &inventory, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
    , m_pageSize(qMax(1, pageSize))
{
    reload();
}

int CertificateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::CertificateSummary *CertificateTableModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

CertificateTableModel::Health CertificateTableModel::healthOf(const core::CertificateSummary &s, const QDateTime &now)
{
    if (s.status == core::Status::Revoked)
        return Health::Revoked;
    if (s.status == core::Status::Expired)
        return Health::Expired;
    if (s.status == core::Status::NotYetValid)
        return Health::NotYetValid;
    if (now.secsTo(s.notAfter) <= qint64(kExpiringSoonDays) * kSecondsPerDay)
        return Health::ExpiringSoon;
    return Health::Valid;
}

QVariant CertificateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CertificateSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, index.column());
    case Qt::ToolTipRole:
        return toolTipData(s, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AdditionalNamesColumn || index.column() == DaysLeftColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::BackgroundRole: {
        const QBrush brush = healthBrush(healthOf(s, m_now));
        return brush.style() == Qt::NoBrush ? QVariant() : QVariant(brush);
    }
    case IdRole:
        return s.id;
    case HealthRole:
        return QVariant::fromValue(healthOf(s, m_now));
    case NotAfterRole:
        return s.notAfter;
    case Sha256Role:
        return s.sha256;
    default:
        return {};
    }
}

QVariant CertificateTableModel::displayData(const core::CertificateSummary &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.domainName.isEmpty() ? s.subject : s.domainName;
    case AdditionalNamesColumn:
        return s.sanCount;
    case StatusColumn:
        return Labels::status(s.status);
    case TypeColumn:
        return Labels::type(s.type);
    case IssuerColumn:
        return s.issuerCommonName.isEmpty() ? s.issuer : s.issuerCommonName;
    case KeyAlgorithmColumn:
        return Labels::keyAlgorithm(s.keyAlgorithm);
    case NotAfterColumn:
        return s.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    case DaysLeftColumn:
        return daysLeft(s.notAfter, m_now);
    case PrivateKeyColumn:
        return s.hasPrivateKey ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant CertificateTableModel::toolTipData(const core::CertificateSummary &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.subject.isEmpty() ? QVariant() : QVariant(s.subject);
    case IssuerColumn:
        return s.issuer;
    case AdditionalNamesColumn:
        return s.sanCount == 1 ? tr("1 subject alternative name") : tr("%1 subject alternative names").arg(s.sanCount);
    case NotAfterColumn:
        return tr("Valid from %1\nuntil %2").arg(utcText(s.notBefore), utcText(s.notAfter));
    case DaysLeftColumn: {
        const qint64 days = daysLeft(s.notAfter, m_now);
        if (days < 0)
            return days == -1 ? tr("Expired within the last day") : tr("Expired %1 days ago").arg(-days);
        if (days == 0)
            return tr("Expires within a day");
        return days == 1 ? tr("Expires in 1 day") : tr("Expires in %1 days").arg(days);
    }
    case KeyAlgorithmColumn:
        return s.keyAlgorithm;
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == AdditionalNamesColumn || section == DaysLeftColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("Domain name (common name, or the first DNS name)");
        case AdditionalNamesColumn:
            return tr("Number of subject alternative names");
        case DaysLeftColumn:
            return tr("Days until the certificate expires (negative: expired)");
        case PrivateKeyColumn:
            return tr("Whether the inventory holds the private key (encrypted)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AdditionalNamesColumn:
        return tr("Additional names");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case IssuerColumn:
        return tr("Issuer");
    case KeyAlgorithmColumn:
        return tr("Key algorithm");
    case NotAfterColumn:
        return tr("Not after");
    case DaysLeftColumn:
        return tr("Days left");
    case PrivateKeyColumn:
        return tr("Private key");
    default:
        return {};
    }
}

bool CertificateTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_rows.size() < m_total;
}

void CertificateTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Anything connected to the model's signals may ask for more while we insert: not now.
    const QScopedValueRollback busy(m_busy, true);
    auto page = m_inventory.list(m_filter, m_sort, m_pageSize, int(m_rows.size()));
    if (!page) {
        m_total = m_rows.size(); // stop asking until the next reload
        setError(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        // Rows were deleted behind our back; the next reload counts again.
        m_total = m_rows.size();
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(*page));
    endInsertRows();
}

QString CertificateTableModel::sortColumnName(int column)
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case StatusColumn:
        return QStringLiteral("status");
    case TypeColumn:
        return QStringLiteral("type");
    case IssuerColumn:
        return QStringLiteral("issuer");
    case KeyAlgorithmColumn:
        return QStringLiteral("key_algorithm");
    case NotAfterColumn:
        return QStringLiteral("not_after");
    case DaysLeftColumn:
        return QStringLiteral("days_left");
    default:
        return {};
    }
}

bool CertificateTableModel::isSortable(int column) { return !sortColumnName(column).isEmpty(); }

void CertificateTableModel::sort(int column, Qt::SortOrder order)
{
    const QString name = sortColumnName(column);
    if (name.isEmpty())
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (name == m_sort.column && descending == m_sort.descending)
        return;
    m_sort.column = name;
    m_sort.descending = descending;
    reload();
}

void CertificateTableModel::setFilter(const core::CertificateFilter &filter)
{
    m_filter = filter;
    reload();
}

void CertificateTableModel::reload()
{
    m_busy = true; // no fetching from the old state while listeners hear of the reset
    beginResetModel();
    m_rows.clear();
    m_now = m_inventory.clock().now();
    const qint64 before = m_total;
    auto total = m_inventory.count(m_filter);
    m_total = total ? *total : 0;
    const QString error = total ? QString() : total.error().message;
    endResetModel();
    m_busy = false; // fetching starts once everyone has seen the reset
    if (m_total != before)
        Q_EMIT totalCountChanged(m_total);
    setError(error);
}

void CertificateTableModel::setError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    if (!message.isEmpty())
        Q_EMIT errorOccurred(message);
}

} // namespace certdesk::ui
