#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace certdesk::ui {

// The language the console speaks. certdesk's translations are compiled into this library
// (resources/translations/certdesk_<lang>.ts -> :/i18n/certdesk_<lang>.qm, see ui/CMakeLists.txt);
// Qt's own texts (standard buttons, file dialogs, "Ctrl" written "Strg") come from the Qt
// installation's qtbase_<lang>.qm when it is there (Debian: qt6-translations-l10n).
// English is the source language and needs no file. The CLI does not use this: it stays
// English, as scripts parse its output.
//
//   QApplication app(argc, argv);
//   Translations::install(&app, appSettings.language()); // before any widget is built
class Translations
{
public:
    // Languages with a translation ("de"), sorted; English is not listed (it is always there).
    static QStringList available();

    // Installs the translators for language into app (they become its children):
    // "" follows the system's user-interface languages in order of preference, stopping at
    // the first one certdesk speaks (English included); "en" installs none; a code such as
    // "de" loads that translation. Returns the language now spoken ("de", or "en" when none
    // was installed). The choice takes effect for widgets built afterwards.
    static QString install(QCoreApplication *app, const QString &language);

    // Where certdesk's translations are: ":/i18n".
    static QString resourceDirectory();
};

} // namespace certdesk::ui
