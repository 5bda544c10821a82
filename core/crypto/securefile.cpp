#include "crypto/securefile.h"

#include <QSaveFile>

namespace certdesk::core {

Result<void> writeFileAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot create (%2)").arg(path, file.errorString()));
    if (!file.setPermissions(permissions))
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot set the file permissions").arg(path));
    if (file.write(data) != data.size())
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    if (!file.commit())
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot save (%2)").arg(path, file.errorString()));
    return {};
}

} // namespace certdesk::core
