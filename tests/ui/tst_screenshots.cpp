// The screenshot test: renders the console's main views from the demo inventory into PNGs under
// the build folder (<build>/screenshots) and checks each picture is a real rendering: the size
// of the widget, many colours (not a blank or half-drawn window), light or dark as its palette.
// Look at the files; the best one goes into the README (resources/screenshot.png).

#include "shotsetup.h"
#include "uitestutil.h"

#include "ca/certificateauthority.h"
#include "inventory/demoinventory.h"

#include "details/detailspanel.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importsummarydialog.h"
#include "dialogs/issuecertificatedialog.h"
#include "models/catreemodel.h"
#include "pages/privatecaspage.h"
#include "pages/requestspage.h"
#include "commands/managedactions.h"
#include "lifecycle/managedcertificates.h"
#include "models/managedcertificatesmodel.h"
#include "wizards/requestwizard.h"
#include "widgets/subjectfields.h"
#include "widgets/validityfield.h"
#include "wizards/createcawizard.h"
#include "models/certificatetablemodel.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "views/certificatetableview.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QTreeView>
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
    std::unique_ptr<core::CertificateAuthorities> m_cas;
    qint64 m_tlsCa = 0;
    qint64 m_pendingCa = 0;

    // A small private PKI on the demo inventory: a root, two subordinates (one disabled), one
    // waiting for its certificate from an external CA, one deleted; certificates issued, some
    // revoked, one on hold.
    void createHierarchy()
    {
        m_cas = std::make_unique<core::CertificateAuthorities>(*m_inv, [](core::MasterPasswordPurpose) {
            return std::optional<QByteArray>(core::kDemoMasterPassword);
        });
        const auto create = [this](core::CaConfig c) {
            auto ca = m_cas->create(c);
            if (!ca)
                qFatal("CA %s: %s", qPrintable(c.name), qPrintable(ca.error().message));
            return *ca;
        };
        core::CaConfig root;
        root.name = QStringLiteral("example-root");
        root.keyAlgorithm = QStringLiteral("EC_secp384r1");
        root.subject = QStringLiteral("CN=Example Corp Private Root CA,O=Example Corp,C=DE");
        root.validity = *core::Validity::parse(QStringLiteral("20y"));
        root.crlUrl = QStringLiteral("http://pki.example.com/crl/root.crl");
        const core::CaInfo rootCa = create(root);
        core::CaConfig tls;
        tls.name = QStringLiteral("example-tls");
        tls.kind = core::CaKind::Subordinate;
        tls.parent = root.name;
        tls.subject = QStringLiteral("CN=Example Corp TLS Issuing CA 1,O=Example Corp,C=DE");
        tls.validity = *core::Validity::parse(QStringLiteral("5y"));
        tls.pathLength = 0;
        tls.nameConstraints.permittedDns = {QStringLiteral("example.com"), QStringLiteral("example.net")};
        tls.crlUrl = QStringLiteral("http://pki.example.com/crl/tls1.crl");
        tls.ocspUrl = QStringLiteral("http://ocsp.example.com");
        tls.caIssuersUrl = QStringLiteral("http://pki.example.com/ca/tls1.crt");
        const core::CaInfo tlsCa = create(tls);
        m_tlsCa = tlsCa.id;
        core::CaConfig devices = tls;
        devices.name = QStringLiteral("example-devices");
        devices.subject = QStringLiteral("CN=Example Corp Device CA,O=Example Corp,C=DE");
        devices.nameConstraints = {};
        devices.crlUrl = QStringLiteral("http://pki.example.com/crl/devices.crl");
        devices.ocspUrl.clear();
        devices.caIssuersUrl.clear();
        const core::CaInfo devicesCa = create(devices);
        core::CaConfig partner;
        partner.name = QStringLiteral("partner-bridge");
        partner.kind = core::CaKind::Subordinate;
        partner.externalParent = true;
        partner.subject = QStringLiteral("CN=Example Corp Partner Bridge CA,O=Example Corp,C=DE");
        partner.validity = *core::Validity::parse(QStringLiteral("3y"));
        partner.pathLength = 0;
        m_pendingCa = create(partner).id;
        core::CaConfig lab = devices;
        lab.name = QStringLiteral("old-lab");
        lab.subject = QStringLiteral("CN=Example Corp Lab CA,O=Example Corp,C=DE");
        const core::CaInfo labCa = create(lab);

        const auto issue = [this](qint64 ca, const QString &templ, const QString &cn, const QStringList &names, int days) {
            core::IssueRequest r;
            r.templateName = templ;
            r.keyAlgorithm = QStringLiteral("EC_prime256v1");
            r.subject = QStringLiteral("CN=") + cn;
            for (const QString &n : names)
                r.sans << core::GeneralName{core::GeneralName::Kind::Dns, n};
            r.validity = core::Validity::days(days);
            auto issued = m_cas->issue(ca, r);
            if (!issued)
                qFatal("issue %s: %s", qPrintable(cn), qPrintable(issued.error().message));
            return issued->certificateId;
        };
        const QString server = QStringLiteral("EndEntityServerAuth");
        const QString client = QStringLiteral("EndEntityClientAuth");
        issue(m_tlsCa, server, QStringLiteral("www.example.com"), {QStringLiteral("www.example.com"), QStringLiteral("example.com")}, 90);
        const qint64 api = issue(m_tlsCa, server, QStringLiteral("api.example.com"), {QStringLiteral("api.example.com")}, 90);
        issue(m_tlsCa, server, QStringLiteral("grafana.ops.example.net"), {QStringLiteral("grafana.ops.example.net")}, 180);
        const qint64 vpn = issue(m_tlsCa, server, QStringLiteral("vpn.example.com"), {QStringLiteral("vpn.example.com")}, 365);
        issue(m_tlsCa, QStringLiteral("EndEntityCertificate"), QStringLiteral("mq.example.net"), {QStringLiteral("mq.example.net")}, 365);
        issue(m_tlsCa, client, QStringLiteral("billing-service"), {}, 30);
        const qint64 ci = issue(m_tlsCa, client, QStringLiteral("ci-runner-7"), {}, 30);
        issue(m_tlsCa, server, QStringLiteral("mail.example.com"), {QStringLiteral("mail.example.com"), QStringLiteral("smtp.example.com")}, 397);
        for (const auto &[id, reason] : {std::pair{api, "keyCompromise"}, std::pair{vpn, "superseded"}, std::pair{ci, "certificateHold"}}) {
            if (auto r = m_cas->revoke(id, QString::fromLatin1(reason)); !r)
                qFatal("revoke: %s", qPrintable(r.error().message));
        }
        issue(devicesCa.id, client, QStringLiteral("printer-3f.example.com"), {}, 365);
        issue(devicesCa.id, client, QStringLiteral("badge-reader-12"), {}, 365);
        if (!m_cas->disable(devicesCa.id) || !m_cas->disable(labCa.id) || !m_cas->remove(labCa.id, 14))
            qFatal("disable/remove failed");
        Q_UNUSED(rootCa);
    }

    ui::CreateCaWizard *wizardShot(ui::CreateCaWizard &wizard, int id, const QString &name)
    {
        while (wizard.currentId() < id)
            wizard.next();
        shoot(&wizard, name);
        return &wizard;
    }

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

    // Private CAs: the hierarchy, the TLS issuing CA's details and what it issued (some revoked,
    // one on hold), light and dark; and the CA waiting for its external certificate.
    void privateCasLightAndDark()
    {
        createHierarchy();
        for (const bool dark : {false, true}) {
            test::applyShotLook(dark);
            ui::MainWindow window(*m_inv, m_settings);
            window.resize(1360, 780);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(ui::MainWindow::Page::PrivateCas);
            ui::PrivateCasPage *page = window.privateCasPage();
            QCOMPARE(page->caModel()->cas().size(), 5);
            QVERIFY(page->selectCa(m_tlsCa));
            QCOMPARE(page->issuedModel()->rowCount(), 8);
            page->issuedView()->selectRow(1);
            const Look l = shoot(&window, dark ? QStringLiteral("private-cas-dark") : QStringLiteral("private-cas"));
            QVERIFY2(l.colours > 150, qPrintable(QString::number(l.colours)));
            QVERIFY2(dark ? l.lightness < 0.3 : l.lightness > 0.7, qPrintable(QString::number(l.lightness)));
            if (!dark) {
                QVERIFY(page->selectCa(m_pendingCa));
                shoot(&window, QStringLiteral("private-cas-pending"));
            }
        }
        test::applyShotLook(false);
    }

    void createCaWizardPages()
    {
        QVERIFY(m_cas);
        const auto cas = m_cas->list();
        QVERIFY(cas);
        for (const bool dark : {false, true}) {
            test::applyShotLook(dark);
            const QString suffix = dark ? QStringLiteral("-dark") : QString();
            ui::CreateCaWizard wizard(*cas, m_tlsCa, m_clock.now());
            wizard.resize(720, 600);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.nameEdit()->setText(QStringLiteral("example-web"));
            wizard.rootButton()->setChecked(false);
            wizard.subordinateButton()->setChecked(true);
            wizard.parentCombo()->setCurrentIndex(wizard.parentCombo()->findText(QStringLiteral("example-root")));
            shoot(&wizard, QStringLiteral("ca-wizard-kind") + suffix);
            wizard.next();
            wizard.keyAlgorithmCombo()->setCurrentIndex(wizard.keyAlgorithmCombo()->findData(QStringLiteral("EC_secp384r1")));
            shoot(&wizard, QStringLiteral("ca-wizard-key") + suffix);
            wizard.next();
            wizard.subjectFields()->commonNameEdit()->setText(QStringLiteral("Example Corp Web CA"));
            wizard.subjectFields()->organizationEdit()->setText(QStringLiteral("Example Corp"));
            wizard.subjectFields()->countryEdit()->setText(QStringLiteral("DE"));
            wizard.validityField()->setText(QStringLiteral("5y"));
            shoot(&wizard, QStringLiteral("ca-wizard-subject") + suffix);
            wizard.next();
            wizard.permittedDnsEdit()->setText(QStringLiteral("web.example.com, example.org"));
            wizard.permittedIpEdit()->setText(QStringLiteral("10.20.0.0/16"));
            shoot(&wizard, QStringLiteral("ca-wizard-constraints") + suffix);
            wizard.next();
            wizard.crlUrlEdit()->setText(QStringLiteral("http://pki.example.com/crl/web.crl"));
            wizard.ocspUrlEdit()->setText(QStringLiteral("http://ocsp.example.com"));
            shoot(&wizard, QStringLiteral("ca-wizard-distribution") + suffix);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ui::CreateCaWizard::ReviewPage));
            const Look l = shoot(&wizard, QStringLiteral("ca-wizard-review") + suffix);
            QVERIFY2(l.colours > 20, qPrintable(QString::number(l.colours)));
        }
        test::applyShotLook(false);
    }

    void issueDialog()
    {
        QVERIFY(m_cas);
        const auto ca = m_cas->info(m_tlsCa);
        QVERIFY(ca);
        for (const bool dark : {false, true}) {
            test::applyShotLook(dark);
            ui::IssueCertificateDialog dialog(*ca, m_clock.now());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.subjectFields()->commonNameEdit()->setText(QStringLiteral("shop.example.com"));
            dialog.subjectFields()->organizationEdit()->setText(QStringLiteral("Example Corp"));
            dialog.namesEdit()->setText(QStringLiteral("shop.example.com, www.shop.example.com, 10.20.1.15"));
            dialog.validityField()->setText(QStringLiteral("90d"));
            dialog.adjustSize();
            const Look l = shoot(&dialog, dark ? QStringLiteral("issue-dialog-dark") : QStringLiteral("issue-dialog"));
            QVERIFY2(l.colours > 30, qPrintable(QString::number(l.colours)));
            QVERIFY(dialog.problem().isEmpty());
        }
        test::applyShotLook(false);
    }

    // Requests: managed certificates from the TLS CA (issued, renewed), a CSR waiting at an
    // external CA and a request the CA refused (outside its name constraints), light and dark;
    // and the Request wizard's names page with its checks.
    void requestsLightAndDark()
    {
        QVERIFY(m_cas);
        core::ManagedCertificates managed(*m_cas, [](core::MasterPasswordPurpose) {
            return std::optional<QByteArray>(core::kDemoMasterPassword);
        });
        const auto request = [&managed](const QString &name, core::IssuerKind kind, const QString &ca) {
            core::RequestSpec spec;
            spec.domainName = name;
            spec.keyAlgorithm = QStringLiteral("EC_prime256v1");
            spec.issuerKind = kind;
            spec.issuer = ca;
            spec.validity = core::Validity::days(90);
            auto m = managed.request(spec);
            if (!m)
                qFatal("request %s: %s", qPrintable(name), qPrintable(m.error().message));
            return *m;
        };
        const core::ManagedCertificate shop = request(QStringLiteral("shop.example.com"), core::IssuerKind::PrivateCa,
                                                      QStringLiteral("example-tls"));
        const core::ManagedCertificate api = request(QStringLiteral("api.example.net"), core::IssuerKind::PrivateCa,
                                                     QStringLiteral("example-tls"));
        QVERIFY(managed.renew(api.id));
        const core::ManagedCertificate mail = request(QStringLiteral("mail.example.com"), core::IssuerKind::External, {});
        QCOMPARE(request(QStringLiteral("www.example.org"), core::IssuerKind::PrivateCa, QStringLiteral("example-tls")).status,
                 core::ManagedStatus::Failed);
        for (const bool dark : {false, true}) {
            test::applyShotLook(dark);
            ui::MainWindow window(*m_inv, m_settings);
            window.resize(1360, 780);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(ui::MainWindow::Page::Requests);
            ui::RequestsPage *page = window.requestsPage();
            QTRY_VERIFY(!page->managedActions()->isBusy());
            page->setShow(ui::RequestsPage::Show::All);
            QCOMPARE(page->model()->rowCount(), 4);
            QVERIFY(page->selectManaged(dark ? shop.id : mail.id));
            const Look l = shoot(&window, dark ? QStringLiteral("requests-dark") : QStringLiteral("requests"));
            QVERIFY2(l.colours > 100, qPrintable(QString::number(l.colours)));
            QVERIFY2(dark ? l.lightness < 0.3 : l.lightness > 0.7, qPrintable(QString::number(l.lightness)));

            const auto cas = m_cas->list(false);
            QVERIFY(cas);
            ui::RequestWizard wizard(*cas, m_clock.now());
            wizard.resize(760, 640);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.domainEdit()->setText(QStringLiteral("shop.example.com"));
            wizard.addNames(QStringLiteral("www.shop.example.com, bücher.example.com, *.*.example.com"));
            const Look w = shoot(&wizard, dark ? QStringLiteral("request-wizard-dark") : QStringLiteral("request-wizard"));
            QVERIFY2(w.colours > 20, qPrintable(QString::number(w.colours)));
        }
        test::applyShotLook(false);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
