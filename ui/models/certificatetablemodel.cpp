#include "models/certificatetablemodel.h"

#include "models/deploylabels.h"
#include "models/labels.h"

#include <QBrush>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QThread>

#include "inventory/database.h"

namespace certdesk::ui {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr qsizetype kFreeInChunksRows = 5000;
constexpr qsizetype kFreeChunk = 2000;

QString utcText(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")); }

bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightnessF() < 0.5; }

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

// Hue of each band and how much of it goes into the base (light, dark).
struct Tint
{
    QColor colour;
    qreal light;
    qreal dark;
    QColor darkColour = {}; // when the hue that reads well on a light base turns muddy on a dark one
};

std::optional<Tint> tintOf(CertificateTableModel::Health health)
{
    using H = CertificateTableModel::Health;
    switch (health) {
    case H::Expired:
    case H::Revoked:
        return Tint{QColor(229, 57, 53), 0.22, 0.34};
    case H::ExpiringCritical:
        return Tint{QColor(255, 120, 0), 0.32, 0.36};
    case H::ExpiringSoon:
        return Tint{QColor(255, 204, 0), 0.30, 0.28, QColor(255, 170, 0)};
    case H::ExpiringNotice:
        return Tint{QColor(255, 236, 150), 0.28, 0.14, QColor(230, 205, 120)};
    case H::Valid:
    case H::NotYetValid:
        break;
    }
    return std::nullopt;
}

QString joinTags(const QList<core::Tag> &tags)
{
    QStringList parts;
    for (const core::Tag &t : tags)
        parts << (t.second.isEmpty() ? t.first : t.first + QLatin1Char('=') + t.second);
    return parts.join(QStringLiteral(", "));
}

} // namespace

// Counts on its own thread with its own read-only connection (WAL: it sees what the owner
// committed), so a count that has to scan (a common search text) never holds up the table.
class CertificateCounter : public QObject
{
public:
    explicit CertificateCounter(QString path)
        : m_path(std::move(path))
    {
    }
    ~CertificateCounter() override = default;

    // Runs on the counter's thread.
    core::Result<qint64> count(const core::CertificateFilter &filter, const QDateTime &now)
    {
        if (!m_db) {
            auto db = core::Database::openReadOnly(
                m_path, QStringLiteral("certificate-count-%1").arg(quintptr(this)));
            if (!db)
                return std::unexpected(db.error());
            m_db = std::move(*db);
        }
        return core::countCertificates(*m_db, filter, now);
    }

private:
    QString m_path;
    std::optional<core::Database> m_db;
};

