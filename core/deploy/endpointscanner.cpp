#include "deploy/endpointscanner.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include <netdb.h>
#include <sys/socket.h>

namespace certdesk::core {

namespace {

// One entry of ScanSpec::targets, parsed.
struct TargetEntry
{
    QString text;             // as written
    QHostAddress first;       // the address, or a CIDR range's first address
    qint64 count = 1;         // addresses (a CIDR range's size)
    bool isName = false;
};

QString addressText(const QHostAddress &a) { return a.toString(); }

// The address offset addresses after base (IPv4 or IPv6; the offset stays below 2^20).
QHostAddress addressAt(const QHostAddress &base, qint64 offset)
{
    if (base.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress(quint32(base.toIPv4Address() + quint32(offset)));
    Q_IPV6ADDR bytes = base.toIPv6Address();
    quint64 carry = quint64(offset);
    for (int i = 15; i >= 0 && carry; --i) {
        carry += bytes[i];
        bytes[i] = quint8(carry & 0xff);
        carry >>= 8;
    }
    return QHostAddress(bytes);
}

Result<TargetEntry> parseTarget(const QString &raw)
{
    QString text = raw.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    TargetEntry entry{raw.trimmed(), {}, 1, false};
    if (text.contains(QLatin1Char('/'))) {
        const auto [network, prefix] = QHostAddress::parseSubnet(text);
        if (network.isNull() || prefix < 0)
            return fail(ErrorCode::InvalidInput, QStringLiteral("target \"%1\": not a CIDR range (10.0.0.0/24, fd00::/120)").arg(entry.text));
        const int bits = network.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        const int hostBits = bits - prefix;
        // 2^21 addresses already exceed kMaxEndpoints; do not count further (an IPv6 /64 ...).
        entry.first = network;
        entry.count = hostBits > 21 ? qint64(ScanSpec::kMaxEndpoints) + 1 : qint64(1) << hostBits;
        return entry;
    }
    const QHostAddress address(text);
    if (!address.isNull()) {
        entry.first = address;
        return entry;
    }
    static const QRegularExpression hostName(QStringLiteral("^(?=.{1,253}\\.?$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})"
                                                            "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*\\.?$"));
    if (!hostName.match(text).hasMatch())
        return fail(ErrorCode::InvalidInput, QStringLiteral("target \"%1\": not an address, CIDR range or host name").arg(entry.text));
    entry.isName = true;
    return entry;
}

// The first address getaddrinfo gives for name (IPv4 or IPv6), or "" when it does not resolve.
QString resolveFirst(const QString &name)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    if (::getaddrinfo(name.toUtf8().constData(), nullptr, &hints, &res) != 0 || !res)
        return {};
    char host[NI_MAXHOST];
    QString out;
    if (::getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, nullptr, 0, NI_NUMERICHOST) == 0)
        out = QString::fromLatin1(host);
    ::freeaddrinfo(res);
    return out;
}

} // namespace

QList<quint16> defaultScanPorts() { return {443, 8443, 636, 993, 995, 465, 25, 587, 143, 110, 5432}; }

Result<QList<quint16>> parsePortList(const QString &text)
{
    QList<quint16> ports;
    const auto port = [](const QString &s) -> std::optional<quint16> {
        bool ok = false;
        const int p = s.trimmed().toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            return std::nullopt;
        return quint16(p);
    };
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        const qsizetype dash = p.indexOf(QLatin1Char('-'));
        const auto from = port(dash < 0 ? p : p.left(dash));
        const auto to = dash < 0 ? from : port(p.mid(dash + 1));
        if (!from || !to)
            return fail(ErrorCode::InvalidInput, QStringLiteral("port list: \"%1\" is not a port (1-65535) or range (9000-9010)").arg(p));
        if (*from > *to)
            return fail(ErrorCode::InvalidInput, QStringLiteral("port list: the range \"%1\" runs backwards").arg(p));
        for (int q = *from; q <= *to; ++q)
            if (!ports.contains(quint16(q)))
                ports.append(quint16(q));
    }
    if (ports.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("port list: no ports in \"%1\"").arg(text));
    return ports;
}

