#pragma once

#include "deploy/tlsprobe.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace certdesk::core {

// A discovery scan: where to look and how hard.
struct ScanSpec
{
    QStringList targets;        // host names, IPv4/IPv6 addresses, CIDR ranges (10.0.0.0/24, fd00::/120)
    QList<quint16> ports;       // empty: defaultScanPorts()
    QString sni;                // sent to every target ("" = the host name, none for addresses)
    int concurrency = kDefaultConcurrency; // connections open at once
    int timeoutMs = kDefaultTimeoutMs;      // per connection, connect to end of handshake

    static constexpr int kDefaultConcurrency = 64;
    static constexpr int kDefaultTimeoutMs = 3000;
    static constexpr int kMaxConcurrency = 1024;
    static constexpr int kMaxEndpoints = 1 << 20; // targets x ports
};

// 443 8443 636 993 995 465 25 587 143 110 5432
QList<quint16> defaultScanPorts();
// "443,8443,9000-9010" -> ports; InvalidInput naming the bad part.
Result<QList<quint16>> parsePortList(const QString &text);

// The endpoints of a scan: each target (CIDR expanded, names resolved to their first IPv4 or
// IPv6 address; a name that does not resolve is one target with status Unreachable) times each
// port, STARTTLS chosen by port (startTlsForPort). InvalidInput for a malformed target (naming
// it), LimitExceeded above kMaxEndpoints. Resolves names: call it off the GUI thread.
Result<QList<ProbeTarget>> expandScanTargets(const ScanSpec &spec);

// Probes every target with at most spec.concurrency connections open at once. progress (may be
// empty) is called from worker threads after each endpoint with (done, total); cancelled (may be
// null) stops new probes when it becomes true (the results so far are returned, in target order,
// the ones not probed left out). Results come back in the order of targets.
QList<ProbeResult> scanEndpoints(const QList<ProbeTarget> &targets, const ScanSpec &spec,
                                 const std::function<void(int done, int total)> &progress = {},
                                 const std::atomic<bool> *cancelled = nullptr);

} // namespace certdesk::core
