// Renew for an ACME certificate validated with DNS records made by hand, against a real pebble
// (tests/core/pebbleserver.h): Renew (the Requests page's action) opens the renew dialog, which
// follows the order on the worker and shows the TXT records to create; the test plays the
// administrator (it creates them at challtestsrv and presses "The records exist"), and the managed
// certificate has a new certificate and a RENEW in its history. Cancel while the order waits for
// the records leaves the current certificate in place, and so does a renewal that fails (the
// dialog says why).

#include "uitestutil.h"

#include "acmetestutil.h"

#include "acme/acmeaccounts.h"
#include "ca/certificateauthority.h"
#include "commands/managedactions.h"
#include "details/manageddetailsview.h"
#include "dialogs/acmerenewdialog.h"
#include "lifecycle/managedcertificates.h"
#include "pages/requestspage.h"
#include "views/mainwindow.h"
#include "widgets/acmeorderview.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using Action = ui::ManagedActions::Action;

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

class TestAcmeRenewDialog : public QObject
{
    Q_OBJECT

    PebbleServer m_pebble;
    QTemporaryDir m_dir;
    core::FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<core::Inventory> m_inv;
    std::unique_ptr<core::CertificateAuthorities> m_cas;
    std::unique_ptr<core::ManagedCertificates> m_managed;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::RequestsPage *page() const { return m_window->requestsPage(); }
    ui::ManagedActions *actions() const { return page()->managedActions(); }

    // A certificate validated by hand, requested here; the test creates the records it is told.
    std::optional<core::ManagedCertificate> requestByHand(const QString &domain, int dnsWaitSeconds = 600)
    {
        core::AcmeHooks hooks;
        hooks.dnsInstructions = [this](const QList<core::DnsRecord> &records) -> core::Result<void> {
            for (const core::DnsRecord &r : records) {
                if (!m_pebble.addTxt(r.name, r.value))
                    return std::unexpected(core::Error{core::ErrorCode::Io, QStringLiteral("challtestsrv refused")});
            }
            return {};
        };
        m_managed->setAcmeHooks(hooks);
        core::RequestSpec spec;
        spec.issuerKind = core::IssuerKind::Acme;
        spec.issuer = QStringLiteral("pebble");
        spec.domainName = domain;
        spec.keyAlgorithm = QStringLiteral("EC_prime256v1");
        spec.acme.method = QStringLiteral("DNS");
        spec.acme.dnsResolver = m_pebble.dnsServer();
        spec.acme.dnsWaitSeconds = dnsWaitSeconds; // kept for the renewals
        auto m = m_managed->request(spec);
        m_managed->setAcmeHooks({});
        m_pebble.clearTxt(QStringLiteral("_acme-challenge.%1.").arg(domain));
        if (!m) {
            qWarning("%s", qPrintable(m.error().message));
            return std::nullopt;
        }
        return *m;
    }

