// Renders the main window's pages to PNG files, to look at them (and for the README).
//
//   QT_QPA_PLATFORM=offscreen certdesk-screenshots [--dark] [--sample-only] [--lang de] [OUTPUT_DIR]
//
// Writes OUTPUT_DIR/certdesk-{dashboard,certificates,requests,requests-issued,requests-failed,activity,certificates-search,certificates-narrow,
// import-summary,request-wizard-{names,key,issuer,options,review},renewal-settings}[-dark][-LANG].png
// (-LANG only with --lang)
// (OUTPUT_DIR defaults to /tmp). The inventory is temporary: the test fixtures
// plus generated sample certificates, at the fixtures' fixed time.

#include "sampledata.h"
#include "uitestutil.h"
#include "shotsetup.h"

#include "ca/certificateauthority.h"
#include "dialogs/importsummarydialog.h"
#include "dialogs/renewalsettingsdialog.h"
#include "lifecycle/managedcertificates.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "pages/requestspage.h"
#include "views/certificatetableview.h"
#include "views/mainwindow.h"
#include "widgets/validityfield.h"
#include "wizards/requestwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
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

// Private CAs and managed certificates for the Requests page: issued, renewed, an IDN, a CSR
// waiting at an external CA and a request the CA refused.
void createRequests(core::Inventory &inventory)
{
    const auto ask = [](core::MasterPasswordPurpose) { return std::optional<QByteArray>("master"); };
    core::CertificateAuthorities cas(inventory, ask);
    const auto report = [](const auto &result, const QString &what) {
        if (!result)
            QTextStream(stderr) << what << ": " << result.error().message << Qt::endl;
        return bool(result);
    };
    core::CaConfig root;
    root.name = QStringLiteral("example-root");
    root.keyAlgorithm = QStringLiteral("EC_secp384r1");
    root.subject = QStringLiteral("CN=Example Corp Root CA,O=Example Corp,C=DE");
    if (!report(cas.create(root), root.name))
        return;
    core::CaConfig web;
    web.name = QStringLiteral("example-web");
    web.kind = core::CaKind::Subordinate;
    web.parent = root.name;
    web.subject = QStringLiteral("CN=Example Corp Web CA,O=Example Corp,C=DE");
    web.validity = core::Validity{core::Validity::Unit::Years, 5, {}};
    report(cas.create(web), web.name);
    core::CaConfig lab = web;
    lab.name = QStringLiteral("example-lab");
    lab.subject = QStringLiteral("CN=Example Corp Lab CA,O=Example Corp,C=DE");
    lab.nameConstraints.permittedDns = {QStringLiteral("lab.example.com")};
    report(cas.create(lab), lab.name);

    core::ManagedCertificates managed(cas, ask);
    const auto request = [&](const QString &name, const QStringList &more, const QString &key, core::IssuerKind kind,
                             const QString &ca, int days) -> qint64 {
        core::RequestSpec spec;
        spec.domainName = name;
        spec.additionalNames = more;
        spec.keyAlgorithm = key;
        spec.issuerKind = kind;
        spec.issuer = ca;
        spec.validity = core::Validity::days(days);
        spec.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
        auto m = managed.request(spec);
        return report(m, name) ? m->id : 0;
    };
    using K = core::IssuerKind;
    request(QStringLiteral("shop.example.com"), {QStringLiteral("www.shop.example.com"), QStringLiteral("static.shop.example.com")},
            QStringLiteral("RSA_2048"), K::PrivateCa, web.name, 90);
    const qint64 api = request(QStringLiteral("api.example.com"), {}, QStringLiteral("EC_prime256v1"), K::PrivateCa, web.name, 365);
    request(QStringLiteral("bücher.example.com"), {QStringLiteral("www.bücher.example.com")}, QStringLiteral("EC_prime256v1"),
            K::PrivateCa, web.name, 90);
    request(QStringLiteral("*.internal.example.com"), {}, QStringLiteral("EC_prime256v1"), K::PrivateCa, web.name, 30);
    request(QStringLiteral("mail.example.com"), {QStringLiteral("smtp.example.com"), QStringLiteral("imap.example.com")},
            QStringLiteral("RSA_3072"), K::External, QString(), 0);
    request(QStringLiteral("www.example.org"), {}, QStringLiteral("EC_prime256v1"), K::PrivateCa, lab.name, 90);
    if (api)
        report(managed.renew(api), QStringLiteral("renew api.example.com"));
}

