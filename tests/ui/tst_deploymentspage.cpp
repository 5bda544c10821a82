// Deployments in the console on the offscreen platform, over a temporary inventory with the
// fixtures (www.example.test with its key from the PKCS#12 file, ec.example.test without one):
// the Deploy dialog (its preview follows the layout, a certificate without a key cannot use a
// layout that writes one), a deployment made and run into a temporary folder, the Deployments
// page (rows, badges, the problems filter, Run Now, Remove), the Certificates page's In use
// column and the details panel's Deployments tab, and Delete refused for a deployed certificate
// while the others go; an endpoint (openssl s_server on 127.0.0.1 serving the deployed files) checked
// Current. CERTDESK_SHOT_DIR=DIR renders the page and the dialog to DIR.

#include "uitestutil.h"

#include "testports.h"

#include "commands/deletecertificatescommand.h"
#include "commands/deploymentactions.h"
#include "deploy/deployments.h"
#include "details/detailspanel.h"
#include "details/inuseview.h"
#include "dialogs/deploydialog.h"
#include "models/certificatetablemodel.h"
#include "models/deploymentsmodel.h"
#include "pages/certificatespage.h"
#include "pages/deploymentspage.h"
#include "theme/theme.h"
#include "views/certificatetableview.h"
#include "views/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using Column = ui::DeploymentsModel::Column;

namespace {

// CERTDESK_SHOT_DIR=DIR: also renders what the test shows to DIR/<name>.png, for a look.
void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("CERTDESK_SHOT_DIR");
    QCoreApplication::processEvents(); // palette and layout changes arrive as posted events
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the screen would show it
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

QStringList previewNames(const ui::DeployDialog *dialog)
{
    QStringList out;
    for (int i = 0; i < dialog->previewTree()->topLevelItemCount(); ++i)
        out << dialog->previewTree()->topLevelItem(i)->text(0);
    return out;
}

} // namespace

class TestDeploymentsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<core::Inventory> m_inv;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_www = 0; // with its key
    qint64 m_ec = 0;  // without
    qint64 m_deployment = 0;
    QProcess m_server; // a TLS endpoint serving a deployment's files

    ui::DeploymentsPage *page() const { return m_window->deploymentsPage(); }
    ui::DeploymentActions *actions() const { return page()->deploymentActions(); }
    QString cell(int row, Column c) const { return page()->model()->index(row, c).data().toString(); }
    QString target() const { return m_dir.filePath(QStringLiteral("www")); }

    ui::DeployDialog *openDialog(qint64 id)
    {
        m_window->showPage(ui::MainWindow::Page::Certificates);
        if (!m_window->certificatesPage()->showCertificate(id))
            return nullptr;
        QAction *deploy = m_window->certificatesPage()->action(ui::CertificatesPage::Action::Deploy);
        if (!deploy->isEnabled())
            return nullptr;
        deploy->trigger();
        return actions()->dialog();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("deploy.db")), m_clock, QStringLiteral("tst-deploymentspage"));
        const core::ImportReport report = importFixtures(
            *m_inv, {QStringLiteral("root-ca.pem"), QStringLiteral("intermediate-ca.pem"), QStringLiteral("leaf-rsa.p12"),
                     QStringLiteral("leaf-ec.pem")});
        QVERIFY2(report.failed() == 0, qPrintable(report.failures.value(0).message));
        m_www = *m_inv->resolve(QStringLiteral("00:CF:99:7A:60:CD"));
        m_ec = *m_inv->resolve(QStringLiteral("6A:99:25:20:68:3B"));
        QVERIFY(m_inv->hasPrivateKey(m_www));
        QVERIFY(!m_inv->hasPrivateKey(m_ec));
        QVERIFY(m_inv->keyStore().isUnlocked()); // the worker takes the data key from here: no prompt

        m_window = std::make_unique<ui::MainWindow>(*m_inv);
        m_window->resize(1360, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        actions()->setShowErrors(false);
        new QAbstractItemModelTester(page()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    }

    void startsEmpty()
    {
        m_window->showPage(ui::MainWindow::Page::Deployments);
        QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Deployments);
        QCOMPARE(page()->model()->rowCount(), 0);
        QVERIFY(page()->emptyState()->isVisible());
        shot(m_window.get(), "deployments-empty");
    }

    void previewFollowsTheLayout_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("password");
        QTest::newRow("nginx: full chain and key") << QStringLiteral("nginx")
                                                   << QStringList{QStringLiteral("fullchain.pem"), QStringLiteral("privkey.pem")} << false;
        QTest::newRow("apache: three files") << QStringLiteral("apache")
                                             << QStringList{QStringLiteral("cert.pem"), QStringLiteral("chain.pem"), QStringLiteral("privkey.pem")}
                                             << false;
        QTest::newRow("haproxy: one combined file") << QStringLiteral("haproxy") << QStringList{QStringLiteral("haproxy.pem")} << false;
        QTest::newRow("pkcs12: asks for a password") << QStringLiteral("pkcs12") << QStringList{QStringLiteral("certificate.p12")} << true;
        QTest::newRow("pem bundle: takes a password") << QStringLiteral("pem-bundle")
                                                      << QStringList{QStringLiteral("certificate.pem"), QStringLiteral("chain.pem"),
                                                                     QStringLiteral("private_key.pem")}
                                                      << true;
    }

    void previewFollowsTheLayout()
    {
        QFETCH(QString, layout);
        QFETCH(QStringList, files);
        QFETCH(bool, password);
        ui::DeployDialog *dialog = openDialog(m_www);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->layoutCombo()->setCurrentIndex(dialog->layoutCombo()->findData(layout));
        QCOMPARE(previewNames(dialog), files);
        QCOMPARE(dialog->passwordField()->isVisible(), password);
        // The file with the key shows its mode.
        bool sawKey = false;
        for (int i = 0; i < dialog->previewTree()->topLevelItemCount(); ++i)
            sawKey |= dialog->previewTree()->topLevelItem(i)->text(2).startsWith(QLatin1String("0600"));
        QVERIFY(sawKey);
        dialog->modeField()->setText(QStringLiteral("640"));
        bool sawMode = false;
        for (int i = 0; i < dialog->previewTree()->topLevelItemCount(); ++i)
            sawMode |= dialog->previewTree()->topLevelItem(i)->text(2).startsWith(QLatin1String("0640"));
        QVERIFY(sawMode);
        dialog->modeField()->setText(QStringLiteral("0600"));
        // No folder yet: nothing to deploy.
        QVERIFY(!dialog->deployButton()->isEnabled());
        dialog->targetField()->setText(target());
        QCOMPARE(dialog->deployButton()->isEnabled(), layout != QLatin1String("pkcs12")); // PKCS#12 needs its password
        if (layout == QLatin1String("pkcs12")) {
            QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("password")));
            dialog->passwordField()->setText(QStringLiteral("secret"));
            QVERIFY(dialog->deployButton()->isEnabled());
            shot(dialog, "deploy-dialog-pkcs12");
        }
        dialog->close();
        QTRY_VERIFY(!actions()->dialog());
    }

    void certificateWithoutKeyCannotBeDeployed()
    {
        ui::DeployDialog *dialog = openDialog(m_ec);
        QVERIFY(dialog);
        QVERIFY(!dialog->hasPrivateKey());
        QTRY_VERIFY(dialog->isVisible());
        dialog->targetField()->setText(m_dir.filePath(QStringLiteral("ec")));
        QVERIFY(!dialog->deployButton()->isEnabled());
        QVERIFY(dialog->messageLabel()->isVisible());
        QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("private key")));
        shot(dialog, "deploy-dialog-nokey");
        dialog->close();
        QTRY_VERIFY(!actions()->dialog());
    }

    void deploysIntoAFolder()
    {
        ui::DeployDialog *dialog = openDialog(m_www);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->targetField()->setText(target());
        dialog->layoutCombo()->setCurrentIndex(dialog->layoutCombo()->findData(QStringLiteral("nginx")));
        dialog->reloadField()->setText(QStringLiteral("true"));
        QVERIFY(dialog->deployNowBox()->isChecked());
        shot(dialog, "deploy-dialog");
        QVERIFY(dialog->deployButton()->isEnabled());
        QTest::mouseClick(dialog->deployButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->outcomeLabel()->isVisible(), 30000);
        QVERIFY2(dialog->outcomeLabel()->text().contains(QLatin1String("Deployed")), qPrintable(dialog->outcomeLabel()->text()));
        QVERIFY(dialog->outcomeLabel()->text().contains(QLatin1String("fullchain.pem")));
        shot(dialog, "deploy-dialog-done");
        // The files are there, the key only for its owner.
        QVERIFY(QFile::exists(QDir(target()).filePath(QStringLiteral("fullchain.pem"))));
        const QString key = QDir(target()).filePath(QStringLiteral("privkey.pem"));
        QVERIFY(QFile::exists(key));
        QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QByteArray text;
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-subject"), QStringLiteral("-in"),
                          QDir(target()).filePath(QStringLiteral("fullchain.pem"))},
                         &text),
                 0);
        QVERIFY(text.contains("www.example.test"));
        QTest::mouseClick(dialog->deployButton(), Qt::LeftButton); // Close
        QTRY_VERIFY(!actions()->dialog());

        // The page lists it, deployed.
        m_window->showPage(ui::MainWindow::Page::Deployments);
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QVERIFY(!page()->emptyState()->isVisible());
        m_deployment = page()->model()->index(0, 0).data(ui::DeploymentsModel::IdRole).toLongLong();
        QCOMPARE(cell(0, Column::CertificateColumn), QStringLiteral("www.example.test"));
        QCOMPARE(cell(0, Column::TargetColumn), QDir::toNativeSeparators(target()));
        QCOMPARE(cell(0, Column::LayoutColumn), QStringLiteral("nginx"));
        QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Deployed"));
        QVERIFY(page()->model()->index(0, Column::StateColumn).data(ui::DeploymentsModel::BadgeColorRole).canConvert<QColor>());
        QVERIFY(page()->detailsLabel()->text().contains(QLatin1String("privkey.pem")));
        QVERIFY(page()->detailsLabel()->text().contains(QLatin1String("true")));
        shot(m_window.get(), "deployments-page");
    }

    void inUseShowsOnTheCertificate()
    {
        m_window->showPage(ui::MainWindow::Page::Certificates);
        ui::CertificatesPage *certs = m_window->certificatesPage();
        QVERIFY(certs->showCertificate(m_www));
        const int row = certs->model()->rowOfId(m_www);
        QVERIFY(row >= 0);
        QCOMPARE(certs->model()->index(row, ui::CertificateTableModel::InUseColumn).data().toString(), QStringLiteral("1 deployment"));
        QVERIFY(certs->model()->index(row, ui::CertificateTableModel::InUseColumn).data(Qt::ToolTipRole).toString().contains(
            QLatin1String("1 deployment")));
        // The details: the Overview row, then the Deployments tab read on a worker.
        ui::DetailsPanel *details = certs->detailsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!details->inUseView()->isLoading() && details->inUseView()->tree()->topLevelItemCount() == 1, 10000);
        QVERIFY(details->overviewValue(QStringLiteral("In use by")).contains(QStringLiteral("dep-%1").arg(m_deployment)));
        QVERIFY(details->inUseView()->tree()->topLevelItem(0)->text(1).contains(QDir::toNativeSeparators(target())));
        // A refresh (another console's change, heard by the inventory watcher) keeps the selected
        // certificate and its details, reread.
        m_window->refresh();
        QCOMPARE(certs->selectedIds(), QList<qint64>{m_www});
        QCOMPARE(details->certificateId(), m_www);
        QTRY_VERIFY_WITH_TIMEOUT(!details->inUseView()->isLoading() && details->inUseView()->tree()->topLevelItemCount() == 1, 10000);
        details->tabs()->setCurrentIndex(ui::DetailsPanel::DeploymentsTab);
        shot(m_window.get(), "certificates-inuse");
        // The other certificate is in use nowhere.
        QVERIFY(certs->showCertificate(m_ec));
        QCOMPARE(certs->model()->index(certs->model()->rowOfId(m_ec), ui::CertificateTableModel::InUseColumn).data().toString(),
                 QString());
        details->tabs()->setCurrentIndex(ui::DetailsPanel::OverviewTab);
    }

    void problemsFilterAndAFailedRun()
    {
        m_window->showPage(ui::MainWindow::Page::Deployments);
        page()->setShow(ui::DeploymentsPage::Show::Problems);
        QCOMPARE(page()->model()->rowCount(), 0);
        QVERIFY(page()->captionLabel()->text().contains(QLatin1String("No problems")));
        // A deployment whose reload fails: FAILED, the files put back, a problem.
        core::DeploymentSpec spec;
        spec.certificateId = m_www;
        spec.targetDir = m_dir.filePath(QStringLiteral("broken"));
        spec.layout = core::DeployLayout::Haproxy;
        spec.reloadCommand = QStringLiteral("false");
        QSignalSpy changed(actions(), &ui::DeploymentActions::changed);
        actions()->add(spec, true);
        QVERIFY(changed.wait(30000));
        QTRY_VERIFY(!page()->isBusy());
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Failed"));
        QVERIFY(!QFile::exists(QDir(spec.targetDir).filePath(QStringLiteral("haproxy.pem")))); // rolled back
        QVERIFY(page()->detailsLabel()->text().contains(QLatin1String("false")));
        shot(m_window.get(), "deployments-problems");
        const qint64 failed = page()->currentDeployment()->id;

        // Run Now on the good one writes again.
        page()->setShow(ui::DeploymentsPage::Show::All);
        QCOMPARE(page()->model()->rowCount(), 2);
        QVERIFY(page()->selectDeployment(m_deployment));
        QVERIFY(page()->action(ui::DeploymentActions::Action::Run)->isEnabled());
        QVERIFY(!page()->action(ui::DeploymentActions::Action::Check)->isEnabled()); // no endpoint
        QFile::remove(QDir(target()).filePath(QStringLiteral("fullchain.pem")));
        page()->action(ui::DeploymentActions::Action::Run)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 30000);
        QVERIFY(QFile::exists(QDir(target()).filePath(QStringLiteral("fullchain.pem"))));
        QVERIFY(page()->model()->index(page()->model()->rowOf(m_deployment), Column::LastRunColumn).data().toString().contains(
            QLatin1String("UTC")));

        // Remove the failed one (the confirmation is the action's; the step is remove()).
        actions()->remove(failed);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 30000);
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QCOMPARE(page()->model()->rowOf(failed), -1);
    }

    // A deployment with an endpoint: a real TLS server (openssl s_server) serving what dep-1 wrote;
    // the run checks it, the badge says Current, Check Endpoint checks again.
    void checksTheEndpoint()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        m_server.setProgram(QStringLiteral("openssl"));
        m_server.setArguments({QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                               QStringLiteral("-cert"), QDir(target()).filePath(QStringLiteral("fullchain.pem")),
                               QStringLiteral("-key"), QDir(target()).filePath(QStringLiteral("privkey.pem")),
                               QStringLiteral("-quiet"), QStringLiteral("-www")});
        m_server.setChildProcessModifier(dieWithParent);
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start();
        QVERIFY2(m_server.waitForStarted(10000), "openssl s_server does not start (the openssl package is a test dependency)");
        QVERIFY2(waitForTcp(port, 10000), m_server.readAll().constData());

        core::DeploymentSpec spec;
        spec.certificateId = m_www;
        spec.targetDir = m_dir.filePath(QStringLiteral("www-served"));
        spec.layout = core::DeployLayout::Apache;
        spec.endpointHost = QStringLiteral("127.0.0.1");
        spec.endpointPort = port;
        spec.endpointSni = QStringLiteral("www.example.test");
        QSignalSpy changed(actions(), &ui::DeploymentActions::changed);
        actions()->add(spec, true);
        QVERIFY(changed.wait(30000));
        QTRY_VERIFY(!page()->isBusy());
        const auto d = page()->currentDeployment();
        QVERIFY(d && d->endpoint);
        QCOMPARE(d->endpoint->state, core::EndpointState::Current);
        const int row = page()->model()->rowOf(d->id);
        QCOMPARE(cell(row, Column::EndpointColumn), QStringLiteral("127.0.0.1:%1 (www.example.test)").arg(port));
        QCOMPARE(cell(row, Column::CheckColumn), QStringLiteral("Current"));
        QVERIFY(page()->model()->index(row, Column::CheckColumn).data(ui::DeploymentsModel::BadgeColorRole).canConvert<QColor>());
        QVERIFY(page()->detailsLabel()->text().contains(QLatin1String("TLSv1")));
        QVERIFY(page()->action(ui::DeploymentActions::Action::Check)->isEnabled());
        page()->action(ui::DeploymentActions::Action::Check)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 30000);
        QCOMPARE(page()->currentDeployment()->endpoint->state, core::EndpointState::Current);
        shot(m_window.get(), "deployments-endpoint");
    }

    void darkPalette()
    {
        m_window->showPage(ui::MainWindow::Page::Deployments);
        m_window->setPaletteMode(ui::Theme::Mode::Dark);
        QVERIFY(page()->model()->rowCount() >= 1);
        shot(m_window.get(), "deployments-page-dark");
        ui::DeployDialog *dialog = openDialog(m_www);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->targetField()->setText(target());
        shot(dialog, "deploy-dialog-dark");
        dialog->close();
        QTRY_VERIFY(!actions()->dialog());
        m_window->setPaletteMode(ui::Theme::Mode::Light);
    }

    void deleteRefusedWhileDeployedOthersGo()
    {
        // www is written by a deployment: refused, named; ec is deleted all the same.
        ui::DeleteCertificatesCommand command(*m_inv, {m_www, m_ec}, m_window.get());
        QVERIFY(command.details().contains(QLatin1String("www.example.test")));
        QSignalSpy finished(&command, &ui::DeleteCertificatesCommand::finished);
        command.run();
        QCOMPARE(finished.count(), 1);
        const auto removed = finished.at(0).at(0).value<QList<qint64>>();
        const auto errors = finished.at(0).at(1).toStringList();
        QCOMPARE(removed, QList<qint64>{m_ec});
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(QLatin1String("www.example.test: ")), qPrintable(errors.first()));
        QVERIFY(m_inv->record(m_www).has_value());
        QVERIFY(!m_inv->record(m_ec).has_value());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.kill();
        m_server.waitForFinished(5000);
    }
};

QTEST_MAIN(TestDeploymentsPage)
#include "tst_deploymentspage.moc"
