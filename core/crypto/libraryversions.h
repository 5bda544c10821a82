#pragma once

#include <QString>

namespace certdesk::core {

// Versions of the libraries the core runs on, as loaded at run time (for About boxes and
// bug reports; the GUI must not include OpenSSL or SQLite headers itself).
QString openSslVersion(); // "OpenSSL 3.0.x <date>"
QString sqliteVersion();  // "3.40.1"

} // namespace certdesk::core
