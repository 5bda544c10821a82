#include "uiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initCertdeskResources() { Q_INIT_RESOURCE(certdesk); }

namespace certdesk::ui {

void initResources() { initCertdeskResources(); }

QIcon svgIcon(const QString &name)
{
    initResources();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace certdesk::ui
