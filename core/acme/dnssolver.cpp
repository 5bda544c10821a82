#include "acme/dnssolver.h"

#include <QElapsedTimer>

namespace certdesk::core {

namespace {
QString absolute(QString name)
{
    name = name.toLower();
    if (!name.endsWith(QLatin1Char('.')))
        name += QLatin1Char('.');
    return name;
}
} // namespace

DnsSolver::DnsSolver(Config config, Instructions instructions, Wait wait)
    : m_config(std::move(config)), m_instructions(std::move(instructions)), m_wait(std::move(wait))
{
}

std::pair<QString, QString> DnsSolver::delegationCname(const QString &name, const QString &delegationZone)
{
    QString base = name.startsWith(QLatin1String("*.")) ? name.mid(2) : name;
    if (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    return {absolute(QStringLiteral("_acme-challenge.") + base), absolute(base + QLatin1Char('.') + delegationZone)};
}

Result<QString> DnsSolver::targetName(const QString &identifier, QString *cnameFrom)
{
    const QString record = absolute(QStringLiteral("_acme-challenge.") + (identifier.startsWith(QLatin1String("*.")) ? identifier.mid(2) : identifier));
    if (!m_config.delegationZone.isEmpty()) {
        const auto [from, to] = delegationCname(identifier, m_config.delegationZone);
        *cnameFrom = from;
        return to;
    }
    // An existing CNAME at _acme-challenge.NAME is followed (delegation set up by hand).
    std::optional<DnsServer> server = m_config.resolver ? m_config.resolver : m_config.update;
    if (!server) {
        const QList<DnsServer> system = systemResolvers();
        if (!system.isEmpty())
            server = system.first();
    }
    if (server) {
        auto cname = DnsClient(*server).cname(record);
        if (cname && !cname->isEmpty()) {
            *cnameFrom = record;
            return absolute(*cname);
        }
    }
    cnameFrom->clear();
    return record;
}

Result<void> DnsSolver::present(const ChallengeTask &task)
{
    DnsRecord r;
    r.identifier = task.identifier;
    r.value = task.txtValue;
    auto target = targetName(task.identifier, &r.cnameFrom);
    if (!target)
        return std::unexpected(target.error());
    r.name = *target;
    if (m_config.update) {
        DnsClient client(*m_config.update);
        QString zone = m_config.zone.isEmpty() ? QString() : absolute(m_config.zone);
        if (zone.isEmpty()) {
            auto found = client.zoneOf(r.name);
            if (!found)
                return std::unexpected(found.error().prefixed(QStringLiteral("cannot find the zone of %1").arg(r.name)));
            zone = *found;
        }
        if (auto added = client.addTxt(zone, r.name, r.value, m_config.ttl, m_config.tsig); !added)
            return std::unexpected(added.error());
        m_zones.insert(r.name + QLatin1Char(' ') + r.value, zone);
    }
    m_records.append(r);
    return {};
}

Result<QList<DnsServer>> DnsSolver::checkingServers(const QString &name)
{
    if (m_config.resolver)
        return QList<DnsServer>{*m_config.resolver};
    const QList<DnsServer> system = systemResolvers();
    if (system.isEmpty())
        return m_config.update ? Result<QList<DnsServer>>(QList<DnsServer>{*m_config.update})
                               : fail(ErrorCode::Io, QStringLiteral("no DNS resolver to check %1 with: configure one").arg(name));
    DnsClient resolver(system.first());
    auto zone = resolver.zoneOf(name);
    if (!zone)
        return std::unexpected(zone.error());
    auto servers = resolver.authoritativeServers(*zone);
    if (!servers || servers->isEmpty())
        return QList<DnsServer>{system.first()};
    return servers;
}

Result<void> DnsSolver::ready(const QList<ChallengeTask> &tasks)
{
    Q_UNUSED(tasks);
    if (m_records.isEmpty())
        return {};
    if (!m_config.update) {
        if (!m_instructions) {
            QStringList lines;
            for (const DnsRecord &r : std::as_const(m_records))
                lines << QStringLiteral("%1 TXT \"%2\"").arg(r.name, r.value);
            return fail(ErrorCode::InvalidInput, QStringLiteral("manual DNS validation needs the administrator to create %1; "
                                                                "renew it by hand, or set up DNS updates or CNAME delegation "
                                                                "for automatic renewal")
                                                     .arg(lines.join(QStringLiteral(", "))));
        }
        if (auto told = m_instructions(m_records); !told)
            return told;
    }
    // Wait until every record shows at every checking server.
    QElapsedTimer clock;
    clock.start();
    int delay = 250;
    for (const DnsRecord &r : std::as_const(m_records)) {
        auto servers = checkingServers(r.name);
        if (!servers)
            return std::unexpected(servers.error());
        for (const DnsServer &server : std::as_const(*servers)) {
            DnsClient client(server, 3000);
            QString lastProblem;
            while (true) {
                auto values = client.txt(r.name);
                if (values && values->contains(r.value))
                    break;
                lastProblem = values ? QStringLiteral("it holds %1").arg(values->isEmpty() ? QStringLiteral("no TXT record")
                                                                                          : QStringLiteral("\"%1\"").arg(values->join(QStringLiteral("\", \""))))
                                     : values.error().message;
                if (clock.elapsed() > qint64(m_config.waitSeconds) * 1000)
                    return fail(ErrorCode::Io, QStringLiteral("%1: the TXT record %2 \"%3\" did not appear at %4 within %5 s (%6)")
                                                   .arg(r.identifier, r.name, r.value, server.toString())
                                                   .arg(m_config.waitSeconds)
                                                   .arg(lastProblem));
                if (auto w = m_wait(delay); !w)
                    return w;
                delay = std::min(delay * 3 / 2, 5000);
            }
        }
    }
    return {};
}

void DnsSolver::cleanUp(const ChallengeTask &task)
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const DnsRecord r = m_records.at(i);
        if (r.identifier != task.identifier || r.value != task.txtValue)
            continue;
        m_records.removeAt(i);
        if (!m_config.update) {
            m_leftovers << QStringLiteral("%1 TXT \"%2\" (created by hand: it can go now)").arg(r.name, r.value);
            return;
        }
        const QString zone = m_zones.take(r.name + QLatin1Char(' ') + r.value);
        if (auto removed = DnsClient(*m_config.update).removeTxt(zone, r.name, r.value, m_config.tsig); !removed)
            m_leftovers << QStringLiteral("%1 TXT \"%2\" (%3)").arg(r.name, r.value, removed.error().message);
        return;
    }
}

