// Request Certificate… end to end on the offscreen platform, on a temporary inventory with a real
// private CA made through the core: the names page's live checks (a plain name, an
// internationalised one shown with its punycode form, a misplaced wildcard, invalid characters,
// duplicates), the key and issuer pages, and submitting — issued at once by the private CA (the
// window shows the new certificate with its details), a CSR for an external CA (PENDING_VALIDATION,
// the Requests page shows the CSR, Save CSR writes it), and a request the CA refuses (FAILED: the
// wizard shows why).

#include "uitestutil.h"

#include "ca/certificateauthority.h"
#include "commands/managedactions.h"
#include "details/detailspanel.h"
#include "details/manageddetailsview.h"
#include "lifecycle/managedcertificates.h"
#include "models/deploymentsmodel.h"
#include "models/managedcertificatesmodel.h"
#include "pages/certificatespage.h"
#include "pages/deploymentspage.h"
#include "pages/requestspage.h"
#include "views/mainwindow.h"
#include "widgets/renewalsettingsfields.h"
#include "widgets/validityfield.h"
#include "wizards/requestwizard.h"
#include "x509/csr.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using W = ui::RequestWizard;

namespace {

constexpr char kMasterPassword[] = "correct horse battery";

QDateTime wholeSeconds(QDateTime t)
{
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

} // namespace

class TestRequestWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::FixedClock m_clock{wholeSeconds(QDateTime::currentDateTimeUtc())};
    std::unique_ptr<core::Inventory> m_inv;
    std::unique_ptr<core::CertificateAuthorities> m_cas;
    std::unique_ptr<core::ManagedCertificates> m_managed; // the test's own view of the core
    std::unique_ptr<ui::MainWindow> m_window;
    QList<core::CaInfo> m_caList;

