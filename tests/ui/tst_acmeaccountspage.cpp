// The ACME accounts page against a real pebble (tests/core/pebbleserver.h), driven as an
// administrator would: Add ACME Account… reads the CA's directory on a worker and shows its terms
// as a link, Create stays disabled until the terms are agreed to, and the account appears in the
// table with its details; then Update Contacts, Roll Over Key, Refresh from CA and Deactivate,
// each on a worker while the page stays responsive.

#include "uitestutil.h"

#include "pebbleserver.h"

#include "commands/acmeaccountactions.h"
#include "dialogs/acmeaccountdialog.h"
#include "models/acmeaccountsmodel.h"
#include "pages/acmeaccountspage.h"
#include "views/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using Action = ui::AcmeAccountActions::Action;

namespace {
constexpr char kMasterPassword[] = "correct horse battery";
constexpr int kNetworkMs = 30000;
// CERTDESK_SHOT_DIR=DIR: also renders what the test shows to DIR/<name>.png, for a look.
void shot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("CERTDESK_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}
} // namespace

class TestAcmeAccountsPage : public QObject
{
    Q_OBJECT

    PebbleServer m_pebble;
    QTemporaryDir m_dir;
    core::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<core::Inventory> m_inv;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::AcmeAccountsPage *page() const { return m_window->acmeAccountsPage(); }
    QString column(int row, int column) const { return page()->model()->index(row, column).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString started = m_pebble.start(); // pebble is a test dependency: missing, the test fails
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("acme.db")), m_clock, QStringLiteral("tst-acmeaccountspage"));
        QVERIFY(m_inv->keyStore().initialize(kMasterPassword)); // the GUI's store is unlocked: no prompts
        m_window = std::make_unique<ui::MainWindow>(*m_inv);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(ui::MainWindow::Page::AcmeAccounts);
        page()->accountActions()->setShowErrors(false);
        new QAbstractItemModelTester(page()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    }

    void emptyPageOffersToAddAnAccount()
    {
        QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::AcmeAccounts);
        QCOMPARE(page()->model()->rowCount(), 0);
        QVERIFY(page()->emptyState()->isVisible());
        QVERIFY(page()->action(Action::Add)->isEnabled());
        QVERIFY(!page()->action(Action::Deactivate)->isEnabled());
    }

    // The dialog: the CA's terms come from its directory (on a worker), Create waits for "I agree".
    void addAccountThroughTheDialog()
    {
        ui::AcmeAccountDialog *dialog = page()->accountActions()->addAccount();
        QVERIFY(dialog);
        QVERIFY(!dialog->eabBox()->isVisible()); // Let's Encrypt needs no binding
        dialog->setExtraTrustPem(m_pebble.tlsCertificate(), QStringLiteral("pebble.pem"));
        dialog->setCa(m_pebble.directoryUrl());
        QVERIFY(dialog->urlEdit()->isVisible()); // a custom directory shows its URL and trust anchor
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDirectoryLoaded(), kNetworkMs);
        QVERIFY2(dialog->termsLabel()->text().contains(QLatin1String("href")), qPrintable(dialog->termsLabel()->text()));
        dialog->emailsEdit()->setText(QStringLiteral("not-an-address"));
        dialog->agreeBox()->setChecked(true);
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->problem().contains(QLatin1String("not-an-address")));
        dialog->emailsEdit()->setText(QStringLiteral("admin@example.org"));
        dialog->agreeBox()->setChecked(false);
        QVERIFY(!dialog->createButton()->isEnabled()); // the terms are not agreed to
        dialog->agreeBox()->setChecked(true);
        QVERIFY2(dialog->createButton()->isEnabled(), qPrintable(dialog->problem()));
        QCOMPARE(dialog->keyCombo()->currentData().toString(), QStringLiteral("EC_prime256v1"));
        dialog->nameEdit()->setText(QStringLiteral("pebble"));
        shot(dialog, "acme-account-dialog");

        QPointer<ui::AcmeAccountDialog> guard(dialog);
        dialog->createButton()->click();
        QVERIFY(page()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kNetworkMs);
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QVERIFY(!page()->emptyState()->isVisible());
        QCOMPARE(column(0, ui::AcmeAccountsModel::NameColumn), QStringLiteral("pebble"));
        QCOMPARE(column(0, ui::AcmeAccountsModel::EmailColumn), QStringLiteral("admin@example.org"));
        QCOMPARE(column(0, ui::AcmeAccountsModel::KeyColumn), QStringLiteral("EC P-256"));
        QCOMPARE(column(0, ui::AcmeAccountsModel::StatusColumn), QStringLiteral("Valid"));
        QVERIFY(page()->currentAccount());
        QVERIFY2(page()->detailsLabel()->text().contains(m_pebble.directoryUrl()), qPrintable(page()->detailsLabel()->text()));
        QVERIFY(page()->action(Action::Deactivate)->isEnabled());
        shot(m_window.get(), "acme-accounts-page");
    }

    // A failure shows in the dialog, and the dialog stays open for another try.
    void aWrongDirectoryShowsTheError()
    {
        ui::AcmeAccountDialog *dialog = page()->accountActions()->addAccount();
        QSignalSpy checked(dialog, &ui::AcmeAccountDialog::directoryChecked);
        dialog->setCa(QStringLiteral("https://127.0.0.1:%1/nothing-here").arg(m_pebble.managementPort()));
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && !checked.last().first().toBool(), kNetworkMs);
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("could not be read")),
                 qPrintable(dialog->statusLabel()->text()));
        dialog->reject();
    }

    void accountActionsTalkToTheCa()
    {
        const auto a = page()->currentAccount();
        QVERIFY(a);
        ui::AcmeAccountActions *actions = page()->accountActions();

        actions->updateContacts(a->id, {QStringLiteral("ops@example.org"), QStringLiteral("pki@example.org")});
        QVERIFY(actions->isBusy());
        QVERIFY(!page()->action(Action::RollKey)->isEnabled()); // one job at a time
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kNetworkMs);
        QCOMPARE(column(0, ui::AcmeAccountsModel::EmailColumn), QStringLiteral("ops@example.org, pki@example.org"));

        actions->rollKey(a->id, QStringLiteral("EC_secp384r1"));
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kNetworkMs);
        QCOMPARE(column(0, ui::AcmeAccountsModel::KeyColumn), QStringLiteral("EC P-384"));

        QSignalSpy failed(actions, &ui::AcmeAccountActions::failed);
        actions->refresh(a->id); // signs with the new key: the CA knows it
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kNetworkMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(column(0, ui::AcmeAccountsModel::StatusColumn), QStringLiteral("Valid"));

        actions->deactivate(a->id);
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kNetworkMs);
        QCOMPARE(column(0, ui::AcmeAccountsModel::StatusColumn), QStringLiteral("Deactivated"));
        QVERIFY(!page()->action(Action::Deactivate)->isEnabled());
        QVERIFY(!page()->action(Action::UpdateContacts)->isEnabled());
        QVERIFY(page()->action(Action::Refresh)->isEnabled());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_pebble.stop();
    }
};

QTEST_MAIN(TestAcmeAccountsPage)
#include "tst_acmeaccountspage.moc"