Result<QList<ProbeTarget>> expandScanTargets(const ScanSpec &spec)
{
    const QList<quint16> ports = spec.ports.isEmpty() ? defaultScanPorts() : spec.ports;
    QList<TargetEntry> entries;
    qint64 endpoints = 0;
    for (const QString &raw : spec.targets) {
        if (raw.trimmed().isEmpty())
            continue;
        auto entry = parseTarget(raw);
        if (!entry)
            return std::unexpected(entry.error());
        endpoints += entry->count * ports.size();
        if (endpoints > ScanSpec::kMaxEndpoints)
            return fail(ErrorCode::LimitExceeded, QStringLiteral("more than %1 endpoints (addresses x ports) to scan; "
                                                                 "the limit is reached at target \"%2\"")
                                                      .arg(ScanSpec::kMaxEndpoints)
                                                      .arg(entry->text));
        entries.append(*entry);
    }
    if (entries.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("no targets to scan"));

    QList<ProbeTarget> out;
    out.reserve(qsizetype(endpoints));
    for (const TargetEntry &e : entries) {
        if (e.isName) {
            const QString address = resolveFirst(e.text);
            // Unresolved: one target that the probe reports as Unreachable, not one per port.
            for (quint16 port : address.isEmpty() ? ports.mid(0, 1) : ports)
                out.append(ProbeTarget{e.text, address, port, spec.sni, startTlsForPort(port)});
            continue;
        }
        for (qint64 k = 0; k < e.count; ++k) {
            const QString address = addressText(addressAt(e.first, k));
            for (quint16 port : ports)
                out.append(ProbeTarget{address, address, port, spec.sni, startTlsForPort(port)});
        }
    }
    return out;
}

// Worker threads, not QtConcurrent's global pool: each probe spends most of its time waiting in
// poll() for the network, so the pool is sized by how many connections may be open at once, not
// by the cores. The default of 64 (ScanSpec::kDefaultConcurrency): `certdesk-bench discovery
// --sweep` on 2 cores against 800 nginx TLS ports and 200 closed ports on loopback found the scan
// CPU-bound (both handshake ends on the same 2 cores): 1-2 connections 630-950 endpoints/s, 8 to
// 256 connections all 1,000-1,800 endpoints/s within the noise of a shared machine, so more
// connections cost nothing there. Off loopback a probe waits for round trips (about three before
// the server's certificate arrives) and, for silent addresses, for the whole time limit: there
// throughput grows with the connections open, e.g. 64 silent addresses at the 3 s default cost
// 3 s instead of 192 s one at a time. 64 keeps the loopback speed, stays far below the usual
// 1,024 open files, and does not hit one server with hundreds of handshakes at once; the CLI and
// the GUI can raise it up to kMaxConcurrency for large ranges.
QList<ProbeResult> scanEndpoints(const QList<ProbeTarget> &targets, const ScanSpec &spec,
                                 const std::function<void(int done, int total)> &progress,
                                 const std::atomic<bool> *cancelled)
{
    const int total = int(targets.size());
    std::vector<std::optional<ProbeResult>> results(static_cast<size_t>(total));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::mutex progressMutex; // callers get one progress call at a time
    const auto work = [&] {
        for (;;) {
            if (cancelled && cancelled->load())
                return;
            const int i = next.fetch_add(1);
            if (i >= total)
                return;
            results[size_t(i)] = probeEndpoint(targets[i], spec.timeoutMs);
            const int d = done.fetch_add(1) + 1;
            if (progress) {
                const std::lock_guard lock(progressMutex);
                progress(d, total);
            }
        }
    };

    const int workers = qBound(1, qMin(spec.concurrency, total), ScanSpec::kMaxConcurrency);
    std::vector<std::thread> threads;
    threads.reserve(size_t(workers));
    for (int t = 0; t < workers; ++t) {
        try {
            threads.emplace_back(work);
        } catch (const std::system_error &) {
            break; // out of threads: go on with those there are
        }
    }
    if (threads.empty())
        work();
    for (std::thread &t : threads)
        t.join();

    QList<ProbeResult> out;
    out.reserve(done.load());
    for (std::optional<ProbeResult> &r : results)
        if (r)
            out.append(std::move(*r));
    return out;
}

} // namespace certdesk::core
