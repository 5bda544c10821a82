#include "charts/donutchart.h"

#include "charts/chartstyle.h"

#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

namespace certdesk::ui {

DonutChart::DonutChart(const QString &accessibleName, QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(220, 170);
    setAccessibleName(accessibleName);
    setFocusPolicy(Qt::NoFocus); // mouse only: no keyboard use, so no Tab stop
    auto *chart = new QChart;
    setChart(chart);
    m_series = new QPieSeries(chart);
    m_series->setHoleSize(0.58);
    m_series->setPieSize(0.92);
    chart->addSeries(m_series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    restyle();
}

void DonutChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QChartView::changeEvent(event);
}

void DonutChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // The legend takes a fixed share at the right; the donut fills the rest.
    chart()->legend()->setMinimumWidth(qMax(130.0, width() * 0.5));
    chart()->legend()->setMaximumWidth(qMax(130.0, width() * 0.5));
}

void DonutChart::restyle()
{
    ChartStyle::apply(this);
    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size() && i < m_slices.size(); ++i)
        slices[i]->setColor(m_slices[i].color);
    for (QPieSlice *slice : slices) {
        slice->setLabelColor(palette().color(QPalette::Text));
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setBorderWidth(2);
    }
}

void DonutChart::setSlices(const QList<Slice> &slices)
{
    m_slices.clear();
    m_total = 0;
    for (const Slice &s : slices) {
        if (s.count > 0) {
            m_slices.append(s);
            m_total += s.count;
        }
    }
    // Update the slices in place when the keys are the same (no flicker), else rebuild.
    QList<QPieSlice *> existing = m_series->slices();
    bool same = existing.size() == m_slices.size();
    for (int i = 0; same && i < existing.size(); ++i)
        same = existing[i]->property("key").toString() == m_slices[i].key;
    if (!same) {
        m_series->clear();
        for (const Slice &s : std::as_const(m_slices)) {
            auto *slice = new QPieSlice;
            slice->setProperty("key", s.key);
            const QString key = s.key;
            connect(slice, &QPieSlice::clicked, this, [this, key] { Q_EMIT sliceClicked(key); });
            connect(slice, &QPieSlice::hovered, this, [this, slice](bool on) {
                slice->setExploded(on);
                slice->setExplodeDistanceFactor(0.04);
                if (on)
                    QToolTip::showText(QCursor::pos(), tr("%1: %2 (%3 %) — click to list them")
                                                           .arg(slice->property("label").toString(),
                                                                QLocale().toString(qint64(slice->value())),
                                                                QLocale().toString(slice->percentage() * 100, 'f', 1)),
                                       this);
                else
                    QToolTip::hideText();
            });
            m_series->append(slice);
        }
        existing = m_series->slices();
    }
    for (int i = 0; i < existing.size(); ++i) {
        const Slice &s = m_slices[i];
        QPieSlice *slice = existing[i];
        slice->setProperty("label", s.label);
        slice->setValue(double(s.count));
        slice->setLabel(QStringLiteral("%1  %2").arg(s.label, QLocale().toString(s.count)));
        slice->setColor(s.color);
    }
    restyle();
    viewport()->update();
}

void DonutChart::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_slices.isEmpty()) {
        painter->setPen(ChartStyle::muted(palette()));
        painter->drawText(chart()->plotArea(), Qt::AlignCenter, tr("Nothing to show"));
        return;
    }
    // The total in the hole of the donut.
    const QRectF plot = chart()->plotArea();
    const qreal size = qMin(plot.width() * m_series->pieSize(), plot.height() * m_series->pieSize());
    const QPointF centre(plot.left() + plot.width() * m_series->horizontalPosition(),
                         plot.top() + plot.height() * m_series->verticalPosition());
    const QRectF hole(centre.x() - size * m_series->holeSize() / 2, centre.y() - size * m_series->holeSize() / 2,
                      size * m_series->holeSize(), size * m_series->holeSize());
    QFont number = font();
    number.setBold(true);
    number.setPointSizeF(number.pointSizeF() * 1.3);
    painter->setFont(number);
    painter->setPen(palette().color(QPalette::Text));
    const QFontMetricsF fm(number);
    painter->drawText(hole.adjusted(0, 0, 0, -fm.height() * 0.45), Qt::AlignCenter, QLocale().toString(m_total));
    QFont caption = font();
    caption.setPointSizeF(caption.pointSizeF() * 0.85);
    painter->setFont(caption);
    painter->setPen(ChartStyle::muted(palette()));
    painter->drawText(hole.adjusted(0, fm.height() * 0.9, 0, 0), Qt::AlignCenter, tr("total"));
}

} // namespace certdesk::ui
