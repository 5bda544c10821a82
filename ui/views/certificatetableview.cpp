#include "views/certificatetableview.h"

#include "models/certificatetablemodel.h"

#include <QHeaderView>

namespace certdesk::ui {

CertificateTableView::CertificateTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionsMovable(true);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CertificateTableView::onSortIndicatorChanged);
}

void CertificateTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (auto *certificates = qobject_cast<CertificateTableModel *>(model)) {
        const core::SortSpec &sort = certificates->sortSpec();
        int section = CertificateTableModel::NotAfterColumn;
        for (int c = 0; c < CertificateTableModel::ColumnCount; ++c) {
            if (CertificateTableModel::sortColumnName(c) == sort.column) {
                section = c;
                break;
            }
        }
        m_sortSection = section;
        m_sortOrder = sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
    }
    resizeColumnsToDefaults();
}

void CertificateTableView::resizeColumnsToDefaults()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    const QFontMetrics fm(font());
    const QFontMetrics headerFm(header->font());
    // Representative widest content per column; the header text counts too.
    const auto sample = [](int column) -> QString {
        switch (column) {
        case CertificateTableModel::NameColumn:
            return QStringLiteral("selfsigned.example.test.internal");
        case CertificateTableModel::AdditionalNamesColumn:
            return QStringLiteral("999");
        case CertificateTableModel::StatusColumn:
            return QStringLiteral("Not yet valid");
        case CertificateTableModel::TypeColumn:
            return QStringLiteral("Imported");
        case CertificateTableModel::IssuerColumn:
            return QStringLiteral("Example Corp Issuing CA 1");
        case CertificateTableModel::KeyAlgorithmColumn:
            return QStringLiteral("RSA 4096");
        case CertificateTableModel::NotAfterColumn:
            return QStringLiteral("2030-12-31");
        case CertificateTableModel::DaysLeftColumn:
            return QStringLiteral("-99999");
        case CertificateTableModel::PrivateKeyColumn:
            return QStringLiteral("Yes");
        default:
            return QStringLiteral("XXXXXXXX");
        }
    };
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12;
    const int sortArrow = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) + 6;
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    for (int c = 0; c < model()->columnCount(); ++c) {
        const QString title = model()->headerData(c, Qt::Horizontal).toString();
        const int arrow = CertificateTableModel::isSortable(c) ? sortArrow : 0;
        const int width = qMax(fm.horizontalAdvance(sample(c)), headerFm.horizontalAdvance(title) + arrow) + padding;
        header->resizeSection(c, width);
        header->setSectionResizeMode(c, c == CertificateTableModel::NameColumn ? QHeaderView::Stretch
                                                                               : QHeaderView::Interactive);
    }
}

void CertificateTableView::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    if (!isSortingEnabled())
        return;
    if (!CertificateTableModel::isSortable(section)) {
        // SQL cannot sort by this column: put the indicator back where the rows are sorted.
        QHeaderView *header = horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_sortSection, m_sortOrder);
        header->viewport()->update();
        return;
    }
    m_sortSection = section;
    m_sortOrder = order;
}

} // namespace certdesk::ui
