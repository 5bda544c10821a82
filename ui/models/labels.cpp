#include "models/labels.h"

#include "inventory/certificatefilter.h"

namespace certdesk::ui {

QString Labels::status(const QString &status)
{
    if (status == core::Status::Issued)
        return tr("Issued");
    if (status == core::Status::Expired)
        return tr("Expired");
    if (status == core::Status::NotYetValid)
        return tr("Not yet valid");
    if (status == core::Status::Revoked)
        return tr("Revoked");
    return status;
}

QString Labels::type(const QString &type)
{
    if (type == QLatin1String("IMPORTED"))
        return tr("Imported");
    if (type == QLatin1String("PRIVATE"))
        return tr("Private");
    if (type == QLatin1String("PUBLIC"))
        return tr("Public");
    return type;
}

QString Labels::keyAlgorithm(const QString &keyAlgorithm)
{
    static const struct
    {
        QLatin1StringView curve;
        QLatin1StringView label;
    } curves[] = {
        {QLatin1StringView("prime256v1"), QLatin1StringView("P-256")},
        {QLatin1StringView("secp384r1"), QLatin1StringView("P-384")},
        {QLatin1StringView("secp521r1"), QLatin1StringView("P-521")},
    };
    if (keyAlgorithm == QLatin1String("ED25519"))
        return QStringLiteral("Ed25519");
    if (keyAlgorithm == QLatin1String("ED448"))
        return QStringLiteral("Ed448");
    const qsizetype underscore = keyAlgorithm.indexOf(QLatin1Char('_'));
    if (underscore < 0)
        return keyAlgorithm;
    const QString family = keyAlgorithm.left(underscore);
    const QString detail = keyAlgorithm.mid(underscore + 1);
    if (family == QLatin1String("EC")) {
        for (const auto &c : curves) {
            if (detail == c.curve)
                return QStringLiteral("EC ") + c.label;
        }
    }
    return family + QLatin1Char(' ') + detail;
}

QString Labels::eventKind(const QString &kind)
{
    if (kind == QLatin1String("import"))
        return tr("Imported");
    if (kind == QLatin1String("key-import"))
        return tr("Key imported");
    if (kind == QLatin1String("key-use"))
        return tr("Key used");
    if (kind == QLatin1String("delete"))
        return tr("Deleted");
    if (kind == QLatin1String("tag"))
        return tr("Tagged");
    if (kind == QLatin1String("untag"))
        return tr("Untagged");
    if (kind == QLatin1String("revoke"))
        return tr("Revoked");
    if (kind == QLatin1String("export"))
        return tr("Exported");
    return kind;
}

} // namespace certdesk::ui
