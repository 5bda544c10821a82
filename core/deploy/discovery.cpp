#include "deploy/discovery.h"

#include "inventory/importwriter.h"
#include "inventory/sqldialect.h"
#include "x509/importparser.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSqlQuery>

namespace certdesk::core {

namespace {

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kEndpointColumns = QStringLiteral(
    "id, host, address, port, sni, start_tls, state, detail, probe_status, cert_id, leaf_sha256, leaf_domain_name, "
    "leaf_not_after, chain_problems, chain_length, tls_version, cipher, deployment_id, scan_id, first_seen, last_seen, "
    "last_checked, gone_at");

EndpointRecord endpointFrom(const QSqlQuery &q)
{
    EndpointRecord e;
    e.id = q.value(0).toLongLong();
    e.host = q.value(1).toString();
    e.address = q.value(2).toString();
    e.port = quint16(q.value(3).toUInt());
    e.sni = q.value(4).toString();
    e.startTls = q.value(5).toString();
    e.state = q.value(6).toString();
    e.detail = q.value(7).toString();
    e.probeStatus = q.value(8).toString();
    if (!q.value(9).isNull())
        e.certificateId = q.value(9).toLongLong();
    e.leafSha256 = QString::fromLatin1(q.value(10).toByteArray().toHex());
    e.leafDomainName = q.value(11).toString();
    e.leafNotAfter = timeOf(q.value(12));
    const QString problems = q.value(13).toString();
    if (!problems.isEmpty())
        e.chainProblems = problems.split(QLatin1Char('\n'));
    e.chainLength = q.value(14).toInt();
    e.tlsVersion = q.value(15).toString();
    e.cipher = q.value(16).toString();
    if (!q.value(17).isNull())
        e.deploymentId = q.value(17).toLongLong();
    if (!q.value(18).isNull())
        e.scanId = q.value(18).toLongLong();
    e.firstSeen = timeOf(q.value(19));
    e.lastSeen = timeOf(q.value(20));
    e.lastChecked = timeOf(q.value(21));
    e.goneAt = timeOf(q.value(22));
    return e;
}

const QString kProblemSql = QStringLiteral(
    "(state IN ('STALE', 'MISMATCH', 'UNKNOWN', 'HANDSHAKE_FAILED') OR chain_problems <> '')");

QString endpointWhere(const EndpointFilter &filter, QVariantList *values)
{
    QStringList clauses;
    if (!filter.includeGone && filter.state != EndpointState::Gone)
        clauses << QStringLiteral("gone_at IS NULL");
    if (!filter.state.isEmpty()) {
        clauses << QStringLiteral("state = ?");
        *values << filter.state;
    }
    if (filter.problemsOnly)
        clauses << kProblemSql;
    if (filter.scanId) {
        clauses << QStringLiteral("scan_id = ?");
        *values << *filter.scanId;
    }
    if (filter.certificateId) {
        clauses << QStringLiteral("cert_id = ?");
        *values << *filter.certificateId;
    }
    if (!filter.search.trimmed().isEmpty()) {
        // lower() on both sides: the same in SQLite and PostgreSQL (whose LIKE minds case).
        clauses << QStringLiteral("(lower(host) LIKE ? OR lower(sni) LIKE ? OR lower(leaf_domain_name) LIKE ? OR lower(address) LIKE ?)");
        const QString like = QLatin1Char('%') + filter.search.trimmed().toLower() + QLatin1Char('%');
        *values << like << like << like << like;
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString portsText(const QList<quint16> &ports)
{
    QStringList out;
    for (quint16 p : ports)
        out << QString::number(p);
    return out.join(QLatin1Char(','));
}

SavedScan scanFrom(const QSqlQuery &q)
{
    SavedScan s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.spec.targets = q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    s.spec.ports = parsePortList(q.value(3).toString()).value_or(QList<quint16>());
    s.spec.sni = q.value(4).toString();
    s.spec.concurrency = q.value(5).toInt();
    s.spec.timeoutMs = q.value(6).toInt();
    s.intervalHours = q.value(7).toInt();
    s.lastRunAt = timeOf(q.value(8));
    s.nextRunAt = timeOf(q.value(9));
    s.lastSummary = q.value(10).toString();
    s.createdAt = timeOf(q.value(11));
    return s;
}

const QString kScanColumns = QStringLiteral(
    "id, name, targets, ports, sni, concurrency, timeout_ms, interval_hours, last_run_at, next_run_at, last_summary, created_at");

// A target as a saved scan may hold it, checked without looking names up: an address, a CIDR
// range (expanded to see that it is one), or a host name of letters, digits, '-' and '.'.
Result<void> checkScanTarget(const QString &target)
{
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?$"));
    if (target.contains(QLatin1Char('/'))) {
        ScanSpec one;
        one.targets = {target};
        one.ports = {443};
        auto expanded = expandScanTargets(one);
        if (!expanded)
            return std::unexpected(expanded.error());
        return {};
    }
    if (!QHostAddress(target).isNull() || (target.size() <= 253 && hostName.match(target).hasMatch()))
        return {};
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("\"%1\" is not a host name, an IP address or a CIDR range").arg(target));
}

QString statusWords(const ProbeResult &probe)
{
    switch (probe.status) {
    case ProbeStatus::Tls:
        return QStringLiteral("served no certificate");
    case ProbeStatus::Closed:
        return QStringLiteral("connection refused");
    case ProbeStatus::Timeout:
        return QStringLiteral("no answer within the time limit");
    case ProbeStatus::NotTls:
        return QStringLiteral("not TLS");
    case ProbeStatus::HandshakeFailed:
        return QStringLiteral("handshake failed");
    case ProbeStatus::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

} // namespace

QString ScanSummary::describe() const
{
    QString out = QStringLiteral("%1 endpoint(s) probed, %2 serving TLS, %3 new, %4 new certificate(s)")
                      .arg(probed)
                      .arg(serving)
                      .arg(newEndpoints)
                      .arg(newCertificates);
    if (failed)
        out += QStringLiteral(", %1 failing").arg(failed);
    if (gone)
        out += QStringLiteral(", %1 gone").arg(gone);
    if (problems)
        out += QStringLiteral(", %1 with problems").arg(problems);
    if (cancelled)
        out += QStringLiteral(" (cancelled)");
    return out;
}

Discovery::Discovery(Inventory &inventory)
    : m_inventory(inventory)
{
}

EndpointRecord Discovery::classify(const ProbeResult &probe, std::optional<qint64> expectedCertificateId)
{
    EndpointRecord e;
    e.host = probe.target.host;
    e.address = probe.target.address;
    e.port = probe.target.port;
    e.sni = probe.target.sni;
    e.startTls = startTlsName(probe.target.startTls);
    e.probeStatus = probeStatusName(probe.status);
    e.tlsVersion = probe.tlsVersion;
    e.cipher = probe.cipher;
    e.chainLength = int(probe.chain.size());
    e.lastChecked = m_inventory.clock().now(); // the inventory's clock, like every other time it keeps
    e.lastSeen = e.lastChecked;
    if (!probe.served()) {
        e.state = EndpointState::HandshakeFailed;
        e.detail = probe.error.isEmpty() ? statusWords(probe) : statusWords(probe) + QStringLiteral(": ") + probe.error;
        return e;
    }
    const Certificate &leaf = probe.chain.first();
    e.leafSha256 = leaf.sha256Hex();
    e.leafDomainName = leaf.domainName();
    e.leafNotAfter = leaf.notAfter();
    // Complete is judged against the roots a client would have: the inventory's own and the system's.
    QList<Certificate> anchors;
    if (auto candidates = m_inventory.issuerCandidates(probe.chain.last())) {
        for (const Certificate &c : std::as_const(*candidates)) {
            if (c.isSelfSigned())
                anchors << c;
        }
    }
    if (m_systemRoots.isEmpty()) {
        ImportParser parser;
        for (const char *bundle : {"/etc/ssl/certs/ca-certificates.crt"}) {
            const ParsedFile parsed = parser.parseFile(QString::fromLatin1(bundle));
            for (const Certificate &c : parsed.certificates)
                m_systemRoots.insert(c.subject().rfc4514, c);
        }
        if (m_systemRoots.isEmpty())
            m_systemRoots.insert(QString(), Certificate()); // looked: none
    }
    for (const Certificate &c : m_systemRoots.values(probe.chain.last().issuer().rfc4514))
        anchors << c;
    e.chainProblems = servedChainProblems(probe.chain, anchors, m_inventory.clock().now());

    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT c.id, (SELECT m.id FROM managed m WHERE m.cert_id = c.id), "
                             "(SELECT h.managed_id FROM managed_history h WHERE h.cert_id = c.id LIMIT 1) "
                             "FROM certificates c WHERE c.sha256 = ?"));
    q.addBindValue(leaf.sha256());
    if (!q.exec() || !q.next()) {
        e.state = EndpointState::Unknown;
        e.detail = QStringLiteral("serving a certificate not in the inventory (%1, serial %2, expires %3)")
                       .arg(leaf.domainName(), leaf.serial(), leaf.notAfter().toString(Qt::ISODate));
        return e;
    }
    const qint64 servedId = q.value(0).toLongLong();
    const qint64 currentOf = q.value(1).isNull() ? 0 : q.value(1).toLongLong(); // managed ids start at 1
    const qint64 earlierOf = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    e.certificateId = servedId;
    if (expectedCertificateId) {
        if (servedId == *expectedCertificateId) {
            e.state = EndpointState::Current;
            e.detail = QStringLiteral("serving the deployed certificate (#%1, expires %2)")
                           .arg(servedId)
                           .arg(leaf.notAfter().toString(Qt::ISODate));
            return e;
        }
        // The same managed certificate, an earlier issue: the new one has not reached the server.
        q.prepare(QStringLiteral("SELECT managed_id FROM managed_history WHERE cert_id = ? AND managed_id IN "
                                 "(SELECT managed_id FROM managed_history WHERE cert_id = ?) LIMIT 1"));
        q.addBindValue(servedId);
        q.addBindValue(*expectedCertificateId);
        if (q.exec() && q.next()) {
            e.state = EndpointState::Stale;
            e.detail = QStringLiteral("serving an older certificate of mc-%1 (#%2, serial %3, expires %4) instead of #%5")
                           .arg(q.value(0).toLongLong())
                           .arg(servedId)
                           .arg(leaf.serial(), leaf.notAfter().toString(Qt::ISODate))
                           .arg(*expectedCertificateId);
            return e;
        }
        e.state = EndpointState::Mismatch;
        e.detail = QStringLiteral("serving certificate #%1 (%2) of the inventory, not the deployed #%3")
                       .arg(servedId)
                       .arg(leaf.domainName())
                       .arg(*expectedCertificateId);
        return e;
    }
    if (!currentOf && earlierOf) {
        q.prepare(QStringLiteral("SELECT cert_id FROM managed WHERE id = ?"));
        q.addBindValue(earlierOf);
        const QString current = q.exec() && q.next() ? QStringLiteral("#%1").arg(q.value(0).toLongLong()) : QStringLiteral("none");
        e.state = EndpointState::Stale;
        e.detail = QStringLiteral("serving an older certificate of mc-%1 (#%2, expires %3); the current one is %4")
                       .arg(earlierOf)
                       .arg(servedId)
                       .arg(leaf.notAfter().toString(Qt::ISODate), current);
        return e;
    }
    e.state = EndpointState::Current;
    e.detail = currentOf ? QStringLiteral("serving the current certificate of mc-%1 (#%2)").arg(currentOf).arg(servedId)
                         : QStringLiteral("serving certificate #%1 of the inventory").arg(servedId);
    return e;
}

Result<EndpointRecord> Discovery::store(EndpointRecord e)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral(
        "INSERT INTO endpoints (host, address, port, sni, start_tls, state, detail, probe_status, cert_id, leaf_sha256, "
        "leaf_domain_name, leaf_not_after, chain_problems, chain_length, tls_version, cipher, deployment_id, scan_id, "
        "first_seen, last_seen, last_checked, gone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (host, port, sni) DO UPDATE SET address = excluded.address, start_tls = excluded.start_tls, "
        "state = excluded.state, detail = excluded.detail, probe_status = excluded.probe_status, cert_id = excluded.cert_id, "
        "leaf_sha256 = excluded.leaf_sha256, leaf_domain_name = excluded.leaf_domain_name, "
        "leaf_not_after = excluded.leaf_not_after, chain_problems = excluded.chain_problems, "
        "chain_length = excluded.chain_length, tls_version = excluded.tls_version, cipher = excluded.cipher, "
        "deployment_id = COALESCE(excluded.deployment_id, endpoints.deployment_id), "
        "scan_id = COALESCE(excluded.scan_id, endpoints.scan_id), "
        "last_seen = CASE WHEN excluded.gone_at IS NULL THEN excluded.last_seen ELSE endpoints.last_seen END, "
        "last_checked = excluded.last_checked, gone_at = excluded.gone_at "
        "RETURNING id, first_seen, last_seen"));
    q.addBindValue(text(e.host));
    q.addBindValue(text(e.address));
    q.addBindValue(int(e.port));
    q.addBindValue(text(e.sni));
    q.addBindValue(text(e.startTls.isEmpty() ? QStringLiteral("none") : e.startTls));
    q.addBindValue(text(e.state));
    q.addBindValue(text(e.detail));
    q.addBindValue(text(e.probeStatus));
    q.addBindValue(optionalId(e.certificateId));
    q.addBindValue(e.leafSha256.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                          : QVariant(QByteArray::fromHex(e.leafSha256.toLatin1())));
    q.addBindValue(text(e.leafDomainName));
    q.addBindValue(e.leafNotAfter.isValid() ? QVariant(e.leafNotAfter.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(text(e.chainProblems.join(QLatin1Char('\n'))));
    q.addBindValue(e.chainLength);
    q.addBindValue(text(e.tlsVersion));
    q.addBindValue(text(e.cipher));
    q.addBindValue(optionalId(e.deploymentId));
    q.addBindValue(optionalId(e.scanId));
    const qint64 now = e.lastChecked.isValid() ? e.lastChecked.toSecsSinceEpoch() : m_inventory.clock().now().toSecsSinceEpoch();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(e.goneAt.isValid() ? QVariant(e.goneAt.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec() || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot store the endpoint %1").arg(e.label()), q));
    e.id = q.value(0).toLongLong();
    e.firstSeen = timeOf(q.value(1));
    e.lastSeen = timeOf(q.value(2));
    return e;
}

Result<ScanSummary> Discovery::record(const QList<ProbeResult> &results, std::optional<qint64> scanId)
{
    ScanSummary summary;
    summary.probed = int(results.size());
    // New certificates first, in one import (ImportWriter: indexed look-ups, one transaction).
    {
        QList<ParsedFile> batch;
        for (const ProbeResult &r : results) {
            if (!r.served())
                continue;
            ParsedFile f;
            f.source = r.target.label();
            f.certificates = r.chain;
            f.format = QStringLiteral("TLS");
            batch << f;
        }
        if (!batch.isEmpty()) {
            ImportReport report;
            ImportWriter writer(m_inventory, {}, false);
            writer.write(batch, report);
            writer.finish(report);
            summary.newCertificates = report.imported;
            if (!report.failures.isEmpty() && report.imported == 0 && report.duplicates == 0)
                return std::unexpected(report.failures.first().prefixed(QStringLiteral("cannot add the certificates found")));
        }
    }
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    // What a deployment expects there (its current certificate) when the endpoint is one.
    q.prepare(QStringLiteral("SELECT e.id, e.gone_at IS NOT NULL, "
                             "(SELECT COALESCE(m.cert_id, d.cert_id) FROM deployments d LEFT JOIN managed m ON m.id = d.managed_id "
                             "WHERE d.id = e.deployment_id) "
                             "FROM endpoints e WHERE e.host = ? AND e.port = ? AND e.sni = ?"));
    QSqlQuery goneQuery(m_inventory.database().db());
    goneQuery.prepare(QStringLiteral("UPDATE endpoints SET state = 'GONE', detail = ?, probe_status = ?, gone_at = ?, "
                                     "last_checked = ?, scan_id = COALESCE(?, scan_id) WHERE id = ?"));
    for (const ProbeResult &r : results) {
        q.addBindValue(text(r.target.host));
        q.addBindValue(int(r.target.port));
        q.addBindValue(text(r.target.sni));
        if (!q.exec())
            return std::unexpected(sqlError(QStringLiteral("cannot read endpoints"), q));
        const bool known = q.next();
        const qint64 knownId = known ? q.value(0).toLongLong() : 0;
        const bool wasGone = known && q.value(1).toBool();
        const std::optional<qint64> expected = known && !q.value(2).isNull() ? std::optional<qint64>(q.value(2).toLongLong())
                                                                             : std::nullopt;
        q.finish();
        const bool answered = r.status == ProbeStatus::Tls || r.status == ProbeStatus::NotTls
                              || r.status == ProbeStatus::HandshakeFailed;
        if (!answered) {
            // Closed, unreachable or silent: nothing to record, unless it served before. What it
            // served last stays on the row (served certificate, chain, TLS facts): only the state changes.
            if (!known || wasGone)
                continue;
            const EndpointRecord e = classify(r);
            const qint64 now = m_inventory.clock().now().toSecsSinceEpoch();
            goneQuery.addBindValue(QStringLiteral("no longer found: %1").arg(e.detail));
            goneQuery.addBindValue(e.probeStatus);
            goneQuery.addBindValue(now);
            goneQuery.addBindValue(now);
            goneQuery.addBindValue(optionalId(scanId));
            goneQuery.addBindValue(knownId);
            if (!goneQuery.exec())
                return std::unexpected(sqlError(QStringLiteral("cannot record a gone endpoint"), goneQuery));
            ++summary.gone;
            continue;
        }
        EndpointRecord e = classify(r, expected);
        e.scanId = scanId;
        auto stored = store(e);
        if (!stored)
            return std::unexpected(stored.error());
        if (!known)
            ++summary.newEndpoints;
        if (r.served())
            ++summary.serving;
        else
            ++summary.failed;
        if (EndpointState::isProblem(stored->state) || !stored->chainProblems.isEmpty())
            ++summary.problems;
        summary.endpoints << *stored;
    }
    if (auto r = m_inventory.logEvent(QStringLiteral("scan"), {}, scanId ? QStringLiteral("scan %1").arg(*scanId) : QStringLiteral("scan"),
                                      summary.describe());
        !r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return summary;
}

Result<ScanSummary> Discovery::scan(const ScanSpec &spec, std::optional<qint64> scanId,
                                    const std::function<void(int, int)> &progress, const std::atomic<bool> *cancelled)
{
    QElapsedTimer timer;
    timer.start();
    auto targets = expandScanTargets(spec);
    if (!targets)
        return std::unexpected(targets.error());
    const QList<ProbeResult> results = scanEndpoints(*targets, spec, progress, cancelled);
    auto summary = record(results, scanId);
    if (!summary)
        return summary;
    summary->cancelled = cancelled && cancelled->load();
    summary->elapsedMs = timer.elapsed();
    return summary;
}

Result<QList<EndpointRecord>> Discovery::endpoints(const EndpointFilter &filter, int limit, int offset)
{
    QVariantList values;
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT %1 FROM endpoints%2 ORDER BY host, port, sni %3 OFFSET %4")
                  .arg(kEndpointColumns, endpointWhere(filter, &values))
                  .arg(sql::limit(m_inventory.database().db(), limit))
                  .arg(qMax(0, offset)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot list endpoints"), q));
    QList<EndpointRecord> out;
    while (q.next())
        out << endpointFrom(q);
    return out;
}

Result<qint64> Discovery::countEndpoints(const EndpointFilter &filter)
{
    QVariantList values;
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT count(*) FROM endpoints%1").arg(endpointWhere(filter, &values)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot count endpoints"), q));
    return q.value(0).toLongLong();
}

Result<SavedScan> Discovery::saveScan(const QString &name, const ScanSpec &spec, int intervalHours)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("a saved scan needs a name"));
    if (spec.targets.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("a scan needs at least one target"));
    if (intervalHours < 0 || intervalHours > 24 * 366)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the schedule must be 0 (by hand) to 8784 hours"));
    if (spec.concurrency < 1 || spec.concurrency > ScanSpec::kMaxConcurrency)
        return fail(ErrorCode::InvalidInput, QStringLiteral("concurrency must be 1 to %1").arg(ScanSpec::kMaxConcurrency));
    if (spec.timeoutMs < 100 || spec.timeoutMs > 120000)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the timeout must be 100 ms to 2 minutes"));
    for (const QString &t : spec.targets) {
        if (auto r = checkScanTarget(t); !r)
            return std::unexpected(r.error());
    }
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT 1 FROM scans WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return fail(ErrorCode::Duplicate, QStringLiteral("there is already a saved scan called %1").arg(name.trimmed()));
    const QDateTime now = m_inventory.clock().now();
    q.prepare(QStringLiteral("INSERT INTO scans (name, targets, ports, sni, concurrency, timeout_ms, interval_hours, next_run_at, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(name.trimmed());
    q.addBindValue(spec.targets.join(QLatin1Char(' ')));
    q.addBindValue(portsText(spec.ports.isEmpty() ? defaultScanPorts() : spec.ports));
    q.addBindValue(text(spec.sni));
    q.addBindValue(spec.concurrency);
    q.addBindValue(spec.timeoutMs);
    q.addBindValue(intervalHours);
    // Due at once: a new scheduled scan runs at the scheduler's next look.
    q.addBindValue(intervalHours > 0 ? QVariant(now.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(now.toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot save the scan"), q));
    return savedScan(QString::number(returnedId(q)));
}

Result<QList<SavedScan>> Discovery::savedScans()
{
    QSqlQuery q(m_inventory.database().db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM scans ORDER BY name").arg(kScanColumns)))
        return std::unexpected(sqlError(QStringLiteral("cannot list saved scans"), q));
    QList<SavedScan> out;
    while (q.next())
        out << scanFrom(q);
    return out;
}

Result<SavedScan> Discovery::savedScan(const QString &nameOrId)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT %1 FROM scans WHERE name = ? OR CAST(id AS TEXT) = ?").arg(kScanColumns));
    q.addBindValue(nameOrId.trimmed());
    q.addBindValue(nameOrId.trimmed());
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read saved scans"), q));
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("there is no saved scan %1").arg(nameOrId));
    return scanFrom(q);
}

Result<void> Discovery::removeScan(qint64 id)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("DELETE FROM scans WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot remove the saved scan"), q));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("there is no saved scan %1").arg(id));
    return {};
}

Result<QList<SavedScan>> Discovery::dueScans()
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT %1 FROM scans WHERE next_run_at IS NOT NULL AND next_run_at <= ? ORDER BY next_run_at")
                  .arg(kScanColumns));
    q.addBindValue(m_inventory.clock().now().toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read due scans"), q));
    QList<SavedScan> out;
    while (q.next())
        out << scanFrom(q);
    return out;
}

