// The team inventory in the console (issue 8): the "Open Team Inventory" dialog builds the URL
// (never with the password) and tests the connection against a real PostgreSQL on a worker
// thread; InventoryWatcher hears another client's change within a second, on PostgreSQL
// (LISTEN/NOTIFY) and on SQLite (PRAGMA data_version); the console switches to the team
// inventory, shows "user · Role" in its status bar, refreshes its pages when another client
// imports, keeps recent inventories without passwords and goes back to the local one.
// CERTDESK_SHOT_DIR=DIR renders the dialog and the main window to DIR.

#include "uitestutil.h"
#include "testinventory.h"

#include "dialogs/teaminventorydialog.h"
#include "inventory/databaselocation.h"
#include "inventory/inventorywatcher.h"
#include "inventory/paths.h"
#include "models/certificatetablemodel.h"
#include "pages/certificatespage.h"
#include "settings/appsettings.h"
#include "views/console.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTimer>
#include <QApplication>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("CERTDESK_SHOT_DIR");
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

// Fills the dialog's fields from a URL by typing, as a person would.
void fill(ui::TeamInventoryDialog &d, const QString &url)
{
    const auto loc = core::DatabaseLocation::parse(url);
    QVERIFY(loc);
    QTest::keyClicks(d.hostEdit(), loc->host);
    d.portSpin()->setValue(loc->port);
    QTest::keyClicks(d.databaseEdit(), loc->database);
    QTest::keyClicks(d.userEdit(), loc->user);
}

} // namespace

class TestTeamInventory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::FixedClock m_clock{QDateTime::currentDateTimeUtc()};

