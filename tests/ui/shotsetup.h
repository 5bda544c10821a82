#pragma once

// What the screenshot tools and tst_screenshots share: one look (Fusion, DejaVu Sans 10 pt,
// the product's light or dark palette), so pictures compare from run to run and machine to
// machine, and the tools' common command line: [--dark] [--lang CODE] [OUTPUT_DIR].

#include "i18n/translations.h"
#include "theme/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

namespace certdesk::test {

inline void applyShotLook(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? ui::Theme::darkPalette() : QApplication::style()->standardPalette());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(10);
    QApplication::setFont(font);
}

struct ShotSetup
{
    QString dir;    // where the PNGs go (made if missing)
    QString suffix; // "", "-dark", "-de", "-dark-de" … for the file names
};

// Adds --dark, --lang and the output folder to parser (the caller may have added options of
// its own), processes the command line, installs the translation and applies the look.
inline ShotSetup setUpShots(QApplication &app, QCommandLineParser &parser)
{
    parser.addHelpOption();
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Speak this language (\"de\"; default English)."),
                                  QStringLiteral("code"));
    parser.addOption(dark);
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Where to write the PNGs (default /tmp)."));
    parser.process(app);
    ShotSetup out;
    out.dir = parser.positionalArguments().value(0, QStringLiteral("/tmp"));
    out.suffix = parser.isSet(dark) ? QStringLiteral("-dark") : QString();
    if (parser.isSet(lang)) {
        const QString spoken = ui::Translations::install(&app, parser.value(lang));
        if (spoken != parser.value(lang))
            QTextStream(stderr) << "no translation for " << parser.value(lang) << Qt::endl;
        out.suffix += QLatin1Char('-') + spoken;
    }
    applyShotLook(parser.isSet(dark));
    QDir().mkpath(out.dir);
    return out;
}

} // namespace certdesk::test
