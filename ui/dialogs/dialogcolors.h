#pragma once

#include <QColor>
#include <QPalette>

namespace certdesk::ui::dialogcolors {

// Colours for inline messages that read well on both light and dark palettes.
inline bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }
inline QColor error(const QPalette &p) { return isDark(p) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x23, 0x18); }
inline QColor warning(const QPalette &p) { return isDark(p) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00); }
inline QColor good(const QPalette &p) { return isDark(p) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37); }

// Placeholder text made opaque over the window colour: style sheets and rich text drop the alpha
// that a palette's placeholder colour may have (Fusion's standard palette has one).
inline QColor muted(const QPalette &p)
{
    const QColor c = p.color(QPalette::PlaceholderText);
    const QColor w = p.color(QPalette::Window);
    const float a = c.alphaF();
    return QColor::fromRgbF(c.redF() * a + w.redF() * (1 - a), c.greenF() * a + w.greenF() * (1 - a),
                            c.blueF() * a + w.blueF() * (1 - a));
}

// "color: #rrggbb" for a style sheet.
inline QString css(const QColor &c) { return QStringLiteral("color: %1").arg(c.name()); }

} // namespace certdesk::ui::dialogcolors