CertificateTableModel::CertificateTableModel(core::Inventory &inventory, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
    , m_pageSize(qMax(1, pageSize))
    , m_countThread(new QThread(this))
    , m_counter(new CertificateCounter(inventory.path()))
{
    m_freeTimer.setInterval(0);
    connect(&m_freeTimer, &QTimer::timeout, this, &CertificateTableModel::freeDiscarded);
    m_countThread->setObjectName(QStringLiteral("certificate-count"));
    m_counter->moveToThread(m_countThread);
    connect(m_countThread, &QThread::finished, m_counter, &QObject::deleteLater);
    m_countThread->start();
    reload();
}

CertificateTableModel::~CertificateTableModel()
{
    m_countThread->quit(); // after the count in hand, if any; the counter is deleted on its thread
    m_countThread->wait();
}

void CertificateTableModel::freeDiscarded()
{
    qsizetype budget = kFreeChunk;
    while (budget > 0 && !m_discardedRows.isEmpty()) {
        QList<core::CertificateSummary> &rows = m_discardedRows.last();
        const qsizetype n = qMin(budget, rows.size());
        rows.resize(rows.size() - n);
        budget -= n;
        if (rows.isEmpty())
            m_discardedRows.removeLast();
    }
    budget = kFreeChunk;
    while (budget > 0 && !m_discardedExtras.isEmpty()) {
        QList<core::SummaryExtras> &extras = m_discardedExtras.last();
        const qsizetype n = qMin(budget, extras.size());
        extras.resize(extras.size() - n);
        budget -= n;
        if (extras.isEmpty())
            m_discardedExtras.removeLast();
    }
    if (m_discardedRows.isEmpty() && m_discardedExtras.isEmpty())
        m_freeTimer.stop();
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

core::SummaryExtras CertificateTableModel::extras(int row) const
{
    return m_extras.value(row);
}

int CertificateTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 CertificateTableModel::daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(notAfter);
    // Floor, so that a certificate that expired an hour ago has -1 days left, not 0.
    return seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
}

CertificateTableModel::Health CertificateTableModel::healthOf(const core::CertificateSummary &s) const
{
    return healthOf(s, m_now, m_thresholdDays);
}

CertificateTableModel::Health CertificateTableModel::healthOf(const core::CertificateSummary &s, const QDateTime &now,
                                                              int thresholdDays)
{
    if (s.status == core::Status::Revoked)
        return Health::Revoked;
    if (s.status == core::Status::Expired)
        return Health::Expired;
    if (s.status == core::Status::NotYetValid)
        return Health::NotYetValid;
    const qint64 left = now.secsTo(s.notAfter);
    if (left <= qint64(kCriticalDays) * kSecondsPerDay)
        return Health::ExpiringCritical;
    if (left <= qint64(kExpiringSoonDays) * kSecondsPerDay)
        return Health::ExpiringSoon;
    if (left <= qint64(thresholdDays) * kSecondsPerDay)
        return Health::ExpiringNotice;
    return Health::Valid;
}

QColor CertificateTableModel::backgroundColor(Health health, const QPalette &palette)
{
    const auto tint = tintOf(health);
    if (!tint)
        return {};
    const bool dark = isDark(palette);
    const QColor hue = dark && tint->darkColour.isValid() ? tint->darkColour : tint->colour;
    return blend(palette.color(QPalette::Base), hue, dark ? tint->dark : tint->light);
}

QColor CertificateTableModel::accentColor(Health health, const QPalette &palette)
{
    if (health == Health::NotYetValid)
        return palette.color(QPalette::PlaceholderText);
    if (health == Health::Valid)
        return isDark(palette) ? QColor(102, 187, 106) : QColor(46, 125, 50);
    const Tint tint = *tintOf(health);
    const QColor c = isDark(palette) && tint.darkColour.isValid() ? tint.darkColour.lighter(115) : tint.colour;
    // On a light base the pure hues of amber and yellow are too faint for a small dot.
    return isDark(palette) ? c : c.darker(health == Health::ExpiringNotice ? 135 : 112);
}

QVariant CertificateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CertificateSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTipData(s, index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (index.column() == PrivateKeyColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignHCenter | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::BackgroundRole: {
        const QColor colour = backgroundColor(healthOf(s), QGuiApplication::palette());
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (healthOf(s) == Health::NotYetValid && index.column() != NameColumn)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            const QColor accent = accentColor(healthOf(s), QGuiApplication::palette());
            QPixmap dot(10, 10);
            dot.fill(Qt::transparent);
            QPainter p(&dot);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(accent);
            p.drawEllipse(QRectF(1, 1, 8, 8));
            return dot;
        }
        return {};
    case IdRole:
        return s.id;
    case HealthRole:
        return QVariant::fromValue(healthOf(s));
    case NotAfterRole:
        return s.notAfter;
    case Sha256Role:
        return s.sha256;
    case DaysLeftRole:
        return daysLeft(s.notAfter, m_now);
    default:
        return {};
    }
}

QVariant CertificateTableModel::displayData(const core::CertificateSummary &s, int row, int column) const
{
    switch (column) {
    case NameColumn:
        return s.domainName.isEmpty() ? s.subject : s.domainName;
    case AdditionalNamesColumn: {
        if (s.sanCount == 0)
            return QString();
        const QStringList names = extras(row).firstNames;
        QString text = names.join(QStringLiteral(", "));
        if (s.sanCount > names.size())
            text += names.isEmpty() ? QString() : QStringLiteral(", …");
        return tr("%1 · %2").arg(s.sanCount).arg(text);
    }
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
    case RenewalColumn: {
        const core::SummaryExtras e = extras(row);
        if (!e.renewalStatus.isEmpty())
            return Labels::renewalStatus(e.renewalStatus);
        if (e.renewAt.isValid())
            return tr("from %1").arg(e.renewAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        return e.managedId ? tr("Replaced") : QString();
    }
    case RenewalEligibilityColumn: {
        const core::SummaryExtras e = extras(row);
        return e.renewalEligibility.isEmpty() ? QString() : Labels::renewalEligibility(e.renewalEligibility);
    }
    case TagsColumn:
        return joinTags(extras(row).tags);
    case PrivateKeyColumn:
        return s.hasPrivateKey ? tr("Yes") : tr("No");
    case InUseColumn: {
        const core::SummaryExtras e = extras(row);
        return DeployLabels::inUse(e.deployments, e.endpoints, e.fileLocations);
    }
    default:
        return {};
    }
}

QVariant CertificateTableModel::toolTipData(const core::CertificateSummary &s, int row, int column) const
{
    switch (column) {
    case NameColumn:
        return s.subject.isEmpty() ? QVariant() : QVariant(s.subject);
    case IssuerColumn:
        return s.issuer;
    case AdditionalNamesColumn: {
        const QStringList names = extras(row).firstNames;
        QString text = s.sanCount == 1 ? tr("1 subject alternative name") : tr("%n subject alternative names", nullptr, s.sanCount);
        if (!names.isEmpty())
            text += QLatin1Char('\n') + names.join(QLatin1Char('\n'));
        if (s.sanCount > names.size() && !names.isEmpty())
            text += QLatin1Char('\n') + tr("and %n more (see Details ▸ Names)", nullptr, s.sanCount - int(names.size()));
        return text;
    }
    case NotAfterColumn:
        return tr("Valid from %1\nuntil %2").arg(utcText(s.notBefore), utcText(s.notAfter));
    case DaysLeftColumn: {
        const qint64 days = daysLeft(s.notAfter, m_now);
        if (days < 0)
            return days == -1 ? tr("Expired within the last day") : tr("Expired %n days ago", nullptr, int(-days));
        if (days == 0)
            return tr("Expires within a day");
        return days == 1 ? tr("Expires in 1 day") : tr("Expires in %n days", nullptr, int(days));
    }
    case KeyAlgorithmColumn:
        return s.keyAlgorithm;
    case RenewalColumn:
    case RenewalEligibilityColumn: {
        const core::SummaryExtras e = extras(row);
        if (!e.managedId)
            return tr("Not managed by certdesk: it is not renewed automatically");
        QString text = tr("Managed certificate mc-%1").arg(*e.managedId);
        if (e.renewAt.isValid())
            text += QLatin1Char('\n') + tr("Renewal is due %1").arg(utcText(e.renewAt));
        else if (e.renewalEligibility != QLatin1String("ELIGIBLE"))
            text += QLatin1Char('\n') + tr("A newer certificate has replaced this one");
        return text;
    }
    case TagsColumn: {
        const QString tags = joinTags(extras(row).tags);
        return tags.isEmpty() ? QVariant() : QVariant(tags);
    }
    case InUseColumn: {
        const core::SummaryExtras e = extras(row);
        if (e.inUse() == 0)
            return tr("Not in use as far as certdesk knows: no deployment writes it, no endpoint was seen serving "
                      "it, no file scan found it");
        QStringList lines;
        if (e.deployments > 0)
            lines << (e.deployments == 1 ? tr("Written by 1 deployment") : tr("Written by %n deployments", nullptr, e.deployments));
        if (e.endpoints > 0)
            lines << (e.endpoints == 1 ? tr("Served by 1 endpoint") : tr("Served by %n endpoints", nullptr, e.endpoints));
        if (e.fileLocations > 0)
            lines << (e.fileLocations == 1 ? tr("Found in 1 file") : tr("Found in %n files", nullptr, e.fileLocations));
        lines << tr("Details ▸ Deployments lists them");
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == DaysLeftColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (section == PrivateKeyColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignHCenter | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("Domain name (common name, or the first DNS name)");
        case AdditionalNamesColumn:
            return tr("Number of subject alternative names and the first few of them");
        case DaysLeftColumn:
            return tr("Days until the certificate expires (negative: expired)");
        case RenewalColumn:
            return tr("Renewal status of a managed certificate (requested in certdesk), or when it renews");
        case RenewalEligibilityColumn:
            return tr("Whether certdesk renews the certificate: the current certificate of a managed one");
        case TagsColumn:
            return tr("Tags (key=value)");
        case PrivateKeyColumn:
            return tr("Whether the inventory holds the private key (encrypted)");
        case InUseColumn:
            return tr("Where the certificate is in use: deployments writing it, endpoints serving it, files holding it");
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
    case RenewalColumn:
        return tr("Renewal");
    case RenewalEligibilityColumn:
        return tr("Renewal eligibility");
    case TagsColumn:
        return tr("Tags");
    case PrivateKeyColumn:
        return tr("Private key");
    case InUseColumn:
        return tr("In use");
    default:
        return {};
    }
}

bool CertificateTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && !m_exhausted && (m_counting || m_rows.size() < m_total);
}

void CertificateTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Anything connected to the model's signals may ask for more while we insert: not now.
    const QScopedValueRollback busy(m_busy, true);
    auto page = m_rows.isEmpty() ? m_inventory.list(m_query, m_sort, m_pageSize, 0)
                                 : m_inventory.listAfter(m_query, m_sort, m_rows.constLast(), m_pageSize);
    if (!page && page.error().code == core::ErrorCode::InvalidInput && !m_rows.isEmpty())
        page = m_inventory.list(m_query, m_sort, m_pageSize, int(m_rows.size())); // a column without a keyset
    if (!page) {
        m_exhausted = true; // stop asking until the next reload
        setError(page.error().message);
        return;
    }
    // A short page is the last one (also when rows were deleted behind our back; the next
    // reload counts again).
    if (page->size() < m_pageSize)
        m_exhausted = true;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(*page));
    loadExtras(first, int(m_rows.size()) - 1);
    endInsertRows();
}

void CertificateTableModel::loadExtras(int first, int last)
{
    QList<qint64> ids;
    for (int row = first; row <= last; ++row)
        ids << m_rows.at(row).id;
    m_extras.resize(m_rows.size());
    auto extras = m_inventory.summaryExtras(ids, kShownNames);
    if (!extras) {
        setError(extras.error().message);
        return;
    }
    for (int row = first; row <= last; ++row)
        m_extras[row] = extras->value(m_rows.at(row).id);
}

void CertificateTableModel::refreshExtras(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        loadExtras(row, row);
        Q_EMIT dataChanged(index(row, AdditionalNamesColumn), index(row, TagsColumn));
    }
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

int CertificateTableModel::columnForSortName(const QString &name)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortColumnName(c) == name)
            return c;
    }
    return NotAfterColumn;
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
    reset(false); // the same rows in another order: the count stands
}

