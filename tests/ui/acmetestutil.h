#pragma once
// What the ACME console tests share: an account at the test's pebble.

#include "pebbleserver.h"

#include "acme/acmeaccounts.h"

namespace certdesk::test {

// Registers the account "pebble" (admin@example.org, terms agreed, pebble's TLS certificate trusted).
inline core::Result<core::AcmeAccountInfo> createPebbleAccount(core::Inventory &inventory, const core::MasterPasswordCallback &password,
                                                               const PebbleServer &pebble)
{
    core::AcmeAccounts accounts(inventory, password);
    core::AcmeAccountRequest req;
    req.name = QStringLiteral("pebble");
    req.ca = pebble.directoryUrl();
    req.emails = {QStringLiteral("admin@example.org")};
    req.agreeTerms = true;
    req.extraTrustPem = pebble.tlsCertificate();
    return accounts.create(req);
}

} // namespace certdesk::test
