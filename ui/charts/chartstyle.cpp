#include "charts/chartstyle.h"

#include "inventory/certificatefilter.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>

#include <array>

namespace certdesk::ui {

namespace {

// Two tones of each hue: the first for light backgrounds, the second (lighter) for dark ones.
struct Tone
{
    QRgb light;
    QRgb dark;
};

constexpr std::array<Tone, 10> kCategorical{{
    {0x2f6fd0, 0x5b9bf0}, // blue
    {0x0e9f8f, 0x2cc7b4}, // teal
    {0x7c4dcc, 0xa384f0}, // violet
    {0xd9822b, 0xf0a552}, // amber
    {0xc2417a, 0xe56b9f}, // rose
    {0x4c9a2a, 0x79c653}, // green
    {0x0f8bb5, 0x3ab5dc}, // cyan
    {0x9c6b30, 0xc79a5e}, // brown
    {0x5b6b82, 0x8d9bb0}, // slate
    {0xa8a020, 0xd2ca4a}, // olive
}};

bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor pick(const Tone &tone, const QPalette &palette)
{
    return QColor::fromRgb(isDark(palette) ? tone.dark : tone.light);
}

} // namespace

void ChartStyle::apply(QChart *chart, const QPalette &palette)
{
    // A theme change resets every colour of the chart: only when light and dark swap.
    const QChart::ChartTheme theme = isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setFont(QFont());
    chart->legend()->setBackgroundVisible(false);
    chart->legend()->setBorderColor(Qt::transparent);
    for (QAbstractAxis *axis : chart->axes())
        apply(axis, palette);
}

void ChartStyle::apply(QChartView *view)
{
    apply(view->chart(), view->palette());
    // The card behind the view is the palette's base colour; the view paints the same.
    view->setBackgroundBrush(view->palette().color(QPalette::Base));
}

void ChartStyle::apply(QAbstractAxis *axis, const QPalette &palette, bool grid)
{
    axis->setLabelsColor(muted(palette));
    axis->setLabelsFont(QFont());
    QColor line = palette.color(QPalette::Mid);
    axis->setLinePenColor(line);
    line.setAlpha(isDark(palette) ? 90 : 110);
    axis->setGridLineColor(line);
    axis->setGridLineVisible(grid);
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
    axis->setTitleBrush(muted(palette));
}

QColor ChartStyle::series(int index, const QPalette &palette)
{
    return pick(kCategorical[size_t(index) % kCategorical.size()], palette);
}

QColor ChartStyle::status(const QString &status, const QPalette &palette)
{
    if (status == core::Status::Issued)
        return pick({0x2e9d55, 0x4cc777}, palette);
    if (status == core::Status::Expired)
        return pick({0xd23f3f, 0xf06a6a}, palette);
    if (status == core::Status::NotYetValid)
        return pick({0x5b6b82, 0x8d9bb0}, palette);
    if (status == core::Status::Revoked)
        return pick({0x8e3fb5, 0xb577dd}, palette);
    return muted(palette);
}

QColor ChartStyle::type(const QString &type, const QPalette &palette)
{
    if (type == QLatin1String("IMPORTED"))
        return series(0, palette);
    if (type == QLatin1String("PRIVATE"))
        return series(2, palette);
    if (type == QLatin1String("PUBLIC"))
        return series(1, palette);
    return series(8, palette);
}

QColor ChartStyle::muted(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // Two thirds of the way from the background to the text: quieter than text, still legible.
    return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * 0.68f,
                            base.greenF() + (text.greenF() - base.greenF()) * 0.68f,
                            base.blueF() + (text.blueF() - base.blueF()) * 0.68f);
}

} // namespace certdesk::ui
