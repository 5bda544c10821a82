#pragma once

#include "inventory/dashboardstats.h"

#include <QChartView>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace certdesk::ui {

// Certificates expiring per week for the next 52 weeks, stacked by type. A bar (or one
// type's part of it) clicks through: weekClicked(week, type).
class ExpiryTimelineChart : public QChartView
{
    Q_OBJECT

public:
    explicit ExpiryTimelineChart(QWidget *parent = nullptr);

    void setStats(const core::DashboardStats &stats);
    QStackedBarSeries *series() const { return m_series; }

Q_SIGNALS:
    void weekClicked(int week, const QString &type);

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    QString weekText(int week) const;

    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_weeks = nullptr;
    QDateTimeAxis *m_dates = nullptr;
    QValueAxis *m_counts = nullptr;
    QLineSeries *m_span = nullptr;
    core::DashboardStats m_stats;
};

} // namespace certdesk::ui
