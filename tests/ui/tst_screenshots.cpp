// The screenshot test: renders the console's main views from the demo inventory into PNGs under
// the build folder (<build>/screenshots) and checks each picture is a real rendering: the size
// of the widget, many colours (not a blank or half-drawn window), light or dark as its palette.
// Look at the files; the best one goes into the README (resources/screenshot.png).

#include "shotsetup.h"
#include "uitestutil.h"

#include "inventory/demoinventory.h"

#include "details/detailspanel.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importsummarydialog.h"
#include "models/certificatetablemodel.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "views/certificatetableview.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;

namespace {

struct Look
{
    int colours = 0;     // distinct colours over a grid of samples
    double lightness = 0; // mean, 0 (black) … 1 (white)
};

Look look(const QImage &image)
{
    Look out;
    QSet<QRgb> colours;
    double sum = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QColor c = image.pixelColor(x, y);
            colours.insert(c.rgb());
            sum += c.lightnessF();
            ++samples;
        }
    }
    out.colours = int(colours.size());
    out.lightness = samples ? sum / samples : 0;
    return out;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::FixedClock m_clock{test::testTime()};
    std::unique_ptr<core::Inventory> m_inv;
    core::DemoInventory m_demo;
    QString m_out;
    QSettings *m_settings = nullptr;

    static void settle(int ms = 200)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }

    // Saves the widget's picture and returns how it looks.
    Look shoot(QWidget *widget, const QString &name)
    {
        settle();
        const QImage image = widget->grab().toImage();
        const QString path = QDir(m_out).filePath(name + QStringLiteral(".png"));
        if (!image.save(path))
            qFatal("cannot write %s", qPrintable(path));
        const QImage back(path);
        if (back.size() != widget->size() * widget->devicePixelRatio())
            qFatal("%s has the wrong size", qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
        return look(back);
    }

    void waitForDashboard(ui::MainWindow &window)
    {
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboardPage()->stats() && !window.dashboardPage()->isRefreshing(), 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::applyShotLook(false);
        QVERIFY(m_dir.isValid());
        m_out = QStringLiteral(CERTDESK_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(m_out));
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        auto demo = core::createDemoInventory(path, m_clock);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        m_demo = *demo;
        m_inv = test::openInventory(path, m_clock, QStringLiteral("tst-screenshots"));
        m_settings = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat, this);
    }

    void dashboardLightAndDark()
    {
        test::applyShotLook(false);
        {
            ui::MainWindow window(*m_inv, m_settings);
            window.resize(1360, 780);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(ui::MainWindow::Page::Dashboard);
            waitForDashboard(window);
            QCOMPARE(window.dashboardPage()->stats()->total, qint64(m_demo.certificates));
            const Look light = shoot(&window, QStringLiteral("dashboard"));
            QVERIFY2(light.colours > 200, qPrintable(QString::number(light.colours)));
            QVERIFY2(light.lightness > 0.7, qPrintable(QString::number(light.lightness)));
        }
        test::applyShotLook(true);
        {
            ui::MainWindow window(*m_inv, m_settings);
            window.resize(1360, 780);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(ui::MainWindow::Page::Dashboard);
            waitForDashboard(window);
            const Look dark = shoot(&window, QStringLiteral("dashboard-dark"));
            QVERIFY2(dark.colours > 200, qPrintable(QString::number(dark.colours)));
            QVERIFY2(dark.lightness < 0.3, qPrintable(QString::number(dark.lightness)));
        }
        test::applyShotLook(false);
    }

    void certificatesWithDetails()
    {
        ui::MainWindow window(*m_inv, m_settings);
        window.resize(1360, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Page::Certificates);
        ui::CertificatesPage *page = window.certificatesPage();
        QTRY_VERIFY(!page->model()->isCounting());
        QCOMPARE(page->model()->totalCount(), qint64(m_demo.certificates));
        QTRY_VERIFY(page->model()->rowCount() > 0); // the view fetched its first page
        // A leaf issued by one of the intermediates, so the panel shows a chain.
        int row = -1;
        for (int r = 0; r < page->model()->rowCount() && row < 0; ++r) {
            const core::CertificateSummary *s = page->model()->summary(r);
            if (s && s->status == core::Status::Issued && s->id != m_demo.rootId
                && !m_demo.intermediateIds.contains(s->id) && s->id != m_demo.brokenChainId)
                row = r;
        }
        QVERIFY(row >= 0);
        page->view()->selectRow(row);
        page->detailsPanel()->show();
        QTRY_COMPARE(page->detailsPanel()->certificateId(), page->model()->summary(row)->id);
        QVERIFY(!page->detailsPanel()->overviewValue(QStringLiteral("Serial number")).isEmpty());
        const Look l = shoot(&window, QStringLiteral("certificates"));
        QVERIFY2(l.colours > 200, qPrintable(QString::number(l.colours)));
    }

    void importSummary()
    {
        // A real import into the demo inventory: every demo certificate again (duplicates), one
        // new one, and a file that holds no certificate.
        core::ImportReport report = test::importFixtures(
            *m_inv, {QStringLiteral("leaf-ec.pem"), QStringLiteral("pubkey-only.pem"), QStringLiteral("root-ca.pem")});
        QCOMPARE(report.failed(), 1);
        ui::ImportSummaryDialog summary(report);
        summary.show();
        QVERIFY(QTest::qWaitForWindowExposed(&summary));
        const Look l = shoot(&summary, QStringLiteral("import-summary"));
        QVERIFY2(l.colours > 30, qPrintable(QString::number(l.colours)));
    }

    void exportDialog()
    {
        QList<ui::ExportItem> items;
        const auto rows = m_inv->list({}, {}, 3);
        QVERIFY(rows && rows->size() == 3);
        for (const auto &r : *rows)
            items.append({r.id, r.domainName, r.hasPrivateKey});
        ui::ExportDialog dialog(items, m_dir.filePath(QStringLiteral("exports")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Look l = shoot(&dialog, QStringLiteral("export-dialog"));
        QVERIFY2(l.colours > 30, qPrintable(QString::number(l.colours)));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
