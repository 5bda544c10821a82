#include "uitestutil.h"

#include "commands/importcommand.h"
#include "dialogs/filepassworddialog.h"
#include "dialogs/masterpassworddialog.h"
#include "models/certificatetablemodel.h"
#include "models/eventtablemodel.h"
#include "pages/activitypage.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "views/certificatetableview.h"
#include "settings/appsettings.h"
#include "theme/theme.h"
#include "views/mainwindow.h"
#include "widgets/counttile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QStyle>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QFileDialog>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

    core::FixedClock m_clock{testTime()};
    QTemporaryDir m_dir;
    std::unique_ptr<core::Inventory> m_inv;

    static QStringList statusBarTexts(const ui::MainWindow &w)
    {
        QStringList out;
        for (const QLabel *label : w.statusBar()->findChildren<QLabel *>())
            out << label->text();
        return out;
    }


private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("main.db")), m_clock, QStringLiteral("tst-main"));
        const core::ImportReport r = importFixtures(
            *m_inv, certificateFixtures() + QStringList{QStringLiteral("intermediate.crl"), QStringLiteral("leaf-rsa.p12")});
        QCOMPARE(r.failed(), 0);
        QCOMPARE(r.imported, 11);
    }

    void showsTheCertificates()
    {
        ui::MainWindow w(*m_inv);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::Certificates);
        ui::CertificateTableModel *model = w.certificatesPage()->model();
        QTRY_VERIFY(!model->isCounting());
        QCOMPARE(model->totalCount(), 11);
        QTRY_COMPARE(model->rowCount(), 11); // the view fetched the first page by itself
        const QStringList status = statusBarTexts(w);
        QVERIFY2(status.contains(QStringLiteral("11 certificates")), qPrintable(status.join(QLatin1Char('|'))));
        QVERIFY(status.contains(QStringLiteral("Key store: unlocked")));
        QVERIFY(status.contains(m_inv->path()));
        QVERIFY(w.windowTitle().contains(QStringLiteral("main.db")));
    }

    void keyStoreShownLocked()
    {
        auto other = openInventory(m_inv->path(), m_clock, QStringLiteral("tst-main-locked"));
        ui::MainWindow w(*other);
        QVERIFY(statusBarTexts(w).contains(QStringLiteral("Key store: locked")));
    }

    void switchesPages()
    {
        ui::MainWindow w(*m_inv);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::Dashboard);
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::Requests);
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::PrivateCas);
        QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::Deployments);
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::Discovery);
        QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::AcmeAccounts);
        QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier); // the sidebar's order
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::Activity);
        QVERIFY(w.activityPage()->model()->rowCount() >= 11); // one import event per certificate
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::Certificates);
        QCOMPARE(QApplication::focusWidget(), w.certificatesPage()->searchField());
    }

    void dashboardTilesClickThrough_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<int>("count");
        QTest::newRow("all") << "Certificates" << 11;
        QTest::newRow("valid") << "Valid" << 8;
        QTest::newRow("expiring") << "Expiring within 30 days" << 0;
        QTest::newRow("expired") << "Expired" << 1;
        QTest::newRow("expiring within a week") << "Expiring within 7 days" << 0;
    }
    void dashboardTilesClickThrough()
    {
        QFETCH(QString, caption);
        QFETCH(int, count);
        ui::MainWindow w(*m_inv);
        w.showPage(ui::MainWindow::Page::Dashboard);
        ui::CountTile *tile = nullptr;
        for (ui::CountTile *t : w.dashboardPage()->findChildren<ui::CountTile *>()) {
            if (t->caption() == caption)
                tile = t;
        }
        QVERIFY(tile);
        QTRY_COMPARE(tile->count(), count); // counted on a worker thread
        tile->click();
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::Certificates);
        QTRY_VERIFY(!w.certificatesPage()->model()->isCounting());
        QCOMPARE(w.certificatesPage()->model()->totalCount(), count);
    }

    void searchFieldFilters()
    {
        ui::MainWindow w(*m_inv);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::CertificateTableModel *model = w.certificatesPage()->model();
        QTest::keyClicks(w.certificatesPage()->searchField(), QStringLiteral("nocn"));
        QTRY_COMPARE(model->filter().search, QStringLiteral("nocn")); // after the typing pause
        QTRY_VERIFY(!model->isCounting());
        QCOMPARE(model->totalCount(), 1);
    }

    void importsOnAWorkerThread()
    {
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("import.db")), m_clock, QStringLiteral("tst-import"));
        ui::MainWindow w(*inv);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!w.certificatesPage()->model()->isCounting());
        QCOMPARE(w.certificatesPage()->model()->totalCount(), 0);

        // Answer the password prompts (PKCS#12 password, then the new master password twice).
        QStringList asked;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&asked] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            if (auto *file = qobject_cast<ui::FilePasswordDialog *>(dialog)) {
                asked << dialog->windowTitle();
                file->passwordEdit()->setText(QStringLiteral("test-p12-pass"));
                file->accept();
            } else if (auto *master = qobject_cast<ui::MasterPasswordDialog *>(dialog)) {
                asked << dialog->windowTitle();
                master->passwordEdit()->setText(QStringLiteral("master password"));
                master->repeatEdit()->setText(QStringLiteral("master password"));
                master->accept();
            }
        });
        answer.start(20);

        ui::ImportCommand *command = w.importPaths(fixturePaths(
            {QStringLiteral("root-ca.pem"), QStringLiteral("leaf-rsa.p12"), QStringLiteral("pubkey-only.pem")}));
        QVERIFY(command);
        command->setShowSummary(false);
        QVERIFY(!w.importAction()->isEnabled());
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<core::ImportReport>();
        QCOMPARE(report.imported, 3); // leaf, intermediate and root (the root once)
        QCOMPARE(report.keysAttached, 1);
        QCOMPARE(report.failed(), 1); // the bare public key
        QCOMPARE(asked, (QStringList{QStringLiteral("PKCS#12 Password"), QStringLiteral("Set Master Password")}));

        // The window refreshed from its own connection.
        QTRY_VERIFY(!w.certificatesPage()->model()->isCounting());
        QCOMPARE(w.certificatesPage()->model()->totalCount(), 3);
        QVERIFY(statusBarTexts(w).contains(QStringLiteral("3 certificates")));
        // The master password set during the import unlocked the window's own key store too.
        QVERIFY(statusBarTexts(w).contains(QStringLiteral("Key store: unlocked")));
        QVERIFY(inv->keyStore().isUnlocked());
        QTRY_VERIFY(w.importAction()->isEnabled());
    }

    void cancelsWhileAskingForAPassword()
    {
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("cancel.db")), m_clock, QStringLiteral("tst-cancel"));
        ui::MainWindow w(*inv);
        ui::ImportCommand *command = nullptr;
        int prompts = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ui::FilePasswordDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            ++prompts;
            command->cancel(); // the user gives up while the worker waits for the password
            dialog->reject();
        });
        answer.start(20);

        // One parser thread for so few inputs, in name order: the CA, the PKCS#12 (asks), the root.
        command = w.importPaths(fixturePaths(
            {QStringLiteral("intermediate-ca.pem"), QStringLiteral("leaf-rsa.p12"), QStringLiteral("root-ca.pem")}));
        QVERIFY(command);
        command->setShowSummary(false);
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<core::ImportReport>();
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported, 1);
        QCOMPARE(prompts, 1); // nothing asked after the cancel
        QVERIFY(std::any_of(report.failures.cbegin(), report.failures.cend(),
                            [](const core::Error &e) { return e.code == core::ErrorCode::Cancelled; }));
        QTRY_VERIFY(!w.certificatesPage()->model()->isCounting());
        QCOMPARE(w.certificatesPage()->model()->totalCount(), 1);
    }

    void closingTheWindowStopsTheImport()
    {
        // The worker asks for the PKCS#12 password at once; the window goes away before
        // the GUI thread gets to the prompt. The destructor must wake the worker and wait.
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("closing.db")), m_clock, QStringLiteral("tst-closing"));
        {
            ui::MainWindow w(*inv);
            QVERIFY(w.importPaths(fixturePaths({QStringLiteral("leaf-rsa.p12"), QStringLiteral("root-ca.pem")})));
            QVERIFY(w.runningImport());
        }
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(inv->count().has_value());
    }

    void remembersGeometry()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("certdesk.conf")), QSettings::IniFormat);
        {
            ui::MainWindow w(*m_inv, &settings);
            w.resize(820, 600); // narrow windows must work too (half a 1920 screen, less the frame)
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showPage(ui::MainWindow::Page::Activity);
            w.close();
        }
        QVERIFY(!settings.value(QStringLiteral("mainwindow/geometry")).toByteArray().isEmpty());
        ui::MainWindow again(*m_inv, &settings);
        QCOMPARE(again.currentPage(), ui::MainWindow::Page::Activity);
        QCOMPARE(again.size(), QSize(820, 600));
        // The page is stored by name; a number from before Private CAs joined still means its page.
        QCOMPARE(settings.value(QStringLiteral("mainwindow/page")).toString(), QStringLiteral("Activity"));
        settings.setValue(QStringLiteral("mainwindow/page"), 2);
        QCOMPARE(ui::MainWindow(*m_inv, &settings).currentPage(), ui::MainWindow::Page::Activity);
        settings.setValue(QStringLiteral("mainwindow/page"), QStringLiteral("PrivateCas"));
        QCOMPARE(ui::MainWindow(*m_inv, &settings).currentPage(), ui::MainWindow::Page::PrivateCas);
        // Pages that joined later keep their names; one before them keeps its page.
        settings.setValue(QStringLiteral("mainwindow/page"), QStringLiteral("Discovery"));
        QCOMPARE(ui::MainWindow(*m_inv, &settings).currentPage(), ui::MainWindow::Page::Discovery);
        settings.setValue(QStringLiteral("mainwindow/page"), QStringLiteral("AcmeAccounts"));
        QCOMPARE(ui::MainWindow(*m_inv, &settings).currentPage(), ui::MainWindow::Page::AcmeAccounts);
    }

    void paletteModeIsRememberedAndReadable()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("certdesk.conf")), QSettings::IniFormat);
        {
            ui::MainWindow w(*m_inv, &settings);
            w.setPaletteMode(ui::Theme::Mode::Dark);
            QVERIFY(ui::Theme::isDark(QApplication::palette()));
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        }
        QCOMPARE(settings.value(QStringLiteral("appearance/palette")).toString(), QStringLiteral("dark"));
        // The Settings dialog reads the same key.
        QCOMPARE(ui::AppSettings(&settings).paletteMode(), ui::AppSettings::PaletteMode::Dark);
        ui::Theme::apply(ui::Theme::Mode::System);
        QVERIFY(!ui::Theme::isDark(QApplication::palette())); // the offscreen platform's palette is light
        {
            ui::MainWindow w(*m_inv, &settings); // restores the forced dark palette
            QCOMPARE(ui::Theme::current(), ui::Theme::Mode::Dark);
            QVERIFY(ui::Theme::isDark(QApplication::palette()));
            w.setPaletteMode(ui::Theme::Mode::Light);
            QVERIFY(!ui::Theme::isDark(QApplication::palette()));
            w.setPaletteMode(ui::Theme::Mode::System);
        }
        // Text stays readable on its background in both forced palettes.
        for (const QPalette &p : {ui::Theme::lightPalette(), ui::Theme::darkPalette()}) {
            QVERIFY(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness()) > 150);
            QVERIFY(qAbs(p.color(QPalette::WindowText).lightness() - p.color(QPalette::Window).lightness()) > 150);
            QVERIFY(qAbs(p.color(QPalette::HighlightedText).lightness() - p.color(QPalette::Highlight).lightness()) > 90);
        }
    }

    void importFolderTakesSubfolders()
    {
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("folder.db")), m_clock, QStringLiteral("tst-folder"));
        const QString folder = dir.filePath(QStringLiteral("certs"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/nested")));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("leaf-ec.pem")), folder + QStringLiteral("/leaf-ec.pem")));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("root-ca.pem")), folder + QStringLiteral("/nested/root-ca.pem")));
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ui::MainWindow w(*inv, &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *action = w.importFolderAction();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QVERIFY(action->isEnabled());
        // Choose the folder in the dialog the action opens, as a user would.
        bool chose = false;
        QTimer::singleShot(0, &w, [&] {
            QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QCOMPARE(dialog->fileMode(), QFileDialog::Directory);
            dialog->setDirectory(folder);
            dialog->selectFile(folder);
            chose = true;
            QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog, a slot all the same
        });
        action->trigger();
        QVERIFY(chose);
        ui::ImportCommand *command = w.runningImport();
        QVERIFY(command);
        command->setShowSummary(false);
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).value<core::ImportReport>().imported, 2); // one from the subfolder
        QCOMPARE(settings.value(QStringLiteral("import/lastDirectory")).toString(), folder);
    }

    void droppedFilesAreImported()
    {
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("drop.db")), m_clock, QStringLiteral("tst-drop"));
        ui::MainWindow w(*inv);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dataPath(QStringLiteral("chain-all.pem"))),
                      QUrl::fromLocalFile(dataPath(QStringLiteral("leaf-ec.pem")))});
        const QPoint at = w.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        ui::ImportCommand *command = w.runningImport();
        QVERIFY(command);
        command->setShowSummary(false);
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).value<core::ImportReport>().imported, 4); // root, intermediate, RSA and EC leaves
        QTRY_VERIFY(!w.certificatesPage()->model()->isCounting());
        QCOMPARE(w.certificatesPage()->model()->totalCount(), 4);

        // A drop of something that is not a local file is refused.
        QMimeData remote;
        remote.setUrls({QUrl(QStringLiteral("https://example.com/cert.pem"))});
        QDragEnterEvent refused(at, Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void pastedPemIsImported()
    {
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("paste.db")), m_clock, QStringLiteral("tst-paste"));
        ui::MainWindow w(*inv);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QFile pem(dataPath(QStringLiteral("bundle-one-bad.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QGuiApplication::clipboard()->setText(QString::fromLatin1(pem.readAll()));
        w.showPage(ui::MainWindow::Page::Dashboard); // no text field has the focus: Ctrl+V imports
        w.activateWindow();
        w.setFocus();
        QVERIFY(w.pasteAction()->isEnabled());
        w.pasteAction()->trigger();
        ui::ImportCommand *command = w.runningImport();
        QVERIFY(command);
        command->setShowSummary(false);
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<core::ImportReport>();
        QVERIFY(report.imported >= 1);
        QCOMPARE(report.failed(), 1); // the bad entry, named after the clipboard
        QVERIFY2(report.failures.first().message.startsWith(QStringLiteral("Clipboard")),
                 qPrintable(report.failures.first().message));
        QTRY_VERIFY(!w.certificatesPage()->model()->isCounting());
        QCOMPARE(w.certificatesPage()->model()->totalCount(), report.imported);

        QTRY_VERIFY(!w.runningImport()); // the command deletes itself after its summary
        QGuiApplication::clipboard()->clear();
        w.pasteAction()->trigger();
        QVERIFY(!w.runningImport());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("no text")));
    }

    void lockActionLocksTheKeyStore()
    {
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("lock.db")), m_clock, QStringLiteral("tst-lock"));
        QVERIFY(inv->keyStore().initialize("master-password"));
        ui::MainWindow w(*inv);
        QVERIFY(statusBarTexts(w).contains(QStringLiteral("Key store: unlocked")));
        QVERIFY(w.lockAction()->isEnabled());
        w.lockAction()->trigger();
        QVERIFY(!inv->keyStore().isUnlocked());
        QVERIFY(statusBarTexts(w).contains(QStringLiteral("Key store: locked")));
        QVERIFY(!w.lockAction()->isEnabled());
    }

    void demoDataFillsAnEmptyInventory()
    {
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("demo.db")), m_clock, QStringLiteral("tst-demo"));
        ui::MainWindow w(*inv);
        QVERIFY(w.demoAction()->isEnabled());
        QSignalSpy created(&w, &ui::MainWindow::demoDataCreated);
        w.demoAction()->trigger();
        QVERIFY(!w.demoAction()->isEnabled()); // once at a time
        QVERIFY(created.wait(120000));
        QVERIFY(*inv->count() >= 60);
        QTRY_VERIFY(!w.certificatesPage()->model()->isCounting());
        QCOMPARE(w.certificatesPage()->model()->totalCount(), *inv->count());
        QVERIFY(!w.demoAction()->isEnabled()); // the inventory is not empty any more
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
