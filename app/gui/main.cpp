// certdesk: the desktop console. Wiring only: arguments, the inventory, the main window.

#include "inventory/clock.h"
#include "inventory/inventory.h"
#include "inventory/paths.h"
#include "uiresources.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace certdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    core::configureApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("certdesk"));
    ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop certificate-management console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "The inventory database (default: %1).")
                                  .arg(QDir::toNativeSeparators(core::defaultInventoryPath())),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Certificates or keys to import on start."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : core::defaultInventoryPath();
    const core::SystemClock clock;
    auto inventory = core::Inventory::open(path, clock);
    if (!inventory) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "certdesk"),
                              QApplication::translate("main", "<p><b>The inventory cannot be opened.</b></p>"
                                                              "<p>%1</p><p>Choose another file with "
                                                              "<code>certdesk --db PATH</code>.</p>")
                                  .arg(inventory.error().message.toHtmlEscaped()));
        return 1;
    }

    QSettings settings(QStringLiteral("certdesk"), QStringLiteral("certdesk"));
    ui::MainWindow window(**inventory, &settings);
    window.show();

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        QTimer::singleShot(0, &window, [&window, files] { window.importPaths(files); });

    return app.exec();
}
