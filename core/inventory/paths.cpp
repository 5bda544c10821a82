#include "inventory/paths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace certdesk::core {

void configureApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("certdesk"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

QString defaultInventoryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/inventory.db");
}

} // namespace certdesk::core
