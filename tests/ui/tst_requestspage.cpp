// The Requests page on the offscreen platform over a temporary inventory with real managed
// certificates made through the core (a private CA's, one waiting at an external CA, one the CA
// refused): rows and columns, the open/problems/all filter and the search, Renew Now (a new
// certificate under the same mc id), the Renewal Settings dialog, Deactivate/Reactivate, the
// renewal engine when the clock reaches the renewal time, the Certificates page's renewal
// columns and actions, and the dashboard's Renewal problems tile clicking through.

#include "dialogdriver.h"
#include "uitestutil.h"

#include "ca/certificateauthority.h"
#include "commands/managedactions.h"
#include "details/manageddetailsview.h"
#include "dialogs/renewalsettingsdialog.h"
#include "lifecycle/managedcertificates.h"
#include "models/certificatetablemodel.h"
#include "models/managedcertificatesmodel.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "pages/requestspage.h"
#include "views/certificatetableview.h"
#include "views/mainwindow.h"
#include "widgets/counttile.h"
#include "widgets/renewalsettingsfields.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <algorithm>

using namespace certdesk;
using namespace certdesk::test;
using Column = ui::ManagedCertificatesModel::Column;
using Show = ui::RequestsPage::Show;

namespace {

constexpr char kMasterPassword[] = "correct horse battery";

QDateTime wholeSeconds(QDateTime t)
{
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

} // namespace

class TestRequestsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::FixedClock m_clock{wholeSeconds(QDateTime::currentDateTimeUtc())};
    std::unique_ptr<core::Inventory> m_inv;
    std::unique_ptr<core::CertificateAuthorities> m_cas;
    std::unique_ptr<core::ManagedCertificates> m_managed;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_web = 0;      // issued by the private CA
    qint64 m_api = 0;      // issued by the private CA, 30 days
    qint64 m_external = 0; // a CSR waiting at an external CA
    qint64 m_refused = 0;  // the CA refused the names

    ui::RequestsPage *page() const { return m_window->requestsPage(); }

    core::ManagedCertificate get(qint64 id)
    {
        auto m = m_managed->get(id);
        if (!m)
            qFatal("mc-%lld: %s", id, qPrintable(m.error().message));
        return *m;
    }

    qint64 request(const QString &domain, core::IssuerKind kind, const QString &ca, int days)
    {
        core::RequestSpec spec;
        spec.domainName = domain;
        spec.keyAlgorithm = QStringLiteral("EC_prime256v1");
        spec.issuerKind = kind;
        spec.issuer = kind == core::IssuerKind::PrivateCa ? ca : QString();
        spec.validity = core::Validity::days(days);
        auto m = m_managed->request(spec);
        if (!m)
            qFatal("request %s: %s", qPrintable(domain), qPrintable(m.error().message));
        return m->id;
    }

