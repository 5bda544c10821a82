#include "acme/acmevalidation.h"

#include <QFileInfo>

namespace certdesk::core {

Result<void> AcmeValidation::check() const
{
    if (method != QLatin1String("HTTP") && method != QLatin1String("DNS"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("ACME validation is HTTP or DNS, not \"%1\"").arg(method));
    if (method == QLatin1String("HTTP")) {
        if (httpListen.isEmpty() == webroot.isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("HTTP validation needs either certdesk's responder (an address and "
                                                                "port to listen on) or a web root folder"));
        if (!httpListen.isEmpty())
            if (auto a = parseListenAddress(httpListen); !a)
                return std::unexpected(a.error());
        if (!webroot.isEmpty() && !QFileInfo(webroot).isDir())
            return fail(ErrorCode::InvalidInput, QStringLiteral("the web root %1 is not a folder").arg(webroot));
        return {};
    }
    if (!dnsUpdate.isEmpty())
        if (auto s = parseDnsServer(dnsUpdate); !s)
            return std::unexpected(s.error().prefixed(QStringLiteral("the DNS update server")));
    if (!dnsResolver.isEmpty())
        if (auto s = parseDnsServer(dnsResolver); !s)
            return std::unexpected(s.error().prefixed(QStringLiteral("the DNS resolver")));
    if (tsig && dnsUpdate.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("a TSIG key is only used with a DNS update server"));
    if (!delegationZone.isEmpty() && dnsUpdate.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("CNAME delegation needs a DNS update server for the delegation zone"));
    if (dnsWaitSeconds < 1 || dnsWaitSeconds > 86400)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the DNS wait must be 1 second to a day"));
    return {};
}

QString AcmeValidation::describe() const
{
    if (method == QLatin1String("HTTP"))
        return webroot.isEmpty() ? QStringLiteral("http-01 through certdesk's responder on %1").arg(httpListen)
                                 : QStringLiteral("http-01 through files in %1").arg(webroot);
    QString out = dnsUpdate.isEmpty() ? QStringLiteral("dns-01, records created by hand")
                                      : QStringLiteral("dns-01, records updated at %1%2").arg(dnsUpdate, tsig ? QStringLiteral(" (TSIG key %1)").arg(tsig->name) : QString());
    if (!delegationZone.isEmpty())
        out += QStringLiteral(", delegated by CNAME to %1").arg(delegationZone);
    return out;
}

QJsonObject AcmeValidation::toJson(const QByteArray &sealedTsig) const
{
    QJsonObject o{{QStringLiteral("method"), method}};
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("http_listen", httpListen);
    put("webroot", webroot);
    put("dns_update", dnsUpdate);
    put("dns_zone", dnsZone);
    put("dns_resolver", dnsResolver);
    put("delegation_zone", delegationZone);
    put("preferred_root", preferredRoot);
    if (dnsWaitSeconds != 600)
        o.insert(QStringLiteral("dns_wait"), dnsWaitSeconds);
    if (tsig) {
        o.insert(QStringLiteral("tsig_name"), tsig->name);
        o.insert(QStringLiteral("tsig_algorithm"), tsig->algorithm);
        o.insert(QStringLiteral("tsig_sealed"), QString::fromLatin1(sealedTsig.toBase64()));
    }
    return o;
}

AcmeValidation AcmeValidation::fromJson(const QJsonObject &o, QByteArray *sealedTsig)
{
    AcmeValidation v;
    v.method = o.value(QLatin1String("method")).toString(QStringLiteral("HTTP"));
    v.httpListen = o.value(QLatin1String("http_listen")).toString();
    v.webroot = o.value(QLatin1String("webroot")).toString();
    v.dnsUpdate = o.value(QLatin1String("dns_update")).toString();
    v.dnsZone = o.value(QLatin1String("dns_zone")).toString();
    v.dnsResolver = o.value(QLatin1String("dns_resolver")).toString();
    v.delegationZone = o.value(QLatin1String("delegation_zone")).toString();
    v.preferredRoot = o.value(QLatin1String("preferred_root")).toString();
    v.dnsWaitSeconds = o.value(QLatin1String("dns_wait")).toInt(600);
    if (o.contains(QLatin1String("tsig_name"))) {
        TsigKey key;
        key.name = o.value(QLatin1String("tsig_name")).toString();
        key.algorithm = o.value(QLatin1String("tsig_algorithm")).toString();
        v.tsig = key; // the secret comes from unsealing sealedTsig
        if (sealedTsig)
            *sealedTsig = QByteArray::fromBase64(o.value(QLatin1String("tsig_sealed")).toString().toLatin1());
    }
    return v;
}

DnsSolver::Config dnsSolverConfig(const AcmeValidation &v)
{
    DnsSolver::Config config;
    if (!v.dnsUpdate.isEmpty())
        config.update = parseDnsServer(v.dnsUpdate).value_or(DnsServer());
    if (!v.dnsResolver.isEmpty())
        config.resolver = parseDnsServer(v.dnsResolver).value_or(DnsServer());
    config.tsig = v.tsig;
    config.zone = v.dnsZone;
    config.delegationZone = v.delegationZone;
    config.waitSeconds = v.dnsWaitSeconds;
    return config;
}

Result<std::unique_ptr<ChallengeSolver>> makeChallengeSolver(const AcmeValidation &v, DnsSolver::Instructions instructions,
                                                              DnsSolver::Wait wait)
{
    if (auto c = v.check(); !c)
        return std::unexpected(c.error());
    if (v.method == QLatin1String("HTTP")) {
        if (!v.webroot.isEmpty())
            return std::make_unique<WebrootSolver>(v.webroot);
        auto listen = parseListenAddress(v.httpListen);
        return std::make_unique<HttpResponderSolver>(listen->first, listen->second);
    }
    DnsSolver::Config config = dnsSolverConfig(v);
    return std::make_unique<DnsSolver>(config, std::move(instructions), std::move(wait));
}

} // namespace certdesk::core
