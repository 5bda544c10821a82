#pragma once

namespace certdesk::ui {

// Registers the icons and other files of resources/certdesk.qrc (compiled into
// this static library, so the linker needs an explicit reference). Idempotent.
void initResources();

} // namespace certdesk::ui