QString DnsSolver::preflight(const QStringList &names)
{
    QStringList problems;
    for (const QString &name : names) {
        QString cnameFrom;
        auto target = targetName(name, &cnameFrom);
        if (!target) {
            problems << QStringLiteral("%1: %2").arg(name, target.error().message);
            continue;
        }
        if (!m_config.delegationZone.isEmpty()) {
            std::optional<DnsServer> server = m_config.resolver;
            if (!server && !systemResolvers().isEmpty())
                server = systemResolvers().first();
            if (server) {
                auto cname = DnsClient(*server).cname(cnameFrom);
                if (!cname)
                    problems << QStringLiteral("%1: %2").arg(name, cname.error().message);
                else if (absolute(*cname) != *target)
                    problems << QStringLiteral("%1: %2 should be a CNAME to %3 (it is %4)")
                                    .arg(name, cnameFrom, *target, cname->isEmpty() ? QStringLiteral("missing") : *cname);
            }
        }
        if (m_config.update) {
            DnsClient client(*m_config.update);
            auto zone = m_config.zone.isEmpty() ? client.zoneOf(*target) : Result<QString>(absolute(m_config.zone));
            if (!zone)
                problems << QStringLiteral("%1: the DNS server %2 cannot find the zone of %3: %4")
                                .arg(name, m_config.update->toString(), *target, zone.error().message);
        }
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace certdesk::core
