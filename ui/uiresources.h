#pragma once

#include <QIcon>
#include <QString>

namespace certdesk::ui {

// Registers the icons and other files of resources/certdesk.qrc (compiled into
// this static library, so the linker needs an explicit reference). Idempotent.
void initResources();

// An icon of the application: the SVG :/icons/<name>.svg (resources/icons), so it stays sharp
// at any size and scale and does not depend on the desktop's icon theme. The icons are drawn
// in one mid blue that reads on the light and the dark palette alike.
QIcon svgIcon(const QString &name);

} // namespace certdesk::ui
