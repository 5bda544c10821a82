#pragma once

#include <QPalette>

namespace certdesk::ui {

// Light and dark palettes for the console.
//
// System follows the platform (its style and palette, light or dark as the desktop
// says); Light and Dark force the Fusion style with a palette of their own, so both
// read well on any desktop. Colours that mean something (expiry, status) are derived
// from the current palette by the views, never hard-coded to one background.
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current();

    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);

    static QString modeName(Mode mode);          // "system", "light", "dark" (for settings)
    static Mode modeFromName(const QString &name); // unknown → System
};

} // namespace certdesk::ui
