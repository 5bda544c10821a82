#include "models/managedcertificatesmodel.h"

#include "models/labels.h"
#include "theme/theme.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QUrl>

namespace certdesk::ui {

namespace {

QString day(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString(); }

QString minute(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

// Internationalised names as people read them (the table stores the punycode form).
QString readable(const QString &ascii)
{
    const QString unicode = QUrl::fromAce(ascii.toLatin1());
    return unicode.isEmpty() ? ascii : unicode;
}

QPixmap dot(const QColor &colour)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 8, 8));
    return pixmap;
}

bool renewalProblem(const core::ManagedCertificate &m)
{
    return m.renewalStatus == core::RenewalStatus::Failed;
}

} // namespace

ManagedCertificatesModel::ManagedCertificatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QColor ManagedCertificatesModel::statusColor(const QString &status, const QPalette &palette)
{
    const bool dark = Theme::isDark(palette);
    if (status == core::ManagedStatus::Issued)
        return dark ? QColor(102, 187, 106) : QColor(46, 125, 50);
    if (status == core::ManagedStatus::Failed || status == core::ManagedStatus::Expired
        || status == core::ManagedStatus::Revoked || status == core::ManagedStatus::ValidationTimedOut)
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    if (status == core::ManagedStatus::PendingValidation)
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xb0, 0x6d, 0x00);
    return palette.color(QPalette::PlaceholderText);
}

QColor ManagedCertificatesModel::renewalColor(const QString &renewalStatus, const QPalette &palette)
{
    if (renewalStatus == core::RenewalStatus::Success)
        return statusColor(core::ManagedStatus::Issued, palette);
    if (renewalStatus == core::RenewalStatus::Failed)
        return statusColor(core::ManagedStatus::Failed, palette);
    if (renewalStatus.isEmpty())
        return palette.color(QPalette::PlaceholderText);
    return statusColor(core::ManagedStatus::PendingValidation, palette);
}

void ManagedCertificatesModel::setSource(core::ManagedCertificates *managed)
{
    m_managed = managed;
    reload();
}

void ManagedCertificatesModel::setFilter(const core::ManagedFilter &filter)
{
    m_filter = filter;
    reload();
}

QList<core::ManagedCertificate> ManagedCertificatesModel::readPage(int offset)
{
    if (!m_managed)
        return {};
    auto page = m_managed->list(m_filter, kPageSize, offset);
    if (!page) {
        m_error = page.error().message;
        return {};
    }
    return *page;
}

void ManagedCertificatesModel::reload()
{
    beginResetModel();
    m_error.clear();
    m_rows.clear();
    m_total = 0;
    if (m_managed) {
        if (auto total = m_managed->count(m_filter))
            m_total = *total;
        else
            m_error = total.error().message;
        m_rows = readPage(0);
    }
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
}

bool ManagedCertificatesModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_exhausted; }

void ManagedCertificatesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const QList<core::ManagedCertificate> more = readPage(int(m_rows.size()));
    m_exhausted = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

int ManagedCertificatesModel::rowOf(qint64 id)
{
    for (int r = 0;; ++r) {
        if (r == m_rows.size()) {
            if (m_exhausted)
                return -1;
            fetchMore({});
            if (r == m_rows.size())
                return -1;
        }
        if (m_rows.at(r).id == id)
            return r;
    }
}

int ManagedCertificatesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ManagedCertificatesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ManagedCertificatesModel::data(const QModelIndex &index, int role) const
{
    const core::ManagedCertificate *m = index.isValid() ? row(index.row()) : nullptr;
    if (!m)
        return {};
    const bool waiting = m->nextAttemptAt.isValid() && m->failedAttempts > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return m->ref();
        case DomainColumn:
            return readable(m->domainName);
        case NamesColumn:
            return m->additionalNames.isEmpty() ? QString() : QStringLiteral("+%1").arg(m->additionalNames.size());
        case IssuerColumn:
            if (m->issuerKind == core::IssuerKind::External)
                return Labels::issuerKind(core::issuerKindName(m->issuerKind));
            return m->issuer;
        case StatusColumn:
            return Labels::managedStatus(m->status);
        case RenewalColumn:
            return m->renewalStatus.isEmpty() ? QStringLiteral("—") : Labels::renewalStatus(m->renewalStatus);
        case RenewAtColumn:
            if (waiting)
                return tr("retry %1").arg(day(m->nextAttemptAt));
            return day(m->renewAt);
        case ReasonColumn:
            if (m->status == core::ManagedStatus::Failed)
                return m->failureReason;
            return m->renewalReason;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NamesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return dot(statusColor(m->status, QGuiApplication::palette()));
        if (index.column() == RenewalColumn && !m->renewalStatus.isEmpty())
            return dot(renewalColor(m->renewalStatus, QGuiApplication::palette()));
        break;
    case Qt::ForegroundRole:
        if (index.column() == ReasonColumn && (m->status == core::ManagedStatus::Failed || renewalProblem(*m)))
            return QBrush(statusColor(core::ManagedStatus::Failed, QGuiApplication::palette()));
        if (m->status == core::ManagedStatus::Inactive || index.column() == IdColumn)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DomainColumn:
            return readable(m->domainName) == m->domainName
                ? m->domainName
                : tr("%1\n%2 in the certificate").arg(readable(m->domainName), m->domainName);
        case NamesColumn: {
            QStringList names;
            for (const QString &n : m->additionalNames)
                names << readable(n);
            return names.join(QLatin1Char('\n'));
        }
        case IssuerColumn:
            return Labels::issuerKind(core::issuerKindName(m->issuerKind));
        case StatusColumn:
            return m->status == core::ManagedStatus::Failed && !m->failureReason.isEmpty()
                ? tr("%1: %2").arg(Labels::managedStatus(m->status), m->failureReason)
                : Labels::managedStatus(m->status);
        case RenewalColumn:
            if (m->renewalStatus.isEmpty())
                return tr("Not renewed yet");
            return m->renewalReason.isEmpty() ? Labels::renewalStatus(m->renewalStatus)
                                              : tr("%1: %2").arg(Labels::renewalStatus(m->renewalStatus), m->renewalReason);
        case RenewAtColumn:
            if (waiting)
                return tr("Renewal failed %n times in a row; next attempt %1", nullptr, m->failedAttempts)
                    .arg(minute(m->nextAttemptAt));
            return m->renewAt.isValid() ? tr("Renewal is due %1").arg(minute(m->renewAt)) : QVariant();
        case ReasonColumn: {
            const QString text = data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        }
        break;
    case IdRole:
        return m->id;
    case StatusRole:
        return m->status;
    }
    return {};
}

QVariant ManagedCertificatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NamesColumn:
            return tr("How many more names besides the domain name");
        case RenewAtColumn:
            return tr("When renewal is due, or the next attempt after a failed one");
        case ReasonColumn:
            return tr("Why the request or the last renewal failed");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case DomainColumn:
        return tr("Domain name");
    case NamesColumn:
        return tr("Names");
    case IssuerColumn:
        return tr("Issuer");
    case StatusColumn:
        return tr("Status");
    case RenewalColumn:
        return tr("Renewal");
    case RenewAtColumn:
        return tr("Renew at");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace certdesk::ui
