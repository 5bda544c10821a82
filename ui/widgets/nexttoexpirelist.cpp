#include "widgets/nexttoexpirelist.h"

#include "charts/chartstyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QStyledItemDelegate>

namespace certdesk::ui {

namespace {

// Rows with air between them: ten of them fill the card rather than huddle at its top.
class RoomyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 4);
    }
};

} // namespace

NextToExpireList::NextToExpireList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Next to expire"));
    setColumnCount(4);
    setHeaderLabels({tr("Name"), tr("Issuer"), tr("Expires"), tr("Left")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setItemDelegate(new RoomyDelegate(this));
    setCursor(Qt::PointingHandCursor);
    setTextElideMode(Qt::ElideRight);
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setSectionsClickable(false);
    h->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(IssuerColumn, QHeaderView::Fixed); // a third of the width, see resizeEvent
    h->setSectionResizeMode(ExpiresColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(DaysLeftColumn, QHeaderView::ResizeToContents);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const auto emitRow = [this](QTreeWidgetItem *item) {
        const int row = indexOfTopLevelItem(item);
        if (row >= 0 && row < m_certificates.size())
            Q_EMIT certificateClicked(m_certificates[row]);
    };
    connect(this, &QTreeWidget::itemClicked, this, emitRow);
    connect(this, &QTreeWidget::itemActivated, this, emitRow);
}

void NextToExpireList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        fill();
    QTreeWidget::changeEvent(event);
}

void NextToExpireList::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    header()->resizeSection(IssuerColumn, viewport()->width() * 3 / 10);
}

void NextToExpireList::setCertificates(const QList<core::CertificateSummary> &certificates, const QDateTime &now)
{
    m_certificates = certificates;
    m_now = now;
    fill();
}

void NextToExpireList::fill()
{
    const QLocale locale;
    const QPalette &pal = palette();
    QList<QTreeWidgetItem *> items;
    for (const core::CertificateSummary &c : std::as_const(m_certificates)) {
        const qint64 seconds = m_now.secsTo(c.notAfter);
        const qint64 days = seconds / 86400;
        QString left;
        if (seconds < 86400)
            left = tr("< 1 day");
        else
            left = days == 1 ? tr("1 day") : tr("%Ln days", nullptr, int(days));
        auto *item = new QTreeWidgetItem({c.domainName, c.issuerCommonName,
                                          locale.toString(c.notAfter.toUTC().date(), QLocale::ShortFormat), left});
        item->setToolTip(NameColumn, tr("%1\nExpires %2 UTC — click to show it")
                                         .arg(c.subject, locale.toString(c.notAfter.toUTC(), QLocale::LongFormat)));
        item->setToolTip(IssuerColumn, c.issuer);
        QColor urgency = days < 7 ? ChartStyle::status(core::Status::Expired, pal)
                       : days < 30 ? ChartStyle::series(3, pal)
                                   : ChartStyle::muted(pal);
        item->setForeground(DaysLeftColumn, urgency);
        QFont bold = font();
        bold.setBold(days < 30);
        item->setFont(DaysLeftColumn, bold);
        item->setTextAlignment(DaysLeftColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(IssuerColumn, ChartStyle::muted(pal));
        items << item;
    }
    setUpdatesEnabled(false);
    clear();
    addTopLevelItems(items);
    setUpdatesEnabled(true);
}

} // namespace certdesk::ui
