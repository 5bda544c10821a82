#include "widgets/counttile.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace certdesk::ui {

namespace {

constexpr int kMargin = 14;
constexpr int kStripe = 5;
constexpr qreal kRadius = 6;

} // namespace

CountTile::CountTile(const QString &caption, QColor accent, QWidget *parent)
    : QAbstractButton(parent)
    , m_caption(caption)
    , m_accent(accent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(caption);
    setCount(-1);
}

void CountTile::setCount(qint64 count)
{
    m_count = count;
    const QString number = count < 0 ? QStringLiteral("–") : QLocale().toString(count);
    setText(number);
    setToolTip(tr("%1: %2 — click to list them").arg(m_caption, number));
    update();
}

QFont CountTile::numberFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    return f;
}

QSize CountTile::sizeHint() const
{
    const QFontMetrics number(numberFont());
    const QFontMetrics caption(font());
    const int width = qMax(number.horizontalAdvance(text()), caption.horizontalAdvance(m_caption));
    return {qMax(150, width + 2 * kMargin + kStripe), number.height() + caption.height() + 2 * kMargin + 4};
}

QSize CountTile::minimumSizeHint() const
{
    // Narrow windows elide the caption (the tooltip has it in full).
    return {110, sizeHint().height()};
}

void CountTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);

    QPainterPath shape;
    shape.addRoundedRect(box, kRadius, kRadius);
    QColor fill = pal.color(QPalette::Base);
    if (underMouse() || isDown())
        fill = pal.color(QPalette::AlternateBase);
    p.fillPath(shape, fill);

    const QColor accent = m_accent.isValid() ? m_accent : pal.color(QPalette::Highlight);
    p.save();
    p.setClipPath(shape);
    p.fillRect(QRectF(box.left(), box.top(), kStripe, box.height()), accent);
    p.restore();

    QColor border = pal.color(QPalette::Mid);
    p.setPen(QPen(hasFocus() ? pal.color(QPalette::Highlight) : border, hasFocus() ? 2 : 1));
    p.drawPath(shape);

    const QRect content = rect().adjusted(kMargin + kStripe, kMargin - 2, -kMargin, -kMargin);
    p.setPen(pal.color(QPalette::Text));
    p.setFont(numberFont());
    const QFontMetrics number(numberFont());
    p.drawText(QRect(content.topLeft(), QSize(content.width(), number.height())), Qt::AlignLeft | Qt::AlignVCenter,
               text());
    p.setFont(font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QFontMetrics caption(font());
    p.drawText(QRect(content.left(), content.top() + number.height() + 2, content.width(), caption.height()),
               Qt::AlignLeft | Qt::AlignVCenter, caption.elidedText(m_caption, Qt::ElideRight, content.width()));
}

void CountTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

} // namespace certdesk::ui
