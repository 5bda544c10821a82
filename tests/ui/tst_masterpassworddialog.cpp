// The master password dialog: set (twice, minimum length, strength), unlock (wrong password
// says so in the dialog and lets the user try again), lock, and unlocking for a worker thread
// with the dialog on the GUI thread.

#include "dialogdriver.h"
#include "uitestutil.h"

#include "dialogs/masterpassworddialog.h"
#include "dialogs/passwordprompter.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace certdesk;
using namespace certdesk::test;
using Dialog = ui::MasterPasswordDialog;

class TestMasterPasswordDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_round;
        m_path = m_dir.filePath(QStringLiteral("keys-%1.db").arg(m_round));
        m_inv = openInventory(m_path, m_clock, QStringLiteral("tst-master-%1").arg(m_round));
    }

    void cleanup() { m_inv.reset(); }

    void setRequiresLengthAndMatch_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("problem");
        QTest::newRow("too short") << QStringLiteral("short") << QStringLiteral("short")
                                   << QStringLiteral("The master password needs at least 8 characters.");
        QTest::newRow("mismatch") << QStringLiteral("long enough 1") << QStringLiteral("long enough 2")
                                  << QStringLiteral("The passwords do not match.");
        QTest::newRow("repeat missing") << QStringLiteral("long enough 1") << QString()
                                        << QStringLiteral("Type the password again in Repeat.");
    }

    void setRequiresLengthAndMatch()
    {
        QFETCH(QString, password);
        QFETCH(QString, repeat);
        QFETCH(QString, problem);
        Dialog dialog(Dialog::Mode::Set, &m_inv->keyStore());
        dialog.passwordEdit()->setText(password);
        dialog.repeatEdit()->setText(repeat);
        dialog.accept();
        QCOMPARE(dialog.problem(), problem);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(!m_inv->keyStore().isInitialized());
    }

    void setInitialisesAndUnlocks()
    {
        Dialog dialog(Dialog::Mode::Set, &m_inv->keyStore());
        QVERIFY(!dialog.acceptButton()->isEnabled());
        dialog.passwordEdit()->setText(QStringLiteral("correct horse battery"));
        dialog.repeatEdit()->setText(QStringLiteral("correct horse battery"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(!dialog.strengthLabel()->text().isEmpty());
        dialog.acceptButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_inv->keyStore().isInitialized());
        QVERIFY(m_inv->keyStore().isUnlocked());
    }

    void strength_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<Dialog::Strength>("strength");
        QTest::newRow("seven characters") << QStringLiteral("abcdefg") << Dialog::Strength::TooShort;
        QTest::newRow("one word") << QStringLiteral("password") << Dialog::Strength::Weak;
        QTest::newRow("one character repeated") << QStringLiteral("aaaaaaaaaaaaaaaa") << Dialog::Strength::Weak;
        QTest::newRow("word and digits") << QStringLiteral("sunflower22") << Dialog::Strength::Fair;
        QTest::newRow("mixed classes") << QStringLiteral("Kx9#mP2$vL") << Dialog::Strength::Good;
        QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple") << Dialog::Strength::Strong;
    }

    void strength()
    {
        QFETCH(QString, password);
        QFETCH(Dialog::Strength, strength);
        QCOMPARE(Dialog::strength(password), strength);
    }

    void unlockWrongThenRight()
    {
        QVERIFY(m_inv->keyStore().initialize("the master password"));
        m_inv->keyStore().lock();
        Dialog dialog(Dialog::Mode::Unlock, &m_inv->keyStore());
        QVERIFY(!dialog.repeatEdit());
        dialog.passwordEdit()->setText(QStringLiteral("a wrong guess"));
        dialog.acceptButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.failedAttempts(), 1);
        QCOMPARE(dialog.problem(), QStringLiteral("Wrong master password. Try again."));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QVERIFY(!m_inv->keyStore().isUnlocked());

        dialog.passwordEdit()->setText(QStringLiteral("another guess"));
        dialog.acceptButton()->click();
        QCOMPARE(dialog.failedAttempts(), 2);
        QVERIFY(dialog.problem().contains(QLatin1String("2 attempts")));

        dialog.passwordEdit()->setText(QStringLiteral("the master password"));
        dialog.acceptButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_inv->keyStore().isUnlocked());
    }

    void lockThenEnsureUnlockedAsks()
    {
        QVERIFY(m_inv->keyStore().initialize("the master password"));
        QVERIFY(ui::MasterPasswordDialog::ensureUnlocked(m_inv->keyStore(), nullptr)); // unlocked: no dialog
        m_inv->keyStore().lock();
        QVERIFY(!m_inv->keyStore().isUnlocked());

        QList<Dialog::Mode> modes;
        DialogDriver driver([&](QDialog *d) {
            auto *dialog = qobject_cast<Dialog *>(d);
            QVERIFY(dialog);
            modes << dialog->mode();
            dialog->passwordEdit()->setText(QStringLiteral("the master password"));
            dialog->acceptButton()->click();
        });
        QVERIFY(ui::MasterPasswordDialog::ensureUnlocked(m_inv->keyStore(), nullptr));
        QCOMPARE(modes, QList<Dialog::Mode>{Dialog::Mode::Unlock});
        QVERIFY(m_inv->keyStore().isUnlocked());
    }

    void cancelledUnlockLeavesTheStoreLocked()
    {
        QVERIFY(m_inv->keyStore().initialize("the master password"));
        m_inv->keyStore().lock();
        DialogDriver driver([](QDialog *d) { d->reject(); });
        QVERIFY(!ui::MasterPasswordDialog::ensureUnlocked(m_inv->keyStore(), nullptr));
        QVERIFY(!m_inv->keyStore().isUnlocked());
    }

    // A worker needs the key store: the dialog runs on the GUI thread, unlocks the GUI's store,
    // and the worker's own store (its own connection) takes the data key from it.
    void workerUnlocksThroughTheGuiThread()
    {
        QVERIFY(m_inv->keyStore().initialize("the master password"));
        m_inv->keyStore().lock();
        bool onGuiThread = false;
        int wrongTries = 0;
        DialogDriver driver([&](QDialog *d) {
            auto *dialog = qobject_cast<Dialog *>(d);
            QVERIFY(dialog);
            onGuiThread = QThread::currentThread() == qApp->thread();
            // A wrong password first: the dialog says so and stays; then the right one.
            dialog->passwordEdit()->setText(QStringLiteral("nope"));
            dialog->acceptButton()->click();
            wrongTries = dialog->failedAttempts();
            dialog->passwordEdit()->setText(QStringLiteral("the master password"));
            dialog->acceptButton()->click();
        });
        ui::PasswordPrompter prompter(nullptr, nullptr, &m_inv->keyStore());
        QSignalSpy unlocked(&prompter, &ui::PasswordPrompter::keyStoreUnlocked);
        const QString path = m_path;
        const core::Clock *clock = &m_clock;
        QFuture<QString> worker = QtConcurrent::run([path, clock, &prompter]() -> QString {
            auto inv = core::Inventory::open(path, *clock, QStringLiteral("tst-master-worker"));
            if (!inv)
                return inv.error().message;
            const auto r = (*inv)->keyStore().ensureUnlocked([&](core::MasterPasswordPurpose) {
                return prompter.unlockForWorker((*inv)->keyStore()) ? std::optional<QByteArray>(QByteArray())
                                                                    : std::nullopt;
            });
            if (!r)
                return r.error().message;
            // The worker can use the store: encrypt and decrypt a key with it.
            auto key = core::PrivateKey::fromPem(readData(QStringLiteral("keys/leaf-ec256.key")));
            auto sealed = (*inv)->keyStore().encrypt(*key);
            if (!sealed || !(*inv)->keyStore().decrypt(*sealed))
                return QStringLiteral("the worker's store does not work");
            return QStringLiteral("ok");
        });
        QTRY_VERIFY_WITH_TIMEOUT(worker.isFinished(), 30000);
        QCOMPARE(worker.result(), QStringLiteral("ok"));
        QVERIFY(onGuiThread);
        QCOMPARE(wrongTries, 1);
        QVERIFY(m_inv->keyStore().isUnlocked()); // the GUI's store: unlocked too
        QCOMPARE(unlocked.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    core::FixedClock m_clock{testTime()};
    std::unique_ptr<core::Inventory> m_inv;
    int m_round = 0;
};

QTEST_MAIN(TestMasterPasswordDialog)
#include "tst_masterpassworddialog.moc"
