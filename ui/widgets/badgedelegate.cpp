#include "widgets/badgedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace certdesk::ui {

namespace {

constexpr int kPadX = 8;
constexpr int kPadY = 2;

bool isDark(const QPalette &p) { return p.color(QPalette::Base).lightness() < 128; }

} // namespace

BadgeDelegate::BadgeDelegate(int colorRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_colorRole(colorRole)
{
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant colorData = index.data(m_colorRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!colorData.canConvert<QColor>() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection as usual, the text as a badge
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor colour = colorData.value<QColor>();
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(font);
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    const int height = qMin(cell.height() - 4, fm.height() + 2 * kPadY);
    const int width = qMin(cell.width(), fm.horizontalAdvance(text) + 2 * kPadX + 4);
    const QRect pill(cell.left(), cell.top() + (cell.height() - height) / 2, width, height);
    const bool dark = isDark(option.palette);
    const bool selected = option.state.testFlag(QStyle::State_Selected);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = colour;
    fill.setAlphaF(dark ? 0.26f : 0.14f);
    QColor textColour = colour;
    if (selected) {
        fill = option.palette.color(QPalette::Base);
        textColour = dark ? colour.lighter(115) : colour.darker(110);
    }
    QColor border = colour;
    border.setAlphaF(0.55f);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    const qreal radius = height / 2.0;
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setFont(font);
    painter->setPen(textColour);
    const QRect textRect = pill.adjusted(kPadX, 0, -kPadX, 0);
    painter->drawText(textRect, Qt::AlignCenter,
                      fm.horizontalAdvance(text) <= textRect.width() + 4 ? text
                                                                          : fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_colorRole).canConvert<QColor>()) {
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        size.setWidth(QFontMetrics(font).horizontalAdvance(index.data().toString()) + 2 * kPadX + 12);
    }
    return size;
}

} // namespace certdesk::ui
