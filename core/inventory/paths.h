#pragma once

#include <QString>

namespace certdesk::core {

// Sets the application identity that QStandardPaths and QSettings derive from.
// Both front ends call it first thing, so they agree on the default inventory.
void configureApplicationIdentity();

// QStandardPaths::AppDataLocation + "/inventory.db" (e.g. ~/.local/share/certdesk/inventory.db).
QString defaultInventoryPath();

} // namespace certdesk::core
