#include "models/issuedcertificatesmodel.h"

#include "ca/certificateauthority.h"
#include "inventory/inventory.h"
#include "models/labels.h"
#include "theme/theme.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

namespace certdesk::ui {

namespace {

QColor statusColor(const QString &status, const QString &reason, const QPalette &palette)
{
    const bool dark = Theme::isDark(palette);
    if (status == core::Status::Revoked && reason == QLatin1String("certificateHold"))
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xb0, 0x6d, 0x00); // suspended, not final
    if (status == core::Status::Issued)
        return dark ? QColor(102, 187, 106) : QColor(46, 125, 50);
    if (status == core::Status::Revoked || status == core::Status::Expired)
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    return palette.color(QPalette::PlaceholderText);
}

// The serial in groups of four, so a long one can be read out and compared.
QString groupedSerial(const QString &serial)
{
    QString out;
    for (qsizetype i = 0; i < serial.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += serial.mid(i, 4);
    }
    return out;
}

} // namespace

IssuedCertificatesModel::IssuedCertificatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IssuedCertificatesModel::setSource(core::CertificateAuthorities *cas, std::optional<qint64> caId)
{
    m_cas = cas;
    m_caId = caId;
    reload();
}

void IssuedCertificatesModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

void IssuedCertificatesModel::sort(int column, Qt::SortOrder order)
{
    static const char *const kColumns[] = {"serial", "subject", "template", "not_after", "status"};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortColumn = QLatin1String(kColumns[column]);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

QList<IssuedRow> IssuedCertificatesModel::readPage(int offset)
{
    QList<IssuedRow> out;
    if (!m_cas || !m_caId)
        return out;
    auto page = m_cas->issued(*m_caId, m_query, kPageSize, offset);
    if (!page) {
        m_error = page.error().message;
        return out;
    }
    for (const core::IssuedEntry &e : std::as_const(*page)) {
        IssuedRow row;
        row.certificateId = e.certificateId.value_or(0);
        row.serial = e.serial;
        row.domainName = e.domainName;
        row.subject = e.subject;
        row.templateName = e.templateName;
        row.notAfter = e.notAfter;
        row.status = e.status;
        row.revokedAt = e.revokedAt;
        row.revocationReason = e.revocationReason;
        out.append(row);
    }
    return out;
}

void IssuedCertificatesModel::reload()
{
    beginResetModel();
    m_error.clear();
    m_counts = {};
    m_unfilteredTotal = 0;
    m_rows.clear();
    if (m_cas && m_caId) {
        if (auto counts = m_cas->issuedCounts(*m_caId, m_query.search))
            m_counts = *counts;
        else
            m_error = counts.error().message;
        m_unfilteredTotal = m_query.search.trimmed().isEmpty() ? m_counts.total : m_cas->issuedCounts(*m_caId).value_or(core::IssuedCounts{}).total;
        m_rows = readPage(0);
    }
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
}

bool IssuedCertificatesModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_exhausted; }

void IssuedCertificatesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const QList<IssuedRow> more = readPage(int(m_rows.size()));
    m_exhausted = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

int IssuedCertificatesModel::rowOf(qint64 certificateId)
{
    for (int r = 0;; ++r) {
        if (r == m_rows.size()) {
            if (m_exhausted)
                return -1;
            fetchMore({});
            if (r == m_rows.size())
                return -1;
        }
        if (m_rows.at(r).certificateId == certificateId)
            return r;
    }
}

int IssuedCertificatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IssuedCertificatesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant IssuedCertificatesModel::data(const QModelIndex &index, int role) const
{
    const IssuedRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SerialColumn:
            return groupedSerial(r->serial);
        case SubjectColumn:
            return r->domainName.isEmpty() ? r->subject : r->domainName;
        case TemplateColumn:
            return Labels::templateName(r->templateName);
        case NotAfterColumn:
            return r->notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
        case StatusColumn:
            if (r->status == core::Status::Revoked && !r->revocationReason.isEmpty())
                return tr("%1 (%2)").arg(Labels::status(r->status), Labels::revocationReason(r->revocationReason));
            return Labels::status(r->status);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            QPixmap dot(10, 10);
            dot.fill(Qt::transparent);
            QPainter p(&dot);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(statusColor(r->status, r->revocationReason, QGuiApplication::palette()));
            p.drawEllipse(QRectF(1, 1, 8, 8));
            return dot;
        }
        break;
    case Qt::FontRole:
        if (index.column() == SerialColumn) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::TypeWriter);
            return mono;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SerialColumn:
            return r->serial;
        case SubjectColumn:
            return r->subject;
        case TemplateColumn:
            return r->templateName;
        case StatusColumn:
            if (r->revokedAt.isValid())
                return tr("Revoked %1").arg(r->revokedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            break;
        }
        break;
    case IdRole:
        return r->certificateId;
    case StatusRole:
        return r->status;
    }
    return {};
}

QVariant IssuedCertificatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SerialColumn:
        return tr("Serial");
    case SubjectColumn:
        return tr("Subject");
    case TemplateColumn:
        return tr("Template");
    case NotAfterColumn:
        return tr("Not after");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace certdesk::ui
