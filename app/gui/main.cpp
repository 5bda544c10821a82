// certdesk: the desktop console. Wiring only: arguments, the inventory, the main window.

#include "inventory/certificatefilter.h"
#include "inventory/clock.h"
#include "inventory/databaselocation.h"
#include "inventory/demoinventory.h"
#include "inventory/inventory.h"
#include "i18n/translations.h"
#include "inventory/paths.h"
#include "notifications/expirycheckscheduler.h"
#include "notifications/trayicon.h"
#include "pages/certificatespage.h"
#include "settings/appsettings.h"
#include "dialogs/teaminventorydialog.h"
#include "uiresources.h"
#include "views/console.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace certdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    core::configureApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("certdesk"));
    ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")));

    QSettings settings(QStringLiteral("certdesk"), QStringLiteral("certdesk"));
    ui::AppSettings appSettings(&settings);
    // The language from Settings (default: the system's), before any text is built. Only the
    // GUI is translated: certdesk-cli stays English, as scripts parse its output.
    ui::Translations::install(&app, appSettings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop certificate-management console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "The inventory database: a file, or a postgresql:// URL "
                                                              "for a team inventory (default: %1).")
                                  .arg(QDir::toNativeSeparators(core::defaultInventoryPath())),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo-inventory"),
        QApplication::translate("main", "Create a sample inventory at path (about sixty certificates; demo keys use "
                                        "the master password \"%1\") and open it.")
            .arg(QString::fromLatin1(core::kDemoMasterPassword)),
        QStringLiteral("path"));
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Certificates or keys to import on start."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    const core::SystemClock clock;
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : appSettings.inventoryPath();
    if (parser.isSet(demoOption)) {
        path = parser.value(demoOption);
        if (!QFileInfo::exists(path)) {
            auto demo = core::createDemoInventory(path, clock);
            if (!demo) {
                fprintf(stderr, "certdesk: %s\n", qPrintable(demo.error().message));
                return 2;
            }
        }
    }
    // The console (inventory and window); File > Open Team Inventory… and Open Recent replace both.
    ui::Console console(clock, &settings);
    for (QString error;;) {
        const auto location = core::DatabaseLocation::parse(path);
        if (!error.isEmpty() && location && location->isPostgres()) {
            // A team inventory that would not open (often: no password yet): ask, as File > Open would.
            ui::TeamInventoryDialog dialog;
            dialog.setLocation(path);
            dialog.showError(error);
            if (dialog.exec() != QDialog::Accepted)
                return 1;
            path = dialog.location();
            if (const auto opened = console.open(path, dialog.password()); opened)
                break;
            else
                error = opened.error().message;
            continue;
        }
        const auto opened = console.open(path);
        if (opened)
            break;
        error = opened.error().message;
        if (location && location->isPostgres())
            continue;
        QMessageBox::critical(nullptr, QApplication::translate("main", "certdesk"),
                              QApplication::translate("main", "<p><b>The inventory cannot be opened.</b></p>"
                                                              "<p>%1</p><p>Choose another file with "
                                                              "<code>certdesk --db PATH</code>.</p>")
                                  .arg(error.toHtmlEscaped()));
        return 1;
    }

    // Expiry notifications: a check at start and daily, on a worker with its own connection to
    // the inventory the console shows.
    std::unique_ptr<ui::ExpiryCheckScheduler> scheduler;
    ui::TrayIcon tray;
    tray.setVisible(true);
    const auto window = [&console] { return console.window(); };
    const auto wire = [&](ui::MainWindow *w) {
        scheduler = std::make_unique<ui::ExpiryCheckScheduler>(console.inventory()->path(), clock);
        scheduler->setThresholds(appSettings.notificationThresholds());
        QObject::connect(scheduler.get(), &ui::ExpiryCheckScheduler::noticesFound, &tray, &ui::TrayIcon::showNotices);
        QObject::connect(scheduler.get(), &ui::ExpiryCheckScheduler::checkFinished, w, [w] { w->refresh(); });
        QObject::connect(&tray, &ui::TrayIcon::checkNowRequested, scheduler.get(), &ui::ExpiryCheckScheduler::checkNow);
        QObject::connect(w, &ui::MainWindow::settingsChanged, scheduler.get(), [&](ui::AppSettings::Changes changes) {
            if (changes.testFlag(ui::AppSettings::Change::Thresholds))
                scheduler->setThresholds(appSettings.notificationThresholds());
            if (changes.testFlag(ui::AppSettings::Change::Notifications)) {
                if (appSettings.notificationsEnabled())
                    scheduler->start();
                else
                    scheduler->stop();
            }
        });
        if (appSettings.notificationsEnabled())
            scheduler->start();
    };
    wire(console.window());
    QObject::connect(&console, &ui::Console::windowChanged, &console, wire);
    QObject::connect(&tray, &ui::TrayIcon::showRequested, &console, [window] {
        window()->showNormal();
        window()->raise();
        window()->activateWindow();
    });
    QObject::connect(&tray, &ui::TrayIcon::quitRequested, &console, [window] { window()->close(); });
    QObject::connect(&tray, &ui::TrayIcon::showExpiringRequested, &console, [window](int days) {
        window()->showNormal();
        window()->raise();
        window()->showPage(ui::MainWindow::Page::Certificates);
        core::CertificateFilter filter;
        filter.status = QStringLiteral("ISSUED");
        filter.expiresWithinDays = days;
        window()->certificatesPage()->showFilter(filter);
    });
    QObject::connect(&tray, &ui::TrayIcon::notificationUnavailable, &console, [window](const QString &title, const QString &message) {
        window()->statusBar()->showMessage(title + QStringLiteral(": ") + message, 30000);
    });

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        QTimer::singleShot(0, console.window(), [window, files] { window()->importPaths(files); });

    return app.exec();
}
