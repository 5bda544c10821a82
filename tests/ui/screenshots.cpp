// Renders the main window's pages to PNG files, to look at them (and for the README).
//
//   QT_QPA_PLATFORM=offscreen certdesk-screenshots [--dark] [--sample-only] [--lang de] [OUTPUT_DIR]
//
// Writes OUTPUT_DIR/certdesk-{dashboard,certificates,activity,certificates-search,certificates-narrow,
// import-summary}[-dark][-LANG].png (-LANG only with --lang)
// (OUTPUT_DIR defaults to /tmp). The inventory is temporary: the test fixtures
// plus generated sample certificates, at the fixtures' fixed time.

#include "sampledata.h"
#include "uitestutil.h"
#include "shotsetup.h"

#include "dialogs/importsummarydialog.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "views/certificatetableview.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPalette>
#include <QTemporaryDir>
#include <QTextStream>

using namespace certdesk;

namespace {

void settle(int ms = 150)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sampleOnly(QStringLiteral("sample-only"),
                                        QStringLiteral("Leave out the test fixtures (example.test)."));
    parser.addOption(sampleOnly);
    const test::ShotSetup shots = test::setUpShots(app, parser);
    const QString &dir = shots.dir;
    const QString &suffix = shots.suffix;

    QTemporaryDir temp;
    const core::FixedClock clock(test::testTime());
    auto inventory = test::openInventory(temp.filePath(QStringLiteral("inventory.db")), clock,
                                         QStringLiteral("screenshots"));
    core::ImportReport report;
    if (!parser.isSet(sampleOnly))
        report = test::importFixtures(*inventory, test::certificateFixtures()
                                                      + QStringList{QStringLiteral("intermediate.crl"),
                                                                    QStringLiteral("leaf-rsa.p12"),
                                                                    QStringLiteral("pubkey-only.pem")});
    core::ImportOptions options;
    options.masterPassword = [](core::MasterPasswordPurpose) { return std::optional<QByteArray>("master"); };
    const core::ImportReport sample =
        core::ImportJob(*inventory, options).importData(test::sampleCertificates(clock.now()));
    for (const core::Error &e : sample.failures)
        QTextStream(stderr) << "sample data: " << e.message << Qt::endl;

    ui::MainWindow window(*inventory);
    window.resize(1360, 780);
    window.show();
    bool ok = true;
    const struct
    {
        ui::MainWindow::Page page;
        QString name;
    } pages[] = {
        {ui::MainWindow::Page::Dashboard, QStringLiteral("dashboard")},
        {ui::MainWindow::Page::Certificates, QStringLiteral("certificates")},
        {ui::MainWindow::Page::Activity, QStringLiteral("activity")},
    };
    // The dashboard counts on a worker thread: wait for its numbers.
    for (QElapsedTimer wait; !wait.isValid() || wait.elapsed() < 30000;) {
        if (!wait.isValid())
            wait.start();
        if (window.dashboardPage()->stats() && !window.dashboardPage()->isRefreshing())
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    for (const auto &p : pages) {
        window.showPage(p.page);
        if (p.page == ui::MainWindow::Page::Certificates) {
            // A certificate with a chain, so the details panel has something to show.
            window.certificatesPage()->view()->selectRow(4);
            for (QElapsedTimer settle; !settle.isValid() || settle.elapsed() < 500;) {
                if (!settle.isValid())
                    settle.start();
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            }
        }
        ok &= save(&window, QStringLiteral("%1/certdesk-%2%3.png").arg(dir, p.name, suffix));
    }

    window.showPage(ui::MainWindow::Page::Certificates);
    core::CertificateFilter expiring;
    expiring.search = QStringLiteral("example.com");
    window.certificatesPage()->showFilter(expiring);
    ok &= save(&window, QStringLiteral("%1/certdesk-certificates-search%2.png").arg(dir, suffix));

    window.certificatesPage()->showFilter({});
    window.resize(820, 600);
    ok &= save(&window, QStringLiteral("%1/certdesk-certificates-narrow%2.png").arg(dir, suffix));

    if (!parser.isSet(sampleOnly)) {
        ui::ImportSummaryDialog summary(report, &window);
        summary.show();
        ok &= save(&summary, QStringLiteral("%1/certdesk-import-summary%2.png").arg(dir, suffix));
    }
    return ok ? 0 : 1;
}
