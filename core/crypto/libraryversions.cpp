#include "crypto/libraryversions.h"

#include <openssl/crypto.h>
#include <sqlite3.h>

namespace certdesk::core {

QString openSslVersion() { return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)); }

QString sqliteVersion() { return QString::fromLatin1(sqlite3_libversion()); }

} // namespace certdesk::core
