#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace certdesk::core {

// Writes a file whole or not at all (QSaveFile: temporary file in the same
// folder, flushed, renamed). The permissions are set on the temporary file
// before anything is written, so a key file is never readable by others,
// not even for a moment.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                 QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                     | QFileDevice::ReadGroup | QFileDevice::ReadOther);

inline constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace certdesk::core
