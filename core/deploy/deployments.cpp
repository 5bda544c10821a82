#include "deploy/deployments.h"

#include "deploy/discovery.h"
#include "inventory/sqldialect.h"

#include <QDir>
#include <QHostAddress>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QThread>

namespace certdesk::core {

namespace EndpointState {
QStringList all()
{
    return {Current, Stale, Mismatch, Unknown, HandshakeFailed, Gone};
}

bool isProblem(const QString &state)
{
    return state == Stale || state == Mismatch || state == Unknown || state == HandshakeFailed;
}
} // namespace EndpointState

QString EndpointRecord::label() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    QString out = QStringLiteral("%1:%2").arg(h).arg(port);
    if (!sni.isEmpty() && sni != host)
        out += QStringLiteral(" (%1)").arg(sni);
    return out;
}

QString deploymentStateName(DeploymentState state)
{
    switch (state) {
    case DeploymentState::New:
        return QStringLiteral("NEW");
    case DeploymentState::Deployed:
        return QStringLiteral("DEPLOYED");
    case DeploymentState::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

namespace {

DeploymentState stateFromName(const QString &name)
{
    if (name == QLatin1String("DEPLOYED"))
        return DeploymentState::Deployed;
    if (name == QLatin1String("FAILED"))
        return DeploymentState::Failed;
    return DeploymentState::New;
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

void wipe(QList<DeployFile> &files)
{
    for (DeployFile &f : files) {
        if (f.secret)
            f.data.fill('\0');
    }
}

// A managed certificate's deployment writes its current certificate: read it from managed, not
// from the copy in deployments (which a run updates), so a renewal shows at once as out of date.
const QString kTarget = QStringLiteral("COALESCE(m.cert_id, d.cert_id)");
const QString kFrom = QStringLiteral(
    " FROM deployments d LEFT JOIN managed m ON m.id = d.managed_id JOIN certificates c ON c.id = COALESCE(m.cert_id, d.cert_id)");

const QString kColumns = QStringLiteral(
    "d.id, COALESCE(m.cert_id, d.cert_id), d.managed_id, c.domain_name, c.not_after, d.target_dir, d.layout, d.key_owner, d.key_group, "
    "d.key_mode, d.reload_cmd, d.reload_timeout_ms, d.endpoint_host, d.endpoint_port, d.endpoint_sni, d.alias, "
    "d.password IS NOT NULL, d.state, d.last_run_at, d.deployed_cert_id, d.last_error, d.last_output, d.created_at, "
    "(SELECT e.id FROM endpoints e WHERE e.deployment_id = d.id ORDER BY e.last_checked DESC LIMIT 1)");

Deployment deploymentFrom(const QSqlQuery &q, qint64 *endpointId)
{
    Deployment d;
    d.id = q.value(0).toLongLong();
    d.certificateId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        d.managedId = q.value(2).toLongLong();
    d.domainName = q.value(3).toString();
    d.notAfter = timeOf(q.value(4));
    d.targetDir = q.value(5).toString();
    d.layout = deployLayoutFromName(q.value(6).toString()).value_or(DeployLayout::Nginx);
    d.keyPermissions.owner = q.value(7).toString();
    d.keyPermissions.group = q.value(8).toString();
    d.keyPermissions.mode = q.value(9).toInt();
    d.reloadCommand = q.value(10).toString();
    d.reloadTimeoutMs = q.value(11).toInt();
    d.endpointHost = q.value(12).toString();
    d.endpointPort = quint16(q.value(13).toUInt());
    d.endpointSni = q.value(14).toString();
    d.alias = q.value(15).toString();
    d.hasPassword = q.value(16).toBool();
    d.state = stateFromName(q.value(17).toString());
    d.lastRunAt = timeOf(q.value(18));
    if (!q.value(19).isNull())
        d.deployedCertificateId = q.value(19).toLongLong();
    d.lastError = q.value(20).toString();
    d.lastOutput = q.value(21).toString();
    d.createdAt = timeOf(q.value(22));
    *endpointId = q.value(23).isNull() ? 0 : q.value(23).toLongLong();
    return d;
}

QString filterWhere(const DeploymentFilter &filter, QVariantList *values)
{
    QStringList clauses;
    if (filter.certificateId) {
        clauses << QStringLiteral("(COALESCE(m.cert_id, d.cert_id) = ? OR d.deployed_cert_id = ? OR d.managed_id IN "
                                  "(SELECT managed_id FROM managed_history WHERE cert_id = ?))");
        *values << *filter.certificateId << *filter.certificateId << *filter.certificateId;
    }
    if (filter.problemsOnly)
        clauses << QStringLiteral(
            "(d.state <> 'DEPLOYED' OR d.deployed_cert_id IS NULL OR d.deployed_cert_id <> COALESCE(m.cert_id, d.cert_id) OR EXISTS "
            "(SELECT 1 FROM endpoints e WHERE e.deployment_id = d.id AND (e.state <> 'CURRENT' OR e.chain_problems <> '')))");
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

} // namespace

Deployments::Deployments(Inventory &inventory, MasterPasswordCallback masterPassword)
    : m_inventory(inventory)
    , m_masterPassword(std::move(masterPassword))
{
}

Deployments::~Deployments() = default;

Discovery &Deployments::discovery()
{
    if (!m_discovery)
        m_discovery = std::make_unique<Discovery>(m_inventory); // reads the system's roots once
    return *m_discovery;
}

Result<Deployment> Deployments::add(const DeploymentSpec &spec)
{
    auto rec = m_inventory.record(spec.certificateId);
    if (!rec)
        return std::unexpected(rec.error());
    if (spec.targetDir.isEmpty() || !QDir::isAbsolutePath(spec.targetDir))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the target folder must be an absolute path (got \"%1\")").arg(spec.targetDir));
    if (!m_inventory.hasPrivateKey(spec.certificateId))
        return fail(ErrorCode::InvalidInput, QStringLiteral("certificate %1 (%2) cannot be deployed: the inventory does not "
                                                            "hold its private key")
                                                 .arg(spec.certificateId)
                                                 .arg(rec->summary.domainName));
    if (deployLayoutNeedsPassword(spec.layout) && spec.password.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the %1 layout needs a password for the PKCS#12 file").arg(deployLayoutName(spec.layout)));
    if (!deployLayoutTakesPassword(spec.layout) && !spec.password.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the %1 layout writes the key unencrypted and takes no password").arg(deployLayoutName(spec.layout)));
    if (!spec.reloadCommand.trimmed().isEmpty()) {
        if (auto argv = splitCommandLine(spec.reloadCommand); !argv)
            return std::unexpected(argv.error().prefixed(QStringLiteral("reload command")));
    }
    if (spec.reloadTimeoutMs < 100 || spec.reloadTimeoutMs > 3600 * 1000)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the reload time limit must be between 0.1 s and an hour"));
    if (spec.keyPermissions.mode < 0 || spec.keyPermissions.mode > 0777)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 is not a file mode").arg(QString::number(spec.keyPermissions.mode, 8)));
    if (spec.keyPermissions.mode & 0007)
        return fail(ErrorCode::InvalidInput, QStringLiteral("mode %1 would let every user read the private key: give "
                                                            "access through the key's group instead (e.g. 0640)")
                                                 .arg(QString::number(spec.keyPermissions.mode, 8)));
    if (!spec.endpointHost.isEmpty() && spec.endpointPort == 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the endpoint %1 needs a port").arg(spec.endpointHost));
    if (spec.endpointHost.isEmpty() && spec.endpointPort != 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the endpoint needs a host"));
    QByteArray sealed;
    if (!spec.password.isEmpty()) {
        if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
            return std::unexpected(u.error().prefixed(QStringLiteral("keeping the deployment's password needs the key store")));
        auto s = m_inventory.keyStore().seal(spec.password);
        if (!s)
            return std::unexpected(s.error());
        sealed = *s;
    }
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT id FROM managed WHERE cert_id = ?"));
    q.addBindValue(spec.certificateId);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read the managed certificate"), q));
    const QVariant managedId = q.next() ? q.value(0) : QVariant(QMetaType::fromType<qint64>());
    Database::Transaction tx(m_inventory.database().db());
    q.prepare(QStringLiteral(
        "INSERT INTO deployments (cert_id, managed_id, target_dir, layout, key_owner, key_group, key_mode, reload_cmd, "
        "reload_timeout_ms, endpoint_host, endpoint_port, endpoint_sni, alias, password, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(spec.certificateId);
    q.addBindValue(managedId);
    q.addBindValue(QDir::cleanPath(spec.targetDir));
    q.addBindValue(deployLayoutName(spec.layout));
    q.addBindValue(text(spec.keyPermissions.owner));
    q.addBindValue(text(spec.keyPermissions.group));
    q.addBindValue(spec.keyPermissions.mode);
    q.addBindValue(text(spec.reloadCommand.trimmed()));
    q.addBindValue(spec.reloadTimeoutMs);
    q.addBindValue(text(spec.endpointHost));
    q.addBindValue(int(spec.endpointPort));
    q.addBindValue(text(spec.endpointSni));
    q.addBindValue(text(spec.alias));
    q.addBindValue(sealed.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(sealed));
    q.addBindValue(m_inventory.clock().now().toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot store the deployment"), q));
    const qint64 id = returnedId(q);
    if (auto r = m_inventory.logEvent(QStringLiteral("deploy-add"), spec.certificateId, rec->summary.domainName,
                                      QStringLiteral("dep-%1: %2 layout to %3").arg(id).arg(deployLayoutName(spec.layout),
                                                                                          spec.targetDir));
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return get(id);
}

Result<qint64> Deployments::resolve(const QString &ref)
{
    QString digits = ref.trimmed();
    if (digits.startsWith(QLatin1String("dep-"), Qt::CaseInsensitive))
        digits = digits.mid(4);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a deployment (dep-N or N)").arg(ref));
    if (auto d = get(id); !d)
        return std::unexpected(d.error());
    return id;
}

Result<Deployment> Deployments::get(qint64 id)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT %1%2 WHERE d.id = ?").arg(kColumns, kFrom));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read deployment %1").arg(id), q));
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("there is no deployment dep-%1").arg(id));
    qint64 endpointId = 0;
    Deployment d = deploymentFrom(q, &endpointId);
    if (endpointId) {
        auto e = endpointsByIds(m_inventory.database(), {endpointId});
        if (!e)
            return std::unexpected(e.error());
        if (!e->isEmpty())
            d.endpoint = e->first();
    }
    return d;
}

Result<QList<Deployment>> Deployments::list(const DeploymentFilter &filter, int limit, int offset)
{
    QVariantList values;
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT %1%2%3 ORDER BY d.id %4 OFFSET %5")
                  .arg(kColumns, kFrom, filterWhere(filter, &values))
                  .arg(sql::limit(m_inventory.database().db(), limit))
                  .arg(qMax(0, offset)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot list deployments"), q));
    QList<Deployment> out;
    QList<qint64> endpointIds;
    QHash<qint64, qsizetype> byEndpoint;
    while (q.next()) {
        qint64 endpointId = 0;
        out.append(deploymentFrom(q, &endpointId));
        if (endpointId) {
            endpointIds << endpointId;
            byEndpoint.insert(endpointId, out.size() - 1);
        }
    }
    if (!endpointIds.isEmpty()) {
        auto endpoints = endpointsByIds(m_inventory.database(), endpointIds);
        if (!endpoints)
            return std::unexpected(endpoints.error());
        for (const EndpointRecord &e : std::as_const(*endpoints))
            out[byEndpoint.value(e.id)].endpoint = e;
    }
    return out;
}

Result<qint64> Deployments::count(const DeploymentFilter &filter)
{
    QVariantList values;
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT count(*) FROM deployments d LEFT JOIN managed m ON m.id = d.managed_id%1").arg(filterWhere(filter, &values)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot count deployments"), q));
    return q.value(0).toLongLong();
}

Result<void> Deployments::remove(qint64 id)
{
    auto d = get(id);
    if (!d)
        return std::unexpected(d.error());
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    // Its endpoint stays known (as discovery found it), just no longer tied to the deployment.
    q.prepare(QStringLiteral("DELETE FROM deployments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot remove dep-%1").arg(id), q));
    if (auto r = m_inventory.logEvent(QStringLiteral("deploy-remove"), d->certificateId, d->domainName,
                                      QStringLiteral("dep-%1 (%2, files left in place)").arg(id).arg(d->targetDir));
        !r)
        return r;
    return tx.commit();
}

Result<DeploymentRun> Deployments::run(qint64 id)
{
    auto d = get(id);
    if (!d)
        return std::unexpected(d.error());
    // Without the key store nothing can be written: that is the caller's problem (no password, a
    // wrong one), not the deployment's, so nothing is recorded against it.
    if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
        return std::unexpected(u.error().prefixed(QStringLiteral("deploying dep-%1 needs the key store").arg(id)));
    // Keep the stored copy of the certificate to write in step with the managed certificate (get()
    // reads the current one): the renewed-away certificate is then no longer held by it.
    if (d->managedId) {
        QSqlQuery q(m_inventory.database().db());
        q.prepare(QStringLiteral("UPDATE deployments SET cert_id = ? WHERE id = ? AND cert_id <> ?"));
        q.addBindValue(d->certificateId);
        q.addBindValue(id);
        q.addBindValue(d->certificateId);
        if (!q.exec())
            return std::unexpected(sqlError(QStringLiteral("cannot update dep-%1").arg(id), q));
    }
    DeploymentRun out;
    out.deploymentId = id;
    auto fail = [&](const QString &why) -> Result<DeploymentRun> {
        out.ok = false;
        out.error = why;
        if (auto r = store(id, out, d->certificateId); !r)
            return std::unexpected(r.error());
        return out;
    };
    auto certificate = m_inventory.certificate(d->certificateId);
    if (!certificate)
        return std::unexpected(certificate.error());
    auto chain = m_inventory.issuerChain(d->certificateId);
    if (!chain)
        return std::unexpected(chain.error());
    auto key = m_inventory.privateKey(d->certificateId, m_masterPassword, QStringLiteral("deploy dep-%1 to %2").arg(id).arg(d->targetDir));
    if (!key) {
        const ErrorCode code = key.error().code;
        if (code == ErrorCode::Database || code == ErrorCode::WrongPassword || code == ErrorCode::PasswordRequired
            || code == ErrorCode::Locked)
            return std::unexpected(key.error());
        return fail(QStringLiteral("the private key is not available: %1").arg(key.error().message));
    }
    QByteArray password;
    if (d->hasPassword) {
        QSqlQuery q(m_inventory.database().db());
        q.prepare(QStringLiteral("SELECT password FROM deployments WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return std::unexpected(sqlError(QStringLiteral("cannot read dep-%1").arg(id), q));
        auto p = m_inventory.keyStore().unseal(q.value(0).toByteArray());
        if (!p)
            return fail(QStringLiteral("the deployment's password cannot be read: %1").arg(p.error().message));
        password = *p;
    }
    auto files = renderDeployLayout(d->layout, *certificate, *chain, *key, password, d->alias);
    password.fill('\0');
    if (!files)
        return fail(files.error().message);
    DeployWriter writer(d->targetDir);
    auto written = writer.write(*files, d->keyPermissions);
    wipe(*files);
    if (!written)
        return fail(written.error().message);
    out.files = *written;
    if (!d->reloadCommand.isEmpty()) {
        auto argv = splitCommandLine(d->reloadCommand);
        if (!argv) {
            (void)writer.rollBack();
            return fail(argv.error().prefixed(QStringLiteral("reload command")).message);
        }
        out.reload = runCommand(*argv, d->reloadTimeoutMs);
        if (!out.reload.ok()) {
            QString why = QStringLiteral("the reload command failed (%1)").arg(out.reload.describe());
            if (auto r = writer.rollBack(); !r) {
                why += QStringLiteral("; ") + r.error().message;
            } else {
                why += QStringLiteral("; the previous files were put back");
                // A reload that failed half-way (a restart, a time-out) may have left the server
                // down or reading the new files: reload once more with the previous ones.
                const CommandResult again = runCommand(*argv, d->reloadTimeoutMs);
                why += again.ok() ? QStringLiteral(" and reloaded")
                                  : QStringLiteral(" (reloading with them failed too: %1)").arg(again.describe());
            }
            out.files.clear();
            return fail(why);
        }
    }
    writer.commit();
    out.ok = true;
    if (auto r = store(id, out, d->certificateId); !r)
        return std::unexpected(r.error());
    if (!d->endpointHost.isEmpty()) {
        auto check = checkEndpoint(*d, m_checkGraceMs);
        if (!check)
            return std::unexpected(check.error());
        out.check = *check;
    }
    return out;
}

Result<void> Deployments::store(qint64 id, const DeploymentRun &run, qint64 certificateId)
{
    auto d = get(id);
    if (!d)
        return std::unexpected(d.error());
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    if (run.ok)
        q.prepare(QStringLiteral("UPDATE deployments SET state = 'DEPLOYED', last_run_at = ?, deployed_cert_id = ?, "
                                 "last_error = '', last_output = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral("UPDATE deployments SET state = 'FAILED', last_run_at = ?, last_error = ?, last_output = ? "
                                 "WHERE id = ?"));
    q.addBindValue(m_inventory.clock().now().toSecsSinceEpoch());
    if (run.ok)
        q.addBindValue(certificateId);
    else
        q.addBindValue(text(run.error));
    q.addBindValue(text(run.reload.output));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot record the run of dep-%1").arg(id), q));
    const QString detail = run.ok ? QStringLiteral("dep-%1: %2 written to %3%4")
                                        .arg(id)
                                        .arg(deployLayoutName(d->layout), d->targetDir,
                                             d->reloadCommand.isEmpty() ? QString()
                                                                         : QStringLiteral(", reloaded (%1)").arg(d->reloadCommand))
                                  : QStringLiteral("dep-%1 to %2 failed: %3").arg(id).arg(d->targetDir, run.error);
    if (auto r = m_inventory.logEvent(run.ok ? QStringLiteral("deploy") : QStringLiteral("deploy-failed"), certificateId,
                                      d->domainName, detail);
        !r)
        return r;
    return tx.commit();
}

Result<QList<DeploymentRun>> Deployments::runAll()
{
    QSqlQuery q(m_inventory.database().db());
    if (!q.exec(QStringLiteral("SELECT id FROM deployments ORDER BY id")))
        return std::unexpected(sqlError(QStringLiteral("cannot list deployments"), q));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<DeploymentRun> out;
    for (qint64 id : std::as_const(ids)) {
        auto r = run(id);
        if (!r)
            return std::unexpected(r.error());
        out << *r;
    }
    return out;
}

Result<QList<DeploymentRun>> Deployments::runForManaged(qint64 managedId)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT id FROM deployments WHERE managed_id = ? ORDER BY id"));
    q.addBindValue(managedId);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot list the deployments of mc-%1").arg(managedId), q));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<DeploymentRun> out;
    for (qint64 id : std::as_const(ids)) {
        auto r = run(id);
        if (!r)
            return std::unexpected(r.error());
        out << *r;
    }
    return out;
}

Result<EndpointRecord> Deployments::check(qint64 id)
{
    auto d = get(id);
    if (!d)
        return std::unexpected(d.error());
    if (d->endpointHost.isEmpty())
        return fail(ErrorCode::NotFound, QStringLiteral("dep-%1 has no endpoint to check").arg(id));
    return checkEndpoint(*d, 0);
}

Result<QList<EndpointRecord>> Deployments::checkAll()
{
    QSqlQuery q(m_inventory.database().db());
    if (!q.exec(QStringLiteral("SELECT id FROM deployments WHERE endpoint_host <> '' ORDER BY id")))
        return std::unexpected(sqlError(QStringLiteral("cannot list deployments"), q));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<EndpointRecord> out;
    for (qint64 id : std::as_const(ids)) {
        auto r = check(id);
        if (!r)
            return std::unexpected(r.error());
        out << *r;
    }
    return out;
}

Result<EndpointRecord> Deployments::checkEndpoint(const Deployment &d, int graceMs)
{
    ProbeTarget target;
    target.host = d.endpointHost;
    target.port = d.endpointPort;
    target.sni = d.endpointSni;
    if (target.sni.isEmpty() && QHostAddress(d.endpointHost).isNull())
        target.sni = d.endpointHost;
    target.startTls = startTlsForPort(d.endpointPort);
    // Judged against what the endpoint should serve now: after a renewal whose redeployment
    // failed, the certificate still served is stale even though it is the one last deployed.
    const std::optional<qint64> expected = d.certificateId;
    Discovery &discovery = this->discovery();
    // A reloaded server takes a moment to serve the new files (nginx starts new workers): look
    // again for up to graceMs before calling what it serves stale.
    QElapsedTimer timer;
    timer.start();
    EndpointRecord record;
    for (;;) {
        const ProbeResult probe = probeEndpoint(target, 5000);
        record = discovery.classify(probe, expected);
        if (record.state == EndpointState::Current || timer.elapsed() >= graceMs)
            break;
        QThread::msleep(200);
    }
    record.deploymentId = d.id;
    return discovery.store(record);
}

Result<InUse> Deployments::inUse(qint64 certificateId)
{
    InUse out;
    DeploymentFilter filter;
    filter.certificateId = certificateId;
    auto deployments = list(filter);
    if (!deployments)
        return std::unexpected(deployments.error());
    for (const Deployment &d : std::as_const(*deployments)) {
        if (d.certificateId == certificateId || d.deployedCertificateId == certificateId)
            out.deployments << d;
    }
    Discovery &discovery = this->discovery();
    EndpointFilter ef;
    ef.certificateId = certificateId;
    auto endpoints = discovery.endpoints(ef);
    if (!endpoints)
        return std::unexpected(endpoints.error());
    out.endpoints = *endpoints;
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT path, key_path FROM file_locations WHERE cert_id = ? ORDER BY path"));
    q.addBindValue(certificateId);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read the file locations"), q));
    while (q.next())
        out.files << (q.value(1).toString().isEmpty() ? q.value(0).toString()
                                                       : QStringLiteral("%1 (key: %2)").arg(q.value(0).toString(),
                                                                                            q.value(1).toString()));
    return out;
}

} // namespace certdesk::core
