#include "crypto/libraryversions.h"
#include "dialogs/aboutdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

#include <openssl/crypto.h>

using namespace certdesk::ui;

class TestAboutDialog : public QObject
{
    Q_OBJECT

    static QStringList texts(const QWidget &w)
    {
        QStringList out;
        for (const QLabel *l : w.findChildren<QLabel *>())
            out << l->text();
        return out;
    }

private Q_SLOTS:
    void versions()
    {
        // The core reports the library actually loaded (the GUI never includes OpenSSL itself).
        QCOMPARE(certdesk::core::openSslVersion(), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
        QVERIFY(certdesk::core::openSslVersion().startsWith(QLatin1String("OpenSSL 3.")));
        QVERIFY(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(certdesk::core::sqliteVersion()).hasMatch());
        QCOMPARE(AboutDialog::version(), QStringLiteral("0.1.0")); // PROJECT_VERSION of the top CMakeLists.txt
    }

    void showsEverything()
    {
        AboutDialog d(QStringLiteral("/home/admin/.local/share/certdesk/inventory.db"));
        const QString all = texts(d).join(QLatin1Char('\n'));
        for (const QString &expected : {QStringLiteral("certdesk"), QStringLiteral("Version 0.1.0"),
                                        QString::fromLatin1(qVersion()), certdesk::core::openSslVersion(),
                                        certdesk::core::sqliteVersion(),
                                        QStringLiteral("/home/admin/.local/share/certdesk/inventory.db")})
            QVERIFY2(all.contains(expected), qPrintable(expected));
        QVERIFY(all.contains(QLatin1String("licence")));

        QPushButton *copy = nullptr;
        for (QPushButton *b : d.findChild<QDialogButtonBox *>()->findChildren<QPushButton *>()) {
            if (b->text().contains(QLatin1String("Copy")))
                copy = b;
        }
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), d.versionReport());
        QVERIFY(d.versionReport().contains(certdesk::core::openSslVersion()));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
