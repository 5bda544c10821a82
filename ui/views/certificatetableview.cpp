#include "views/certificatetableview.h"

#include "models/certificatetablemodel.h"

#include <QDataStream>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace certdesk::ui {

namespace {

// Header state layout version: bump when the columns change meaning.
constexpr int kStateVersion = 3;

} // namespace

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
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAccessibleName(tr("Certificates"));
    // Rows are selected whole: Tab leaves the table for the next control instead of walking its cells.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CertificateTableView::onSortIndicatorChanged);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
    });
}

void CertificateTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (auto *certificates = qobject_cast<CertificateTableModel *>(model)) {
        const core::SortSpec &sort = certificates->sortSpec();
        m_sortSection = CertificateTableModel::columnForSortName(sort.column);
        m_sortOrder = sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
        horizontalHeader()->setSectionHidden(CertificateTableModel::RenewalEligibilityColumn, true);
    }
    resizeColumnsToDefaults();
}

void CertificateTableView::showDefaultColumns()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < model()->columnCount(); ++c) {
        header->setSectionHidden(c, false);
        header->moveSection(header->visualIndex(c), c);
    }
    // In the column chooser for those who want it.
    header->setSectionHidden(CertificateTableModel::RenewalEligibilityColumn, true);
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
            return QStringLiteral("12 · www.example.com, api.exa");
        case CertificateTableModel::StatusColumn:
            return QStringLiteral("MM Not yet valid");
        case CertificateTableModel::TypeColumn:
            return QStringLiteral("Imported");
        case CertificateTableModel::IssuerColumn:
            return QStringLiteral("Example Issuing CA 1");
        case CertificateTableModel::KeyAlgorithmColumn:
            return QStringLiteral("RSA 4096");
        case CertificateTableModel::NotAfterColumn:
            return QStringLiteral("2030-12-31");
        case CertificateTableModel::DaysLeftColumn:
            return QStringLiteral("-99999");
        case CertificateTableModel::RenewalColumn:
            return QStringLiteral("from 2026-12-31"); // longer states elide (the tooltip has them)
        case CertificateTableModel::RenewalEligibilityColumn:
            return QStringLiteral("Ineligible");
        case CertificateTableModel::TagsColumn:
            return QStringLiteral("env=prod, team=web");
        case CertificateTableModel::PrivateKeyColumn:
            return QStringLiteral("Yes");
        case CertificateTableModel::InUseColumn:
            return QStringLiteral("1 deployment · 1 endpoint");
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
        // The names column takes what is left: it elides best (the details panel lists every name).
        header->setSectionResizeMode(c, c == CertificateTableModel::AdditionalNamesColumn ? QHeaderView::Stretch
                                                                                         : QHeaderView::Interactive);
    }
}

QByteArray CertificateTableView::saveState() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << qint32(kStateVersion) << horizontalHeader()->saveState();
    return out;
}

bool CertificateTableView::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    qint32 version = 0;
    QByteArray header;
    stream >> version >> header;
    if (stream.status() != QDataStream::Ok || version != kStateVersion)
        return false;
    if (!horizontalHeader()->restoreState(header))
        return false;
    // Sorting is the model's (SQL): show its order, not the one saved with the header.
    if (auto *certificates = qobject_cast<CertificateTableModel *>(model())) {
        const QSignalBlocker blocker(horizontalHeader());
        m_sortSection = CertificateTableModel::columnForSortName(certificates->sortSpec().column);
        m_sortOrder = certificates->sortSpec().descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
    }
    horizontalHeader()->setSectionHidden(CertificateTableModel::NameColumn, false);
    return true;
}

QMenu *CertificateTableView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    if (!model())
        return menu;
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != CertificateTableModel::NameColumn); // the row needs a name
        connect(action, &QAction::toggled, this, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Reset columns")), &QAction::triggered, this, [this] {
        showDefaultColumns();
        resizeColumnsToDefaults();
    });
    return menu;
}

void CertificateTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Delete) {
        Q_EMIT deleteRequested();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT detailsRequested(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
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
