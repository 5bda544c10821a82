#include "widgets/dashboardcard.h"

#include "charts/chartstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

constexpr qreal kRadius = 8;

} // namespace

DashboardCard::DashboardCard(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setAttribute(Qt::WA_StyledBackground, false);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(14, 10, 14, 10);
    m_layout->setSpacing(6);
    auto *heading = new QHBoxLayout;
    heading->setSpacing(8);
    m_title = new QLabel(title, this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_note = new QLabel(this);
    m_note->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_note->hide();
    heading->addWidget(m_title);
    heading->addStretch(1);
    heading->addWidget(m_note);
    m_layout->addLayout(heading);
    setAccessibleName(title);
    updateColors();
}

QString DashboardCard::title() const { return m_title->text(); }

void DashboardCard::setContent(QWidget *content)
{
    content->setParent(this);
    m_layout->addWidget(content, 1);
}

void DashboardCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void DashboardCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColors();
    QFrame::changeEvent(event);
}

void DashboardCard::updateColors()
{
    QPalette p = m_note->palette();
    p.setColor(QPalette::WindowText, ChartStyle::muted(palette()));
    m_note->setPalette(p);
}

void DashboardCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    p.fillPath(shape, palette().color(QPalette::Base));
    p.setPen(QPen(palette().color(QPalette::Midlight), 1));
    p.drawPath(shape);
}

} // namespace certdesk::ui
