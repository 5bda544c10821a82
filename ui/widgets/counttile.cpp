#include "widgets/counttile.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace certdesk::ui {

namespace {

constexpr int kMargin = 12;
constexpr int kStripe = 4;
constexpr qreal kRadius = 8;

QColor mix(const QColor &a, const QColor &b, float t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

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
    if (count == m_count && !text().isEmpty())
        return;
    m_count = count;
    const QString number = count < 0 ? QStringLiteral("–") : QLocale().toString(count);
    setText(number);
    setToolTip(tr("%1: %2 — click to list them").arg(m_caption, number));
    setAccessibleDescription(number);
    update();
}

void CountTile::setDetail(const QString &detail)
{
    if (detail == m_detail)
        return;
    m_detail = detail;
    update();
}

void CountTile::setAccent(const QColor &accent)
{
    m_accent = accent;
    update();
}

void CountTile::setMaxCaptionLines(int lines)
{
    lines = qBound(1, lines, 2);
    if (lines == m_maxCaptionLines)
        return;
    m_maxCaptionLines = lines;
    updateGeometry();
    update();
}

QFont CountTile::numberFont(int width) const
{
    QFont f = font();
    f.setBold(true);
    const qreal full = f.pointSizeF() * 2.0;
    f.setPointSizeF(full);
    if (width > 0) {
        // Shrink in steps until the number fits (a six-digit count in a narrow tile).
        for (qreal size = full; size > font().pointSizeF(); size -= 1.0) {
            f.setPointSizeF(size);
            if (QFontMetrics(f).horizontalAdvance(text()) <= width)
                break;
        }
    }
    return f;
}

QStringList CountTile::captionLines(int width) const
{
    const QFontMetrics fm(font());
    if (fm.horizontalAdvance(m_caption) <= width || m_maxCaptionLines == 1)
        return {fm.elidedText(m_caption, Qt::ElideRight, width)};
    // Break at the last space that fits; the rest goes on a second line, elided if need be.
    const QStringList words = m_caption.split(QLatin1Char(' '));
    QString first;
    int used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate = first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (fm.horizontalAdvance(candidate) > width && !first.isEmpty())
            break;
        first = candidate;
    }
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    QStringList lines{fm.elidedText(first, Qt::ElideRight, width)};
    if (!rest.isEmpty())
        lines << fm.elidedText(rest, Qt::ElideRight, width);
    return lines;
}

QSize CountTile::sizeHint() const
{
    const QFontMetrics number(numberFont());
    const QFontMetrics caption(font());
    const int width = qMax(number.horizontalAdvance(text()), caption.horizontalAdvance(m_caption));
    // Room for a two-line caption (or one) and the detail line, so tiles in a row line up.
    return {qMax(140, width + 2 * kMargin + kStripe),
            number.height() + (m_maxCaptionLines + 1) * caption.height() + 2 * kMargin + 2};
}

QSize CountTile::minimumSizeHint() const { return {104, sizeHint().height()}; }

void CountTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);

    QPainterPath shape;
    shape.addRoundedRect(box, kRadius, kRadius);
    QColor fill = pal.color(QPalette::Base);
    const QColor accent = m_accent.isValid() ? m_accent : pal.color(QPalette::Highlight);
    if (isDown())
        fill = mix(fill, accent, 0.16f);
    else if (underMouse())
        fill = mix(fill, accent, 0.08f);
    p.fillPath(shape, fill);

    p.save();
    p.setClipPath(shape);
    p.fillRect(QRectF(box.left(), box.top(), kStripe, box.height()), accent);
    p.restore();

    p.setPen(QPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Midlight), hasFocus() ? 2 : 1));
    p.drawPath(shape);

    const QRect content = rect().adjusted(kMargin + kStripe, kMargin - 4, -kMargin + 2, -kMargin + 4);
    const QFont numberF = numberFont(content.width());
    const QFontMetrics number(numberF);
    const QFontMetrics caption(font());
    const QColor muted = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.68f);
    p.setPen(pal.color(QPalette::Text));
    p.setFont(numberF);
    p.drawText(QRect(content.left(), content.top(), content.width(), QFontMetrics(numberFont()).height()),
               Qt::AlignLeft | Qt::AlignVCenter, text());
    p.setFont(font());
    int y = content.top() + QFontMetrics(numberFont()).height();
    for (const QString &line : captionLines(content.width())) {
        p.drawText(QRect(content.left(), y, content.width(), caption.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += caption.height();
    }
    if (!m_detail.isEmpty()) {
        p.setPen(muted);
        p.drawText(QRect(content.left(), content.bottom() - caption.height() + 1, content.width(), caption.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, caption.elidedText(m_detail, Qt::ElideRight, content.width()));
    }
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
