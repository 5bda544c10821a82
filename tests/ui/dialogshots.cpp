// Renders the Settings and About dialogs to PNG files, to look at them.
//
//   QT_QPA_PLATFORM=offscreen certdesk-dialog-screenshots [--dark] [--lang de] [OUTPUT_DIR]
//
// Writes OUTPUT_DIR/certdesk-{settings,settings-error,about}[-dark][-LANG].png (OUTPUT_DIR defaults to /tmp).

#include "dialogs/aboutdialog.h"
#include "dialogs/settingsdialog.h"
#include "inventory/paths.h"
#include "uiresources.h"
#include "shotsetup.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
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
    QCommandLineParser parser;
    const test::ShotSetup shots = test::setUpShots(app, parser);
    const QString &dir = shots.dir;
    const QString &suffix = shots.suffix;

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
