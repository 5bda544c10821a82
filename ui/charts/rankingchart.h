#pragma once

#include <QChartView>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace certdesk::ui {

// The largest groups as horizontal bars, largest at the top, with an "other" bar at the
// bottom for the rest. A bar clicks through: barClicked(key) (not for "other").
class RankingChart : public QChartView
{
    Q_OBJECT

public:
    struct Bar
    {
        QString key;   // empty: the "other" bar
        QString label;
        qint64 count = 0;
    };

    explicit RankingChart(const QString &accessibleName, QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    QHorizontalBarSeries *series() const { return m_series; }

Q_SIGNALS:
    void barClicked(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void restyle();
    void layoutPlot();

    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_names = nullptr;
    QValueAxis *m_counts = nullptr;
    QList<Bar> m_bars; // bottom to top, as the series draws them
};

} // namespace certdesk::ui
