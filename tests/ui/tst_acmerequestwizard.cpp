// The Request wizard's ACME path against a real pebble (tests/core/pebbleserver.h): the issuer page
// offers the account (and refuses IP addresses), the validation page keeps Next disabled for a
// wildcard over HTTP, and the live Validation page follows the order on the worker — http-01
// through certdesk's own responder reaching VALID and ISSUED, DNS records made by hand (the test
// creates the TXT records it is shown at challtestsrv and presses "The records exist"), and
// Cancel while the order waits, which stops it.

#include "uitestutil.h"

#include "acmetestutil.h"

#include "acme/acmeaccounts.h"
#include "ca/certificateauthority.h"
#include "commands/managedactions.h"
#include "lifecycle/managedcertificates.h"
#include "pages/requestspage.h"
#include "views/mainwindow.h"
#include "wizards/acmeprogresspage.h"
#include "wizards/acmevalidationpage.h"
#include "wizards/requestwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using W = ui::RequestWizard;

namespace {
constexpr char kMasterPassword[] = "correct horse battery";
constexpr int kOrderMs = 60000;
void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("CERTDESK_SHOT_DIR"); // renders for a look
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}
auto password() { return [](core::MasterPasswordPurpose) { return std::optional<QByteArray>(kMasterPassword); }; }
} // namespace

class TestAcmeRequestWizard : public QObject
{
    Q_OBJECT

    PebbleServer m_pebble;
    QTemporaryDir m_dir;
    core::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<core::Inventory> m_inv;
    std::unique_ptr<core::CertificateAuthorities> m_cas;
    std::unique_ptr<core::ManagedCertificates> m_managed;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::ManagedActions *actions() const { return m_window->requestsPage()->managedActions(); }

    // Names, key and issuer (the pebble account), up to the validation page.
    void toValidation(W *wizard, const QString &domain, const QString &more = {})
    {
        wizard->domainEdit()->setText(domain);
        if (!more.isEmpty())
            wizard->addNames(more);
        wizard->next();
        wizard->setKeyAlgorithm(QStringLiteral("EC_prime256v1"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(W::IssuerPage));
        QVERIFY(wizard->acmeButton()->isEnabled());
        wizard->acmeButton()->setChecked(true);
        QCOMPARE(wizard->acmeAccountCombo()->count(), 1);
        shot(wizard, "acme-wizard-issuer");
        QVERIFY2(wizard->validatedPage(W::IssuerPage)->isComplete(), qPrintable(wizard->validatedPage(W::IssuerPage)->problem().text));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(W::ValidationPage));
    }

