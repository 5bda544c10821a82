#include "commands/copycertificatescommand.h"

#include "inventory/inventory.h"

#include <QClipboard>
#include <QGuiApplication>

namespace certdesk::ui {

CopyCertificatesCommand::CopyCertificatesCommand(core::Inventory &inventory, QList<qint64> ids, What what)
    : m_inventory(inventory)
    , m_ids(std::move(ids))
    , m_what(what)
{
}

core::Result<QString> CopyCertificatesCommand::text() const
{
    QString out;
    for (qint64 id : m_ids) {
        auto cert = m_inventory.certificate(id);
        if (!cert)
            return std::unexpected(cert.error());
        switch (m_what) {
        case What::Pem:
            out += QString::fromLatin1(cert->toPem());
            if (!out.endsWith(QLatin1Char('\n')))
                out += QLatin1Char('\n');
            break;
        case What::Sha256Fingerprint:
            out += core::toColonHex(cert->sha256()) + QLatin1Char('\n');
            break;
        case What::Sha1Fingerprint:
            out += core::toColonHex(cert->sha1()) + QLatin1Char('\n');
            break;
        }
    }
    if (m_what != What::Pem && m_ids.size() == 1)
        out.chop(1); // a single fingerprint pastes best without a line break
    return out;
}

QString CopyCertificatesCommand::start() const
{
    auto t = text();
    if (!t)
        return t.error().message;
    QGuiApplication::clipboard()->setText(*t);
    return {};
}

} // namespace certdesk::ui