void CertificateTableModel::setFilter(const core::CertificateFilter &filter)
{
    m_filter = filter;
    reload();
}

void CertificateTableModel::setNotificationThresholdDays(int days)
{
    days = qMax(0, days);
    if (days == m_thresholdDays)
        return;
    m_thresholdDays = days;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::DecorationRole, HealthRole});
}

void CertificateTableModel::reload() { reset(true); }

void CertificateTableModel::reset(bool recount)
{
    m_busy = true; // no fetching from the old state while listeners hear of the reset
    beginResetModel();
    // Freeing tens of thousands of scrolled-through rows takes a noticeable moment (~3 µs a row),
    // and freeing them on another thread only makes the allocator's lock slow this one down:
    // put a large set aside and free it a chunk per event-loop pass (freeDiscarded).
    auto oldRows = std::exchange(m_rows, {});
    auto oldExtras = std::exchange(m_extras, {});
    if (oldRows.size() > kFreeInChunksRows) {
        m_discardedRows.append(std::move(oldRows));
        m_discardedExtras.append(std::move(oldExtras));
        m_freeTimer.start();
    }
    m_now = m_inventory.clock().now();
    m_exhausted = false;
    QString error;
    if (recount) {
        // A search is resolved to its ids once per reload when it matches few, so the count and
        // every page are look-ups by id (Inventory::resolveSearch).
        auto query = m_inventory.resolveSearch(m_filter);
        m_query = query ? *query : m_filter;
        if (!query) {
            error = query.error().message;
            m_exhausted = true;
        }
    }
    endResetModel();
    m_busy = false; // fetching starts once everyone has seen the reset
    setError(error);
    if (recount && error.isEmpty())
        startCount();
}

void CertificateTableModel::startCount()
{
    m_counting = true;
    const quint64 generation = ++m_countGeneration;
    QMetaObject::invokeMethod(m_counter, [this, counter = m_counter, generation, filter = m_query, now = m_now] {
        // Skip a count that a newer reload has already replaced.
        if (generation != m_countGeneration.load())
            return;
        auto total = counter->count(filter, now);
        QMetaObject::invokeMethod(this, [this, generation, total = std::move(total)] { countDone(generation, total); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CertificateTableModel::countDone(quint64 generation, const core::Result<qint64> &total)
{
    if (generation != m_countGeneration.load())
        return;
    m_counting = false;
    if (!total) {
        m_exhausted = true;
        setError(total.error().message);
        Q_EMIT countingFinished();
        return;
    }
    const qint64 before = m_total;
    m_total = *total;
    if (m_rows.size() >= m_total)
        m_exhausted = true;
    if (m_total != before)
        Q_EMIT totalCountChanged(m_total);
    Q_EMIT countingFinished();
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