    // Shows it on the Requests page and presses Renew: the renew dialog opens.
    ui::AcmeRenewDialog *renewFromPage(qint64 id)
    {
        m_window->showPage(ui::MainWindow::Page::Requests);
        page()->refresh();
        if (!QTest::qWaitFor([&] { return page()->selectManaged(id); }))
            return nullptr;
        QAction *renew = page()->action(Action::Renew);
        if (!QTest::qWaitFor([renew] { return renew->isEnabled(); }))
            return nullptr;
        renew->trigger();
        return actions()->renewDialog();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString started = m_pebble.start(); // pebble is a test dependency: missing, the test fails
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("renew.db")), m_clock, QStringLiteral("tst-acmerenewdialog"));
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

    void renewWithRecordsByHand()
    {
        const auto before = requestByHand(QStringLiteral("renew.example.net"));
        QVERIFY(before);
        QVERIFY(before->manualValidation);
        QVERIFY(before->certificateId);

        QPointer<ui::AcmeRenewDialog> dialog = renewFromPage(before->id);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->managedId(), before->id);
        // The details say what renewing needs.
        const auto labels = page()->detailsView()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QLatin1String("press Renew")); }));

        ui::AcmeOrderView *live = dialog->view();
        QTRY_VERIFY_WITH_TIMEOUT(live->recordsBox()->isVisible(), kOrderMs);
        QVERIFY(actions()->isBusy());
        QCOMPARE(live->recordsList()->topLevelItemCount(), 1);
        const QTreeWidgetItem *record = live->recordsList()->topLevelItem(0);
        QCOMPARE(record->text(0), QStringLiteral("_acme-challenge.renew.example.net."));
        QVERIFY(!record->text(2).isEmpty());
        QCOMPARE(live->stateOf(QStringLiteral("renew.example.net")), QStringLiteral("Waiting for the record"));
        // The value shows whole beside its copy buttons, without scrolling.
        QCOMPARE(live->recordsList()->horizontalScrollBar()->maximum(), 0);
        QVERIFY(live->recordsList()->visualItemRect(record).height() > 0);
        shot(dialog, "acme-renew-records");

        // The administrator creates the record, then says so.
        QVERIFY(m_pebble.addTxt(record->text(0), record->text(2)));
        live->confirmButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(live->isDone(), kOrderMs);
        QCOMPARE(live->stateOf(QStringLiteral("renew.example.net")), QStringLiteral("✓ Valid"));
        QVERIFY2(live->resultLabel()->text().contains(QLatin1String("renewed")), qPrintable(live->resultLabel()->text()));
        QCOMPARE(dialog->closeButton()->text(), QStringLiteral("&Close"));
        shot(dialog, "acme-renew-done");
        m_pebble.clearTxt(QStringLiteral("_acme-challenge.renew.example.net."));

        const auto after = m_managed->get(before->id);
        QVERIFY(after);
        QCOMPARE(after->status, core::ManagedStatus::Issued);
        QVERIFY(after->certificateId);
        QVERIFY(*after->certificateId != *before->certificateId);
        QVERIFY2(live->resultLabel()->text().contains(after->notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd"))),
                 qPrintable(live->resultLabel()->text()));
        const auto history = m_managed->history(before->id);
        QVERIFY(history);
        QVERIFY(std::any_of(history->begin(), history->end(), [&](const core::ManagedHistoryEntry &h) {
            return h.action == QLatin1String("RENEW") && h.certificateId == after->certificateId;
        }));
        // The Requests page shows the new certificate.
        QTRY_VERIFY(page()->currentManaged() && page()->currentManaged()->certificateId == after->certificateId);

        dialog->closeButton()->click();
        QTRY_VERIFY(dialog.isNull());
        QTRY_VERIFY(!actions()->isBusy());
    }

    // Cancel while the order waits for the administrator: the worker's hook returns Cancelled, the
    // order stops, the dialog closes, and the certificate in use stays.
    void cancelWhileWaitingForRecords()
    {
        const auto before = requestByHand(QStringLiteral("keep.example.net"));
        QVERIFY(before);
        QPointer<ui::AcmeRenewDialog> dialog = renewFromPage(before->id);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->view()->recordsBox()->isVisible(), kOrderMs);
        QVERIFY(actions()->isBusy());
        QSignalSpy status(actions(), &ui::ManagedActions::statusMessage);
        dialog->closeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kOrderMs);
        QTRY_VERIFY(!actions()->isBusy());
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().first().toString().contains(QLatin1String("cancelled")), qPrintable(status.last().first().toString()));
        const auto after = m_managed->get(before->id);
        QVERIFY(after);
        QCOMPARE(after->status, core::ManagedStatus::Issued);
        QCOMPARE(after->certificateId, before->certificateId);
        QCOMPARE(after->notAfter, before->notAfter);
    }

    // "The records exist" pressed without them: the renewal fails, the dialog says why (and stays
    // until closed), and the current certificate stays.
    void failedRenewalSaysWhy()
    {
        const auto before = requestByHand(QStringLiteral("forgot.example.net"), 2);
        QVERIFY(before);
        QPointer<ui::AcmeRenewDialog> dialog = renewFromPage(before->id);
        QVERIFY(dialog);
        ui::AcmeOrderView *live = dialog->view();
        QTRY_VERIFY_WITH_TIMEOUT(live->recordsBox()->isVisible(), kOrderMs);
        QSignalSpy failed(actions(), &ui::ManagedActions::failed);
        live->confirmButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(live->isDone(), kOrderMs);
        QCOMPARE(failed.size(), 1);
        const QString why = failed.first().first().toString();
        QVERIFY(!why.isEmpty());
        QVERIFY2(live->resultLabel()->text().contains(why), qPrintable(live->resultLabel()->text()));
        QVERIFY(!live->recordsBox()->isVisible());
        QCOMPARE(live->stateOf(QStringLiteral("forgot.example.net")), QStringLiteral("Not validated"));
        QVERIFY(dialog->isVisible());
        shot(dialog, "acme-renew-failed");
        const auto after = m_managed->get(before->id);
        QVERIFY(after);
        QCOMPARE(after->status, core::ManagedStatus::Issued);
        QCOMPARE(after->certificateId, before->certificateId);
        dialog->closeButton()->click();
        QTRY_VERIFY(dialog.isNull());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_pebble.stop();
    }
};

QTEST_MAIN(TestAcmeRenewDialog)
#include "tst_acmerenewdialog.moc"
