// Renders the Settings and About dialogs to PNG files, to look at them.
//
//   QT_QPA_PLATFORM=offscreen certdesk-dialog-screenshots [--dark] [--lang de] [OUTPUT_DIR]
//
// Writes OUTPUT_DIR/certdesk-{settings,settings-error,about}[-dark][-LANG].png (OUTPUT_DIR defaults to /tmp).

#include "dialogs/aboutdialog.h"
#include "dialogs/settingsdialog.h"
#include "i18n/translations.h"
#include "inventory/paths.h"
#include "uiresources.h"
#include "theme/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

using namespace certdesk;

namespace {

bool save(QWidget *widget, const QString &path)
{
    widget->show();
    widget->adjustSize();
    QCoreApplication::processEvents();
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    core::configureApplicationIdentity();
    ui::initResources();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    parser.addOption(dark);
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Speak this language (\"de\"; default English)."),
                                  QStringLiteral("code"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Where to write the PNGs (default /tmp)."));
    parser.process(app);
    const QString dir = parser.positionalArguments().value(0, QStringLiteral("/tmp"));
    QString suffix = parser.isSet(dark) ? QStringLiteral("-dark") : QString();
    if (parser.isSet(lang)) {
        const QString spoken = ui::Translations::install(&app, parser.value(lang));
        if (spoken != parser.value(lang))
            QTextStream(stderr) << "no translation for " << parser.value(lang) << Qt::endl;
        suffix += QLatin1Char('-') + spoken;
    }
    QApplication::setPalette(parser.isSet(dark) ? ui::Theme::darkPalette() : QApplication::style()->standardPalette());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(10);
    QApplication::setFont(font);
    QDir().mkpath(dir);

    const QString inventory = QStringLiteral("/home/admin/.local/share/certdesk/inventory.db");
    bool ok = true;
    {
        ui::SettingsValues values = ui::AppSettings::defaults();
        values.inventoryPath = inventory;
        ui::SettingsDialog settings(values);
        ok &= save(&settings, QStringLiteral("%1/certdesk-settings%2.png").arg(dir, suffix));
        settings.thresholdsEdit()->setText(QStringLiteral("45, 30, 0, 7"));
        settings.inventoryPathEdit()->setText(QStringLiteral("/srv/pki/team-inventory.db"));
        ok &= save(&settings, QStringLiteral("%1/certdesk-settings-error%2.png").arg(dir, suffix));
    }
    {
        ui::AboutDialog about(inventory);
        ok &= save(&about, QStringLiteral("%1/certdesk-about%2.png").arg(dir, suffix));
    }
    return ok ? 0 : 1;
}
