#pragma once

#include "crypto/error.h"

#include <QList>
#include <QString>

namespace certdesk::core {

class Clock;
class Inventory;

// The master password of every demo inventory (documented in the README).
inline constexpr char kDemoMasterPassword[] = "demo";

// What createDemoInventory() put into the inventory.
struct DemoInventory
{
    int certificates = 0;   // all of them: CAs and leaves
    int authorities = 0;    // the root and the two intermediates
    int leaves = 0;
    int privateKeys = 0;    // leaves whose key is stored (encrypted under kDemoMasterPassword)
    int tagged = 0;         // leaves with at least one tag
    // Leaves per expiry bucket relative to the clock: expired, within 7, 30 and 90 days, later.
    int expired = 0;
    int within7Days = 0;
    int within30Days = 0;
    int within90Days = 0;
    int later = 0;
    qint64 rootId = 0;
    QList<qint64> intermediateIds;
    qint64 brokenChainId = 0; // the leaf whose issuing CA is not in the inventory
    qint64 generationMs = 0;  // key generation and signing
    qint64 totalMs = 0;       // everything, including the import
};

// Creates a realistic sample inventory at path (a new or empty inventory): a root CA, two
// intermediates, about sixty leaf certificates for www, api, mail, vpn… of a few example
// domains spread over expired / 7 / 30 / 90 days / later relative to clock.now(), EC P-256
// keys for most and RSA 2048 for some, a third of them with their private key stored
// (master password kDemoMasterPassword), tags (env, team, owner) on most, and one leaf whose
// issuer is missing (a broken chain). Opens its own connection: callable from any thread.
// Takes a few seconds at most. Fails with ErrorCode::Duplicate if the inventory is not empty.
[[nodiscard]] Result<DemoInventory> createDemoInventory(const QString &path, const Clock &clock);

// The same into an inventory that is already open on this thread (and empty).
[[nodiscard]] Result<DemoInventory> populateDemoInventory(Inventory &inventory);

} // namespace certdesk::core
