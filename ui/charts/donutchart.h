#pragma once

#include <QChartView>
#include <QColor>

QT_BEGIN_NAMESPACE
class QPieSeries;
QT_END_NAMESPACE

namespace certdesk::ui {

// A share breakdown as a donut with its legend at the side and the total in the hole.
// A slice (or its legend entry's slice) clicks through: sliceClicked(key).
class DonutChart : public QChartView
{
    Q_OBJECT

public:
    struct Slice
    {
        QString key;   // what sliceClicked carries (ISSUED, RSA_2048, ...)
        QString label; // what people read
        qint64 count = 0;
        QColor color;
    };

    explicit DonutChart(const QString &accessibleName, QWidget *parent = nullptr);

    void setSlices(const QList<Slice> &slices); // zero counts are left out
    QPieSeries *series() const { return m_series; }

Q_SIGNALS:
    void sliceClicked(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void restyle();

    QPieSeries *m_series = nullptr;
    QList<Slice> m_slices;
    qint64 m_total = 0;
};

} // namespace certdesk::ui
