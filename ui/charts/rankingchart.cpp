#include "charts/rankingchart.h"

#include "charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace certdesk::ui {

namespace {

constexpr int kLabelChars = 30;

} // namespace

RankingChart::RankingChart(const QString &accessibleName, QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(260, 170);
    setAccessibleName(accessibleName);
    setFocusPolicy(Qt::NoFocus); // mouse only: no keyboard use, so no Tab stop
    auto *chart = new QChart;
    setChart(chart);
    m_series = new QHorizontalBarSeries(chart);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_set = new QBarSet(accessibleName);
    m_series->append(m_set);
    chart->addSeries(m_series);
    // The names are drawn by drawForeground in a column of their own: Qt Charts would cut
    // category labels to a few characters.
    m_names = new QBarCategoryAxis(chart);
    m_names->setVisible(false);
    chart->addAxis(m_names, Qt::AlignLeft);
    m_series->attachAxis(m_names);
    m_counts = new QValueAxis(chart);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_counts->setVisible(false);
    chart->addAxis(m_counts, Qt::AlignBottom);
    m_series->attachAxis(m_counts);
    chart->legend()->setVisible(false);
    connect(m_set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_bars.size() && !m_bars[index].key.isEmpty())
            Q_EMIT barClicked(m_bars[index].key);
    });
    connect(m_set, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index < 0 || index >= m_bars.size()) {
            QToolTip::hideText();
            return;
        }
        const Bar &bar = m_bars[index];
        QToolTip::showText(QCursor::pos(),
                           bar.key.isEmpty() ? tr("%1: %2").arg(bar.label, QLocale().toString(bar.count))
                                             : tr("%1: %2 — click to list them").arg(bar.label, QLocale().toString(bar.count)),
                           this);
    });
    restyle();
}

void RankingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QChartView::changeEvent(event);
}

void RankingChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutPlot();
}

void RankingChart::layoutPlot()
{
    const QFontMetrics fm(font());
    int names = 0;
    for (const Bar &bar : std::as_const(m_bars))
        names = qMax(names, fm.horizontalAdvance(bar.label));
    const int column = qBound(60, names + 12, int(width() * 0.45));
    chart()->setPlotArea(QRectF(column, 2, qMax(10, width() - column - 4), qMax(10, height() - 4)));
}

void RankingChart::drawForeground(QPainter *painter, const QRectF &)
{
    const QFontMetrics fm(font());
    const qreal column = chart()->plotArea().left() - 10;
    painter->setFont(font());
    for (int i = 0; i < m_bars.size(); ++i) {
        const qreal y = chart()->mapToPosition(QPointF(0, i), m_series).y();
        const Bar &bar = m_bars[i];
        painter->setPen(bar.key.isEmpty() ? ChartStyle::muted(palette()) : palette().color(QPalette::Text));
        painter->drawText(QRectF(0, y - fm.height(), column, 2 * fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                          fm.elidedText(bar.label, Qt::ElideMiddle, int(column)));
    }
}

void RankingChart::restyle()
{
    ChartStyle::apply(this);
    ChartStyle::apply(m_names, palette(), false);
    m_names->setLinePenColor(Qt::transparent);
    m_set->setColor(ChartStyle::series(1, palette()));
    m_set->setBorderColor(ChartStyle::series(1, palette()));
    m_set->setLabelColor(palette().color(QPalette::Text));
}

void RankingChart::setBars(const QList<Bar> &bars)
{
    m_bars.clear();
    for (auto it = bars.crbegin(); it != bars.crend(); ++it)
        m_bars.append(*it);
    QStringList names;
    QList<qreal> values;
    qint64 highest = 0;
    for (const Bar &bar : std::as_const(m_bars)) {
        QString label = bar.label.left(kLabelChars);
        while (names.contains(label))
            label += QChar(0x200B); // categories must differ; a zero-width space keeps the text
        names << label;
        values << qreal(bar.count);
        highest = qMax(highest, bar.count);
    }
    m_names->clear();
    m_names->append(names);
    m_set->remove(0, m_set->count());
    m_set->append(values);
    // Room at the right for the count written after each bar.
    m_counts->setRange(0, std::max(1.0, double(highest) * 1.18));
    layoutPlot();
    restyle();
    viewport()->update();
}

} // namespace certdesk::ui