Result<ScanSummary> Discovery::runSavedScan(qint64 id, const std::function<void(int, int)> &progress,
                                            const std::atomic<bool> *cancelled)
{
    auto saved = savedScan(QString::number(id));
    if (!saved)
        return std::unexpected(saved.error());
    auto summary = scan(saved->spec, id, progress, cancelled);
    const QDateTime now = m_inventory.clock().now();
    if (!summary) {
        // Recorded and rescheduled: one scan that cannot run must not stay due for ever.
        QSqlQuery q(m_inventory.database().db());
        q.prepare(QStringLiteral("UPDATE scans SET last_run_at = ?, next_run_at = ?, last_summary = ? WHERE id = ?"));
        q.addBindValue(now.toSecsSinceEpoch());
        q.addBindValue(saved->intervalHours > 0 ? QVariant(now.addSecs(qint64(saved->intervalHours) * 3600).toSecsSinceEpoch())
                                                : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(QStringLiteral("failed: %1").arg(summary.error().message));
        q.addBindValue(id);
        (void)q.exec();
        return summary;
    }
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("UPDATE scans SET last_run_at = ?, next_run_at = ?, last_summary = ? WHERE id = ?"));
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(saved->intervalHours > 0 ? QVariant(now.addSecs(qint64(saved->intervalHours) * 3600).toSecsSinceEpoch())
                                            : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(summary->describe());
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot record the scan's run"), q));
    return summary;
}

Result<FileScanSummary> Discovery::scanFiles(const QStringList &folders, const std::function<void(int)> &progress,
                                             const std::atomic<bool> *cancelled)
{
    FileScanSummary summary;
    constexpr qint64 kMaxFileSize = 1024 * 1024;
    ImportParser parser; // no passwords: encrypted keys and PKCS#12 files are reported, not opened
    QList<ParsedFile> certificateFiles;
    QHash<QByteArray, QString> keyPaths; // public key SHA-256 -> key file
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        if (!info.isDir() || !info.isReadable()) {
            summary.errors << Error{ErrorCode::Io, QStringLiteral("%1: not a readable folder").arg(folder)};
            continue;
        }
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (cancelled && cancelled->load()) {
                summary.cancelled = true;
                break;
            }
            const QString path = it.next();
            const QFileInfo f = it.fileInfo();
            if (f.size() > kMaxFileSize || f.size() == 0 || f.fileName().endsWith(QLatin1String(".certdesk-previous")))
                continue;
            if (!f.isReadable()) {
                summary.errors << Error{ErrorCode::Io, QStringLiteral("%1: no permission to read").arg(path)};
                continue;
            }
            ParsedFile parsed = parser.parseFile(path);
            ++summary.files;
            if (progress)
                progress(summary.files);
            for (const PrivateKey &k : std::as_const(parsed.keys))
                keyPaths.insert(k.publicKeySha256(), path);
            if (!parsed.certificates.isEmpty()) {
                summary.certificates += int(parsed.certificates.size());
                parsed.keys.clear(); // keys stay where they are: only their paths are recorded
                parsed.csrs.clear();
                parsed.crls.clear();
                parsed.errors.clear();
                certificateFiles << parsed;
            }
        }
    }
    if (!certificateFiles.isEmpty()) {
        ImportReport report;
        ImportWriter writer(m_inventory, {}, false);
        writer.write(certificateFiles, report);
        writer.finish(report);
        summary.newCertificates = report.imported;
        summary.errors << report.failures;
    }
    const qint64 now = m_inventory.clock().now().toSecsSinceEpoch();
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery find(m_inventory.database().db());
    find.prepare(QStringLiteral("SELECT id FROM certificates WHERE sha256 = ?"));
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("INSERT INTO file_locations (cert_id, path, key_path, first_seen, last_seen) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (cert_id, path) DO UPDATE SET key_path = CASE WHEN excluded.key_path <> '' THEN excluded.key_path "
                             "ELSE file_locations.key_path END, last_seen = excluded.last_seen"));
    QSet<QByteArray> matchedKeys;
    for (const ParsedFile &f : std::as_const(certificateFiles)) {
        for (const Certificate &c : f.certificates) {
            find.addBindValue(c.sha256());
            if (!find.exec())
                return std::unexpected(sqlError(QStringLiteral("cannot read certificates"), find));
            if (!find.next())
                continue; // failed to import: reported above
            const qint64 certId = find.value(0).toLongLong();
            find.finish();
            const QString keyPath = keyPaths.value(c.publicKeySha256());
            if (!keyPath.isEmpty())
                matchedKeys.insert(c.publicKeySha256());
            q.addBindValue(certId);
            q.addBindValue(f.source);
            q.addBindValue(text(keyPath));
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec())
                return std::unexpected(sqlError(QStringLiteral("cannot record %1").arg(f.source), q));
            ++summary.locations;
        }
    }
    summary.keysMatched = int(matchedKeys.size());
    if (auto r = m_inventory.logEvent(QStringLiteral("scan-files"), {}, folders.join(QStringLiteral(", ")),
                                      QStringLiteral("%1 file(s), %2 certificate(s), %3 new, %4 key file(s) matched")
                                          .arg(summary.files)
                                          .arg(summary.certificates)
                                          .arg(summary.newCertificates)
                                          .arg(summary.keysMatched));
        !r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return summary;
}

Result<QList<EndpointRecord>> endpointsByIds(Database &db, const QList<qint64> &ids)
{
    QList<EndpointRecord> out;
    if (ids.isEmpty())
        return out;
    QStringList idText;
    for (qint64 id : ids)
        idText << QString::number(id);
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM endpoints WHERE id IN (%2)").arg(kEndpointColumns, idText.join(QLatin1Char(',')))))
        return std::unexpected(sqlError(QStringLiteral("cannot read endpoints"), q));
    while (q.next())
        out << endpointFrom(q);
    return out;
}

Result<qint64> countEndpointProblems(Database &db)
{
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM endpoints WHERE gone_at IS NULL AND %1").arg(kProblemSql)) || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot count endpoint problems"), q));
    return q.value(0).toLongLong();
}

} // namespace certdesk::core