    // Options, review, Request: the live page.
    void submit(W *wizard)
    {
        QVERIFY2(wizard->acmeValidationPage()->isComplete(), qPrintable(wizard->acmeValidationPage()->problem().text));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(W::OptionsPage));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(W::ReviewPage));
        QAbstractButton *request = wizard->button(QWizard::CommitButton);
        QVERIFY(request->isVisible() && request->isEnabled());
        request->click();
        QCOMPARE(wizard->currentId(), int(W::ProgressPage));
        QVERIFY(!wizard->acmeProgressPage()->isComplete());
    }

    std::optional<core::ManagedCertificate> managed(const QString &domain)
    {
        const auto list = m_managed->list();
        for (const core::ManagedCertificate &m : list.value_or(QList<core::ManagedCertificate>()))
            if (m.domainName == domain)
                return m;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString started = m_pebble.start(); // pebble is a test dependency: missing, the test fails
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("acme.db")), m_clock, QStringLiteral("tst-acmerequestwizard"));
        QVERIFY(m_inv->keyStore().initialize(kMasterPassword));
        m_cas = std::make_unique<core::CertificateAuthorities>(*m_inv, password());
        m_managed = std::make_unique<core::ManagedCertificates>(*m_cas, password());
        auto a = test::createPebbleAccount(*m_inv, password(), m_pebble);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        m_window = std::make_unique<ui::MainWindow>(*m_inv);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        actions()->setShowErrors(false);
        QTRY_VERIFY(!actions()->isBusy()); // the renewal engine's first look at start
    }

    void noAccountNoAcme()
    {
        W wizard({}, m_clock.now());
        QVERIFY(!wizard.acmeButton()->isEnabled());
        QVERIFY(!wizard.addAcmeAccountButton()->isHidden());
        QSignalSpy add(&wizard, &W::addAcmeAccountRequested);
        wizard.addAcmeAccountButton()->click();
        QCOMPARE(add.size(), 1);
    }

    void ipAddressesAreRefused()
    {
        QPointer<W> wizard = actions()->requestCertificate();
        wizard->domainEdit()->setText(QStringLiteral("ip.example.org"));
        wizard->addNames(QStringLiteral("192.0.2.7"));
        wizard->next();
        wizard->next();
        wizard->acmeButton()->setChecked(true);
        ui::ValidatedPage *issuer = wizard->validatedPage(W::IssuerPage);
        QVERIFY(!issuer->isComplete());
        QVERIFY2(issuer->problem().text.contains(QLatin1String("192.0.2.7")), qPrintable(issuer->problem().text));
        wizard->reject();
        QTRY_VERIFY(wizard.isNull());
    }

    void wildcardNeedsDns()
    {
        QPointer<W> wizard = actions()->requestCertificate();
        toValidation(wizard, QStringLiteral("*.wild.example.org"));
        ui::AcmeValidationPage *v = wizard->acmeValidationPage();
        QVERIFY(v->httpButton()->isChecked());
        QVERIFY(!v->isComplete());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(v->wildcardNote()->isVisible());
        v->dnsButton()->setChecked(true);
        QVERIFY2(v->isComplete(), qPrintable(v->problem().text));
        // CNAME delegation: the CNAME to create once shows for the name.
        v->delegationEdit()->setText(QStringLiteral("acme.example.net"));
        QCOMPARE(v->cnameList()->topLevelItemCount(), 1);
        QVERIFY(v->cnameList()->topLevelItem(0)->text(0).startsWith(QLatin1String("_acme-challenge.wild.example.org")));
        QVERIFY(v->copyCnamesButton()->isVisible());
        shot(wizard, "acme-wizard-validation-dns");
        // Automatic updates need a server and a TSIG key.
        v->rfc2136Button()->setChecked(true);
        QVERIFY(!v->isComplete());
        wizard->reject();
        QTRY_VERIFY(wizard.isNull());
    }

    void httpThroughCertdesksResponder()
    {
        QPointer<W> wizard = actions()->requestCertificate();
        toValidation(wizard, QStringLiteral("web.example.org"));
        ui::AcmeValidationPage *v = wizard->acmeValidationPage();
        QVERIFY(v->responderButton()->isChecked());
        v->listenEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(m_pebble.httpPort()));
        submit(wizard);
        ui::AcmeProgressPage *live = wizard->acmeProgressPage();
        QTRY_COMPARE_WITH_TIMEOUT(live->stateOf(QStringLiteral("web.example.org")), QStringLiteral("✓ Valid"), kOrderMs);
        QTRY_VERIFY_WITH_TIMEOUT(live->isComplete(), kOrderMs);
        QVERIFY2(live->resultLabel()->text().contains(QLatin1String("issued")), qPrintable(live->resultLabel()->text()));
        shot(wizard, "acme-wizard-live-issued");
        const auto m = managed(QStringLiteral("web.example.org"));
        QVERIFY(m);
        QCOMPARE(m->status, core::ManagedStatus::Issued);
        QCOMPARE(m->issuerKind, core::IssuerKind::Acme);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(wizard.isNull());
        // Renew is offered for ACME certificates now.
        m_window->showPage(ui::MainWindow::Page::Requests);
        QTRY_VERIFY(m_window->requestsPage()->selectManaged(m->id));
        QTRY_VERIFY(actions()->action(ui::ManagedActions::Action::Renew)->isEnabled());
        QVERIFY(actions()->action(ui::ManagedActions::Action::AcmeRevoke)->isEnabled());
    }

    void dnsRecordsByHand()
    {
        QPointer<W> wizard = actions()->requestCertificate();
        toValidation(wizard, QStringLiteral("dns.example.net"));
        ui::AcmeValidationPage *v = wizard->acmeValidationPage();
        v->dnsButton()->setChecked(true);
        QVERIFY(v->manualButton()->isChecked());
        v->resolverEdit()->setText(m_pebble.dnsServer());
        submit(wizard);
        ui::AcmeProgressPage *live = wizard->acmeProgressPage();
        QTRY_VERIFY_WITH_TIMEOUT(live->recordsBox()->isVisible(), kOrderMs);
        QCOMPARE(live->recordsList()->topLevelItemCount(), 1);
        const QTreeWidgetItem *record = live->recordsList()->topLevelItem(0);
        QCOMPARE(record->text(0), QStringLiteral("_acme-challenge.dns.example.net."));
        QVERIFY(!record->text(2).isEmpty());
        QVERIFY(!live->isComplete());
        shot(wizard, "acme-wizard-live-manual-dns");
        // The administrator creates the record, then says so.
        QVERIFY(m_pebble.addTxt(record->text(0), record->text(2)));
        live->confirmButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(live->stateOf(QStringLiteral("dns.example.net")), QStringLiteral("✓ Valid"), kOrderMs);
        QTRY_VERIFY_WITH_TIMEOUT(live->isComplete(), kOrderMs);
        const auto m = managed(QStringLiteral("dns.example.net"));
        QVERIFY(m);
        QCOMPARE(m->status, core::ManagedStatus::Issued);
        QVERIFY(m->manualValidation);
        m_pebble.clearTxt(QStringLiteral("_acme-challenge.dns.example.net."));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(wizard.isNull());
    }

    // Cancel while the order waits for the administrator: the worker's hook returns Cancelled, the
    // order stops, and the wizard closes without a certificate.
    void cancelWhileValidating()
    {
        QPointer<W> wizard = actions()->requestCertificate();
        toValidation(wizard, QStringLiteral("cancel.example.net"));
        wizard->acmeValidationPage()->dnsButton()->setChecked(true);
        wizard->acmeValidationPage()->resolverEdit()->setText(m_pebble.dnsServer());
        submit(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->acmeProgressPage()->recordsBox()->isVisible(), kOrderMs);
        QVERIFY(actions()->isBusy());
        wizard->button(QWizard::CancelButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull(), kOrderMs);
        QTRY_VERIFY(!actions()->isBusy());
        const auto m = managed(QStringLiteral("cancel.example.net"));
        QVERIFY(!m || m->status != core::ManagedStatus::Issued);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_pebble.stop();
    }
};

QTEST_MAIN(TestAcmeRequestWizard)
#include "tst_acmerequestwizard.moc"
