#pragma once

#include "acme/challengesolver.h"
#include "acme/dnsclient.h"

#include <functional>
#include <optional>

namespace certdesk::core {

// A TXT record dns-01 needs, as the administrator or the DNS server gets it.
struct DnsRecord
{
    QString identifier; // the name validated
    QString name;       // where the record goes ("_acme-challenge.example.org.", or the CNAME target)
    QString value;
    QString cnameFrom;  // CNAME delegation: the _acme-challenge name that points at name ("" = none)
};

// dns-01: the TXT records either go to the administrator's DNS server by RFC 2136 dynamic update
// (with TSIG), or are shown to the administrator (manual mode), who creates them. Either way the
// solver then waits until every record is visible at the checking servers (a configured resolver,
// or the zone's authoritative servers) before the CA is told to look.
//
// CNAME delegation (persistent validation): with a delegation zone, the record for NAME goes to
// "NAME.<zone>" and the administrator creates once "_acme-challenge.NAME CNAME NAME.<zone>";
// without one, an existing CNAME at _acme-challenge.NAME is followed.
class DnsSolver : public ChallengeSolver
{
public:
    struct Config
    {
        std::optional<DnsServer> update;  // automated mode: the server that takes updates
        std::optional<TsigKey> tsig;
        QString zone;                     // the zone to update ("" = found by SOA)
        std::optional<DnsServer> resolver; // check records through this server ("" = authoritative servers)
        QString delegationZone;
        int waitSeconds = 600;            // for the records to become visible
        int ttl = 60;
    };
    // Manual mode: shown the records to create; returns when the administrator has created
    // them (or at once: the solver waits for them to appear), or an error (Cancelled).
    using Instructions = std::function<Result<void>(const QList<DnsRecord> &records)>;
    // Waits msecs serving the thread's events (AcmeClient::wait).
    using Wait = std::function<Result<void>(int msecs)>;

    DnsSolver(Config config, Instructions instructions, Wait wait);
    QString challengeType() const override { return QStringLiteral("dns-01"); }
    Result<void> present(const ChallengeTask &task) override;
    Result<void> ready(const QList<ChallengeTask> &tasks) override;
    void cleanUp(const ChallengeTask &task) override;
    QStringList leftovers() const override { return m_leftovers; }

    const QList<DnsRecord> &records() const { return m_records; }
    // The CNAME to create once for name under a delegation zone: (from, to).
    static std::pair<QString, QString> delegationCname(const QString &name, const QString &delegationZone);

    // Pre-flight: whether the records could be placed and checked now (the update server takes a
    // harmless update, the CNAME delegation resolves) — "" when all is well, else the problem.
    QString preflight(const QStringList &names);

private:
    Result<QString> targetName(const QString &identifier, QString *cnameFrom);
    Result<QList<DnsServer>> checkingServers(const QString &name);

    Config m_config;
    Instructions m_instructions;
    Wait m_wait;
    QList<DnsRecord> m_records;
    QHash<QString, QString> m_zones; // record name -> zone updated
    QStringList m_leftovers;
};

} // namespace certdesk::core
