// The Discovery page on the offscreen platform against real TLS listeners: openssl s_server on
// 127.0.0.1 serving a certificate the inventory does not hold (made by the test), another serving
// www.example.test without its intermediate (a chain problem), beside a closed port. The Scan form's defaults, a scan with its result (the endpoint with its badge, one new
// certificate, Show Them), the problems filter and the dashboard's endpoints tile clicking
// through to it, saved scans (save, run now, the scheduler, remove) and a folder scan whose
// certificate then shows as in use by a file. CERTDESK_SHOT_DIR=DIR renders the page to DIR.

#include "uitestutil.h"

#include "testports.h"

#include "deploy/discovery.h"
#include "dialogs/savedscandialog.h"
#include "models/certificatetablemodel.h"
#include "models/deploylabels.h"
#include "models/endpointsmodel.h"
#include "models/savedscansmodel.h"
#include "notifications/discoveryscheduler.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "pages/discoverypage.h"
#include "theme/theme.h"
#include "views/mainwindow.h"
#include "widgets/counttile.h"
#include "widgets/scanspecfields.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using Column = ui::EndpointsModel::Column;

namespace {

void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("CERTDESK_SHOT_DIR");
    QCoreApplication::processEvents(); // palette and layout changes arrive as posted events
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the screen would show it
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

} // namespace

class TestDiscoveryPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<core::Inventory> m_inv;
    std::unique_ptr<ui::MainWindow> m_window;
    QProcess m_server;
    QProcess m_broken; // sends the leaf without its intermediate
    quint16 m_port = 0;
    quint16 m_brokenPort = 0;
    quint16 m_closed = 0;

    ui::DiscoveryPage *page() const { return m_window->discoveryPage(); }
    QString cell(int row, Column c) const { return page()->endpointsModel()->index(row, c).data().toString(); }

    QString ports() const { return QStringLiteral("%1,%2,%3").arg(m_port).arg(m_brokenPort).arg(m_closed); }

    int rowOfPort(quint16 port) const
    {
        for (int row = 0; row < page()->endpointsModel()->rowCount(); ++row) {
            if (cell(row, Column::EndpointColumn) == QStringLiteral("127.0.0.1:%1").arg(port))
                return row;
        }
        return -1;
    }

    static bool startServer(QProcess &server, quint16 port, const QString &cert, const QString &key)
    {
        server.setProgram(QStringLiteral("openssl"));
        server.setArguments({QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                             QStringLiteral("-cert"), cert, QStringLiteral("-key"), key, QStringLiteral("-quiet"),
                             QStringLiteral("-www")});
        server.setChildProcessModifier(dieWithParent);
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start();
        if (!server.waitForStarted(10000))
            qWarning("openssl s_server does not start (the openssl package is a test dependency)");
        else if (!waitForTcp(port, 10000))
            qWarning("openssl s_server does not listen on %d: %s", port, server.readAll().constData());
        else
            return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A certificate nobody imported, and its key, for the listener.
        const QString cert = m_dir.filePath(QStringLiteral("unknown.pem"));
        const QString key = m_dir.filePath(QStringLiteral("unknown.key"));
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                          QStringLiteral("90"), QStringLiteral("-subj"), QStringLiteral("/CN=unknown.example.test"),
                          QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:unknown.example.test")}),
                 0);
        m_port = freePort();
        m_brokenPort = freePort();
        m_closed = freePort();
        QVERIFY(m_port != 0 && m_closed != 0 && m_brokenPort != 0);
        QVERIFY(m_port != m_closed && m_brokenPort != m_closed && m_port != m_brokenPort);
        QVERIFY(startServer(m_server, m_port, cert, key));
        QVERIFY(startServer(m_broken, m_brokenPort, dataPath(QStringLiteral("leaf-rsa.pem")),
                            dataPath(QStringLiteral("keys/leaf-rsa2048.key"))));

        m_inv = openInventory(m_dir.filePath(QStringLiteral("discovery.db")), m_clock, QStringLiteral("tst-discoverypage"));
        importFixtures(*m_inv, {QStringLiteral("root-ca.pem"), QStringLiteral("intermediate-ca.pem"), QStringLiteral("leaf-rsa.pem")});
        m_window = std::make_unique<ui::MainWindow>(*m_inv);
        m_window->resize(1360, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        page()->setShowErrors(false);
        new QAbstractItemModelTester(page()->endpointsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        new QAbstractItemModelTester(page()->savedScansModel(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        for (QProcess *p : {&m_server, &m_broken}) {
            p->kill();
            p->waitForFinished(5000);
        }
    }

    void formShowsTheDefaults()
    {
        m_window->showPage(ui::MainWindow::Page::Discovery);
        QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Discovery);
        QCOMPARE(page()->scanFields()->portsField()->text(), QStringLiteral("443,8443,636,993,995,465,25,587,143,110,5432"));
        QVERIFY(!page()->scanButton()->isEnabled()); // no target yet
        page()->scanFields()->portsField()->setText(QStringLiteral("443,99999"));
        page()->scanFields()->targetsField()->setText(QStringLiteral("127.0.0.1"));
        QString problem;
        page()->scanFields()->spec(&problem);
        QVERIFY2(problem.contains(QLatin1String("99999")), qPrintable(problem));
        QVERIFY(!page()->scanButton()->isEnabled());
        QCOMPARE(page()->endpointsModel()->rowCount(), 0);
    }

    void scansTheListener()
    {
        page()->scanFields()->targetsField()->setText(QStringLiteral("127.0.0.1"));
        page()->scanFields()->portsField()->setText(ports());
        page()->scanFields()->timeoutField()->setValue(3000);
        QVERIFY(page()->scanButton()->isEnabled());
        QSignalSpy finished(page(), &ui::DiscoveryPage::scanFinished);
        QTest::mouseClick(page()->scanButton(), Qt::LeftButton);
        QVERIFY(page()->isBusy());
        QVERIFY(page()->action(ui::DiscoveryPage::Action::Cancel)->isEnabled());
        QVERIFY(finished.wait(30000));
        QVERIFY(!page()->isBusy());
        // The listeners, not the closed port.
        QCOMPARE(page()->endpointsModel()->rowCount(), 2);
        QCOMPARE(rowOfPort(m_closed), -1);
        const int row = rowOfPort(m_port);
        QVERIFY(row >= 0);
        QCOMPARE(cell(row, Column::CertificateColumn), QStringLiteral("unknown.example.test"));
        QVERIFY(cell(row, Column::TlsColumn).startsWith(QLatin1String("TLSv1")));
        QVERIFY(page()->endpointsModel()->index(row, Column::StateColumn).data(ui::EndpointsModel::BadgeColorRole).canConvert<QColor>());
        QVERIFY(!cell(row, Column::StateColumn).isEmpty());
        // www.example.test without its intermediate: the chain problem shows.
        const int broken = rowOfPort(m_brokenPort);
        QVERIFY(broken >= 0);
        QCOMPARE(cell(broken, Column::CertificateColumn), QStringLiteral("www.example.test"));
        QVERIFY2(cell(broken, Column::ChainColumn).contains(QLatin1String("missing intermediate")), qPrintable(cell(broken, Column::ChainColumn)));
        QVERIFY2(page()->resultLabel()->text().contains(QLatin1String("1 new certificate")), qPrintable(page()->resultLabel()->text()));
        QVERIFY(page()->showNewButton()->isVisible());
        shot(m_window.get(), "discovery-page");

        // Show Them: the Certificates page with a certificate the scan found.
        QTest::mouseClick(page()->showNewButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Certificates);
        ui::CertificatesPage *certs = m_window->certificatesPage();
        QTRY_COMPARE(certs->model()->rowCount(), 1);
        QVERIFY(page()->lastFoundCertificates().contains(certs->model()->index(0, 0).data(ui::CertificateTableModel::IdRole).toLongLong()));
        // Seen serving: in use by an endpoint.
        QCOMPARE(certs->model()->index(0, ui::CertificateTableModel::InUseColumn).data().toString(), QStringLiteral("1 endpoint"));
        certs->showFilter({});
    }

    void problemsFilterAndTheDashboardTile()
    {
        // Serving a certificate the inventory did not hold: a problem, counted on the dashboard.
        m_window->showPage(ui::MainWindow::Page::Dashboard);
        ui::DashboardPage *dashboard = m_window->dashboardPage();
        dashboard->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing(), 20000);
        const qint64 problems = dashboard->endpointProblemsTile()->count();
        m_window->showPage(ui::MainWindow::Page::Discovery);
        page()->setShow(ui::DiscoveryPage::Show::Problems);
        QCOMPARE(page()->endpointsModel()->total(), problems);
        QCOMPARE(problems, qint64(1));
        QVERIFY(rowOfPort(m_brokenPort) >= 0);
        shot(m_window.get(), "discovery-problems");
        page()->setShow(ui::DiscoveryPage::Show::Current);
        m_window->showPage(ui::MainWindow::Page::Dashboard);
        shot(m_window.get(), "dashboard-endpoints");
        QTest::mouseClick(dashboard->endpointProblemsTile(), Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Discovery);
        QCOMPARE(page()->show(), ui::DiscoveryPage::Show::Problems);
        page()->setShow(ui::DiscoveryPage::Show::Current);
    }

    void savedScans()
    {
        core::ScanSpec spec = page()->scanFields()->spec();
        ui::SavedScanDialog dialog(spec, m_window.get());
        QCOMPARE(dialog.fields()->portsField()->text(), ports());
        QCOMPARE(dialog.intervalHours(), 24); // daily by default
        dialog.nameField()->setText(QStringLiteral("loopback"));
        dialog.show();
        shot(&dialog, "saved-scan-dialog");
        dialog.close();

        page()->saveScan(dialog.name(), dialog.spec(), dialog.intervalHours());
        QCOMPARE(page()->savedScansModel()->rowCount(), 1);
        QCOMPARE(page()->savedScansModel()->index(0, ui::SavedScansModel::ScheduleColumn).data().toString(), QStringLiteral("Daily"));
        QCOMPARE(page()->savedScansModel()->index(0, ui::SavedScansModel::LastRunColumn).data().toString(), QStringLiteral("never"));
        QVERIFY(page()->action(ui::DiscoveryPage::Action::RunScan)->isEnabled());
        // A name is unique.
        page()->saveScan(QStringLiteral("loopback"), spec, 24);
        QCOMPARE(page()->savedScansModel()->rowCount(), 1);

        QSignalSpy finished(page(), &ui::DiscoveryPage::scanFinished);
        page()->action(ui::DiscoveryPage::Action::RunScan)->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(page()->savedScansModel()->index(0, ui::SavedScansModel::LastRunColumn).data().toString().contains(QLatin1String("UTC")));
        QVERIFY(!page()->savedScansModel()->index(0, ui::SavedScansModel::SummaryColumn).data().toString().isEmpty());
        QVERIFY(page()->resultLabel()->text().contains(QLatin1String("0 new certificates")));

        // The scheduler runs what is due (nothing, after the run) and says so.
        QSignalSpy round(page()->scheduler(), &ui::DiscoveryScheduler::finished);
        page()->scheduler()->runDue();
        QVERIFY(round.wait(30000));

        const qint64 id = page()->currentSavedScan()->id;
        page()->removeSavedScan(id);
        QCOMPARE(page()->savedScansModel()->rowCount(), 0);
        QCOMPARE(page()->endpointsModel()->rowCount(), 2); // what it found stays
    }

    void scansFolders()
    {
        const QString folder = m_dir.filePath(QStringLiteral("etc-ssl"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("leaf-ec.pem")), QDir(folder).filePath(QStringLiteral("ec.pem"))));
        QSignalSpy finished(page(), &ui::DiscoveryPage::scanFinished);
        page()->scanFolders({folder});
        QVERIFY(finished.wait(30000));
        QVERIFY2(page()->resultLabel()->text().contains(QLatin1String("1 new certificate")), qPrintable(page()->resultLabel()->text()));
        shot(m_window.get(), "discovery-files");
        const qint64 ec = *m_inv->resolve(QStringLiteral("6A:99:25:20:68:3B"));
        ui::CertificatesPage *certs = m_window->certificatesPage();
        QVERIFY(certs->showCertificate(ec));
        QCOMPARE(certs->model()->index(certs->model()->rowOfId(ec), ui::CertificateTableModel::InUseColumn).data().toString(),
                 QStringLiteral("1 file"));
    }

    // Badges and the result line in the dark palette: the badge colours follow it.
    void darkPalette()
    {
        m_window->showPage(ui::MainWindow::Page::Discovery);
        const QColor light = page()->endpointsModel()->index(0, Column::StateColumn).data(ui::EndpointsModel::BadgeColorRole).value<QColor>();
        m_window->setPaletteMode(ui::Theme::Mode::Dark);
        const QColor dark = page()->endpointsModel()->index(0, Column::StateColumn).data(ui::EndpointsModel::BadgeColorRole).value<QColor>();
        QVERIFY(light != dark);
        QVERIFY(dark.lightness() > light.lightness()); // lighter on a dark base
        shot(m_window.get(), "discovery-page-dark");
        m_window->setPaletteMode(ui::Theme::Mode::Light);
    }
};

QTEST_MAIN(TestDiscoveryPage)
#include "tst_discoverypage.moc"