    QStringList column(Column c)
    {
        QStringList out;
        for (int row = 0; row < page()->model()->rowCount(); ++row)
            out << page()->model()->index(row, c).data().toString();
        return out;
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!page()->managedActions()->isBusy(), 30000); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::CaOutcome>();
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("requests.db")), m_clock, QStringLiteral("tst-requestspage"));
        const auto ask = [](core::MasterPasswordPurpose) { return std::optional<QByteArray>(kMasterPassword); };
        m_cas = std::make_unique<core::CertificateAuthorities>(*m_inv, ask);
        m_managed = std::make_unique<core::ManagedCertificates>(*m_cas, ask);
        core::CaConfig root;
        root.name = QStringLiteral("web-ca");
        root.subject = QStringLiteral("CN=certdesk Test Web CA");
        QVERIFY(m_cas->create(root));
        core::CaConfig narrow;
        narrow.name = QStringLiteral("narrow-ca");
        narrow.subject = QStringLiteral("CN=certdesk Test Narrow CA");
        narrow.nameConstraints.permittedDns = {QStringLiteral("example.test")};
        QVERIFY(m_cas->create(narrow));
        m_web = request(QStringLiteral("www.example.test"), core::IssuerKind::PrivateCa, QStringLiteral("web-ca"), 365);
        m_api = request(QStringLiteral("api.example.test"), core::IssuerKind::PrivateCa, QStringLiteral("web-ca"), 30);
        m_external = request(QStringLiteral("mail.example.test"), core::IssuerKind::External, QString(), 0);
        m_refused = request(QStringLiteral("www.other.example"), core::IssuerKind::PrivateCa, QStringLiteral("narrow-ca"), 90);
        QCOMPARE(get(m_web).status, core::ManagedStatus::Issued);
        QCOMPARE(get(m_external).status, core::ManagedStatus::PendingValidation);
        QCOMPARE(get(m_refused).status, core::ManagedStatus::Failed);

        m_window = std::make_unique<ui::MainWindow>(*m_inv);
        m_window->resize(1360, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        page()->managedActions()->setShowErrors(false);
        new QAbstractItemModelTester(page()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        waitIdle(); // the renewal engine's first look: nothing is due yet
        QCOMPARE(get(m_web).renewalStatus, QString());
    }

    void listsTheManagedCertificates()
    {
        m_window->showPage(ui::MainWindow::Page::Requests);
        page()->setShow(Show::All);
        QVERIFY(!page()->emptyState()->isVisible());
        QCOMPARE(page()->model()->rowCount(), 4);
        // Newest request first.
        QCOMPARE(column(Column::IdColumn), (QStringList{QStringLiteral("mc-%1").arg(m_refused), QStringLiteral("mc-%1").arg(m_external),
                                                        QStringLiteral("mc-%1").arg(m_api), QStringLiteral("mc-%1").arg(m_web)}));
        QCOMPARE(column(Column::DomainColumn).last(), QStringLiteral("www.example.test"));
        QCOMPARE(column(Column::StatusColumn), (QStringList{QStringLiteral("Failed"), QStringLiteral("Pending validation"),
                                                            QStringLiteral("Issued"), QStringLiteral("Issued")}));
        QCOMPARE(column(Column::IssuerColumn), (QStringList{QStringLiteral("narrow-ca"), QStringLiteral("External CA"),
                                                            QStringLiteral("web-ca"), QStringLiteral("web-ca")}));
        QCOMPARE(column(Column::ReasonColumn).first(), get(m_refused).failureReason);
        QCOMPARE(column(Column::RenewAtColumn).last(), get(m_web).renewAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        QVERIFY(page()->captionLabel()->text().contains(QLatin1String("4")));

        // The details of the selected one, with its history.
        QVERIFY(page()->selectManaged(m_web));
        QCOMPARE(page()->detailsView()->managedId(), m_web);
        QCOMPARE(page()->detailsView()->title(), QStringLiteral("www.example.test"));
        QVERIFY(page()->detailsView()->historyList()->topLevelItemCount() >= 1);
        QVERIFY(page()->action(ui::ManagedActions::Action::Renew)->isEnabled());
        QVERIFY(!page()->action(ui::ManagedActions::Action::SaveCsr)->isEnabled());
    }

    void filtersAndSearches_data()
    {
        QTest::addColumn<int>("show");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << int(Show::All) << QString() << 4;
        QTest::newRow("open: pending and failed") << int(Show::Open) << QString() << 2;
        QTest::newRow("problems: the failed request") << int(Show::Problems) << QString() << 1;
        QTest::newRow("search by name") << int(Show::All) << QStringLiteral("API.example") << 1;
        QTest::newRow("search, nothing") << int(Show::All) << QStringLiteral("nothing-like-it") << 0;
    }

    void filtersAndSearches()
    {
        QFETCH(int, show);
        QFETCH(QString, search);
        QFETCH(int, rows);
        page()->searchField()->setText(search);
        page()->setShow(Show(show));
        QTRY_COMPARE(page()->model()->rowCount(), rows);
        core::ManagedFilter filter;
        filter.openOnly = Show(show) == Show::Open;
        filter.problemsOnly = Show(show) == Show::Problems;
        filter.search = search;
        QCOMPARE(*m_managed->count(filter), qint64(rows));
        page()->searchField()->clear();
        page()->setShow(Show::All);
        QTRY_COMPARE(page()->model()->rowCount(), 4);
    }

    // Renew Now: a new certificate under the same mc id; the old one stays, no longer current.
    void renewNowMakesANewCertificate()
    {
        const core::ManagedCertificate before = get(m_web);
        QVERIFY(page()->selectManaged(m_web));
        QSignalSpy changed(page(), &ui::RequestsPage::certificatesChanged);
        page()->action(ui::ManagedActions::Action::Renew)->trigger();
        waitIdle();
        QCOMPARE(changed.size(), 1);
        const core::ManagedCertificate after = get(m_web);
        QVERIFY(after.certificateId && *after.certificateId != *before.certificateId);
        QCOMPARE(after.renewalStatus, core::RenewalStatus::Success);
        QCOMPARE(m_managed->managedOf(*before.certificateId), std::optional<qint64>(m_web));
        QCOMPARE(m_managed->managedOf(*after.certificateId), std::optional<qint64>(m_web));
        const auto history = m_managed->history(m_web);
        QVERIFY(history);
        QVERIFY(std::any_of(history->cbegin(), history->cend(),
                            [](const core::ManagedHistoryEntry &h) { return h.action == QLatin1String("RENEW"); }));
        // The page shows it.
        QCOMPARE(page()->currentManaged()->id, m_web);
        QCOMPARE(page()->currentManaged()->certificateId, after.certificateId);
        const int row = page()->model()->rowOf(m_web);
        QCOMPARE(page()->model()->index(row, Column::RenewalColumn).data().toString(), QStringLiteral("Renewed"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("renewed")));

        // On the Certificates page: the renewal columns, and the actions for a managed certificate.
        m_window->showPage(ui::MainWindow::Page::Certificates);
        ui::CertificatesPage *certificates = m_window->certificatesPage();
        QVERIFY(certificates->showCertificate(*after.certificateId));
        const int certRow = certificates->model()->rowOfId(*after.certificateId);
        using Model = ui::CertificateTableModel;
        QCOMPARE(certificates->model()->index(certRow, Model::RenewalColumn).data().toString(), QStringLiteral("Renewed"));
        QCOMPARE(certificates->model()->index(certRow, Model::RenewalEligibilityColumn).data().toString(),
                 QStringLiteral("Eligible"));
        QVERIFY(!Model::isSortable(Model::RenewalColumn));
        QVERIFY(certificates->view()->horizontalHeader()->isSectionHidden(Model::RenewalEligibilityColumn));
        QVERIFY(!certificates->view()->horizontalHeader()->isSectionHidden(Model::RenewalColumn));
        QVERIFY(certificates->action(ui::CertificatesPage::Action::Renew)->isEnabled());
        QVERIFY(certificates->action(ui::CertificatesPage::Action::RenewalSettings)->isEnabled());
        QVERIFY(m_window->renewAction()->isEnabled());
        // The earlier certificate: managed, but no longer the one that renews.
        QVERIFY(certificates->showCertificate(*before.certificateId));
        const int oldRow = certificates->model()->rowOfId(*before.certificateId);
        QCOMPARE(certificates->model()->index(oldRow, Model::RenewalEligibilityColumn).data().toString(),
                 QStringLiteral("Ineligible"));

        // Renew from the toolbar, on the Certificates page: once more under the same id.
        QVERIFY(certificates->showCertificate(*after.certificateId));
        m_window->renewAction()->trigger();
        waitIdle();
        QVERIFY(get(m_web).certificateId != after.certificateId);
        certificates->showFilter({});
    }

    // Renewal Settings…: the dialog, then updateSettings on a worker.
    void settingsDialogUpdates()
    {
        m_window->showPage(ui::MainWindow::Page::Requests);
        QVERIFY(page()->selectManaged(m_api));
        QString preview;
        DialogDriver driver([&](QDialog *dialog) {
            auto *settings = qobject_cast<ui::RenewalSettingsDialog *>(dialog);
            if (!settings)
                return dialog->reject();
            QVERIFY(settings->fields()->automaticButton()->isChecked());
            settings->fields()->daysButton()->setChecked(true);
            settings->fields()->daysSpin()->setValue(10);
            settings->fields()->reuseKeyBox()->setChecked(true);
            settings->fields()->exportAllowedBox()->setChecked(false);
            settings->okButton()->click();
        });
        page()->action(ui::ManagedActions::Action::RenewalSettings)->trigger(); // returns when the dialog closed
        waitIdle();
        const core::ManagedCertificate m = get(m_api);
        QCOMPARE(m.renewBeforeDays, std::optional<int>(10));
        QVERIFY(m.reuseKey);
        QVERIFY(!m.exportAllowed);
        QCOMPARE(m.renewAt, core::ManagedCertificates::renewalTime(m.notBefore, m.notAfter, 10));
        QVERIFY(page()->detailsView()->value(QStringLiteral("Settings")).contains(QLatin1String("10 days")));

        // Back to the default window, without the dialog.
        page()->managedActions()->updateSettings(m_api, {std::nullopt, false, true, std::nullopt});
        waitIdle();
        QVERIFY(!get(m_api).renewBeforeDays);
    }

    // Ctrl+R on the Requests page renews the selected one.
    void ctrlRRenews()
    {
        m_window->showPage(ui::MainWindow::Page::Requests);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(page()->selectManaged(m_web));
        const auto before = get(m_web).certificateId;
        page()->view()->setFocus();
        QTest::keyClick(page()->view(), Qt::Key_R, Qt::ControlModifier);
        waitIdle();
        QVERIFY(get(m_web).certificateId != before);
    }

    void deactivatesAndReactivates()
    {
        QVERIFY(page()->selectManaged(m_api));
        page()->action(ui::ManagedActions::Action::Deactivate)->trigger();
        waitIdle();
        QCOMPARE(get(m_api).status, core::ManagedStatus::Inactive);
        QVERIFY(!page()->action(ui::ManagedActions::Action::Renew)->isEnabled());
        QVERIFY(page()->action(ui::ManagedActions::Action::Reactivate)->isVisible());
        page()->action(ui::ManagedActions::Action::Reactivate)->trigger();
        waitIdle();
        QCOMPARE(get(m_api).status, core::ManagedStatus::Issued);
    }

    // The renewal engine: nothing while locked; once the clock reaches the renewal time, it renews
    // what is due and says so in the status bar.
    void renewalEngineRenewsWhatIsDue()
    {
        const core::ManagedCertificate api = get(m_api);
        m_clock.set(api.renewAt.addSecs(60));
        m_inv->keyStore().lock();
        QVERIFY(!page()->managedActions()->renewDue()); // locked: it does not ask
        QVERIFY(m_inv->keyStore().unlock(kMasterPassword));
        // Every hour (and at start, and after an unlock): here, now.
        QVERIFY(page()->renewalTimer()->isActive());
        QCOMPARE(page()->renewalTimer()->interval(), 60 * 60 * 1000);
        QSignalSpy done(page()->managedActions(), &ui::ManagedActions::renewalsDone);
        page()->renewDue();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        waitIdle();
        const auto outcomes = done.first().first().value<QList<core::RenewalOutcome>>();
        QVERIFY(std::any_of(outcomes.cbegin(), outcomes.cend(), [this](const core::RenewalOutcome &o) {
            return o.managedId == m_api && o.result == QLatin1String("RENEWED");
        }));
        QVERIFY(get(m_api).certificateId != api.certificateId);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Renewed")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    // Renewal problems on the dashboard: the count of core::countManaged, a click shows them. By
    // now the refused request and the CSR that waited longer than 72 hours (the clock moved on).
    void dashboardTileClicksThroughToProblems()
    {
        ui::DashboardPage *dashboard = m_window->dashboardPage();
        QSignalSpy refreshed(dashboard, &ui::DashboardPage::refreshed);
        dashboard->refresh();
        QVERIFY(refreshed.wait(30000));
        const auto counts = m_managed->counts();
        QVERIFY(counts);
        QCOMPARE(dashboard->renewalProblemsTile()->count(), counts->renewalProblems);
        QCOMPARE(dashboard->renewalProblemsTile()->count(), qint64(2));
        QCOMPARE(get(m_external).status, core::ManagedStatus::ValidationTimedOut);
        m_window->showPage(ui::MainWindow::Page::Dashboard);
        QTest::mouseClick(dashboard->renewalProblemsTile(), Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Requests);
        QCOMPARE(page()->showCombo()->currentData().toInt(), int(Show::Problems));
        QCOMPARE(page()->model()->rowCount(), 2);
        QCOMPARE(page()->currentManaged()->id, m_refused); // the newest first
        QCOMPARE(page()->model()->index(1, Column::StatusColumn).data().toString(), QStringLiteral("Validation timed out"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_managed.reset();
        m_cas.reset();
    }
};

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
