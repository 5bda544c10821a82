#include "charts/expirytimelinechart.h"

#include "charts/chartstyle.h"
#include "models/labels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace certdesk::ui {

ExpiryTimelineChart::ExpiryTimelineChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(200);
    setAccessibleName(tr("Certificates expiring per week"));
    setFocusPolicy(Qt::NoFocus); // mouse only: no keyboard use, so no Tab stop
    auto *chart = new QChart;
    setChart(chart);
    m_series = new QStackedBarSeries(chart);
    m_series->setBarWidth(0.72);
    chart->addSeries(m_series);

    // The bars sit on a hidden category axis (one category per week); the visible axis below
    // them is a date axis over the same span, so labels are dates every four weeks.
    m_weeks = new QBarCategoryAxis(chart);
    QStringList weeks;
    for (int w = 0; w < core::DashboardStats::kWeeks; ++w)
        weeks << QString::number(w);
    m_weeks->append(weeks);
    m_weeks->setVisible(false);
    chart->addAxis(m_weeks, Qt::AlignBottom);
    m_series->attachAxis(m_weeks);
    m_dates = new QDateTimeAxis(chart);
    m_dates->setFormat(QStringLiteral("d MMM"));
    m_dates->setTickCount(5); // every 13 weeks: the quarters of the year ahead
    chart->addAxis(m_dates, Qt::AlignBottom);
    m_counts = new QValueAxis(chart);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_counts, Qt::AlignLeft);
    m_series->attachAxis(m_counts);
    // An axis shows only with a series on it: an empty, invisible one carries the dates.
    m_span = new QLineSeries(chart);
    m_span->setPen(Qt::NoPen);
    chart->addSeries(m_span);
    m_span->attachAxis(m_dates);
    m_span->attachAxis(m_counts);
    for (QLegendMarker *marker : chart->legend()->markers(m_span))
        marker->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignTop);
    restyle();
}

void ExpiryTimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QChartView::changeEvent(event);
}

void ExpiryTimelineChart::restyle()
{
    ChartStyle::apply(this);
    ChartStyle::apply(m_dates, palette(), false);
    m_dates->setTickCount(5); // a theme change resets it: every 13 weeks, the quarters ahead
    for (QBarSet *set : m_series->barSets()) {
        const QColor c = ChartStyle::type(set->property("type").toString(), palette());
        set->setColor(c);
        set->setBorderColor(c);
    }
}

QString ExpiryTimelineChart::weekText(int week) const
{
    const QLocale locale;
    const QDate first = m_stats.weekStart(week).date();
    const QDate last = m_stats.weekStart(week + 1).date().addDays(-1);
    return tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")), locale.toString(last, QStringLiteral("d MMM yyyy")));
}

void ExpiryTimelineChart::setStats(const core::DashboardStats &stats)
{
    m_stats = stats;
    // Keep the sets of types already shown (no flicker); add or drop only what changed.
    QHash<QString, QBarSet *> sets;
    for (QBarSet *set : m_series->barSets()) {
        const QString type = set->property("type").toString();
        if (stats.types.contains(type))
            sets.insert(type, set);
        else
            m_series->remove(set);
    }
    qint64 highest = 0;
    for (int w = 0; w < core::DashboardStats::kWeeks; ++w)
        highest = qMax(highest, stats.expiringInWeek(w));
    for (const QString &type : stats.types) {
        QBarSet *set = sets.value(type);
        if (!set) {
            set = new QBarSet(Labels::type(type));
            set->setProperty("type", type);
            const QColor c = ChartStyle::type(type, palette());
            set->setColor(c);
            set->setBorderColor(c);
            connect(set, &QBarSet::clicked, this, [this, type](int week) { Q_EMIT weekClicked(week, type); });
            connect(set, &QBarSet::hovered, this, [this, type](bool on, int week) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                const qint64 n = m_stats.expiringPerWeek[size_t(week)].value(type);
                QToolTip::showText(QCursor::pos(), tr("%1\n%2: %3 of %4 expiring — click to list them")
                                                       .arg(weekText(week), Labels::type(type), QLocale().toString(n),
                                                            QLocale().toString(m_stats.expiringInWeek(week))),
                                   this);
            });
            m_series->append(set);
        }
        QList<qreal> values;
        values.reserve(core::DashboardStats::kWeeks);
        for (int w = 0; w < core::DashboardStats::kWeeks; ++w)
            values << qreal(stats.expiringPerWeek[size_t(w)].value(type));
        if (set->count() == values.size()) {
            for (int w = 0; w < values.size(); ++w) {
                if (set->at(w) != values[w])
                    set->replace(w, values[w]);
            }
        } else {
            set->remove(0, set->count());
            set->append(values);
        }
    }
    // A round top for the count axis, ticks at whole numbers.
    const qint64 top = highest <= 4 ? 4 : qint64(std::ceil(double(highest) * 1.1));
    m_counts->setRange(0, double(top));
    m_counts->setTickCount(5);
    m_counts->applyNiceNumbers();
    m_dates->setRange(stats.weekStart(0), stats.weekStart(core::DashboardStats::kWeeks));
    m_span->replace({QPointF(double(stats.weekStart(0).toMSecsSinceEpoch()), 0),
                     QPointF(double(stats.weekStart(core::DashboardStats::kWeeks).toMSecsSinceEpoch()), 0)});
    chart()->legend()->setVisible(stats.types.size() > 1);
    restyle();
}

} // namespace certdesk::ui
