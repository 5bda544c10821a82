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

void IssuedCertificatesModel::setRows(const QList<IssuedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int IssuedCertificatesModel::rowOf(qint64 certificateId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).certificateId == certificateId)
            return r;
    }
    return -1;
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
    case SortRole:
        switch (index.column()) {
        case SerialColumn:
            return r->serial;
        case SubjectColumn:
            return (r->domainName.isEmpty() ? r->subject : r->domainName).toLower();
        case TemplateColumn:
            return Labels::templateName(r->templateName);
        case NotAfterColumn:
            return r->notAfter;
        case StatusColumn:
            return r->status;
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

core::Result<QList<IssuedRow>> IssuedCertificatesModel::read(core::CertificateAuthorities &cas, const core::CaInfo &ca)
{
    QList<IssuedRow> out;
    if (!ca.certificateId)
        return out; // pending: nothing issued yet
    core::Inventory &inventory = cas.inventory();
    auto caCert = inventory.certificate(*ca.certificateId);
    if (!caCert)
        return std::unexpected(caCert.error());
    core::CertificateFilter filter;
    filter.type = QStringLiteral("PRIVATE");
    filter.issuerCommonName = caCert->subject().value(QStringLiteral("CN"));
    if (filter.issuerCommonName.isEmpty())
        filter.issuerCommonName = caCert->subject().value(QStringLiteral("O"));
    core::SortSpec sort;
    sort.column = QStringLiteral("not_after");
    sort.descending = true;
    auto rows = inventory.list(filter, sort);
    if (!rows)
        return std::unexpected(rows.error());
    for (const core::CertificateSummary &s : std::as_const(*rows)) {
        if (s.id == *ca.certificateId)
            continue;
        auto issued = cas.issuedBy(s.id);
        if (!issued || issued->caId != ca.id)
            continue;
        IssuedRow row;
        row.certificateId = s.id;
        row.serial = issued->serial.isEmpty() ? s.serial.toUpper() : issued->serial;
        row.domainName = s.domainName;
        row.subject = s.subject;
        row.templateName = issued->templateName;
        row.notAfter = s.notAfter;
        row.status = s.status;
        if (s.status == core::Status::Revoked) {
            if (auto record = inventory.record(s.id)) {
                row.revokedAt = record->revokedAt;
                row.revocationReason = record->revocationReason;
            }
        }
        out.append(row);
    }
    return out;
}

} // namespace certdesk::ui
