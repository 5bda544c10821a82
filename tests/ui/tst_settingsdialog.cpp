#include "dialogs/settingsdialog.h"
#include "inventory/paths.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk::ui;
using PaletteMode = AppSettings::PaletteMode;
using Change = AppSettings::Change;


class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settingsFile(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

    static QPushButton *button(SettingsDialog &d, QDialogButtonBox::StandardButton which)
    {
        return d.findChild<QDialogButtonBox *>()->button(which);
    }

private Q_SLOTS:
    void initTestCase() { certdesk::core::configureApplicationIdentity(); }

    void defaults()
    {
        auto file = settingsFile(QStringLiteral("empty.ini"));
        const AppSettings s(file.get());
        QCOMPARE(s.inventoryPath(), certdesk::core::defaultInventoryPath());
        QCOMPARE(s.notificationThresholds(), (QList<int>{45, 30, 15, 7, 3, 1}));
        QCOMPARE(s.paletteMode(), PaletteMode::System);
        QVERIFY(s.notificationsEnabled());
        QCOMPARE(s.values(), AppSettings::defaults());
    }

    void storedAndReadBack()
    {
        {
            auto file = settingsFile(QStringLiteral("stored.ini"));
            AppSettings s(file.get());
            QVERIFY(s.setNotificationThresholds({7, 60, 7, 2}));
            QVERIFY(!s.setNotificationThresholds({0, 7}));
            QVERIFY(!s.setNotificationThresholds({}));
            s.setPaletteMode(PaletteMode::Dark);
            s.setNotificationsEnabled(false);
            s.setInventoryPath(QStringLiteral("/srv/pki/team.db"));
        }
        auto file = settingsFile(QStringLiteral("stored.ini"));
        const AppSettings s(file.get());
        QCOMPARE(s.notificationThresholds(), (QList<int>{60, 7, 2}));
        QCOMPARE(s.paletteMode(), PaletteMode::Dark);
        QVERIFY(!s.notificationsEnabled());
        QCOMPARE(s.inventoryPath(), QStringLiteral("/srv/pki/team.db"));
        QCOMPARE(file->value(QStringLiteral("notifications/thresholds")).toString(), QStringLiteral("60, 7, 2"));
        QCOMPARE(file->value(QStringLiteral("appearance/palette")).toString(), QStringLiteral("dark"));
    }

    // A hand-edited file with nonsense falls back to the defaults instead of failing.
    void brokenValuesFallBack()
    {
        auto file = settingsFile(QStringLiteral("broken.ini"));
        file->setValue(QStringLiteral("notifications/thresholds"), QStringLiteral("30, soon"));
        file->setValue(QStringLiteral("appearance/palette"), QStringLiteral("purple"));
        const AppSettings s(file.get());
        QCOMPARE(s.notificationThresholds(), AppSettings::defaultThresholds());
        QCOMPARE(s.paletteMode(), PaletteMode::System);
    }

    void parseThresholds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("days");    // empty: refused
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("defaults") << QStringLiteral("45, 30, 15, 7, 3, 1") << QList<int>{45, 30, 15, 7, 3, 1} << QString();
        QTest::newRow("any order, duplicates, spaces")
            << QStringLiteral(" 1 7;30,7  ") << QList<int>{30, 7, 1} << QString();
        QTest::newRow("one") << QStringLiteral("365") << QList<int>{365} << QString();
        QTest::newRow("empty") << QStringLiteral("  ") << QList<int>{} << QStringLiteral("at least one");
        QTest::newRow("zero") << QStringLiteral("30, 0") << QList<int>{} << QStringLiteral("0 days is out of range");
        QTest::newRow("too large") << QStringLiteral("400") << QList<int>{} << QStringLiteral("1 to 365");
        QTest::newRow("negative") << QStringLiteral("-7") << QList<int>{} << QStringLiteral("out of range");
        QTest::newRow("word") << QStringLiteral("30, soon") << QList<int>{} << QStringLiteral("\"soon\"");
        QTest::newRow("fraction") << QStringLiteral("7.5") << QList<int>{} << QStringLiteral("\"7.5\"");
    }

    void parseThresholds()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, days);
        QFETCH(QString, errorPart);
        const auto parsed = AppSettings::parseThresholds(text);
        if (days.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().contains(errorPart), qPrintable(parsed.error()));
        } else {
            QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
            QCOMPARE(*parsed, days);
        }
    }

    // Values in -> dialog -> values out, unchanged; then edits come out as edits.
    void roundTrip()
    {
        const SettingsValues in{QStringLiteral("/srv/pki/inventory.db"), {60, 14, 2}, PaletteMode::Light, false,
                                 QStringLiteral("en")};
        SettingsDialog d(in);
        QCOMPARE(d.thresholdsEdit()->text(), QStringLiteral("60, 14, 2"));
        QCOMPARE(d.inventoryPathEdit()->text(), QStringLiteral("/srv/pki/inventory.db"));
        QVERIFY(!d.notificationsCheck()->isChecked());
        QVERIFY(d.isValid());
        QCOMPARE(d.values(), in);
        QCOMPARE(d.changes().toInt(), 0);

        QSignalSpy changed(&d, &SettingsDialog::settingsChanged);
        d.thresholdsEdit()->setText(QStringLiteral("1, 7, 30"));
        d.paletteCombo()->setCurrentIndex(d.paletteCombo()->findData(QVariant::fromValue(PaletteMode::Dark)));
        d.notificationsCheck()->setChecked(true);
        const SettingsValues out = d.values();
        QCOMPARE(out.thresholds, (QList<int>{30, 7, 1}));
        QCOMPARE(out.palette, PaletteMode::Dark);
        QVERIFY(out.notificationsEnabled);
        QCOMPARE(out.inventoryPath, in.inventoryPath);
        QCOMPARE(d.changes(), Change::Thresholds | Change::Palette | Change::Notifications);

        QTest::mouseClick(button(d, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<SettingsValues>(), out);
        QCOMPARE(changed.first().at(1).value<AppSettings::Changes>(), d.changes());

        // And into QSettings and back.
        auto file = settingsFile(QStringLiteral("roundtrip.ini"));
        AppSettings s(file.get());
        QCOMPARE(s.setValues(out), Change::InventoryPath | Change::Thresholds | Change::Palette | Change::Language);
        QCOMPARE(s.values(), out);
        QCOMPARE(SettingsDialog(s.values()).values(), out);
    }

    void invalidThresholdsRefused()
    {
        SettingsDialog d(AppSettings::defaults());
        QSignalSpy changed(&d, &SettingsDialog::settingsChanged);
        QPushButton *ok = button(d, QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        d.thresholdsEdit()->setText(QStringLiteral("30, 0, 7"));
        QVERIFY(!d.isValid());
        QVERIFY(!ok->isEnabled());
        QVERIFY2(d.errorText().contains(QLatin1String("0 days is out of range")), qPrintable(d.errorText()));
        d.accept(); // even when called directly (Enter on a default button)
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QCOMPARE(changed.size(), 0);

        d.thresholdsEdit()->setText(QStringLiteral("30, 7"));
        QVERIFY(d.isValid());
        QVERIFY(ok->isEnabled());
        QVERIFY(d.errorText().isEmpty());
    }

    void inventoryLocationChecked()
    {
        SettingsDialog d(AppSettings::defaults());
        d.inventoryPathEdit()->setText(QStringLiteral("relative/inventory.db"));
        QVERIFY(!d.isValid());
        QVERIFY2(d.errorText().contains(QLatin1String("full path")), qPrintable(d.errorText()));
        d.inventoryPathEdit()->setText(m_dir.path());
        QVERIFY2(d.errorText().contains(QLatin1String("folder")), qPrintable(d.errorText()));
        d.inventoryPathEdit()->setText(m_dir.filePath(QStringLiteral("other.db")));
        QVERIFY(d.isValid());
        QCOMPARE(d.changes(), Change::InventoryPath);
    }

    void restoreDefaults()
    {
        SettingsDialog d(SettingsValues{QStringLiteral("/tmp/x.db"), {2}, PaletteMode::Dark, false, QStringLiteral("en")});
        d.thresholdsEdit()->setText(QStringLiteral("nonsense"));
        QTest::mouseClick(button(d, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QVERIFY(d.isValid());
        QCOMPARE(d.values(), AppSettings::defaults());
        QCOMPARE(d.thresholdsEdit()->text(), QStringLiteral("45, 30, 15, 7, 3, 1"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
