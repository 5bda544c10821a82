#pragma once

#include "testutil.h"

#include "inventory/importjob.h"
#include "inventory/inventory.h"

#include <QStringList>

#include <memory>

namespace certdesk::test {

// The certificate fixtures (11 certificates; see tests/data/README.md).
inline QStringList certificateFixtures()
{
    return {QStringLiteral("root-ca.pem"),      QStringLiteral("intermediate-ca.pem"),
            QStringLiteral("leaf-rsa.pem"),     QStringLiteral("leaf-ec.pem"),
            QStringLiteral("leaf-ed25519.pem"), QStringLiteral("client.pem"),
            QStringLiteral("leaf-expired.pem"), QStringLiteral("leaf-notyetvalid.pem"),
            QStringLiteral("leaf-revoked.pem"), QStringLiteral("leaf-nocn.pem"),
            QStringLiteral("selfsigned-ec.pem")};
}

inline QStringList fixturePaths(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << dataPath(n);
    return out;
}

// Opens (creating) an inventory with a cheap key store, for tests.
inline std::unique_ptr<core::Inventory> openInventory(const QString &path, const core::Clock &clock,
                                                      const QString &connection)
{
    auto inv = core::Inventory::open(path, clock, connection);
    if (!inv)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(inv.error().message));
    (*inv)->keyStore().setScryptCost(1 << 10);
    return std::move(*inv);
}

// Imports fixtures with the fixtures' passwords and master password "master".
inline core::ImportReport importFixtures(core::Inventory &inventory, const QStringList &names)
{
    core::ImportOptions options;
    options.masterPassword = [](core::MasterPasswordPurpose) { return std::optional<QByteArray>("master"); };
    options.filePasswords = [](const core::PasswordRequest &r) -> std::optional<QByteArray> {
        if (r.attempt > 0)
            return std::nullopt;
        return r.kind == core::PasswordRequest::Kind::Pkcs12 ? QByteArray("test-p12-pass") : QByteArray("test-key-pass");
    };
    return core::ImportJob(inventory, options).importPaths(fixturePaths(names));
}

} // namespace certdesk::test