    // Fills the names, key and issuer pages and goes to the review page.
    void fillIn(W *wizard, const QString &domain, const QString &more, const QString &key, bool external,
                const QString &ca = QStringLiteral("web-ca"))
    {
        wizard->domainEdit()->setText(domain);
        if (!more.isEmpty())
            wizard->addNames(more);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(W::KeyPage));
        wizard->setKeyAlgorithm(key);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(W::IssuerPage));
        if (external) {
            wizard->externalButton()->setChecked(true);
        } else {
            wizard->privateCaButton()->setChecked(true);
            wizard->caCombo()->setCurrentIndex(wizard->caCombo()->findText(ca));
            wizard->validityField()->setText(QStringLiteral("90d"));
        }
        wizard->next();
        QCOMPARE(wizard->currentId(), int(W::OptionsPage));
        wizard->addTag(QStringLiteral("env"), QStringLiteral("test"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(W::ReviewPage));
    }

    ui::RequestsPage *page() const { return m_window->requestsPage(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::CaOutcome>();
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("requests.db")), m_clock, QStringLiteral("tst-requestwizard"));
        m_cas = std::make_unique<core::CertificateAuthorities>(
            *m_inv, [](core::MasterPasswordPurpose) { return std::optional<QByteArray>(kMasterPassword); });
        core::CaConfig root;
        root.name = QStringLiteral("web-ca");
        root.subject = QStringLiteral("CN=certdesk Test Web CA");
        auto ca = m_cas->create(root);
        QVERIFY2(ca, ca ? "" : qPrintable(ca.error().message));
        // A CA that signs names under example.test only: it refuses other names.
        core::CaConfig narrow;
        narrow.name = QStringLiteral("narrow-ca");
        narrow.subject = QStringLiteral("CN=certdesk Test Narrow CA");
        narrow.nameConstraints.permittedDns = {QStringLiteral("example.test")};
        QVERIFY(m_cas->create(narrow));
        core::CaConfig disabled;
        disabled.name = QStringLiteral("disabled-ca");
        disabled.subject = QStringLiteral("CN=certdesk Test Disabled CA");
        auto off = m_cas->create(disabled);
        QVERIFY(off && m_cas->disable(off->id));
        m_caList = *m_cas->list();
        m_managed = std::make_unique<core::ManagedCertificates>(
            *m_cas, [](core::MasterPasswordPurpose) { return std::optional<QByteArray>(kMasterPassword); });
        QVERIFY(m_inv->keyStore().isUnlocked()); // the GUI's store: workers take the key from it

        m_window = std::make_unique<ui::MainWindow>(*m_inv);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        page()->managedActions()->setShowErrors(false);
        new QAbstractItemModelTester(page()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        QTRY_VERIFY(!page()->managedActions()->isBusy()); // the renewal engine's first look at start
    }

    void namesAreCheckedAsTyped_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain name") << QStringLiteral("www.example.test") << true << QStringLiteral("www.example.test");
        QTest::newRow("wildcard") << QStringLiteral("*.example.test") << true << QStringLiteral("example.test");
        QTest::newRow("IDN") << QStringLiteral("bücher.example") << true
                             << QStringLiteral("bücher.example → xn--bcher-kva.example");
        QTest::newRow("wildcard not leftmost") << QStringLiteral("www.*.example.test") << false << QString();
        QTest::newRow("wildcard inside a label") << QStringLiteral("w*w.example.test") << false << QString();
        QTest::newRow("invalid characters") << QStringLiteral("exa_mple!.test") << false << QString();
        QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + QStringLiteral(".test") << false << QString();
        QTest::newRow("too long for the common name (65 octets)")
            << QString(52, QLatin1Char('a')) + QStringLiteral(".example.test") << false << QString();
        // The domain name is a DNS name (it becomes the CN); IP addresses go among the other names.
        QTest::newRow("IP address as the domain name") << QStringLiteral("10.0.0.7") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }

    void namesAreCheckedAsTyped()
    {
        QFETCH(QString, domain);
        QFETCH(bool, complete);
        QFETCH(QString, shown);
        W wizard(m_caList, m_clock.now());
        wizard.show();
        wizard.domainEdit()->setText(domain);
        ui::ValidatedPage *names = wizard.validatedPage(W::NamesPage);
        QCOMPARE(names->isComplete(), complete);
        QCOMPARE(wizard.button(QWizard::NextButton)->isEnabled(), complete);
        if (complete)
            QVERIFY2(wizard.domainCheckLabel()->text().contains(shown), qPrintable(wizard.domainCheckLabel()->text()));
        else if (!domain.isEmpty())
            QVERIFY2(!names->problem().text.isEmpty() && names->problem().mistake, qPrintable(names->problem().text));
        wizard.button(QWizard::NextButton)->click(); // does nothing while the page is incomplete
        QCOMPARE(wizard.currentId(), complete ? int(W::KeyPage) : int(W::NamesPage));
    }

    // Additional names: added one by one or as a pasted list, each checked on its own line;
    // duplicates (also of the domain name, in any case, after IDN conversion) and bad names block Next.
    void additionalNamesShowTheirChecks()
    {
        W wizard(m_caList, m_clock.now());
        wizard.show();
        wizard.domainEdit()->setText(QStringLiteral("shop.example.test"));
        wizard.addNames(QStringLiteral("api.example.test, bücher.example\n10.0.0.7  *.cdn.example.test"));
        QCOMPARE(wizard.additionalNames().size(), 4);
        QCOMPARE(wizard.namesList()->topLevelItemCount(), 4);
        QCOMPARE(wizard.nameCheckText(1), QStringLiteral("bücher.example → xn--bcher-kva.example"));
        QVERIFY(!wizard.nameHasProblem(1));
        QVERIFY(wizard.validatedPage(W::NamesPage)->isComplete());

        wizard.addNames(QStringLiteral("SHOP.example.test"));        // the domain name again
        wizard.addNames(QStringLiteral("xn--bcher-kva.example"));    // bücher.example again
        wizard.addNames(QStringLiteral("*.*.example.test"));         // a bad wildcard
        QVERIFY(wizard.nameHasProblem(4));
        QVERIFY(wizard.nameHasProblem(5));
        QVERIFY(wizard.nameHasProblem(6));
        QVERIFY2(!wizard.nameCheckText(6).isEmpty(), "the problem shows next to the name");
        QVERIFY(!wizard.validatedPage(W::NamesPage)->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // Removing them makes the page complete again.
        wizard.removeName(6);
        wizard.removeName(5);
        wizard.removeName(4);
        QVERIFY(wizard.validatedPage(W::NamesPage)->isComplete());
        const core::RequestSpec spec = wizard.spec();
        QCOMPARE(spec.domainName, QStringLiteral("shop.example.test"));
        QCOMPARE(spec.additionalNames.size(), 4);
    }

    void keyAndIssuerPages()
    {
        W wizard(m_caList, m_clock.now());
        wizard.show();
        QCOMPARE(wizard.keyAlgorithm(), QStringLiteral("RSA_2048")); // the default
        for (const QString &algorithm : core::requestKeyAlgorithms())
            QVERIFY2(wizard.keyButton(algorithm), qPrintable(algorithm));
        // Active CAs only.
        QVERIFY(wizard.caCombo()->findText(QStringLiteral("web-ca")) >= 0);
        QVERIFY(wizard.caCombo()->findText(QStringLiteral("narrow-ca")) >= 0);
        QCOMPARE(wizard.caCombo()->findText(QStringLiteral("disabled-ca")), -1);
        QVERIFY(!wizard.acmeButton()->isEnabled());
        QVERIFY(wizard.privateCaButton()->isChecked());
        QCOMPARE(wizard.templateCombo()->currentData().toString(), QStringLiteral("EndEntityServerAuth"));
        for (int i = 0; i < wizard.templateCombo()->count(); ++i) {
            const auto t = core::certificateTemplate(wizard.templateCombo()->itemData(i).toString());
            QVERIFY(t && !t->ca);
        }
        wizard.validityField()->setText(QStringLiteral("not a period"));
        QVERIFY(!wizard.validatedPage(W::IssuerPage)->isComplete());
        wizard.externalButton()->setChecked(true); // no validity for an external CA
        QVERIFY(wizard.validatedPage(W::IssuerPage)->isComplete());
        QCOMPARE(wizard.spec().issuerKind, core::IssuerKind::External);
    }

    // Ctrl+N opens the wizard on any page; opening it again raises the one that is open.
    void ctrlNOpensTheWizard()
    {
        m_window->showPage(ui::MainWindow::Page::Activity);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(m_window->requestAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer<W> wizard = m_window->findChild<W *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(W::NamesPage));
        QCOMPARE(page()->managedActions()->requestCertificate(), wizard.data());
        wizard->reject();
        QTRY_VERIFY(wizard.isNull()); // deleted on close
    }

    // From the private CA: issued at once; the window shows the new certificate and its details.
    void requestsFromThePrivateCa()
    {
        m_window->showPage(ui::MainWindow::Page::Dashboard);
        ui::RequestWizard *wizard = page()->managedActions()->requestCertificate();
        QVERIFY(wizard);
        QPointer<W> guard(wizard);
        fillIn(wizard, QStringLiteral("www.example.test"), QStringLiteral("api.example.test bücher.example"),
               QStringLiteral("EC_prime256v1"), false);
        QVERIFY2(wizard->reviewLabel()->text().contains(QLatin1String("xn--bcher-kva.example")),
                 qPrintable(wizard->reviewLabel()->text()));
        QSignalSpy requested(page(), &ui::RequestsPage::requested);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard->isBusy());
        QVERIFY(wizard->progressBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000); // closes when done
        QCOMPARE(requested.size(), 1);

        const auto list = m_managed->list();
        QVERIFY(list && list->size() == 1);
        const core::ManagedCertificate m = list->first();
        QCOMPARE(m.status, core::ManagedStatus::Issued);
        QCOMPARE(m.domainName, QStringLiteral("www.example.test"));
        QCOMPARE(m.additionalNames, (QStringList{QStringLiteral("api.example.test"), QStringLiteral("xn--bcher-kva.example")}));
        QCOMPARE(m.keyAlgorithm, QStringLiteral("EC_prime256v1"));
        QCOMPARE(m.issuer, QStringLiteral("web-ca"));
        QVERIFY(m.tags.contains(core::Tag(QStringLiteral("env"), QStringLiteral("test"))));
        QVERIFY(m.certificateId);
        const auto record = m_inv->record(*m.certificateId);
        QVERIFY(record);
        QCOMPARE(record->summary.type, QStringLiteral("PRIVATE"));
        QVERIFY(record->summary.hasPrivateKey);
        QCOMPARE(record->summary.notAfter.date(), m_clock.now().addDays(90).date());

        // The window shows it: Certificates page, the row selected, its details open.
        QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Certificates);
        QCOMPARE(m_window->certificatesPage()->detailsPanel()->certificateId(), *m.certificateId);
        QCOMPARE(m_window->certificatesPage()->selectedIds(), QList<qint64>{*m.certificateId});
        QVERIFY(m_window->certificatesPage()->action(ui::CertificatesPage::Action::Renew)->isEnabled());
    }

    // An external CA: the key and a CSR, PENDING_VALIDATION; the Requests page shows the CSR.
    void requestsACsrForAnExternalCa()
    {
        ui::RequestWizard *wizard = page()->managedActions()->requestCertificate();
        QPointer<W> guard(wizard);
        fillIn(wizard, QStringLiteral("mail.example.test"), QString(), QStringLiteral("EC_secp384r1"), true);
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Create Key and CSR"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000);

        const auto list = m_managed->list({QString(), false, false, QStringLiteral("mail.")});
        QVERIFY(list && list->size() == 1);
        const core::ManagedCertificate m = list->first();
        QCOMPARE(m.status, core::ManagedStatus::PendingValidation);
        QCOMPARE(m.issuerKind, core::IssuerKind::External);
        QVERIFY(m.hasPendingCsr);
        const auto pem = m_managed->pendingCsrPem(m.id);
        QVERIFY(pem && pem->startsWith("-----BEGIN CERTIFICATE REQUEST-----"));

        QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Requests);
        QCOMPARE(page()->currentManaged()->id, m.id);
        QCOMPARE(page()->detailsView()->managedId(), m.id);
        QVERIFY(page()->detailsView()->csrView()->isVisible());
        QCOMPARE(page()->detailsView()->csrView()->toPlainText().toLatin1(), *pem);
        QVERIFY(page()->action(ui::ManagedActions::Action::SaveCsr)->isEnabled());
        QCOMPARE(m_window->focusWidget(), static_cast<QWidget *>(page()->detailsView()->saveCsrButton())); // what to do next

        // Save CSR… (the work behind the file dialog): the PEM, readable by others (it is public).
        const QString path = m_dir.filePath(QStringLiteral("mail.csr"));
        page()->managedActions()->saveCsr(m.id, path);
        QTRY_VERIFY(!page()->managedActions()->isBusy());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), *pem);
        QVERIFY(file.permissions() & QFileDevice::ReadOther);
    }

    // A CA that refuses the names: the request is stored as FAILED and the wizard says why.
    void showsWhyTheCaRefused()
    {
        ui::RequestWizard *wizard = page()->managedActions()->requestCertificate();
        QPointer<W> guard(wizard);
        fillIn(wizard, QStringLiteral("www.other.example"), QString(), QStringLiteral("EC_prime256v1"), false,
               QStringLiteral("narrow-ca"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy(), 30000);
        QVERIFY(!guard.isNull()); // stays open
        QVERIFY(wizard->errorLabel()->isVisible());
        const auto list = m_managed->list({core::ManagedStatus::Failed, false, false, QString()});
        QVERIFY(list && list->size() == 1);
        QVERIFY(!list->first().failureReason.isEmpty());
        QVERIFY2(wizard->errorLabel()->text().contains(list->first().failureReason), qPrintable(wizard->errorLabel()->text()));
        wizard->reject();
        QTRY_VERIFY(guard.isNull());
    }

    // Deploy to: the new certificate is written into the folder once issued (a deployment).
    void deploysAfterIssuance()
    {
        ui::RequestWizard *wizard = page()->managedActions()->requestCertificate();
        QPointer<W> guard(wizard);
        const QString folder = m_dir.filePath(QStringLiteral("deploy-www"));
        wizard->deployFolderField()->setText(QStringLiteral("relative/folder"));
        fillIn(wizard, QStringLiteral("deploy.example.test"), QString(), QStringLiteral("EC_prime256v1"), false);
        wizard->back(); // the Options page refuses a relative folder
        QCOMPARE(wizard->currentId(), int(W::OptionsPage));
        QVERIFY(!wizard->validatedPage(W::OptionsPage)->isComplete());
        wizard->deployFolderField()->setText(folder);
        wizard->deployLayoutCombo()->setCurrentIndex(wizard->deployLayoutCombo()->findData(QStringLiteral("apache")));
        wizard->deployReloadField()->setText(QStringLiteral("true"));
        QVERIFY(wizard->validatedPage(W::OptionsPage)->isComplete());
        wizard->next();
        QVERIFY2(wizard->reviewLabel()->text().contains(QLatin1String("Apache")), qPrintable(wizard->reviewLabel()->text()));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000);
        // The deployment is added and runs on its own worker after the request's.
        ui::DeploymentsPage *deployments = m_window->deploymentsPage();
        QTRY_COMPARE_WITH_TIMEOUT(deployments->model()->rowCount(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!deployments->isBusy(), 30000);
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("cert.pem"))));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("privkey.pem"))));
        QCOMPARE(deployments->model()->deployment(0)->domainName, QStringLiteral("deploy.example.test"));
        QCOMPARE(deployments->model()->deployment(0)->state, core::DeploymentState::Deployed);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_managed.reset();
        m_cas.reset();
    }
};

QTEST_MAIN(TestRequestWizard)
#include "tst_requestwizard.moc"
