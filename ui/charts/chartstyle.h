#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QAbstractAxis;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace certdesk::ui {

// Makes Qt Charts follow the widget palette (its built-in themes know only their own light
// and dark looks) and gives the dashboard's series colours that read on both backgrounds.
class ChartStyle
{
public:
    static void apply(QChart *chart, const QPalette &palette);
    static void apply(QChartView *view); // the view's chart and background, from the view's palette
    static void apply(QAbstractAxis *axis, const QPalette &palette, bool grid = true);

    static QColor series(int index, const QPalette &palette); // a categorical colour
    static QColor status(const QString &status, const QPalette &palette);
    static QColor type(const QString &type, const QPalette &palette);
    static QColor muted(const QPalette &palette); // text of secondary importance
};

} // namespace certdesk::ui
