// The translation pipeline: the German catalogue is compiled into certdesk-ui, every message in
// resources/translations/certdesk_de.ts is translated and keeps its placeholders, and the console
// built under the German translator speaks German.

#include "uitestutil.h"

#include "dialogs/settingsdialog.h"
#include "i18n/translations.h"
#include "models/certificatetablemodel.h"
#include "pages/certificatespage.h"
#include "settings/appsettings.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

using namespace certdesk;
using namespace certdesk::test;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;              // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations;  // one, or one per plural form
};

// The messages of a Qt Linguist .ts file.
QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                out.append(current);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, QString(),
                                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), QString(), {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

// "%1", "%2", "%n", "%Ln" ..., sorted: what .arg() and tr()'s plural handling fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:n|\\d{1,2})"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    std::sort(out.begin(), out.end());
    return out;
}

// Mnemonic markers: '&' before a character, not "&&".
int accelerators(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++n;
    }
    return n;
}

QString de(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    core::FixedClock m_clock{testTime()};
    QTemporaryDir m_dir;
    QTranslator m_german;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(ui::Translations::available().contains(QStringLiteral("de")));
        QVERIFY2(m_german.load(QStringLiteral(":/i18n/certdesk_de.qm")), "certdesk_de.qm is not embedded in certdesk-ui");
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_german); }

    // Real messages from different places translate as the catalogue says.
    void embeddedCatalogue_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *context, const char *source, int n, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(context) << QString::fromUtf8(source) << n
                                << QString::fromUtf8(expected);
        };
        row("main window: File menu", "certdesk::ui::MainWindow", "&File", -1, "&Datei");
        row("main window: Lock Key Store", "certdesk::ui::MainWindow", "&Lock Key Store", -1, "Schlüsselspeicher &sperren");
        row("certificates column: Not after", "certdesk::ui::CertificateTableModel", "Not after", -1, "Gültig bis");
        row("certificates column: Issuer", "certdesk::ui::CertificateTableModel", "Issuer", -1, "Aussteller");
        row("settings dialog title", "certdesk::ui::SettingsDialog", "Settings", -1, "Einstellungen");
        row("master password dialog", "certdesk::ui::MasterPasswordDialog", "Unlock Key Store", -1,
            "Schlüsselspeicher entsperren");
        row("status label", "certdesk::ui::Labels", "Expired", -1, "Abgelaufen");
        row("plural: one", "certdesk::ui::CertificatesPage", "%Ln certificates", 1, "1 Zertifikat");
        row("plural: many", "certdesk::ui::CertificatesPage", "%Ln certificates", 12, "12 Zertifikate");
        row("plural in a question", "certdesk::ui::DeleteCertificatesCommand",
            "Delete these %n certificates from the inventory?", 3, "Diese 3 Zertifikate aus dem Inventar löschen?");
        row("GUI command line", "main", "Certificates or keys to import on start.", -1,
            "Zertifikate oder Schlüssel, die beim Start importiert werden.");
    }

    void embeddedCatalogue()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(de(context.toLatin1().constData(), source.toUtf8().constData(), n), expected);
    }

    // Every message of the .ts file is translated, keeps its placeholders and its accelerator.
    void tsFileComplete_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("numerus");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("translations");
        QString language;
        QString error;
        const QList<TsMessage> messages = readTs(QStringLiteral(CERTDESK_TS_DE), &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(language, QStringLiteral("de"));
        QVERIFY(messages.size() > 400);
        for (const TsMessage &m : messages) {
            const QString shortSource = m.source.left(60).replace(QLatin1Char('\n'), QLatin1Char(' '));
            QTest::addRow("%s: %s", qPrintable(m.context.section(QLatin1String("::"), -1)), qPrintable(shortSource))
                << m.context << m.source << m.numerus << m.type << m.translations;
        }
    }

    void tsFileComplete()
    {
        QFETCH(QString, source);
        QFETCH(bool, numerus);
        QFETCH(QString, type);
        QFETCH(QStringList, translations);
        QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("translation is %1").arg(type)));
        QCOMPARE(translations.size(), numerus ? 2 : 1); // German: singular and plural
        for (const QString &t : translations) {
            QVERIFY2(!t.trimmed().isEmpty(), "empty translation");
            QCOMPARE(placeholders(t), placeholders(source));
            if (!source.contains(QLatin1Char('<')))
                QCOMPARE(accelerators(t), accelerators(source));
        }
    }

    // Translations::install picks the catalogue for a language setting; English needs none.
    void installLanguage()
    {
        QCoreApplication::removeTranslator(&m_german);
        auto *app = QCoreApplication::instance();
        const auto installed = [app] { return app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly); };
        const auto uninstall = [&installed] {
            for (QTranslator *t : installed()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        };
        QCOMPARE(ui::Translations::install(app, QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(installed().isEmpty());
        QCOMPARE(de("certdesk::ui::MainWindow", "&File"), QStringLiteral("&File"));

        QCOMPARE(ui::Translations::install(app, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(de("certdesk::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        uninstall();

        QCOMPARE(ui::Translations::install(app, QStringLiteral("xx")), QStringLiteral("en")); // no such catalogue
        QVERIFY(installed().isEmpty());
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    // The Settings dialog offers the system's language, English and each catalogue in its own words.
    void settingsOfferTheLanguages()
    {
        ui::SettingsValues values = ui::AppSettings::defaults();
        values.language = QStringLiteral("de");
        ui::SettingsDialog dialog(values);
        QComboBox *combo = dialog.languageCombo();
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemText(0), QStringLiteral("Sprache des Systems"));
        QCOMPARE(combo->itemText(1), QStringLiteral("English"));
        QCOMPARE(combo->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(dialog.values(), values);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    }

    // The console built under the German translator shows German.
    void mainWindowInGerman()
    {
        auto inv = openInventory(m_dir.filePath(QStringLiteral("de.db")), m_clock, QStringLiteral("tst-translations"));
        QCOMPARE(importFixtures(*inv, {QStringLiteral("leaf-rsa.pem"), QStringLiteral("leaf-ec.pem")}).imported, 2);
        ui::MainWindow w(*inv);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QStringList menus;
        for (const QAction *a : w.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Zertifikat"), QStringLiteral("An&forderung"),
                                     QStringLiteral("&Private CA"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));

        const QList<QListWidget *> lists = w.findChildren<QListWidget *>();
        const auto sidebarIt = std::find_if(lists.cbegin(), lists.cend(),
                                            [](const QListWidget *l) { return l->accessibleName() == QStringLiteral("Seiten"); });
        QVERIFY(sidebarIt != lists.cend());
        const QListWidget *sidebar = *sidebarIt;
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Zertifikate"));
        QCOMPARE(sidebar->item(2)->text(), QStringLiteral("Anforderungen"));

        const QAbstractItemModel *model = w.certificatesPage()->model();
        QCOMPARE(model->headerData(ui::CertificateTableModel::NotAfterColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Gültig bis"));
        QCOMPARE(model->headerData(ui::CertificateTableModel::IssuerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Aussteller"));

        QStringList status;
        for (const QLabel *label : w.statusBar()->findChildren<QLabel *>())
            status << label->text();
        QVERIFY2(status.contains(QStringLiteral("2 Zertifikate")), qPrintable(status.join(QLatin1Char('|'))));
        QVERIFY2(std::any_of(status.cbegin(), status.cend(),
                             [](const QString &s) { return s.startsWith(QStringLiteral("Schlüsselspeicher: ")); }),
                 qPrintable(status.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