// The managed certificate for a domain name (0: none).
qint64 managedId(ui::RequestsPage *page, const QString &name)
{
    core::ManagedFilter filter;
    filter.search = name;
    const auto found = page->reader().list(filter, 1);
    return found && !found->isEmpty() ? found->first().id : 0;
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

    createRequests(*inventory);

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
        {ui::MainWindow::Page::Requests, QStringLiteral("requests")},
        {ui::MainWindow::Page::Deployments, QStringLiteral("deployments")},
        {ui::MainWindow::Page::Discovery, QStringLiteral("discovery")},
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
        if (p.page == ui::MainWindow::Page::Requests) {
            // The external CA's request: its CSR and Save CSR in the details.
            window.requestsPage()->selectManaged(managedId(window.requestsPage(), QStringLiteral("mail.example.com")));
        }
        ok &= save(&window, QStringLiteral("%1/certdesk-%2%3.png").arg(dir, p.name, suffix));
        if (p.page == ui::MainWindow::Page::Requests) {
            window.requestsPage()->selectManaged(managedId(window.requestsPage(), QStringLiteral("shop.example.com")));
            ok &= save(&window, QStringLiteral("%1/certdesk-requests-issued%2.png").arg(dir, suffix));
            // The request the CA refused: the reason in the table and in the details.
            window.requestsPage()->selectManaged(managedId(window.requestsPage(), QStringLiteral("www.example.org")));
            ok &= save(&window, QStringLiteral("%1/certdesk-requests-failed%2.png").arg(dir, suffix));
        }
    }

    window.showPage(ui::MainWindow::Page::Certificates);
    core::CertificateFilter expiring;
    expiring.search = QStringLiteral("example.com");
    window.certificatesPage()->showFilter(expiring);
    ok &= save(&window, QStringLiteral("%1/certdesk-certificates-search%2.png").arg(dir, suffix));

    window.certificatesPage()->showFilter({});
    window.resize(820, 600);
    ok &= save(&window, QStringLiteral("%1/certdesk-certificates-narrow%2.png").arg(dir, suffix));

    // The Request wizard, page by page.
    {
        core::CertificateAuthorities cas(*inventory, [](core::MasterPasswordPurpose) { return std::optional<QByteArray>(); });
        const auto list = cas.list(false);
        ui::RequestWizard wizard(list ? *list : QList<core::CaInfo>(), clock.now());
        wizard.resize(760, 640);
        wizard.show();
        wizard.domainEdit()->setText(QStringLiteral("shop.example.com"));
        wizard.addNames(QStringLiteral("www.shop.example.com, bücher.example.com, 10.20.1.15, *.*.example.com, WWW.shop.example.com"));
        ok &= save(&wizard, QStringLiteral("%1/certdesk-request-wizard-names%2.png").arg(dir, suffix));
        wizard.removeName(4);
        wizard.removeName(3);
        wizard.next();
        wizard.setKeyAlgorithm(QStringLiteral("EC_prime256v1"));
        ok &= save(&wizard, QStringLiteral("%1/certdesk-request-wizard-key%2.png").arg(dir, suffix));
        wizard.next();
        wizard.caCombo()->setCurrentIndex(wizard.caCombo()->findText(QStringLiteral("example-web")));
        wizard.validityField()->setText(QStringLiteral("90d"));
        ok &= save(&wizard, QStringLiteral("%1/certdesk-request-wizard-issuer%2.png").arg(dir, suffix));
        wizard.next();
        wizard.addTag(QStringLiteral("env"), QStringLiteral("prod"));
        wizard.addTag(QStringLiteral("team"), QStringLiteral("web"));
        ok &= save(&wizard, QStringLiteral("%1/certdesk-request-wizard-options%2.png").arg(dir, suffix));
        wizard.next();
        ok &= save(&wizard, QStringLiteral("%1/certdesk-request-wizard-review%2.png").arg(dir, suffix));
    }
    if (const qint64 shop = managedId(window.requestsPage(), QStringLiteral("shop.example.com"))) {
        if (const auto m = window.requestsPage()->reader().get(shop)) {
            ui::RenewalSettingsDialog settings(*m, &window);
            settings.show();
            ok &= save(&settings, QStringLiteral("%1/certdesk-renewal-settings%2.png").arg(dir, suffix));
        }
    }

    if (!parser.isSet(sampleOnly)) {
        ui::ImportSummaryDialog summary(report, &window);
        summary.show();
        ok &= save(&summary, QStringLiteral("%1/certdesk-import-summary%2.png").arg(dir, suffix));
    }
    return ok ? 0 : 1;
}
