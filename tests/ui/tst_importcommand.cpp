// ImportCommand end to end on the offscreen platform: the worker, the progress dialog, the
// password dialogs (driven as a user would), the summary, cancel, and the key store the GUI
// holds ending up unlocked after the worker needed it.

#include "dialogdriver.h"
#include "uitestutil.h"

#include "commands/importcommand.h"
#include "dialogs/filepassworddialog.h"
#include "dialogs/importprogressdialog.h"
#include "dialogs/importsummarydialog.h"
#include "dialogs/masterpassworddialog.h"
#include "dialogs/passwordprompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace certdesk;
using namespace certdesk::test;


class TestImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<core::ImportReport>(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_round;
        m_inv = openInventory(m_dir.filePath(QStringLiteral("import-%1.db").arg(m_round)), m_clock,
                              QStringLiteral("tst-importcommand-%1").arg(m_round));
    }

    void cleanup() { m_inv.reset(); }

    void importsFilesAndReportsCounts()
    {
        QWidget window;
        auto *command = new ui::ImportCommand(*m_inv, &window);
        command->setShowSummary(false);
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        command->importPaths(fixturePaths(
            {QStringLiteral("root-ca.pem"), QStringLiteral("intermediate-ca.pem"), QStringLiteral("leaf-ec.pem"),
             QStringLiteral("chain-all.pem"), QStringLiteral("pubkey-only.pem")}));
        QVERIFY(command->isRunning());
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<core::ImportReport>();
        QCOMPARE(report.sources, 5);
        QCOMPARE(report.imported, 4);   // root, intermediate, the EC leaf, and the RSA leaf from chain-all.pem
        QCOMPARE(report.duplicates, 2); // chain-all.pem repeats root and intermediate
        QCOMPARE(report.failed(), 1);    // the bare public key
        QVERIFY(report.failures.first().message.contains(QLatin1String("pubkey-only.pem")));
        QCOMPARE(*m_inv->count(), qint64(report.imported));
    }

    void importsPastedText()
    {
        QWidget window;
        auto *command = new ui::ImportCommand(*m_inv, &window);
        command->setShowSummary(false);
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        command->importText(QStringLiteral("Pasted text"), readData(QStringLiteral("leaf-rsa.pem")));
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<core::ImportReport>();
        QCOMPARE(report.sources, 1);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.importedIds.size(), 1);
        QCOMPARE(m_inv->record(report.importedIds.first())->summary.domainName, QStringLiteral("www.example.test"));

        auto *again = new ui::ImportCommand(*m_inv, &window);
        again->setShowSummary(false);
        QSignalSpy finishedAgain(again, &ui::ImportCommand::finished);
        again->importData({{QStringLiteral("Dropped text 1"), readData(QStringLiteral("leaf-rsa.pem"))},
                           {QStringLiteral("Dropped text 2"), QByteArrayLiteral("not a certificate")}});
        QVERIFY(finishedAgain.wait(30000));
        const auto second = finishedAgain.at(0).at(0).value<core::ImportReport>();
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, 1);
        QCOMPARE(second.failed(), 1);
        QVERIFY(second.failures.first().message.startsWith(QLatin1String("Dropped text 2")));
    }

    // One dialog per file; "use for the remaining files" answers the next one without asking.
    // The key store the GUI holds is unlocked by the master password dialog and stays unlocked.
    void passwordForRemainingFilesAndMasterPassword()
    {
        QWidget window;
        QStringList files;
        int masterDialogs = 0;
        DialogDriver driver([&](QDialog *dialog) {
            if (auto *file = qobject_cast<ui::FilePasswordDialog *>(dialog)) {
                files << QFileInfo(file->source()).fileName();
                QVERIFY(file->useForRemainingBox()->isVisibleTo(file));
                file->passwordEdit()->setText(QStringLiteral("test-key-pass"));
                file->useForRemainingBox()->setChecked(true);
                file->okButton()->click();
            } else if (auto *master = qobject_cast<ui::MasterPasswordDialog *>(dialog)) {
                ++masterDialogs;
                QCOMPARE(master->mode(), ui::MasterPasswordDialog::Mode::Set);
                master->passwordEdit()->setText(QStringLiteral("correct horse battery"));
                master->repeatEdit()->setText(QStringLiteral("correct horse battery"));
                master->acceptButton()->click();
            } else {
                dialog->reject();
            }
        });
        auto *command = new ui::ImportCommand(*m_inv, &window);
        command->setShowSummary(false);
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        QSignalSpy unlocked(command, &ui::ImportCommand::keyStoreUnlocked);
        QPointer<ui::PasswordPrompter> prompter = command->passwordPrompter();
        command->importPaths(fixturePaths({QStringLiteral("leaf-ec.pem"), QStringLiteral("leaf-ec.p8.enc.pem"),
                                           QStringLiteral("leaf-ed25519.pem"),
                                           QStringLiteral("leaf-ed25519.p8.enc.der")}));
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<core::ImportReport>();
        QCOMPARE(files.size(), 1); // the second encrypted key used the remembered password
        QCOMPARE(masterDialogs, 1);
        QCOMPARE(report.keysImported, 2);
        QCOMPARE(report.keysAttached, 2);
        QCOMPARE(report.failed(), 0);
        QCOMPARE(unlocked.size(), 1);
        // The GUI's own key store: initialised by the dialog and still unlocked (no second ask).
        QVERIFY(m_inv->keyStore().isInitialized());
        QVERIFY(m_inv->keyStore().isUnlocked());
        core::CertificateFilter withKey;
        withKey.hasPrivateKey = true;
        const auto keyed = m_inv->list(withKey);
        QCOMPARE(keyed->size(), 2);
        const auto key = m_inv->privateKey(keyed->first().id, {}, QStringLiteral("test"));
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    }

    // A wrong password asks again with the reason; Skip gives up on that file only.
    void wrongPasswordAsksAgainThenSkip()
    {
        QWidget window;
        QStringList problems;
        DialogDriver driver([&](QDialog *dialog) {
            auto *file = qobject_cast<ui::FilePasswordDialog *>(dialog);
            if (!file) {
                dialog->reject();
                return;
            }
            const auto *problem = file->findChild<QLabel *>(QStringLiteral("problem"));
            problems << (problem ? problem->text() : QString());
            if (problems.size() == 1) {
                file->passwordEdit()->setText(QStringLiteral("not the password"));
                file->okButton()->click();
            } else {
                file->skipButton()->click();
            }
        });
        auto *command = new ui::ImportCommand(*m_inv, &window);
        command->setShowSummary(false);
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        command->importPaths(fixturePaths({QStringLiteral("leaf-rsa.p12"), QStringLiteral("root-ca.pem")}));
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<core::ImportReport>();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).isEmpty());
        QVERIFY(problems.at(1).contains(QLatin1String("Wrong password")));
        QCOMPARE(report.imported, 1); // the root
        QCOMPARE(report.failed(), 1);
        QVERIFY(report.failures.first().message.contains(QLatin1String("leaf-rsa.p12")));
        QVERIFY(!m_inv->keyStore().isInitialized()); // no key arrived, no master password asked
    }

    // Cancel while the worker waits on a prompt: the job stops, the prompt closes, and the
    // report says exactly what is in the inventory.
    void cancelStopsAndReportsWhatIsInTheInventory()
    {
        QWidget window;
        ui::ImportCommand *command = nullptr;
        int prompts = 0;
        DialogDriver driver([&](QDialog *dialog) {
            if (!qobject_cast<ui::FilePasswordDialog *>(dialog))
                return;
            ++prompts;
            QVERIFY(command->progressDialog());
            // The user presses Cancel on the progress dialog behind the prompt.
            command->progressDialog()->cancelButton()->click();
            QTRY_VERIFY(!dialog->isVisible()); // the prompt closed by itself
        });
        command = new ui::ImportCommand(*m_inv, &window);
        command->setShowSummary(false);
        command->setProgressDelay(0);
        QSignalSpy finished(command, &ui::ImportCommand::finished);
        command->importPaths(fixturePaths({QStringLiteral("intermediate-ca.pem"), QStringLiteral("leaf-rsa.p12"),
                                           QStringLiteral("root-ca.pem"), QStringLiteral("leaf-ec.pem"),
                                           QStringLiteral("client.pem")}));
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<core::ImportReport>();
        QCOMPARE(prompts, 1);
        QVERIFY(report.cancelled);
        QVERIFY(std::any_of(report.failures.cbegin(), report.failures.cend(),
                            [](const core::Error &e) { return e.code == core::ErrorCode::Cancelled; }));
        QVERIFY(report.imported < 5);
        QCOMPARE(*m_inv->count(), qint64(report.imported));
        QCOMPARE(report.importedIds.size(), report.imported);
        for (const qint64 id : report.importedIds)
            QVERIFY(m_inv->record(id).has_value());
    }

    void progressDialogCountsAndCancels()
    {
        ui::ImportProgressDialog dialog;
        QCOMPARE(dialog.countText(), QStringLiteral("Looking for files…"));
        dialog.setProgress(1234, 5000);
        QCOMPARE(dialog.countText(), QLocale().toString(1234) + QStringLiteral(" of ") + QLocale().toString(5000)
                                         + QStringLiteral(" files"));
        QCOMPARE(dialog.progressBar()->value(), 1234);
        dialog.setCurrentItem(QStringLiteral("/srv/certs/www.example.com.pem"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("current"))->text(), QStringLiteral("www.example.com.pem"));
        QSignalSpy cancel(&dialog, &ui::ImportProgressDialog::cancelRequested);
        dialog.cancelButton()->click();
        dialog.reject(); // Esc as well: still one request
        QCOMPARE(cancel.size(), 1);
        QVERIFY(dialog.isCancelling());
        QVERIFY(!dialog.cancelButton()->isEnabled());
        dialog.setProgress(2000, 5000); // late progress from the worker does not undo the state
        QCOMPARE(dialog.progressBar()->value(), 1234);
    }

    void summaryListsFailuresAndCopiesTheReport()
    {
        core::ImportReport report;
        report.sources = 4;
        report.imported = 2;
        report.duplicates = 1;
        report.keysAttached = 1;
        report.failures = {{core::ErrorCode::WrongPassword, QStringLiteral("/tmp/a/site.p12: wrong password")},
                           {core::ErrorCode::InvalidInput,
                            QStringLiteral("bundle.pem entry 3: not base64 at line 41")}};
        ui::ImportSummaryDialog dialog(report);
        QCOMPARE(dialog.failureList()->topLevelItemCount(), 2);
        QCOMPARE(dialog.failureList()->topLevelItem(0)->text(0), QStringLiteral("/tmp/a/site.p12"));
        QCOMPARE(dialog.failureList()->topLevelItem(0)->text(1), QStringLiteral("wrong password"));
        QCOMPARE(dialog.failureList()->topLevelItem(1)->text(0), QStringLiteral("bundle.pem entry 3"));
        dialog.copyButton()->click();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QLatin1String("Imported 2 certificates, 1 already present, 1 key attached, 2 failed.")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Keys attached to a certificate:")));
        QVERIFY(text.contains(QLatin1String("  /tmp/a/site.p12: wrong password\n")));
        QVERIFY(text.contains(QLatin1String("  bundle.pem entry 3: not base64 at line 41\n")));
        QCOMPARE(text, ui::ImportSummaryDialog::reportText(report));
    }

private:
    QTemporaryDir m_dir;
    core::FixedClock m_clock{testTime()};
    std::unique_ptr<core::Inventory> m_inv;
    int m_round = 0;
};

QTEST_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
