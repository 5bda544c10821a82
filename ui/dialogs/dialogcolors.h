#pragma once

#include <QColor>
#include <QPalette>

namespace certdesk::ui::dialogcolors {

// Colours for inline messages that read well on both light and dark palettes.
inline bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }
inline QColor error(const QPalette &p) { return isDark(p) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x23, 0x18); }
inline QColor warning(const QPalette &p) { return isDark(p) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00); }
inline QColor good(const QPalette &p) { return isDark(p) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37); }

// "color: #rrggbb" for a style sheet.
inline QString css(const QColor &c) { return QStringLiteral("color: %1").arg(c.name()); }

} // namespace certdesk::ui::dialogcolors
