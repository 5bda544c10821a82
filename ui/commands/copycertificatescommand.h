#pragma once

#include "crypto/error.h"

#include <QList>
#include <QString>

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

// Copy PEM / Copy fingerprint: puts text about the selected certificates on the clipboard.
class CopyCertificatesCommand
{
public:
    enum class What { Pem, Sha256Fingerprint, Sha1Fingerprint };

    CopyCertificatesCommand(core::Inventory &inventory, QList<qint64> ids, What what);

    // The text that goes to the clipboard: PEM blocks one after the other, or one
    // colon-separated fingerprint per line, in the order of the ids.
    core::Result<QString> text() const;
    // Copies; returns the error message, or "" on success.
    QString start() const;

private:
    core::Inventory &m_inventory;
    QList<qint64> m_ids;
    What m_what;
};

} // namespace certdesk::ui
