// Renders the Settings and About dialogs to PNG files, to look at them.
//
//   QT_QPA_PLATFORM=offscreen certdesk-dialog-screenshots [--dark] [OUTPUT_DIR]
//
// Writes OUTPUT_DIR/certdesk-{settings,settings-error,about}[-dark].png (OUTPUT_DIR defaults to /tmp).

#include "dialogs/aboutdialog.h"
#include "dialogs/settingsdialog.h"
#include "inventory/paths.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

using namespace certdesk;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230);
    for (auto [role, color] : {std::pair{QPalette::Window, window}, {QPalette::WindowText, text}, {QPalette::Base, base},
                               {QPalette::AlternateBase, QColor(38, 38, 41)}, {QPalette::Text, text},
                               {QPalette::Button, window}, {QPalette::ButtonText, text},
                               {QPalette::PlaceholderText, QColor(150, 150, 150)}, {QPalette::Light, QColor(70, 70, 74)},
                               {QPalette::Midlight, QColor(60, 60, 64)}, {QPalette::Mid, QColor(80, 80, 84)},
                               {QPalette::Dark, QColor(25, 25, 27)}, {QPalette::Highlight, QColor(42, 110, 200)},
                               {QPalette::HighlightedText, QColor(Qt::white)}, {QPalette::Link, QColor(100, 160, 240)}})
        p.setColor(role, color);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(127, 127, 127));
    return p;
}

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
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Where to write the PNGs (default /tmp)."));
    parser.process(app);
    const QString dir = parser.positionalArguments().value(0, QStringLiteral("/tmp"));
    const QString suffix = parser.isSet(dark) ? QStringLiteral("-dark") : QString();
    QApplication::setPalette(parser.isSet(dark) ? darkPalette() : QApplication::style()->standardPalette());
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
