#pragma once

#include "acme/challengesolver.h"
#include "acme/dnssolver.h"

#include <QJsonObject>

#include <memory>

namespace certdesk::core {

// How the names of an ACME managed certificate are validated, kept with it for every renewal.
struct AcmeValidation
{
    QString method = QStringLiteral("HTTP"); // HTTP (http-01) or DNS (dns-01)
    // http-01: certdesk's own responder on ADDR:PORT, or files in a web root.
    QString httpListen;
    QString webroot;
    // dns-01: automated (RFC 2136 to dnsUpdate, signed with tsig) or manual (dnsUpdate empty).
    QString dnsUpdate;          // "HOST:PORT"
    std::optional<TsigKey> tsig;
    QString dnsZone;            // the zone to update ("" = found by SOA)
    QString dnsResolver;        // check records through "HOST:PORT" ("" = the zone's authoritative servers)
    QString delegationZone;     // CNAME delegation (persistent validation)
    int dnsWaitSeconds = 600;
    QString preferredRoot;      // choose the alternate chain whose top issuer has this CN

    bool isDns() const { return method == QLatin1String("DNS"); }
    bool manualDns() const { return isDns() && dnsUpdate.isEmpty(); }
    // InvalidInput naming the bad setting (a missing listener, an unparsable server ...).
    Result<void> check() const;
    // One line: "http-01 through certdesk's responder on 0.0.0.0:80".
    QString describe() const;
    // The settings as stored (a TSIG secret only as sealedTsig, sealed by the key store).
    QJsonObject toJson(const QByteArray &sealedTsig) const;
    static AcmeValidation fromJson(const QJsonObject &json, QByteArray *sealedTsig);
};

// The dns-01 solver's settings (v must have passed check()).
DnsSolver::Config dnsSolverConfig(const AcmeValidation &v);

// The solver for the settings. wait: AcmeClient::wait of the order's client.
Result<std::unique_ptr<ChallengeSolver>> makeChallengeSolver(const AcmeValidation &validation,
                                                              DnsSolver::Instructions instructions, DnsSolver::Wait wait);

} // namespace certdesk::core
