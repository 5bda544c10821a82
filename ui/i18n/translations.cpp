#include "i18n/translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace certdesk::ui {

namespace {

QString baseName() { return QStringLiteral("certdesk"); }

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

QString Translations::resourceDirectory() { return QStringLiteral(":/i18n"); }

QStringList Translations::available()
{
    QStringList languages;
    const QString prefix = baseName() + QLatin1Char('_');
    const QStringList files =
        QDir(resourceDirectory()).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(prefix.size()).chopped(3);
    return languages;
}

QString Translations::install(QCoreApplication *app, const QString &language)
{
    const QString english = QStringLiteral("en");
    const QStringList preferred = language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    auto *own = new QTranslator(app);
    bool loaded = false;
    for (const QString &name : preferred) {
        const QLocale locale(name);
        if (isEnglish(locale))
            break;
        // Tries certdesk_de_DE.qm, then certdesk_de.qm.
        if (own->load(locale, baseName(), QStringLiteral("_"), resourceDirectory())) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        delete own;
        return english;
    }
    QCoreApplication::installTranslator(own);

    // Qt's texts in the same language, when the Qt installation has them (optional).
    const QLocale spoken(own->language());
    auto *qt = new QTranslator(app);
    if (qt->load(spoken, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(spoken.language());
}

} // namespace certdesk::ui
