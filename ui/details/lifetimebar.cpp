#include "details/lifetimebar.h"

#include <QPainter>
#include <QPainterPath>

namespace certdesk::ui {

LifetimeBar::LifetimeBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LifetimeBar::setPeriod(const QDateTime &notBefore, const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 total = notBefore.secsTo(notAfter);
    m_fraction = total <= 0 ? 1.0 : std::clamp(qreal(notBefore.secsTo(now)) / qreal(total), 0.0, 1.0);
    setAccessibleDescription(tr("%1% of the validity period has passed").arg(qRound(m_fraction * 100)));
    update();
}

void LifetimeBar::setColor(const QColor &colour)
{
    m_colour = colour;
    update();
}

QSize LifetimeBar::sizeHint() const { return {240, 8}; }

QSize LifetimeBar::minimumSizeHint() const { return {60, 8}; }

void LifetimeBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = track.height() / 2;
    const QPalette &pal = palette();
    const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;
    QColor trackColour = pal.color(QPalette::Mid);
    trackColour.setAlphaF(dark ? 0.55f : 0.35f);
    p.setPen(Qt::NoPen);
    p.setBrush(trackColour);
    p.drawRoundedRect(track, radius, radius);
    if (m_fraction <= 0)
        return;
    QPainterPath clip;
    clip.addRoundedRect(track, radius, radius);
    p.setClipPath(clip);
    p.setBrush(m_colour.isValid() ? m_colour : pal.color(QPalette::Highlight));
    p.drawRect(QRectF(track.left(), track.top(), track.width() * m_fraction, track.height()));
}

} // namespace certdesk::ui