private Q_SLOTS:
    void initTestCase()
    {
        core::configureApplicationIdentity();
        qRegisterMetaType<ui::MainWindow *>();
    }

    void dialogBuildsUrlWithoutPassword()
    {
        ui::TeamInventoryDialog d;
        QVERIFY(d.location().isEmpty());
        QVERIFY(!d.openButton()->isEnabled());
        QVERIFY(!d.testButton()->isEnabled());
        QCOMPARE(d.portSpin()->value(), 5432);
        QCOMPARE(d.passwordEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(d.sslModeCombo()->currentData().toString(), QStringLiteral("prefer"));

        QTest::keyClicks(d.hostEdit(), QStringLiteral("db.example.com"));
        d.portSpin()->setValue(6432);
        QTest::keyClicks(d.databaseEdit(), QStringLiteral("pki"));
        QTest::keyClicks(d.userEdit(), QStringLiteral("alice"));
        QTest::keyClicks(d.passwordEdit(), QStringLiteral("s3cret:/@"));
        d.sslModeCombo()->setCurrentIndex(d.sslModeCombo()->findData(QStringLiteral("verify-full")));
        QTest::keyClicks(d.caCertificateEdit(), QStringLiteral("/etc/pki/team-ca.pem"));
        const QString expected =
            QStringLiteral("postgresql://alice@db.example.com:6432/pki?sslmode=verify-full&sslrootcert=/etc/pki/team-ca.pem");
        QCOMPARE(d.location(), expected);
        QCOMPARE(d.urlLabel()->text(), expected);
        QCOMPARE(d.password(), QStringLiteral("s3cret:/@"));
        QVERIFY(!d.urlLabel()->text().contains(QStringLiteral("s3cret")));
        QVERIFY(d.openButton()->isEnabled());
        QVERIFY(d.testButton()->isEnabled());

        // The URL parses back into the same fields (Open Recent fills the dialog this way).
        ui::TeamInventoryDialog again;
        QVERIFY(again.setLocation(expected));
        QCOMPARE(again.location(), expected);
        QCOMPARE(again.sslModeCombo()->currentData().toString(), QStringLiteral("verify-full"));
        QVERIFY(!again.setLocation(m_dir.filePath(QStringLiteral("local.db"))));
        shot(&d, "teaminventory-dialog-filled");
    }

    void testConnectionSucceeds()
    {
        const QString url = TestPostgres::instance().freshDatabase();
        ui::TeamInventoryDialog d;
        fill(d, url);
        d.sslModeCombo()->setCurrentIndex(d.sslModeCombo()->findData(QStringLiteral("disable")));
        QCOMPARE(d.location(), url + QStringLiteral("?sslmode=disable"));
        QSignalSpy finished(&d, &ui::TeamInventoryDialog::testFinished);
        QTest::mouseClick(d.testButton(), Qt::LeftButton);
        QVERIFY(d.isTesting());
        QVERIFY(!d.testButton()->isEnabled()); // the GUI thread goes on; the worker connects
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(d.testResult(),
                 QStringLiteral("Connected as certdesk_test, Administrator, schema %1").arg(core::Database::kSchemaVersion));
        QVERIFY(d.testButton()->isEnabled());
        QVERIFY(!QSqlDatabase::connectionNames().join(QLatin1Char(' ')).contains(QStringLiteral("test-connection")));
        shot(&d, "teaminventory-dialog-connected");
    }

    void testConnectionShowsTheCoresError()
    {
        const QString url = TestPostgres::instance().url(QStringLiteral("no_such_inventory"));
        ui::TeamInventoryDialog d;
        fill(d, url);
        QSignalSpy finished(&d, &ui::TeamInventoryDialog::testFinished);
        d.testConnection();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const auto direct = core::Database::open(d.location(), QStringLiteral("direct"));
        QVERIFY(!direct);
        QCOMPARE(d.testResult(), direct.error().message);
        QVERIFY(d.testResult().contains(QStringLiteral("no_such_inventory")));
        shot(&d, "teaminventory-dialog-error");
    }

    void watcherHearsAnotherClient_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void watcherHearsAnotherClient()
    {
        QFETCH(bool, postgres);
        const QString location = postgres ? TestPostgres::instance().freshDatabase()
                                          : m_dir.filePath(QStringLiteral("watched.db"));
        const QString tag = QLatin1String(QTest::currentDataTag());
        auto writer = openInventory(location, m_clock, QStringLiteral("writer-") + tag);
        auto reader = openInventory(location, m_clock, QStringLiteral("reader-") + tag);
        core::InventoryWatcher watcher(reader->database());
        QVERIFY(watcher.isWatching());
        QSignalSpy changed(&watcher, &core::InventoryWatcher::changed);

        QVERIFY(writer->logEvent(QStringLiteral("note"), std::nullopt, QStringLiteral("watched"), QStringLiteral("one")));
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 1000);
        qInfo("%s: heard after %lld ms", qPrintable(tag), timer.elapsed());
        if (postgres)
            QCOMPARE(changed.first().first().toStringList(), QStringList{QStringLiteral("events")});
        else
            QCOMPARE(changed.first().first().toStringList(), QStringList());

        // A burst comes as one signal naming every table it touched.
        changed.clear();
        const core::ImportReport report = importFixtures(*writer, {QStringLiteral("leaf-ec.pem")});
        QCOMPARE(report.imported, 1);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 1000);
        if (postgres)
            QVERIFY(changed.first().first().toStringList().contains(QStringLiteral("certificates")));
    }

    void consoleSwitchesToTheTeamInventory()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        const QString local = m_dir.filePath(QStringLiteral("local.db"));
        ui::AppSettings(&settings).setInventoryPath(local);
        ui::Console console(m_clock, &settings);
        QVERIFY(console.open(local));
        ui::MainWindow *first = console.window();
        QCOMPARE(first->inventoryLabel()->text(), QDir::toNativeSeparators(local));
        QVERIFY(!first->userLabel());

        // Open: the password is remembered in memory only; the window is replaced.
        const QString team = TestPostgres::instance().freshDatabase();
        QSignalSpy windowChanged(&console, &ui::Console::windowChanged);
        QVERIFY(console.open(team, QStringLiteral("unused-with-trust")));
        QCOMPARE(windowChanged.count(), 1);
        ui::MainWindow *window = console.window();
        QVERIFY(window != first);
        QCOMPARE(window->inventoryLabel()->text(), team);
        QVERIFY(window->userLabel());
        QCOMPARE(window->userLabel()->text(), QStringLiteral("certdesk_test · Administrator"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("127.0.0.1")));
        const QStringList recent = ui::AppSettings(&settings).recentInventories();
        QCOMPARE(recent.value(0), team);
        QCOMPARE(recent.value(1), local);
        QVERIFY(!settings.allKeys().isEmpty());
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("unused-with-trust")), qPrintable(key));

        // Another console imports: this one's pages show it within a second or so.
        window->showPage(ui::MainWindow::Page::Certificates);
        QCOMPARE(window->certificatesPage()->model()->totalCount(), 0);
        auto other = openInventory(team, m_clock, QStringLiteral("other-console"));
        QCOMPARE(importFixtures(*other, {QStringLiteral("leaf-rsa.pem"), QStringLiteral("leaf-ec.pem")}).imported, 2);
        QTRY_COMPARE_WITH_TIMEOUT(window->certificatesPage()->model()->totalCount(), 2, 1500);
        window->resize(1180, 640);
        shot(window, "teaminventory-mainwindow");

        // Open Recent: the local inventory is always there.
        window->recentMenu()->aboutToShow();
        const QList<QAction *> entries = window->recentMenu()->actions();
        QVERIFY(!entries.isEmpty());
        QVERIFY(entries.first()->text().contains(QDir::toNativeSeparators(local)));
        entries.first()->trigger();
        QTRY_VERIFY(console.window() != window);
        QCOMPARE(console.window()->inventoryLabel()->text(), QDir::toNativeSeparators(local));
        QVERIFY(!console.window()->userLabel());
    }

    // A server that accepts the connection and never answers: the console goes on painting and
    // handling events while libpq waits out connect_timeout on a worker, then says why it could
    // not open, and the inventory it showed stays.
    void anUnresponsiveServerDoesNotFreezeTheConsole()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost)); // accepts (the kernel does), never speaks
        QSettings settings(m_dir.filePath(QStringLiteral("console-silent.ini")), QSettings::IniFormat);
        const QString local = m_dir.filePath(QStringLiteral("local-silent.db"));
        ui::Console console(m_clock, &settings);
        QVERIFY(console.open(local));
        ui::MainWindow *first = console.window();

        QString shownError;
        QTimer dismiss;
        connect(&dismiss, &QTimer::timeout, this, [&] {
            if (auto *d = qobject_cast<ui::TeamInventoryDialog *>(QApplication::activeModalWidget())) {
                shownError = d->testResult();
                d->reject();
            }
        });
        dismiss.start(20);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);

        QSignalSpy finished(&console, &ui::Console::backgroundOpenFinished);
        const QString url = QStringLiteral("postgresql://nobody@127.0.0.1:%1/team?connect_timeout=2").arg(silent.serverPort());
        QElapsedTimer t;
        t.start();
        console.openInBackground(url, QStringLiteral("secret"));
        QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(console.isOpening());
        QVERIFY(first->statusBar()->currentMessage().contains(QStringLiteral("127.0.0.1")));
        first->resize(1180, 640);
        shot(first, "teaminventory-opening");
        console.openInBackground(url); // a second request while one runs is ignored
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const qint64 waited = t.elapsed();
        QVERIFY2(waited >= 1500, qPrintable(QString::number(waited))); // libpq waited for the server
        // The event loop ran all along: about one tick per 50 ms of the wait.
        QVERIFY2(ticks >= waited / 50 / 2, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(waited)));
        const QString error = finished.first().at(1).toString();
        QVERIFY(!error.isEmpty());
        QTRY_VERIFY(!shownError.isEmpty()); // the Open Team Inventory dialog came back with the reason
        QCOMPARE(shownError, error);
        QVERIFY(!console.isOpening());
        QCOMPARE(console.window(), first);
        QVERIFY(first->statusBar()->currentMessage().isEmpty());
        qInfo("gave up after %lld ms (%d ticks meanwhile): %s", waited, ticks, qPrintable(error));
    }
};

QTEST_MAIN(TestTeamInventory)
#include "tst_teaminventory.moc"
