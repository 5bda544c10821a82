// The Private CAs page end to end on the offscreen platform, driving the real core on a temporary
// inventory as a user would: a root CA and a subordinate through the wizard (the first sets the
// master password), certificates issued through the dialog with a generated key and from a CSR
// file, a revocation with its reason (the table says REVOKED, the CRL number goes up), disable and
// enable, delete (with a restore window) and restore, the chain exported to a file, a subordinate
// signed by an external CA (CSR out, certificate in, signed by openssl), the audit report, and
// Revoke… from the Certificates page. Outcomes are checked in the inventory and in the files.

#include "dialogdriver.h"
#include "uitestutil.h"

#include "ca/certificateauthority.h"
#include "details/cadetailsview.h"
#include "dialogs/deletecadialog.h"
#include "dialogs/issuecertificatedialog.h"
#include "dialogs/masterpassworddialog.h"
#include "dialogs/revokedialog.h"
#include "models/catreemodel.h"
#include "models/certificatetablemodel.h"
#include "models/issuedcertificatesmodel.h"
#include "pages/certificatespage.h"
#include "pages/privatecaspage.h"
#include "views/certificatetableview.h"
#include "views/mainwindow.h"
#include "widgets/subjectfields.h"
#include "widgets/validityfield.h"
#include "wizards/createcawizard.h"
#include "x509/pem.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using Action = ui::CaActions::Action;

namespace {

constexpr char kMasterPassword[] = "correct horse battery";

QDateTime wholeSeconds(QDateTime t)
{
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

// What the wizard is to be filled in with.
struct CaSpec
{
    QString name;
    enum { Root, Subordinate, External } kind = Root;
    QString keyAlgorithm = QStringLiteral("EC_prime256v1");
    QString commonName;
    QString validity = QStringLiteral("5y");
    std::optional<int> pathLength;
    QString permittedDns;
    QString crlUrl;
};

// Issued-certificate rows by id.
const ui::IssuedRow *issuedRow(ui::IssuedCertificatesModel *model, qint64 id)
{
    const int row = model->rowOf(id);
    return row < 0 ? nullptr : model->row(row);
}

QList<QByteArray> pemCertificates(const QByteArray &data)
{
    QList<QByteArray> out;
    for (const core::PemBlock &block : core::scanPem(data)) {
        if (block.label == "CERTIFICATE")
            out << block.der;
    }
    return out;
}

} // namespace

class TestPrivateCasPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::FixedClock m_clock{wholeSeconds(QDateTime::currentDateTimeUtc())};
    std::unique_ptr<core::Inventory> m_inv;
    std::unique_ptr<core::CertificateAuthorities> m_cas; // the test's own view of the core
    std::unique_ptr<ui::PrivateCasPage> m_page;
    qint64 m_root = 0;
    qint64 m_issuing = 0;
    qint64 m_generatedCert = 0;
    qint64 m_csrCert = 0;
    int m_masterPrompts = 0;

    core::CaInfo info(qint64 id)
    {
        auto i = m_cas->info(id);
        if (!i)
            qFatal("CA %lld: %s", id, qPrintable(i.error().message));
        return *i;
    }

    // Answers the master password prompts (set or unlock) and hands every other dialog on.
    void answerPassword(QDialog *dialog, const std::function<void(QDialog *)> &other)
    {
        if (auto *master = qobject_cast<ui::MasterPasswordDialog *>(dialog)) {
            ++m_masterPrompts;
            master->passwordEdit()->setText(QString::fromLatin1(kMasterPassword));
            if (master->mode() == ui::MasterPasswordDialog::Mode::Set)
                master->repeatEdit()->setText(QString::fromLatin1(kMasterPassword));
            master->acceptButton()->click();
            return;
        }
        other(dialog);
    }

