// The export dialog's validation and availability rules, and real exports through
// ExportCommand whose files openssl accepts (verify, pkey -passin, pkcs12) with 0600 keys.

#include "dialogdriver.h"
#include "uitestutil.h"

#include "commands/exportcommand.h"
#include "dialogs/exportdialog.h"
#include "dialogs/masterpassworddialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace certdesk;
using namespace certdesk::test;
using ui::ExportKind;

namespace {

// The file's permission bits, as ls shows them.
int unixMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("export.db")), m_clock, QStringLiteral("tst-export"));
        const auto report = importFixtures(*m_inv, {QStringLiteral("root-ca.pem"), QStringLiteral("intermediate-ca.pem"),
                                                    QStringLiteral("leaf-rsa.p12"), QStringLiteral("leaf-ec.pem"),
                                                    QStringLiteral("leaf-ec.p8.enc.pem"), QStringLiteral("client.pem")});
        QCOMPARE(report.failed(), 0);
        m_rsa = idOf(QStringLiteral("www.example.test"));
        m_ec = idOf(QStringLiteral("ec.example.test"));
        m_client = idOf(QStringLiteral("alice"));
        QVERIFY(m_inv->hasPrivateKey(m_rsa));
        QVERIFY(m_inv->hasPrivateKey(m_ec));
        QVERIFY(!m_inv->hasPrivateKey(m_client));
        m_inv->keyStore().lock();
    }

    void passphraseValidation_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << QString()
                               << QStringLiteral("Enter a passphrase to protect the exported private key.");
        QTest::newRow("too short") << QStringLiteral("abc") << QStringLiteral("abc")
                                   << QStringLiteral("The passphrase needs at least 4 characters.");
        QTest::newRow("too long") << QString(129, QLatin1Char('p')) << QString(129, QLatin1Char('p'))
                                  << QStringLiteral("The passphrase can have at most 128 characters.");
        QTest::newRow("mismatch") << QStringLiteral("abcd1234") << QStringLiteral("abcd1235")
                                  << QStringLiteral("The passphrases do not match.");
        QTest::newRow("repeat still being typed") << QStringLiteral("abcd1234") << QStringLiteral("abcd")
                                                  << QStringLiteral("Type the passphrase again in Repeat.");
        QTest::newRow("shortest") << QStringLiteral("abcd") << QStringLiteral("abcd") << QString();
        QTest::newRow("longest") << QString(128, QLatin1Char('p')) << QString(128, QLatin1Char('p')) << QString();
    }

    void passphraseValidation()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, repeat);
        QFETCH(QString, problem);
        ui::ExportDialog dialog({{1, QStringLiteral("www.example.com"), true}}, m_dir.path());
        QCOMPARE(dialog.choice().kind, ExportKind::PemBundle); // the default when there is a key
        dialog.setPassphrase(passphrase, repeat);
        QCOMPARE(dialog.problem(), problem);
        QCOMPARE(dialog.exportButton()->isEnabled(), problem.isEmpty());
        // Inline, in the dialog: the message is on a label, no message box.
        const auto *label = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(label);
        QCOMPARE(label->text(), problem);
        QCOMPARE(label->isHidden(), problem.isEmpty());
        dialog.exportButton()->click();
        QCOMPARE(dialog.result(), problem.isEmpty() ? int(QDialog::Accepted) : int(QDialog::Rejected));
    }

    void withoutAKeyTheKeyFormatsAreDisabled()
    {
        ui::ExportDialog dialog({{1, QStringLiteral("www.example.com"), false}}, m_dir.path());
        QVERIFY(!dialog.isAvailable(ExportKind::PemBundle));
        QVERIFY(!dialog.button(ExportKind::PemBundle)->isEnabled());
        QCOMPARE(dialog.unavailableReason(ExportKind::PemBundle),
                 QStringLiteral("no private key in the inventory"));
        QVERIFY(dialog.isAvailable(ExportKind::Pkcs12));
        dialog.setKind(ExportKind::Pkcs12);
        QVERIFY(!dialog.includeKeyBox()->isEnabled());
        QVERIFY(!dialog.choice().includeKey);
        QCOMPARE(dialog.choice().kind, ExportKind::Pkcs12);
        dialog.setKind(ExportKind::PemBundle); // refused: stays on PKCS#12
        QCOMPARE(dialog.choice().kind, ExportKind::Pkcs12);
        dialog.setKind(ExportKind::Der);
        QVERIFY(!dialog.needsPassphrase());
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.choice().destination.endsWith(QLatin1String("/www.example.com.der")));
    }

    void severalCertificatesGoToAFolder()
    {
        ui::ExportDialog dialog({{1, QStringLiteral("www.example.com"), true}, {2, QStringLiteral("*.example.org"), false}},
                                m_dir.path());
        QCOMPARE(dialog.unavailableReason(ExportKind::PemBundle),
                 QStringLiteral("1 of 2 has no private key in the inventory"));
        QCOMPARE(dialog.choice().kind, ExportKind::FullChain);
        QVERIFY(dialog.writesToFolder());
        dialog.setKind(ExportKind::Calendar); // one file for the whole selection
        QVERIFY(!dialog.writesToFolder());
        QVERIFY(dialog.choice().destination.endsWith(QLatin1String(".ics")));
        dialog.setKind(ExportKind::Pkcs12);
        QVERIFY(dialog.includeKeyBox()->isEnabled());
        dialog.setPassphrase(QStringLiteral("secret"), QStringLiteral("secret"));
        QVERIFY(dialog.choice().includeKey);
        dialog.setDestination(m_dir.filePath(QStringLiteral("no/such/folder/below")));
        QVERIFY(dialog.problem().contains(QLatin1String("does not exist")));
        QVERIFY(!dialog.exportButton()->isEnabled());
        QCOMPARE(ui::ExportDialog::fileNameFor(QStringLiteral("*.example.org"), ExportKind::Pkcs12),
                 QStringLiteral("wildcard.example.org.p12"));
        QCOMPARE(ui::ExportDialog::fileNameFor(QStringLiteral("a/b c"), ExportKind::Pem), QStringLiteral("a_b_c.pem"));
    }

    // PEM bundle of the RSA leaf: unlock (dialog), files that openssl verifies and decrypts, a 0600 key.
    void pemBundlePassesOpenssl()
    {
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("bundle"));
        int unlockDialogs = 0;
        DialogDriver driver([&](QDialog *d) {
            auto *dialog = qobject_cast<ui::MasterPasswordDialog *>(d);
            if (!dialog)
                return; // the progress dialog while the key is encrypted
            QCOMPARE(dialog->mode(), ui::MasterPasswordDialog::Mode::Unlock);
            ++unlockDialogs;
            dialog->passwordEdit()->setText(QStringLiteral("master"));
            dialog->acceptButton()->click();
        });
        const ui::ExportOutcome outcome =
            runExport({m_rsa}, {ExportKind::PemBundle, true, QByteArrayLiteral("export-pass"), folder});
        QCOMPARE(unlockDialogs, 1);
        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.certificates, 1);
        QCOMPARE(outcome.destination, folder);
        QCOMPARE(ui::ExportCommand::oneLine(outcome), QStringLiteral("Exported 1 certificate to %1.").arg(folder));
        const QDir dir(folder);
        QCOMPARE(outcome.files, (QStringList{dir.filePath(QStringLiteral("certificate.pem")),
                                             dir.filePath(QStringLiteral("chain.pem")),
                                             dir.filePath(QStringLiteral("private_key.pem"))}));
        const QString key = dir.filePath(QStringLiteral("private_key.pem"));
        QCOMPARE(unixMode(key), 0600);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));

        QByteArray output;
        QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-attime"),
                          QString::number(m_clock.now().toSecsSinceEpoch()), QStringLiteral("-CAfile"),
                          dataPath(QStringLiteral("root-ca.pem")), QStringLiteral("-untrusted"),
                          dir.filePath(QStringLiteral("chain.pem")), dir.filePath(QStringLiteral("certificate.pem"))},
                         &output),
                 0);
        QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-passin"),
                          QStringLiteral("pass:export-pass"), QStringLiteral("-noout")},
                         &output),
                 0);
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-passin"),
                         QStringLiteral("pass:wrong"), QStringLiteral("-noout")})
                != 0);
        // The key matches the certificate.
        QByteArray certKey, keyPub;
        openssl({QStringLiteral("x509"), QStringLiteral("-in"), dir.filePath(QStringLiteral("certificate.pem")),
                 QStringLiteral("-noout"), QStringLiteral("-pubkey")},
                &certKey);
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-passin"),
                 QStringLiteral("pass:export-pass"), QStringLiteral("-pubout")},
                &keyPub);
        QCOMPARE(keyPub, certKey);

        // Logged: the key use and the export.
        const auto events = m_inv->events(m_rsa, 10);
        QVERIFY(events);
        QStringList kinds;
        for (const core::Event &e : *events)
            kinds << e.kind;
        QVERIFY2(kinds.contains(QStringLiteral("export")) && kinds.contains(QStringLiteral("key-use")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY(m_inv->keyStore().isUnlocked()); // stays unlocked for the session
    }

    void pkcs12ForSeveralCertificates_data()
    {
        QTest::addColumn<ExportKind>("kind");
        QTest::newRow("modern") << ExportKind::Pkcs12;
        QTest::newRow("legacy") << ExportKind::Pkcs12Legacy;
    }

    void pkcs12ForSeveralCertificates()
    {
        QFETCH(ExportKind, kind);
        QVERIFY(m_inv->keyStore().unlock("master"));
        QTemporaryDir out;
        const ui::ExportOutcome outcome =
            runExport({m_rsa, m_ec, m_client}, {kind, true, QByteArrayLiteral("p12-pass"), out.path()});
        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.certificates, 3);
        QCOMPARE(outcome.files.size(), 3);
        const QString rsa = out.filePath(QStringLiteral("www.example.test.p12"));
        QVERIFY(outcome.files.contains(rsa));
        for (const QString &file : outcome.files) {
            QCOMPARE(unixMode(file), 0600);
            QByteArray output;
            QVERIFY2(openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), file, QStringLiteral("-passin"),
                              QStringLiteral("pass:p12-pass"), QStringLiteral("-noout")},
                             &output)
                         == 0,
                     output.constData());
        }
        // The RSA one holds its key: openssl reads it out with the passphrase.
        QByteArray keyOut;
        QCOMPARE(openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), rsa, QStringLiteral("-passin"),
                          QStringLiteral("pass:p12-pass"), QStringLiteral("-nocerts"), QStringLiteral("-nodes")},
                         &keyOut),
                 0);
        QVERIFY(keyOut.contains("PRIVATE KEY"));
    }

    void fullChainAndCalendar()
    {
        QTemporaryDir out;
        const QString chain = out.filePath(QStringLiteral("fullchain.pem"));
        auto outcome = runExport({m_rsa}, {ExportKind::FullChain, false, {}, chain});
        QVERIFY(outcome.failures.isEmpty());
        QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-attime"),
                          QString::number(m_clock.now().toSecsSinceEpoch()), QStringLiteral("-CAfile"),
                          dataPath(QStringLiteral("root-ca.pem")), QStringLiteral("-untrusted"), chain, chain}),
                 0);
        QCOMPARE(unixMode(chain), 0644); // no key: readable

        const QString ics = out.filePath(QStringLiteral("expiry.ics"));
        outcome = runExport({m_rsa, m_ec}, {ExportKind::Calendar, false, {}, ics});
        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.certificates, 2);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(text.count("BEGIN:VEVENT"), 2);
        QVERIFY(text.contains("www.example.test"));
    }

private:
    ui::ExportOutcome runExport(const QList<qint64> &ids, const ui::ExportChoice &choice)
    {
        auto *command = new ui::ExportCommand(*m_inv);
        command->setShowResult(false);
        QSignalSpy finished(command, &ui::ExportCommand::finished);
        command->run(ids, choice, nullptr);
        if (!finished.wait(60000))
            return {};
        return finished.at(0).at(0).value<ui::ExportOutcome>();
    }

    qint64 idOf(const QString &domain)
    {
        core::CertificateFilter filter;
        filter.search = domain;
        const auto list = m_inv->list(filter);
        for (const auto &s : *list) {
            if (s.domainName == domain)
                return s.id;
        }
        qFatal("no certificate %s", qPrintable(domain));
    }

    QTemporaryDir m_dir;
    core::FixedClock m_clock{testTime()};
    std::unique_ptr<core::Inventory> m_inv;
    qint64 m_rsa = 0, m_ec = 0, m_client = 0;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