    // New CA… through every page of the wizard; returns the review text (empty on failure).
    QString createThroughWizard(const CaSpec &spec)
    {
        QString review;
        DialogDriver driver([&](QDialog *dialog) {
            answerPassword(dialog, [&](QDialog *d) {
                auto *wizard = qobject_cast<ui::CreateCaWizard *>(d);
                if (!wizard) {
                    d->reject();
                    return;
                }
                using W = ui::CreateCaWizard;
                wizard->nameEdit()->setText(spec.name);
                (spec.kind == CaSpec::Root          ? wizard->rootButton()
                 : spec.kind == CaSpec::Subordinate ? wizard->subordinateButton()
                                                    : wizard->externalButton())
                    ->setChecked(true);
                wizard->button(QWizard::NextButton)->click(); // does nothing while the page is incomplete
                if (wizard->currentId() != W::KeyPage)
                    return wizard->reject();
                wizard->keyAlgorithmCombo()->setCurrentIndex(wizard->keyAlgorithmCombo()->findData(spec.keyAlgorithm));
                wizard->button(QWizard::NextButton)->click(); // does nothing while the page is incomplete
                if (wizard->currentId() != W::SubjectPage)
                    return wizard->reject();
                // Incomplete without a common name: Next does nothing.
                wizard->button(QWizard::NextButton)->click(); // does nothing while the page is incomplete
                if (wizard->currentId() != W::SubjectPage)
                    return wizard->reject();
                wizard->subjectFields()->commonNameEdit()->setText(spec.commonName);
                wizard->subjectFields()->organizationEdit()->setText(QStringLiteral("certdesk Tests"));
                wizard->subjectFields()->countryEdit()->setText(QStringLiteral("de"));
                wizard->validityField()->setText(spec.validity);
                wizard->button(QWizard::NextButton)->click(); // does nothing while the page is incomplete
                if (wizard->currentId() != W::ConstraintsPage)
                    return wizard->reject();
                wizard->pathLengthBox()->setChecked(spec.pathLength.has_value());
                if (spec.pathLength)
                    wizard->pathLengthSpin()->setValue(*spec.pathLength);
                wizard->permittedDnsEdit()->setText(spec.permittedDns);
                wizard->button(QWizard::NextButton)->click(); // does nothing while the page is incomplete
                if (wizard->currentId() != W::DistributionPage)
                    return wizard->reject();
                wizard->crlUrlEdit()->setText(QStringLiteral("not a url"));
                if (wizard->validatedPage(W::DistributionPage)->isComplete())
                    return wizard->reject();
                wizard->crlUrlEdit()->setText(spec.crlUrl);
                wizard->button(QWizard::NextButton)->click(); // does nothing while the page is incomplete
                if (wizard->currentId() != W::ReviewPage)
                    return wizard->reject();
                review = wizard->reviewLabel()->text();
                wizard->button(QWizard::FinishButton)->click();
            });
        });
        m_page->action(Action::NewCa)->trigger(); // returns when the wizard has closed
        return review;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::CaOutcome>();
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("cas.db")), m_clock, QStringLiteral("tst-privatecas"));
        m_cas = std::make_unique<core::CertificateAuthorities>(
            *m_inv, [](core::MasterPasswordPurpose) { return std::optional<QByteArray>(kMasterPassword); });
        m_page = std::make_unique<ui::PrivateCasPage>(*m_inv);
        m_page->caActions()->setShowErrors(false);
        m_page->resize(1200, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        new QAbstractItemModelTester(m_page->caModel(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        new QAbstractItemModelTester(m_page->issuedModel(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    }

    void emptyInventoryOffersARoot()
    {
        QCOMPARE(m_page->caModel()->rowCount(), 0);
        QVERIFY(m_page->emptyState()->isVisible());
        QVERIFY(m_page->action(Action::NewCa)->isEnabled());
        for (Action a : {Action::Issue, Action::Revoke, Action::GenerateCrl, Action::ExportChain, Action::Delete})
            QVERIFY(!m_page->action(a)->isEnabled());
    }

    // The first CA sets the master password (asked on the GUI thread, derived on the worker);
    // the GUI's key store ends up unlocked.
    void createsARootThroughTheWizard()
    {
        QVERIFY(!m_inv->keyStore().isInitialized());
        QSignalSpy unlocked(m_page.get(), &ui::PrivateCasPage::keyStoreUnlocked);
        const QString review = createThroughWizard({QStringLiteral("root-1"), CaSpec::Root, QStringLiteral("EC_secp384r1"),
                                                    QStringLiteral("certdesk Test Root CA"), QStringLiteral("10y"),
                                                    std::nullopt, {}, QStringLiteral("http://pki.example.test/root.crl")});
        QVERIFY2(review.contains(QLatin1String("CN=certdesk Test Root CA,O=certdesk Tests,C=DE")), qPrintable(review));
        QCOMPARE(m_masterPrompts, 1);
        QVERIFY(m_inv->keyStore().isInitialized());
        QVERIFY(m_inv->keyStore().isUnlocked());
        QCOMPARE(unlocked.size(), 1);

        const auto cas = m_cas->list();
        QVERIFY(cas && cas->size() == 1);
        const core::CaInfo root = cas->first();
        m_root = root.id;
        QCOMPARE(root.name, QStringLiteral("root-1"));
        QCOMPARE(root.kind, core::CaKind::Root);
        QCOMPARE(root.state, core::CaState::Active);
        QCOMPARE(root.keyAlgorithm, QStringLiteral("EC_secp384r1"));
        QCOMPARE(root.subject, QStringLiteral("CN=certdesk Test Root CA,O=certdesk Tests,C=DE"));
        QCOMPARE(root.crlUrl, QStringLiteral("http://pki.example.test/root.crl"));
        QVERIFY(!root.pathLength);
        QCOMPARE(root.notAfter.date(), m_clock.now().addYears(10).date());
        QVERIFY(root.certificateId);
        const auto cert = m_inv->certificate(*root.certificateId);
        QVERIFY(cert && cert->basicConstraints().ca);

        // The page shows it, selected, with its details.
        QVERIFY(!m_page->emptyState()->isVisible());
        QCOMPARE(m_page->caModel()->rowCount(), 1);
        QCOMPARE(m_page->currentCa()->id, m_root);
        QCOMPARE(m_page->detailsView()->title(), QStringLiteral("root-1"));
        QCOMPARE(m_page->detailsView()->value(QStringLiteral("Subject")), root.subject);
        QCOMPARE(m_page->detailsView()->value(QStringLiteral("Chain")), QStringLiteral("certdesk Test Root CA"));
        QVERIFY(m_page->action(Action::Issue)->isEnabled());
    }

    // The wizard proposes the selected CA as the parent; the subordinate hangs under it.
    void createsASubordinateUnderIt()
    {
        QVERIFY(m_page->selectCa(m_root));
        createThroughWizard({QStringLiteral("issuing-1"), CaSpec::Subordinate, QStringLiteral("EC_prime256v1"),
                             QStringLiteral("certdesk Test Issuing CA"), QStringLiteral("5y"), 0,
                             QStringLiteral("example.test"), QStringLiteral("http://pki.example.test/issuing.crl")});
        QCOMPARE(m_masterPrompts, 1); // the GUI's store was unlocked: no second prompt
        const auto found = m_cas->find(QStringLiteral("issuing-1"));
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        m_issuing = found->id;
        QCOMPARE(found->parentId, std::optional<qint64>(m_root));
        QCOMPARE(found->pathLength, std::optional<int>(0));
        QCOMPARE(found->nameConstraints.permittedDns, QStringList{QStringLiteral("example.test")});
        QCOMPARE(found->state, core::CaState::Active);
        const auto cert = m_inv->record(*found->certificateId);
        QCOMPARE(cert->issuerId, info(m_root).certificateId);

        // In the tree: under the root.
        const QModelIndex rootIndex = m_page->caModel()->indexOf(m_root);
        QCOMPARE(m_page->caModel()->rowCount(rootIndex), 1);
        QCOMPARE(m_page->caModel()->index(0, 0, rootIndex).data().toString(), QStringLiteral("issuing-1"));
        QCOMPARE(m_page->currentCa()->id, m_issuing);
        QCOMPARE(m_page->detailsView()->value(QStringLiteral("Chain")),
                 QStringLiteral("certdesk Test Issuing CA  ›  certdesk Test Root CA"));
        QCOMPARE(m_page->detailsView()->value(QStringLiteral("Path length")), QStringLiteral("0"));
    }

    void issuesWithAGeneratedKey()
    {
        QVERIFY(m_page->selectCa(m_issuing));
        QString review;
        DialogDriver driver([&](QDialog *dialog) {
            auto *issue = qobject_cast<ui::IssueCertificateDialog *>(dialog);
            if (!issue)
                return dialog->reject();
            issue->setTemplate(QStringLiteral("EndEntityServerAuth"));
            issue->generateButton()->setChecked(true);
            issue->keyAlgorithmCombo()->setCurrentIndex(issue->keyAlgorithmCombo()->findData(QStringLiteral("EC_prime256v1")));
            issue->subjectFields()->commonNameEdit()->setText(QStringLiteral("www.example.test"));
            // Outside the CA's name constraints: refused before anything is signed.
            issue->namesEdit()->setText(QStringLiteral("www.example.test, www.other.example"));
            if (issue->issueButton()->isEnabled() || !issue->problem().contains(QLatin1String("www.other.example")))
                return dialog->reject();
            issue->namesEdit()->setText(QStringLiteral("www.example.test, api.example.test, 10.0.0.5"));
            issue->validityField()->setText(QStringLiteral("90d"));
            review = issue->reviewLabel()->text();
            issue->issueButton()->click();
        });
        m_page->action(Action::Issue)->trigger();
        QVERIFY2(review.contains(QLatin1String("CN=www.example.test")), qPrintable(review));

        QCOMPARE(m_page->issuedModel()->rowCount(), 1);
        const ui::IssuedRow row = m_page->issuedModel()->rows().first();
        m_generatedCert = row.certificateId;
        QCOMPARE(m_page->currentCertificate()->certificateId, m_generatedCert); // selected
        QCOMPARE(row.status, core::Status::Issued);
        QCOMPARE(row.templateName, QStringLiteral("EndEntityServerAuth"));
        const auto record = m_inv->record(m_generatedCert);
        QVERIFY(record);
        QCOMPARE(record->summary.type, QStringLiteral("PRIVATE"));
        QVERIFY(record->summary.hasPrivateKey);
        QCOMPARE(record->issuerId, info(m_issuing).certificateId);
        QCOMPARE(record->summary.notAfter, m_clock.now().addDays(90));
        QStringList names;
        for (const core::GeneralName &n : record->certificate.subjectAlternativeNames())
            names << n.value;
        QCOMPARE(names, (QStringList{QStringLiteral("www.example.test"), QStringLiteral("api.example.test"),
                                     QStringLiteral("10.0.0.5")}));
        QCOMPARE(row.serial, record->summary.serial.toUpper());
        QCOMPARE(info(m_issuing).issuedCount, qint64(1));
    }

    void issuesFromACsrFile()
    {
        QVERIFY(m_page->selectCa(m_issuing));
        DialogDriver driver([&](QDialog *dialog) {
            auto *issue = qobject_cast<ui::IssueCertificateDialog *>(dialog);
            if (!issue)
                return dialog->reject();
            issue->setTemplate(QStringLiteral("EndEntityCertificate"));
            if (!issue->loadCsr(dataPath(QStringLiteral("request.csr"))).isEmpty())
                return dialog->reject();
            // The CSR's subject and names fill the fields.
            if (issue->subjectFields()->commonNameEdit()->text() != QLatin1String("csr.example.test"))
                return dialog->reject();
            issue->validityField()->setText(QStringLiteral("30d"));
            issue->issueButton()->click();
        });
        m_page->action(Action::Issue)->trigger();
        QCOMPARE(m_page->issuedModel()->rowCount(), 2);
        m_csrCert = m_page->currentCertificate()->certificateId;
        QVERIFY(m_csrCert != m_generatedCert);
        const auto record = m_inv->record(m_csrCert);
        QVERIFY(!record->summary.hasPrivateKey); // the key stays with whoever made the CSR
        const auto csr = core::Csr::fromDer(core::scanPem(readData(QStringLiteral("request.csr"))).first().der);
        QVERIFY(csr);
        QCOMPARE(record->certificate.publicKeySha256(), csr->publicKeySha256());
        QCOMPARE(record->certificate.subject().rfc4514, csr->subject().rfc4514);
        QCOMPARE(m_page->currentCertificate()->templateName, QStringLiteral("EndEntityCertificate"));
    }

    // Revoke… with a reason: the row says REVOKED, the inventory knows why, a new CRL is out.
    void revokesWithAReason()
    {
        QVERIFY(m_page->selectCa(m_issuing));
        const qint64 crlBefore = info(m_issuing).crlNumber;
        QVERIFY(m_page->selectCertificate(m_generatedCert));
        QVERIFY(m_page->action(Action::Revoke)->isEnabled());
        DialogDriver driver([&](QDialog *dialog) {
            auto *revoke = qobject_cast<ui::RevokeDialog *>(dialog);
            if (!revoke)
                return dialog->reject();
            revoke->setReason(QStringLiteral("keyCompromise"));
            revoke->invalidityBox()->setChecked(true);
            revoke->invalidityEdit()->setDateTime(m_clock.now().addDays(-2));
            revoke->revokeButton()->click();
        });
        QSignalSpy changed(m_page.get(), &ui::PrivateCasPage::certificatesChanged);
        m_page->action(Action::Revoke)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QCOMPARE(changed.size(), 1);

        const ui::IssuedRow *row = issuedRow(m_page->issuedModel(), m_generatedCert);
        QVERIFY(row);
        QCOMPARE(row->status, core::Status::Revoked);
        QCOMPARE(row->revocationReason, QStringLiteral("keyCompromise"));
        const int proxyRow = m_page->issuedView()->model()->rowCount();
        QVERIFY(proxyRow == 2);
        QCOMPARE(m_page->issuedModel()->index(m_page->issuedModel()->rowOf(m_generatedCert), ui::IssuedCertificatesModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Revoked (Key compromise)"));
        const auto record = m_inv->record(m_generatedCert);
        QCOMPARE(record->summary.status, core::Status::Revoked);
        QCOMPARE(record->revocationReason, QStringLiteral("keyCompromise"));
        const core::CaInfo after = info(m_issuing);
        QVERIFY2(after.crlNumber > crlBefore, qPrintable(QStringLiteral("%1 -> %2").arg(crlBefore).arg(after.crlNumber)));
        QCOMPARE(after.revokedCount, qint64(1));
        const auto crl = m_cas->currentCrl(m_issuing);
        QVERIFY(crl);
        QCOMPARE(crl->revoked().size(), 1);
        QCOMPARE(crl->revoked().first().serial, row->serial);
        QCOMPARE(crl->revoked().first().reason, QStringLiteral("keyCompromise"));
        QVERIFY(m_page->detailsView()->value(QStringLiteral("Issued")).contains(QLatin1String("1 revoked")));
        QVERIFY(m_page->detailsView()->value(QStringLiteral("CRL")).startsWith(QStringLiteral("#%1").arg(after.crlNumber)));
        // Revoked for good: nothing more to revoke on that row.
        QVERIFY(!m_page->action(Action::Revoke)->isEnabled());
    }

    void generatesTheNextCrl()
    {
        QVERIFY(m_page->selectCa(m_issuing));
        const qint64 before = info(m_issuing).crlNumber;
        m_page->action(Action::GenerateCrl)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QCOMPARE(info(m_issuing).crlNumber, before + 1);
        QVERIFY(m_page->detailsView()->value(QStringLiteral("CRL")).startsWith(QStringLiteral("#%1 ").arg(before + 1)));
    }

    // Due CRLs are signed again quietly while the key store is unlocked (a timer, and after an unlock).
    void refreshesDueCrls()
    {
        if (!m_inv->keyStore().isUnlocked())
            QVERIFY(m_inv->keyStore().unlock(kMasterPassword));
        m_page->caActions()->refreshDueCrls(); // what is due now: CAs without a CRL yet
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QVERIFY(m_cas->crlsDue()->isEmpty());
        const qint64 before = info(m_issuing).crlNumber;
        m_page->caActions()->refreshDueCrls(); // nothing due: no job
        QVERIFY(!m_page->isBusy());
        QCOMPARE(info(m_issuing).crlNumber, before);
        const QDateTime now = m_clock.now();
        m_clock.set(now.addDays(info(m_issuing).crlLifetimeDays).addSecs(-3600)); // an hour before the next update
        auto due = m_cas->crlsDue();
        QVERIFY(due && due->contains(m_issuing));
        m_inv->keyStore().lock();
        m_page->caActions()->refreshDueCrls(); // locked: it never asks
        QVERIFY(!m_page->isBusy());
        QVERIFY(m_inv->keyStore().unlock(kMasterPassword));
        m_page->caActions()->refreshDueCrls();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QCOMPARE(info(m_issuing).crlNumber, before + 1);
        QCOMPARE(m_cas->currentCrl(m_issuing)->thisUpdate(), m_clock.now());
        QVERIFY(!m_cas->crlsDue()->contains(m_issuing));
        m_clock.set(now);
    }

    void disablesAndEnables()
    {
        QVERIFY(m_page->selectCa(m_issuing));
        QVERIFY(m_page->action(Action::Disable)->isEnabled());
        m_page->action(Action::Disable)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(info(m_issuing).state, core::CaState::Disabled, 30000);
        QTRY_VERIFY(!m_page->isBusy());
        QCOMPARE(m_page->caModel()->indexOf(m_issuing).data(ui::CaTreeModel::StateRole).toString(), QStringLiteral("DISABLED"));
        QVERIFY(!m_page->action(Action::Issue)->isEnabled());
        QVERIFY(m_page->action(Action::Enable)->isEnabled() && m_page->action(Action::Enable)->isVisible());
        QVERIFY(!m_page->action(Action::Disable)->isVisible());
        QVERIFY(m_page->detailsView()->bannerText().startsWith(QLatin1String("Disabled")));
        // A disabled CA still signs CRLs.
        QVERIFY(m_page->action(Action::GenerateCrl)->isEnabled());

        m_page->action(Action::Enable)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(info(m_issuing).state, core::CaState::Active, 30000);
        QTRY_VERIFY(!m_page->isBusy());
        QVERIFY(m_page->action(Action::Issue)->isEnabled());
        QVERIFY(m_page->detailsView()->bannerText().isEmpty());
    }

    // Delete asks for the restore window (7 to 30 days, 30 by default); the CA stays, greyed, with
    // the date it goes, until restored.
    void deletesAndRestores()
    {
        QVERIFY(m_page->selectCa(m_issuing));
        int proposed = 0;
        DialogDriver driver([&](QDialog *dialog) {
            auto *remove = qobject_cast<ui::DeleteCaDialog *>(dialog);
            if (!remove)
                return dialog->reject();
            proposed = remove->restoreDays();
            if (remove->daysSpin()->minimum() != 7 || remove->daysSpin()->maximum() != 30)
                return dialog->reject();
            remove->daysSpin()->setValue(14);
            remove->deleteButton()->click();
        });
        m_page->action(Action::Delete)->trigger();
        QCOMPARE(proposed, 30);
        QTRY_COMPARE_WITH_TIMEOUT(info(m_issuing).state, core::CaState::Deleted, 30000);
        QTRY_VERIFY(!m_page->isBusy());
        const core::CaInfo deleted = info(m_issuing);
        QCOMPARE(deleted.purgeAt.date(), m_clock.now().addDays(14).date());
        const QModelIndex state = m_page->caModel()->indexOf(m_issuing, ui::CaTreeModel::StateColumn);
        QCOMPARE(state.data().toString(),
                 QStringLiteral("Deleted · purged on %1").arg(deleted.purgeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"))));
        QVERIFY(state.data(Qt::ForegroundRole).isValid()); // greyed
        QVERIFY(m_page->action(Action::Restore)->isEnabled());
        QVERIFY(!m_page->action(Action::Issue)->isEnabled());
        QVERIFY(!m_page->action(Action::Delete)->isVisible());

        // Restored as it was left: disabled (an active CA is disabled on the way out).
        m_page->action(Action::Restore)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(info(m_issuing).state, core::CaState::Disabled, 30000);
        QTRY_VERIFY(!m_page->isBusy());
        QVERIFY(!m_page->caModel()->indexOf(m_issuing).data(Qt::ForegroundRole).isValid());
        m_page->action(Action::Enable)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(info(m_issuing).state, core::CaState::Active, 30000);
        QTRY_VERIFY(!m_page->isBusy());
    }

    // Export Chain… through the file dialog: the CA first, then its issuers, as PEM.
    void exportsTheChain()
    {
        QVERIFY(m_page->selectCa(m_issuing));
        const QString path = m_dir.filePath(QStringLiteral("issuing-chain.pem"));
        // Straight to the action's work: Qt's own file dialog accepts a chosen file only once its
        // model has read the folder on another thread, which made driving it here flaky.
        QVERIFY(m_page->action(Action::ExportChain)->isEnabled());
        m_page->caActions()->exportChain(m_issuing, path);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> ders = pemCertificates(file.readAll());
        const auto chain = m_cas->chain(m_issuing);
        QVERIFY(chain && chain->size() == 2);
        QCOMPARE(ders.size(), 2);
        QCOMPARE(ders.at(0), chain->at(0).der());
        QCOMPARE(ders.at(1), chain->at(1).der());
        QCOMPARE(core::Certificate::fromDer(ders.at(0))->subject().value(QStringLiteral("CN")),
                 QStringLiteral("certdesk Test Issuing CA"));
        QCOMPARE(core::Certificate::fromDer(ders.at(1))->subject().value(QStringLiteral("CN")),
                 QStringLiteral("certdesk Test Root CA"));

        // The CA certificate alone, DER by its suffix.
        const QString der = m_dir.filePath(QStringLiteral("issuing.der"));
        m_page->caActions()->exportCertificate(m_issuing, der);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QFile derFile(der);
        QVERIFY(derFile.open(QIODevice::ReadOnly));
        QCOMPARE(derFile.readAll(), chain->at(0).der());
    }

    // A subordinate of an external CA: PENDING_CERTIFICATE, its CSR out, the signed certificate
    // (by openssl, with the fixtures' root) in through Install Certificate…; then it is ACTIVE.
    void externalParentCsrAndInstall()
    {
        createThroughWizard({QStringLiteral("ext-1"), CaSpec::External, QStringLiteral("EC_prime256v1"),
                             QStringLiteral("certdesk External Sub CA"), QStringLiteral("3y"), 0, {}, {}});
        const auto found = m_cas->find(QStringLiteral("ext-1"));
        QVERIFY(found);
        QCOMPARE(found->state, core::CaState::PendingCertificate);
        QVERIFY(found->externalParent);
        QCOMPARE(m_page->currentCa()->id, found->id);
        QVERIFY(m_page->detailsView()->bannerText().startsWith(QLatin1String("Waiting for its certificate")));
        QVERIFY(m_page->action(Action::ExportCsr)->isEnabled());
        QVERIFY(m_page->action(Action::InstallCertificate)->isEnabled());
        QVERIFY(!m_page->action(Action::Issue)->isEnabled());
        QVERIFY(!m_page->action(Action::ExportChain)->isEnabled());

        const QString csrPath = m_dir.filePath(QStringLiteral("ext-1.csr"));
        m_page->caActions()->exportCsr(found->id, csrPath);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QVERIFY(QFile::exists(csrPath));

        const QString extFile = m_dir.filePath(QStringLiteral("ext.cnf"));
        QFile ext(extFile);
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("basicConstraints=critical,CA:true,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign,digitalSignature\n"
                  "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
        ext.close();
        const QString signedPath = m_dir.filePath(QStringLiteral("ext-1.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrPath, QStringLiteral("-CA"),
                       dataPath(QStringLiteral("root-ca.pem")), QStringLiteral("-CAkey"),
                       dataPath(QStringLiteral("keys/root-rsa3072.key")), QStringLiteral("-set_serial"), QStringLiteral("4242"),
                       QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-sha256"), QStringLiteral("-extfile"),
                       extFile, QStringLiteral("-out"), signedPath});
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        // The certificate followed by its issuer, as a CA would send it back.
        QFile signedFile(signedPath);
        QVERIFY(signedFile.open(QIODevice::Append));
        signedFile.write(readData(QStringLiteral("root-ca.pem")));
        signedFile.close();

        QVERIFY(m_page->action(Action::InstallCertificate)->isEnabled());
        m_page->caActions()->installCertificate(found->id, signedPath);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        const core::CaInfo active = info(found->id);
        QCOMPARE(active.state, core::CaState::Active);
        QVERIFY(active.certificateId);
        QCOMPARE(m_page->caModel()->indexOf(found->id).data(ui::CaTreeModel::StateRole).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(m_page->detailsView()->value(QStringLiteral("Chain")),
                 QStringLiteral("certdesk External Sub CA  ›  certdesk Test Root CA"));
        QVERIFY(m_page->action(Action::Issue)->isEnabled());
    }

    void auditReportListsWhatHappened()
    {
        const QString path = m_dir.filePath(QStringLiteral("issuing-audit.csv"));
        m_page->caActions()->auditReport(m_issuing, path);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        for (const char *action : {"CREATE", "ISSUE", "REVOKE", "CRL", "DISABLE", "ENABLE", "DELETE", "RESTORE"})
            QVERIFY2(csv.contains(QLatin1String(action)), action);
        const QString json = m_dir.filePath(QStringLiteral("issuing-audit.json"));
        m_page->caActions()->auditReport(m_issuing, json);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QVERIFY(jsonFile.readAll().trimmed().startsWith('['));
    }

    // Revoke… also on the Certificates page, for a certificate a certdesk CA issued.
    void revokesFromTheCertificatesPage()
    {
        ui::MainWindow w(*m_inv);
        w.privateCasPage()->caActions()->setShowErrors(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::CertificatesPage *certificates = w.certificatesPage();
        QTRY_VERIFY(certificates->model()->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < certificates->model()->rowCount(); ++r) {
            if (certificates->model()->summary(r)->id == m_csrCert)
                row = r;
        }
        QVERIFY(row >= 0);
        certificates->view()->selectRow(row);
        QAction *revoke = certificates->action(ui::CertificatesPage::Action::Revoke);
        QVERIFY(revoke->isEnabled());
        DialogDriver driver([&](QDialog *dialog) {
            auto *dlg = qobject_cast<ui::RevokeDialog *>(dialog);
            if (!dlg)
                return dialog->reject();
            dlg->setReason(QStringLiteral("certificateHold"));
            dlg->revokeButton()->click();
        });
        revoke->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.privateCasPage()->isBusy(), 30000);
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::Certificates); // it stays where it was
        const auto record = m_inv->record(m_csrCert);
        QCOMPARE(record->summary.status, core::Status::Revoked);
        QCOMPARE(record->revocationReason, QStringLiteral("certificateHold"));
        // The Certificates page was read again: the row says so, and Revoke is off for it.
        QTRY_VERIFY(certificates->model()->rowCount() > 0);

        // A hold is released on the Private CAs page.
        ui::PrivateCasPage *page = w.privateCasPage();
        QVERIFY(page->selectCa(m_issuing));
        QVERIFY(page->selectCertificate(m_csrCert));
        QVERIFY(page->action(Action::ReleaseHold)->isEnabled());
        QVERIFY(page->action(Action::Revoke)->isEnabled()); // a hold may still become final
        page->action(Action::ReleaseHold)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QCOMPARE(w.currentPage(), ui::MainWindow::Page::PrivateCas);
        QCOMPARE(m_inv->record(m_csrCert)->summary.status, core::Status::Issued);
        QCOMPARE(issuedRow(page->issuedModel(), m_csrCert)->status, core::Status::Issued);

        // An imported certificate: nothing to revoke here.
        QCOMPARE(importFixtures(*m_inv, {QStringLiteral("leaf-ec.pem")}).imported, 1);
        w.refresh();
        w.showPage(ui::MainWindow::Page::Certificates);
        QTRY_VERIFY(certificates->model()->rowCount() > 0);
        for (int r = 0; r < certificates->model()->rowCount(); ++r) {
            if (certificates->model()->summary(r)->type == QLatin1String("IMPORTED"))
                row = r;
        }
        certificates->view()->selectRow(row);
        QVERIFY(!revoke->isEnabled());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_cas.reset();
        m_inv.reset();
    }
};

QTEST_MAIN(TestPrivateCasPage)
#include "tst_privatecaspage.moc"
