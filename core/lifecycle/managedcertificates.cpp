#include "lifecycle/managedcertificates.h"
#include "lifecycle/managedrow.h"

#include "ca/x509build.h"
#include "crypto/ossl.h"
#include "deploy/deployments.h"
#include "inventory/sqldialect.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace certdesk::core {

using namespace ca;
using namespace managed;

namespace {

const QString kEligible = QStringLiteral("ELIGIBLE");
const QString kIneligible = QStringLiteral("INELIGIBLE");



QVariant optionalInt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : nullInt();
}



QString tagsToText(const QList<Tag> &tags)
{
    QJsonArray a;
    for (const Tag &t : tags)
        a.append(QJsonArray{t.first, t.second});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Tag> tagsFromText(const QString &text)
{
    QList<Tag> out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : a) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            out.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return out;
}

// The status a stored row has at now (see ManagedStatus), as SQL over managed m LEFT JOIN certificates c.
// Arguments: %1 now, %2 the end of the validation timeout for requests made now.
const QString kStatusSql = QStringLiteral(
    "CASE WHEN m.status = 'PENDING_VALIDATION' AND m.requested_at <= %2 THEN 'VALIDATION_TIMED_OUT' "
    "WHEN m.status = 'ISSUED' AND m.cert_id IS NULL THEN 'INACTIVE' "
    "WHEN m.status = 'ISSUED' AND c.revoked_at IS NOT NULL THEN 'REVOKED' "
    "WHEN m.status = 'ISSUED' AND c.not_after < %1 THEN 'EXPIRED' "
    "ELSE m.status END");

QString statusSql(const QDateTime &now)
{
    const qint64 t = now.toSecsSinceEpoch();
    return kStatusSql.arg(t).arg(t - qint64(ManagedCertificates::kValidationTimeoutHours) * 3600);
}

const QString kColumns = QStringLiteral(
    "m.id, m.domain_name, m.names, m.key_algorithm, m.issuer_kind, m.issuer, m.template, m.validity, "
    "m.validation_method, m.tags, m.renew_before_days, m.reuse_key, m.export_allowed, m.status, m.failure_reason, "
    "m.cert_id, m.pending_spki IS NOT NULL, m.created_at, m.requested_at, m.renew_at, m.due_at, m.renewal_status, "
    "m.renewal_reason, m.renewal_at, m.attempts, m.adopted_cert_id, c.not_before, c.not_after, c.revoked_at, "
    "m.acme_options, m.ari_start, m.ari_end, m.preflight_problem, m.preflight_at, m.version");

} // namespace

QString issuerKindName(IssuerKind kind)
{
    switch (kind) {
    case IssuerKind::PrivateCa: return QStringLiteral("PRIVATE_CA");
    case IssuerKind::Acme: return QStringLiteral("ACME");
    case IssuerKind::External: return QStringLiteral("EXTERNAL");
    }
    return {};
}

std::optional<IssuerKind> issuerKindFromName(const QString &name)
{
    for (IssuerKind k : {IssuerKind::PrivateCa, IssuerKind::Acme, IssuerKind::External})
        if (issuerKindName(k).compare(name, Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

QStringList ManagedStatus::all()
{
    return {PendingValidation, Issued, Inactive, Expired, ValidationTimedOut, Revoked, Failed};
}

QString renewalStatusAt(const QString &stored, bool renewable, const QDateTime &renewAt, const QDateTime &now)
{
    if (renewable && renewAt.isValid() && renewAt <= now && stored != RenewalStatus::Failed
        && stored != RenewalStatus::PendingValidation)
        return RenewalStatus::PendingAutoRenewal;
    return stored;
}

QStringList requestKeyAlgorithms()
{
    return {QStringLiteral("RSA_2048"), QStringLiteral("RSA_3072"), QStringLiteral("RSA_4096"),
            QStringLiteral("EC_prime256v1"), QStringLiteral("EC_secp384r1"), QStringLiteral("ED25519")};
}


ManagedCertificates::ManagedCertificates(CertificateAuthorities &cas, MasterPasswordCallback masterPassword)
    : m_cas(cas)
    , m_inventory(cas.inventory())
    , m_masterPassword(std::move(masterPassword))
    , m_renewerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ManagedCertificates::~ManagedCertificates() = default;

QDateTime ManagedCertificates::renewalTime(const QDateTime &notBefore, const QDateTime &notAfter,
                                           std::optional<int> renewBeforeDays)
{
    if (!notAfter.isValid())
        return {};
    if (renewBeforeDays)
        return notAfter.addDays(-*renewBeforeDays);
    const qint64 lifetime = std::max<qint64>(0, notBefore.secsTo(notAfter));
    const qint64 window = std::min<qint64>(60LL * 86400, lifetime / 3);
    return notAfter.addSecs(-window);
}

int ManagedCertificates::retryDelaySeconds(int failures)
{
    qint64 delay = kFirstRetrySeconds;
    for (int i = 1; i < failures && delay < kMaxRetrySeconds; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, kMaxRetrySeconds));
}

// --- Reading -------------------------------------------------------------------------------

Result<QList<ManagedCertificates::Row>> ManagedCertificates::rows(const QString &where, const QVariantList &values,
                                                                  const QString &tail)
{
    QSqlQuery q(m_inventory.database().db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM managed m LEFT JOIN certificates c ON c.id = m.cert_id ")
              + where + QLatin1Char(' ') + tail);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto r = exec(q, QStringLiteral("cannot read the managed certificates")); !r)
        return std::unexpected(r.error());
    QList<Row> out;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.domainName = q.value(1).toString();
        r.names = q.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        r.keyAlgorithm = q.value(3).toString();
        r.issuerKind = issuerKindFromName(q.value(4).toString()).value_or(IssuerKind::External);
        r.issuer = q.value(5).toString();
        r.templateName = q.value(6).toString();
        r.validity = q.value(7).toString();
        r.validationMethod = q.value(8).toString();
        r.tags = tagsFromText(q.value(9).toString());
        if (!q.value(10).isNull())
            r.renewBeforeDays = q.value(10).toInt();
        r.reuseKey = q.value(11).toBool();
        r.exportAllowed = q.value(12).toBool();
        r.storedStatus = q.value(13).toString();
        r.failureReason = q.value(14).toString();
        if (!q.value(15).isNull())
            r.certId = q.value(15).toLongLong();
        r.pendingCsr = q.value(16).toBool();
        r.createdAt = fromSecs(q.value(17));
        r.requestedAt = fromSecs(q.value(18));
        r.renewAt = fromSecs(q.value(19));
        r.dueAt = fromSecs(q.value(20));
        r.renewalStatus = q.value(21).toString();
        r.renewalReason = q.value(22).toString();
        r.renewalAt = fromSecs(q.value(23));
        r.attempts = q.value(24).toInt();
        if (!q.value(25).isNull())
            r.adoptedCertId = q.value(25).toLongLong();
        r.notBefore = fromSecs(q.value(26));
        r.notAfter = fromSecs(q.value(27));
        r.revokedAt = fromSecs(q.value(28));
        r.acmeOptions = q.value(29).toString();
        r.ariStart = fromSecs(q.value(30));
        r.ariEnd = fromSecs(q.value(31));
        r.preflightProblem = q.value(32).toString();
        r.preflightAt = fromSecs(q.value(33));
        r.version = q.value(34).toLongLong();
        out.append(r);
    }
    return out;
}

Result<ManagedCertificates::Row> ManagedCertificates::row(qint64 id)
{
    auto r = rows(QStringLiteral("WHERE m.id = ?"), {id});
    if (!r)
        return std::unexpected(r.error());
    if (r->isEmpty())
        return fail(ErrorCode::NotFound, QStringLiteral("no managed certificate mc-%1").arg(id));
    return r->first();
}

ManagedCertificate ManagedCertificates::toInfo(const Row &r) const
{
    const QDateTime now = m_inventory.clock().now();
    ManagedCertificate m;
    m.id = r.id;
    m.domainName = r.domainName;
    m.additionalNames = r.names;
    m.keyAlgorithm = r.keyAlgorithm;
    m.issuerKind = r.issuerKind;
    m.issuer = r.issuer;
    m.templateName = r.templateName;
    m.validity = r.validity;
    m.validationMethod = r.validationMethod;
    m.tags = r.tags;
    m.renewBeforeDays = r.renewBeforeDays;
    m.reuseKey = r.reuseKey;
    m.exportAllowed = r.exportAllowed;
    m.failureReason = r.failureReason;
    m.certificateId = r.certId;
    m.notBefore = r.notBefore;
    m.notAfter = r.notAfter;
    m.renewalReason = r.renewalReason;
    m.renewalUpdatedAt = r.renewalAt;
    m.renewAt = r.renewAt;
    m.nextAttemptAt = r.dueAt;
    m.failedAttempts = r.attempts;
    m.createdAt = r.createdAt;
    m.requestedAt = r.requestedAt;
    m.hasPendingCsr = r.pendingCsr;
    m.adoptedCertificateId = r.adoptedCertId;

    m.status = r.storedStatus;
    if (r.storedStatus == ManagedStatus::PendingValidation && r.requestedAt.addSecs(qint64(kValidationTimeoutHours) * 3600) <= now)
        m.status = ManagedStatus::ValidationTimedOut;
    else if (r.storedStatus == ManagedStatus::Issued && !r.certId)
        m.status = ManagedStatus::Inactive;
    else if (r.storedStatus == ManagedStatus::Issued && r.revokedAt.isValid())
        m.status = ManagedStatus::Revoked;
    else if (r.storedStatus == ManagedStatus::Issued && r.notAfter < now)
        m.status = ManagedStatus::Expired;

    const bool renewable = m.status == ManagedStatus::Issued || m.status == ManagedStatus::Expired;
    m.renewalStatus = renewalStatusAt(r.renewalStatus, renewable, r.renewAt, now);
    if (r.issuerKind == IssuerKind::Acme) {
        const AcmeValidation v = AcmeValidation::fromJson(QJsonDocument::fromJson(r.acmeOptions.toUtf8()).object(), nullptr);
        m.validationDetail = v.describe();
        m.manualValidation = v.manualDns();
    }
    m.ariWindowStart = r.ariStart;
    m.ariWindowEnd = r.ariEnd;
    m.preflightProblem = r.preflightProblem;
    m.preflightAt = r.preflightAt;
    m.version = r.version;
    // Manual DNS records need the administrator at every renewal: not eligible for automatic renewal.
    m.renewalEligibility = renewable && !m.manualValidation ? kEligible : kIneligible;
    return m;
}

Result<qint64> ManagedCertificates::resolve(const QString &refText)
{
    const QString ref = refText.trimmed();
    if (ref.startsWith(QLatin1String("mc-"), Qt::CaseInsensitive)) {
        bool ok = false;
        const qint64 id = ref.mid(3).toLongLong(&ok);
        if (!ok)
            return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a managed certificate (mc-NUMBER)").arg(ref));
        auto r = row(id);
        if (!r)
            return std::unexpected(r.error());
        return id;
    }
    auto cert = m_inventory.resolve(ref);
    if (!cert)
        return std::unexpected(cert.error());
    if (auto m = managedOf(*cert))
        return *m;
    return fail(ErrorCode::NotFound, QStringLiteral("certificate %1 is not managed by certdesk (it was imported; "
                                                    "`request --adopt %1` requests a managed one for its names)")
                                         .arg(ref));
}

Result<ManagedCertificate> ManagedCertificates::get(qint64 id)
{
    auto r = row(id);
    if (!r)
        return std::unexpected(r.error());
    return toInfo(*r);
}

std::optional<qint64> ManagedCertificates::managedOf(qint64 certificateId)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT id FROM managed WHERE cert_id = ? "
                             "UNION ALL SELECT managed_id FROM managed_history WHERE cert_id = ? LIMIT 1"));
    q.addBindValue(certificateId);
    q.addBindValue(certificateId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

namespace {

struct FilterSql
{
    QString where;
    QVariantList values;
};

FilterSql filterSql(const ManagedFilter &filter, const QDateTime &now)
{
    QStringList conditions;
    FilterSql out;
    const QString status = statusSql(now);
    if (!filter.status.isEmpty()) {
        conditions << status + QStringLiteral(" = ?");
        out.values << filter.status.toUpper();
    }
    if (filter.problemsOnly)
        conditions << QStringLiteral("(%1 IN ('FAILED', 'VALIDATION_TIMED_OUT') OR m.renewal_status = 'FAILED' "
                                     "OR (m.preflight_problem != '' AND m.status = 'ISSUED'))").arg(status);
    if (filter.openOnly)
        conditions << QStringLiteral("(%1 IN ('PENDING_VALIDATION', 'FAILED', 'VALIDATION_TIMED_OUT') "
                                     "OR m.renewal_status IN ('FAILED', 'PENDING_VALIDATION') "
                                     "OR (m.due_at IS NOT NULL AND m.due_at <= %2))")
                          .arg(status)
                          .arg(now.toSecsSinceEpoch());
    if (!filter.search.trimmed().isEmpty()) {
        conditions << QStringLiteral("(lower(m.domain_name) LIKE ? ESCAPE '\\' OR lower(m.names) LIKE ? ESCAPE '\\')");
        QString s = filter.search.trimmed().toLower();
        s.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        out.values << QStringLiteral("%") + s + QStringLiteral("%") << QStringLiteral("%") + s + QStringLiteral("%");
    }
    if (!conditions.isEmpty())
        out.where = QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return out;
}

} // namespace

Result<QList<ManagedCertificate>> ManagedCertificates::list(const ManagedFilter &filter, int limit, int offset)
{
    const FilterSql f = filterSql(filter, m_inventory.clock().now());
    auto r = rows(f.where, f.values,
                  QStringLiteral("ORDER BY m.id DESC %1 OFFSET %2").arg(sql::limit(m_inventory.database().db(), limit)).arg(qMax(0, offset)));
    if (!r)
        return std::unexpected(r.error());
    QList<ManagedCertificate> out;
    out.reserve(r->size());
    for (const Row &row : std::as_const(*r))
        out.append(toInfo(row));
    return out;
}

Result<qint64> ManagedCertificates::count(const ManagedFilter &filter)
{
    const FilterSql f = filterSql(filter, m_inventory.clock().now());
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM managed m LEFT JOIN certificates c ON c.id = m.cert_id ") + f.where);
    for (const QVariant &v : f.values)
        q.addBindValue(v);
    if (auto r = exec(q, QStringLiteral("cannot count the managed certificates")); !r)
        return std::unexpected(r.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<ManagedHistoryEntry>> ManagedCertificates::history(qint64 id)
{
    QSqlQuery q(m_inventory.database().db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.at, h.action, h.cert_id, c.serial, c.not_after, h.detail, h.actor "
                             "FROM managed_history h LEFT JOIN certificates c ON c.id = h.cert_id "
                             "WHERE h.managed_id = ? ORDER BY h.id"));
    q.addBindValue(id);
    if (auto r = exec(q, QStringLiteral("cannot read the history")); !r)
        return std::unexpected(r.error());
    QList<ManagedHistoryEntry> out;
    while (q.next()) {
        ManagedHistoryEntry e;
        e.at = fromSecs(q.value(0));
        e.action = q.value(1).toString();
        if (!q.value(2).isNull())
            e.certificateId = q.value(2).toLongLong();
        e.serial = q.value(3).toString();
        e.notAfter = fromSecs(q.value(4));
        e.detail = q.value(5).toString();
        e.actor = q.value(6).toString();
        out.append(e);
    }
    return out;
}

Result<QByteArray> ManagedCertificates::pendingCsrPem(qint64 id)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT csr_der FROM managed WHERE id = ? AND pending_spki IS NOT NULL"));
    q.addBindValue(id);
    if (auto r = exec(q, QStringLiteral("cannot read the CSR")); !r)
        return std::unexpected(r.error());
    if (!q.next() || q.value(0).isNull())
        return fail(ErrorCode::NotFound, QStringLiteral("mc-%1 has no CSR waiting at an external CA").arg(id));
    auto csr = Csr::fromDer(q.value(0).toByteArray());
    if (!csr)
        return std::unexpected(csr.error());
    return csr->toPem();
}

Result<void> ManagedCertificates::history(qint64 id, const QString &action, std::optional<qint64> certificateId,
                                          const QString &detail)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("INSERT INTO managed_history (managed_id, at, action, cert_id, detail, actor) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(m_inventory.clock().now().toSecsSinceEpoch());
    q.addBindValue(action);
    q.addBindValue(optionalInt(certificateId));
    q.addBindValue(text(detail));
    q.addBindValue(m_inventory.actor());
    return exec(q, QStringLiteral("cannot write the history"));
}

// --- Requests ------------------------------------------------------------------------------

Result<ManagedCertificate> ManagedCertificates::request(const RequestSpec &specIn)
{
    RequestSpec spec = specIn;
    // Key algorithm, names the ACM way.
    const QStringList keys = requestKeyAlgorithms();
    const auto key = std::find_if(keys.cbegin(), keys.cend(),
                                  [&](const QString &k) { return k.compare(spec.keyAlgorithm, Qt::CaseInsensitive) == 0; });
    if (key == keys.cend())
        return fail(ErrorCode::InvalidInput, QStringLiteral("unknown key type \"%1\" (one of %2)")
                                                 .arg(spec.keyAlgorithm, keys.join(QStringLiteral(", "))));
    spec.keyAlgorithm = *key;
    // Public CAs validate DNS names only: IP addresses are for private and external CAs.
    const RequestNamesCheck names = checkRequestNames(spec.domainName, spec.additionalNames, spec.issuerKind != IssuerKind::Acme);
    if (!names.ok())
        return fail(ErrorCode::InvalidInput, names.problems.join(QStringLiteral("; ")));
    static const QRegularExpression tokenPattern(QStringLiteral("^\\w{1,32}$"));
    if (!spec.token.isEmpty() && !tokenPattern.match(spec.token).hasMatch())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the idempotency token must be 1 to 32 letters, digits or underscores"));
    if (spec.tags.size() > TagLimits::kMaxTags)
        return fail(ErrorCode::LimitExceeded, QStringLiteral("at most %1 tags").arg(TagLimits::kMaxTags));
    for (const Tag &t : std::as_const(spec.tags))
        if (auto checked = parseTag(t.first + QLatin1Char('=') + t.second); !checked)
            return std::unexpected(checked.error());
    if (spec.renewBeforeDays && (*spec.renewBeforeDays < 1 || *spec.renewBeforeDays > 3650))
        return fail(ErrorCode::InvalidInput, QStringLiteral("renew-before must be 1 to 3650 days"));

    QString issuer;
    if (spec.issuerKind == IssuerKind::PrivateCa) {
        auto ca = m_cas.resolve(spec.issuer);
        if (!ca)
            return fail(ErrorCode::InvalidInput, ca.error().message);
        issuer = ca->name;
        auto tmpl = certificateTemplate(spec.templateName);
        if (!tmpl)
            return fail(ErrorCode::InvalidInput, tmpl.error().message);
        if (tmpl->ca)
            return fail(ErrorCode::InvalidInput, QStringLiteral("%1 makes CA certificates: a managed certificate uses an "
                                                                "end-entity template").arg(tmpl->name));
        spec.templateName = tmpl->name;
    } else if (spec.issuerKind == IssuerKind::Acme) {
        auto account = AcmeAccounts(m_inventory, m_masterPassword).get(spec.issuer);
        if (!account)
            return fail(ErrorCode::InvalidInput, account.error().message);
        if (account->status != QLatin1String("valid"))
            return fail(ErrorCode::InvalidInput, QStringLiteral("the ACME account %1 is %2").arg(account->name, account->status));
        issuer = account->name;
        spec.templateName.clear();
        if (!spec.validationMethod.isEmpty())
            spec.acme.method = spec.validationMethod.toUpper();
        if (auto c = spec.acme.check(); !c)
            return std::unexpected(c.error());
        spec.validationMethod = spec.acme.method;
    } else {
        spec.templateName.clear();
    }

    const QDateTime now = m_inventory.clock().now();
    if (!spec.token.isEmpty()) {
        QSqlQuery q(m_inventory.database().db());
        q.prepare(QStringLiteral("SELECT id FROM managed WHERE token = ? AND created_at > ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(spec.token);
        q.addBindValue(now.toSecsSinceEpoch() - kTokenWindowSeconds);
        if (auto r = exec(q, QStringLiteral("cannot look up the token")); !r)
            return std::unexpected(r.error());
        if (q.next())
            return get(q.value(0).toLongLong());
    }
    // Keys are generated and stored encrypted: ask for the master password before storing anything.
    if (auto r = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !r)
        return std::unexpected(r.error().prefixed(QStringLiteral("the new key needs the key store")));

    QString acmeOptions;
    if (spec.issuerKind == IssuerKind::Acme) {
        QByteArray sealed;
        if (spec.acme.tsig) {
            auto s = m_inventory.keyStore().seal(spec.acme.tsig->secret);
            if (!s)
                return std::unexpected(s.error());
            sealed = *s;
        }
        acmeOptions = QString::fromUtf8(QJsonDocument(spec.acme.toJson(sealed)).toJson(QJsonDocument::Compact));
    }

    qint64 id = 0;
    {
        Database::Transaction tx(m_inventory.database().db());
        QSqlQuery q(m_inventory.database().db());
        q.prepare(QStringLiteral(
            "INSERT INTO managed (domain_name, names, key_algorithm, issuer_kind, issuer, template, validity, validation_method, "
            "tags, renew_before_days, reuse_key, export_allowed, status, token, created_at, requested_at, acme_options) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING_VALIDATION', ?, ?, ?, ?) RETURNING id"));
        QStringList additional = names.asciiNames().mid(1);
        q.addBindValue(text(names.domainName.ascii));
        q.addBindValue(text(additional.join(QLatin1Char('\n'))));
        q.addBindValue(spec.keyAlgorithm);
        q.addBindValue(issuerKindName(spec.issuerKind));
        q.addBindValue(text(issuer));
        q.addBindValue(text(spec.templateName));
        q.addBindValue(text(spec.issuerKind == IssuerKind::PrivateCa ? spec.validity.toString() : QString()));
        q.addBindValue(text(spec.validationMethod.toUpper()));
        q.addBindValue(tagsToText(spec.tags));
        q.addBindValue(spec.renewBeforeDays ? QVariant(*spec.renewBeforeDays) : nullInt());
        q.addBindValue(spec.reuseKey ? 1 : 0);
        q.addBindValue(spec.exportAllowed ? 1 : 0);
        q.addBindValue(spec.token.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(spec.token));
        q.addBindValue(now.toSecsSinceEpoch());
        q.addBindValue(now.toSecsSinceEpoch());
        q.addBindValue(text(acmeOptions));
        if (auto r = exec(q, QStringLiteral("cannot store the request")); !r)
            return std::unexpected(r.error());
        id = returnedId(q);
        const QString what = spec.issuerKind == IssuerKind::PrivateCa
                                 ? QStringLiteral("%1 from CA %2 (%3, %4)").arg(spec.keyAlgorithm, issuer, spec.templateName, spec.validity.toString())
                             : spec.issuerKind == IssuerKind::Acme
                                 ? QStringLiteral("%1 from ACME account %2 (%3)").arg(spec.keyAlgorithm, issuer, spec.acme.describe())
                                 : QStringLiteral("%1, CSR for an external CA").arg(spec.keyAlgorithm);
        if (auto r = history(id, QStringLiteral("REQUEST"), std::nullopt,
                             QStringLiteral("%1 name(s): %2; %3").arg(names.asciiNames().size()).arg(names.asciiNames().join(QStringLiteral(", ")), what));
            !r)
            return std::unexpected(r.error());
        if (auto r = m_inventory.logEvent(QStringLiteral("request"), std::nullopt, names.domainName.ascii,
                                          QStringLiteral("mc-%1 requested: %2").arg(id).arg(what));
            !r)
            return std::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
    }

    auto stored = row(id);
    if (!stored)
        return std::unexpected(stored.error());
    // From here on the request exists: whatever goes wrong leaves it FAILED with the reason
    // (a person can retry it with renew), never pending for ever.
    const auto markFailed = [&](const QString &failure) -> Result<void> {
        Database::Transaction tx(m_inventory.database().db());
        QSqlQuery q(m_inventory.database().db());
        q.prepare(QStringLiteral("UPDATE managed SET status = 'FAILED', failure_reason = ? WHERE id = ?"));
        q.addBindValue(text(failure));
        q.addBindValue(id);
        if (auto r = exec(q, QStringLiteral("cannot record the failure")); !r)
            return r;
        if (auto r = history(id, QStringLiteral("ISSUE_FAILED"), std::nullopt, failure); !r)
            return r;
        if (auto r = m_inventory.logEvent(QStringLiteral("request-failed"), std::nullopt, stored->domainName,
                                          QStringLiteral("mc-%1: %2").arg(id).arg(failure));
            !r)
            return r;
        return tx.commit();
    };
    if (spec.issuerKind == IssuerKind::External) {
        if (auto r = createCsr(*stored, false); !r) {
            markFailed(r.error().message);
            return std::unexpected(r.error());
        }
        if (auto r = matchPending(); !r)
            return std::unexpected(r.error());
        return get(id);
    }
    QString failure;
    Certificate issued;
    auto certId = issue(*stored, &failure, &issued);
    if (!certId) {
        markFailed(certId.error().message);
        return std::unexpected(certId.error());
    }
    if (*certId == 0) {
        if (auto r = markFailed(failure); !r)
            return std::unexpected(r.error());
        return get(id);
    }
    if (auto r = installCertificate(id, *certId, false, &issued); !r)
        return std::unexpected(r.error());
    return get(id);
}

Result<ManagedCertificate> ManagedCertificates::adopt(qint64 certificateId, RequestSpec spec)
{
    auto rec = m_inventory.record(certificateId);
    if (!rec)
        return std::unexpected(rec.error());
    if (auto m = managedOf(certificateId))
        return fail(ErrorCode::Duplicate, QStringLiteral("certificate %1 already belongs to mc-%2").arg(certificateId).arg(*m));
    if (rec->summary.isCa)
        return fail(ErrorCode::InvalidInput, QStringLiteral("certificate %1 is a CA certificate: only end-entity certificates "
                                                            "can be adopted").arg(certificateId));
    QStringList names;
    for (const GeneralName &n : rec->certificate.subjectAlternativeNames())
        if ((n.kind == GeneralName::Kind::Dns || n.kind == GeneralName::Kind::Ip) && !names.contains(n.value, Qt::CaseInsensitive))
            names << n.value;
    const QString cn = rec->certificate.subject().value(QStringLiteral("CN"));
    QString domain;
    if (checkDomainName(cn).ok())
        domain = cn;
    else if (auto first = std::find_if(names.cbegin(), names.cend(), [](const QString &n) { return checkDomainName(n).ok(); });
             first != names.cend())
        domain = *first;
    if (domain.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("certificate %1 names no domain a certificate can be requested for")
                                                 .arg(certificateId));
    names.removeIf([&](const QString &n) { return n.compare(domain, Qt::CaseInsensitive) == 0; });
    spec.domainName = domain;
    spec.additionalNames = names;
    if (requestKeyAlgorithms().contains(rec->summary.keyAlgorithm))
        spec.keyAlgorithm = rec->summary.keyAlgorithm;
    for (const Tag &t : std::as_const(rec->tags))
        if (std::none_of(spec.tags.cbegin(), spec.tags.cend(), [&](const Tag &s) { return s.first == t.first; }))
            spec.tags.append(t);
    auto managed = request(spec);
    if (!managed)
        return managed;
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("UPDATE managed SET adopted_cert_id = ? WHERE id = ?"));
    q.addBindValue(certificateId);
    q.addBindValue(managed->id);
    if (auto r = exec(q, QStringLiteral("cannot record the adoption")); !r)
        return std::unexpected(r.error());
    if (auto r = history(managed->id, QStringLiteral("ADOPT"), certificateId,
                         QStringLiteral("adopted imported certificate %1 (serial %2)").arg(certificateId).arg(rec->summary.serial));
        !r)
        return std::unexpected(r.error());
    return get(managed->id);
}

// Issues the row's certificate from its private CA. Returns the new certificate id, or 0 with
// *failure set when the CA refused (a failure of the request, not of the call).
Result<qint64> ManagedCertificates::issueFromCa(const Row &r, QString *failure, Certificate *issuedCertificate)
{
    auto ca = m_cas.resolve(r.issuer);
    if (!ca) {
        *failure = QStringLiteral("CA %1 no longer exists").arg(r.issuer);
        return 0;
    }
    IssueRequest req;
    req.templateName = r.templateName;
    req.subject = QStringLiteral("CN=") + r.domainName;
    for (const QString &n : QStringList{r.domainName} + r.names) {
        const bool ip = !QHostAddress(n).isNull();
        req.sans.append(GeneralName{ip ? GeneralName::Kind::Ip : GeneralName::Kind::Dns, n});
    }
    auto validity = Validity::parse(r.validity.isEmpty() ? QStringLiteral("365d") : r.validity);
    if (!validity) {
        *failure = validity.error().message;
        return 0;
    }
    req.validity = *validity;
    req.keyAlgorithm = r.keyAlgorithm;
    if (r.reuseKey && r.certId && m_inventory.hasPrivateKey(*r.certId)) {
        auto key = m_inventory.privateKey(*r.certId, m_masterPassword, QStringLiteral("renewal of mc-%1 with the same key").arg(r.id));
        if (!key)
            return std::unexpected(key.error());
        req.key = *key;
    }
    auto issued = m_cas.issue(ca->id, req);
    if (!issued) {
        // A locked key store or a wrong password is the caller's problem, not the request's.
        const ErrorCode code = issued.error().code;
        if (code == ErrorCode::PasswordRequired || code == ErrorCode::WrongPassword || code == ErrorCode::Locked
            || code == ErrorCode::Database)
            return std::unexpected(issued.error());
        *failure = issued.error().message;
        return 0;
    }
    if (issuedCertificate)
        *issuedCertificate = issued->certificate;
    return issued->certificateId;
}

Result<void> ManagedCertificates::createCsr(const Row &r, bool renewal)
{
    if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
        return u;
    std::optional<PrivateKey> key;
    if (r.reuseKey && r.certId && m_inventory.hasPrivateKey(*r.certId)) {
        auto k = m_inventory.privateKey(*r.certId, m_masterPassword, QStringLiteral("CSR of mc-%1 with the same key").arg(r.id));
        if (!k)
            return std::unexpected(k.error());
        key = *k;
    } else {
        auto k = generatePrivateKey(r.keyAlgorithm);
        if (!k)
            return std::unexpected(k.error());
        key = *k;
    }
    auto subject = parseDistinguishedName(QStringLiteral("CN=") + r.domainName);
    if (!subject)
        return std::unexpected(subject.error());
    QList<GeneralName> sans;
    for (const QString &n : QStringList{r.domainName} + r.names)
        sans.append(GeneralName{QHostAddress(n).isNull() ? GeneralName::Kind::Dns : GeneralName::Kind::Ip, n});
    auto csr = buildRequestCsr(subject->get(), key->handle(), signingAlgorithmsFor(key->algorithm()).value(0), sans);
    if (!csr)
        return std::unexpected(csr.error());
    const qint64 now = m_inventory.clock().now().toSecsSinceEpoch();
    Database::Transaction tx(m_inventory.database().db());
    auto keyId = m_inventory.storeKey(*key);
    if (!keyId)
        return std::unexpected(keyId.error());
    QSqlQuery q(m_inventory.database().db());
    if (renewal)
        q.prepare(QStringLiteral("UPDATE managed SET pending_key_id = ?, "
                                 "pending_spki = ?, csr_der = ?, due_at = NULL, renewal_status = 'PENDING_VALIDATION', "
                                 "renewal_reason = 'waiting for the external CA to sign the new CSR', renewal_at = ?, "
                                 "claimed_by = NULL, claimed_until = NULL WHERE id = ?"));
    else
        q.prepare(QStringLiteral("UPDATE managed SET pending_key_id = ?, "
                                 "pending_spki = ?, csr_der = ?, due_at = NULL, status = 'PENDING_VALIDATION', "
                                 "failure_reason = '', requested_at = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ?"));
    q.addBindValue(*keyId);
    q.addBindValue(key->publicKeySha256());
    q.addBindValue(*csr);
    q.addBindValue(now);
    q.addBindValue(r.id);
    if (auto e = exec(q, QStringLiteral("cannot store the CSR")); !e)
        return e;
    const QString detail = QStringLiteral("%1 key and CSR for the external CA (public key SHA-256 %2)")
                               .arg(key->algorithm(), QString::fromLatin1(key->publicKeySha256().toHex().left(16)));
    if (auto e = history(r.id, QStringLiteral("CSR"), std::nullopt, detail); !e)
        return e;
    if (auto e = m_inventory.logEvent(QStringLiteral("csr"), std::nullopt, r.domainName, QStringLiteral("mc-%1: %2").arg(r.id).arg(detail)); !e)
        return e;
    return tx.commit();
}

Result<void> ManagedCertificates::installCertificate(qint64 id, qint64 certificateId, bool renewal, const Certificate *known)
{
    auto r = row(id);
    if (!r)
        return std::unexpected(r.error());
    Certificate cert;
    if (known) {
        cert = *known;
    } else {
        auto read = m_inventory.certificate(certificateId);
        if (!read)
            return std::unexpected(read.error());
        cert = *read;
    }
    const QDateTime renewAt = renewalTime(cert.notBefore(), cert.notAfter(), r->renewBeforeDays);
    const qint64 now = m_inventory.clock().now().toSecsSinceEpoch();
    const bool wasPendingCsr = r->pendingCsr;

    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral(
        "UPDATE managed SET cert_id = ?, status = 'ISSUED', failure_reason = '', renew_at = ?, due_at = ?, "
        "ari_start = NULL, ari_end = NULL, ari_checked_at = NULL, preflight_at = NULL, preflight_problem = '', "
        "ari_next_check = CASE WHEN issuer_kind = 'ACME' THEN CAST(? AS BIGINT) ELSE NULL END, "
        "pending_key_id = NULL, pending_spki = NULL, csr_der = NULL, attempts = 0, claimed_by = NULL, claimed_until = NULL, "
        "renewal_status = CASE WHEN ? THEN 'SUCCESS' ELSE renewal_status END, "
        "renewal_reason = CASE WHEN ? THEN '' ELSE renewal_reason END, "
        "renewal_at = CASE WHEN ? THEN ? ELSE renewal_at END WHERE id = ?"));
    q.addBindValue(certificateId);
    q.addBindValue(renewAt.toSecsSinceEpoch());
    q.addBindValue(renewAt.toSecsSinceEpoch());
    q.addBindValue(now);
    q.addBindValue(renewal);
    q.addBindValue(renewal);
    q.addBindValue(renewal);
    q.addBindValue(now);
    q.addBindValue(id);
    if (auto e = exec(q, QStringLiteral("cannot install the certificate in mc-%1").arg(id)); !e)
        return e;
    // The managed certificate's tags go on every certificate it gets.
    q.prepare(QStringLiteral("INSERT INTO tags (cert_id, key, value) VALUES (?, ?, ?) "
                             "ON CONFLICT (cert_id, key) DO UPDATE SET value = excluded.value"));
    for (const Tag &t : std::as_const(r->tags)) {
        q.addBindValue(certificateId);
        q.addBindValue(t.first);
        q.addBindValue(t.second);
        if (auto e = exec(q, QStringLiteral("cannot tag the certificate")); !e)
            return e;
    }
    // Names the external CA left out are worth knowing.
    QStringList missing;
    if (wasPendingCsr) {
        const QList<GeneralName> sans = cert.subjectAlternativeNames();
        for (const QString &n : QStringList{r->domainName} + r->names)
            if (std::none_of(sans.cbegin(), sans.cend(), [&](const GeneralName &g) { return g.value.compare(n, Qt::CaseInsensitive) == 0; }))
                missing << n;
    }
    const QString action = wasPendingCsr ? QStringLiteral("MATCH") : renewal ? QStringLiteral("RENEW") : QStringLiteral("ISSUE");
    QString detail = QStringLiteral("serial %1, valid until %2, renewal due %3")
                         .arg(cert.serial(), cert.notAfter().toString(Qt::ISODate), renewAt.toString(Qt::ISODate));
    if (wasPendingCsr)
        detail = QStringLiteral("imported certificate matched the CSR's key; ") + detail;
    if (!missing.isEmpty())
        detail += QStringLiteral("; the CA left out: ") + missing.join(QStringLiteral(", "));
    if (auto e = history(id, action, certificateId, detail); !e)
        return e;
    if (auto e = m_inventory.logEvent(renewal ? QStringLiteral("renew") : QStringLiteral("request"), certificateId, r->domainName,
                                      QStringLiteral("mc-%1: %2").arg(id).arg(detail));
        !e)
        return e;
    return tx.commit();
}

Result<int> ManagedCertificates::matchPending()
{
    QSqlQuery q(m_inventory.database().db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, c.id, m.cert_id IS NOT NULL FROM managed m JOIN certificates c ON c.spki_sha256 = m.pending_spki "
        "WHERE m.pending_spki IS NOT NULL AND c.is_ca = 0 AND c.id IS DISTINCT FROM m.cert_id "
        "AND NOT EXISTS (SELECT 1 FROM managed_history h WHERE h.managed_id = m.id AND h.cert_id = c.id) "
        "AND NOT EXISTS (SELECT 1 FROM managed o WHERE o.cert_id = c.id) "
        "ORDER BY m.id, c.not_after DESC"));
    if (auto r = exec(q, QStringLiteral("cannot match waiting CSRs")); !r)
        return std::unexpected(r.error());
    QList<std::tuple<qint64, qint64, bool>> matches;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!matches.isEmpty() && std::get<0>(matches.last()) == id)
            continue; // the longest-valid certificate of that key
        matches.append({id, q.value(1).toLongLong(), q.value(2).toBool()});
    }
    q.finish();
    int n = 0;
    for (const auto &[id, certId, renewal] : std::as_const(matches)) {
        if (auto r = installCertificate(id, certId, renewal); !r)
            return std::unexpected(r.error());
        ++n;
    }
    return n;
}

// --- Settings ------------------------------------------------------------------------------

Result<ManagedCertificate> ManagedCertificates::updateSettings(qint64 id, const Settings &settings)
{
    auto r = row(id);
    if (!r)
        return std::unexpected(r.error());
    if (settings.renewBeforeDays && (*settings.renewBeforeDays < 1 || *settings.renewBeforeDays > 3650))
        return fail(ErrorCode::InvalidInput, QStringLiteral("renew-before must be 1 to 3650 days"));
    const QDateTime renewAt = renewalTime(r->notBefore, r->notAfter, settings.renewBeforeDays);
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    // The due time follows a new window unless a backoff or an inactive state holds it.
    q.prepare(QStringLiteral("UPDATE managed SET renew_before_days = ?, reuse_key = ?, export_allowed = ?, renew_at = ?, "
                             "due_at = CASE WHEN status = 'ISSUED' AND attempts = 0 AND due_at IS NOT NULL THEN ? ELSE due_at END, "
                             "version = version + 1 WHERE id = ?%1")
                  .arg(settings.expectedVersion ? QStringLiteral(" AND version = ?") : QString()));
    q.addBindValue(settings.renewBeforeDays ? QVariant(*settings.renewBeforeDays) : nullInt());
    q.addBindValue(settings.reuseKey ? 1 : 0);
    q.addBindValue(settings.exportAllowed ? 1 : 0);
    q.addBindValue(renewAt.isValid() ? QVariant(renewAt.toSecsSinceEpoch()) : nullInt());
    q.addBindValue(renewAt.isValid() ? QVariant(renewAt.toSecsSinceEpoch()) : nullInt());
    q.addBindValue(id);
    if (settings.expectedVersion)
        q.addBindValue(*settings.expectedVersion);
    if (auto e = exec(q, QStringLiteral("cannot change the renewal settings")); !e)
        return std::unexpected(e.error());
    if (q.numRowsAffected() == 0) {
        QSqlQuery who(m_inventory.database().db());
        who.prepare(QStringLiteral("SELECT actor, at FROM managed_history WHERE managed_id = ? AND action = 'SETTINGS' "
                                   "ORDER BY id DESC LIMIT 1"));
        who.addBindValue(id);
        const QString by = who.exec() && who.next()
            ? QStringLiteral(" by %1 at %2").arg(who.value(0).toString(), fromSecs(who.value(1)).toString(Qt::ISODate))
            : QString();
        return fail(ErrorCode::Conflict, QStringLiteral("the renewal settings of mc-%1 were changed%2 since you read them: "
                                                        "nothing was saved; reload them and make the change again")
                                             .arg(id)
                                             .arg(by));
    }
    const QString detail = QStringLiteral("renew %1, %2, export %3")
                               .arg(settings.renewBeforeDays ? QStringLiteral("%1 days before expiry").arg(*settings.renewBeforeDays)
                                                             : QStringLiteral("automatically (min(60 days, a third of the lifetime) before expiry)"),
                                    settings.reuseKey ? QStringLiteral("same key") : QStringLiteral("new key each time"),
                                    settings.exportAllowed ? QStringLiteral("allowed") : QStringLiteral("not allowed"));
    if (auto e = history(id, QStringLiteral("SETTINGS"), std::nullopt, detail); !e)
        return std::unexpected(e.error());
    if (auto e = m_inventory.logEvent(QStringLiteral("managed-settings"), r->certId, r->domainName, QStringLiteral("mc-%1: %2").arg(id).arg(detail)); !e)
        return std::unexpected(e.error());
    if (auto e = tx.commit(); !e)
        return std::unexpected(e.error());
    return get(id);
}

Result<void> ManagedCertificates::deactivate(qint64 id)
{
    auto r = row(id);
    if (!r)
        return std::unexpected(r.error());
    if (r->storedStatus == ManagedStatus::Inactive)
        return {};
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("UPDATE managed SET status = 'INACTIVE', due_at = NULL WHERE id = ?"));
    q.addBindValue(id);
    if (auto e = exec(q, QStringLiteral("cannot deactivate")); !e)
        return e;
    if (auto e = history(id, QStringLiteral("DEACTIVATE"), std::nullopt, QStringLiteral("no more renewals")); !e)
        return e;
    if (auto e = m_inventory.logEvent(QStringLiteral("deactivate"), r->certId, r->domainName, QStringLiteral("mc-%1 will not be renewed").arg(id)); !e)
        return e;
    return tx.commit();
}

Result<ManagedCertificate> ManagedCertificates::reactivate(qint64 id)
{
    auto r = row(id);
    if (!r)
        return std::unexpected(r.error());
    if (r->storedStatus != ManagedStatus::Inactive)
        return toInfo(*r);
    // Back to what it was: issued with its certificate, a waiting CSR, or failed.
    const QString status = r->certId ? ManagedStatus::Issued : r->pendingCsr ? ManagedStatus::PendingValidation : ManagedStatus::Failed;
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("UPDATE managed SET status = ?, attempts = 0, due_at = CASE WHEN ? THEN renew_at ELSE NULL END, "
                             "failure_reason = CASE WHEN ? = 'FAILED' AND failure_reason = '' THEN 'reactivated without a certificate: renew to request one' "
                             "ELSE failure_reason END WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(status == ManagedStatus::Issued && !r->pendingCsr);
    q.addBindValue(status);
    q.addBindValue(id);
    if (auto e = exec(q, QStringLiteral("cannot reactivate")); !e)
        return std::unexpected(e.error());
    if (auto e = history(id, QStringLiteral("REACTIVATE"), std::nullopt, QStringLiteral("renewals resume")); !e)
        return std::unexpected(e.error());
    if (auto e = m_inventory.logEvent(QStringLiteral("reactivate"), r->certId, r->domainName, QStringLiteral("mc-%1 is renewed again").arg(id)); !e)
        return std::unexpected(e.error());
    if (auto e = tx.commit(); !e)
        return std::unexpected(e.error());
    return get(id);
}

// --- Renewal -------------------------------------------------------------------------------

Result<QList<RenewalOutcome>> ManagedCertificates::due()
{
    const QDateTime now = m_inventory.clock().now();
    auto r = rows(QStringLiteral("WHERE m.due_at IS NOT NULL AND m.due_at <= ? AND m.status = 'ISSUED' AND m.cert_id IS NOT NULL "
                                 "AND c.revoked_at IS NULL"),
                  {now.toSecsSinceEpoch()}, QStringLiteral("ORDER BY m.due_at, m.id"));
    if (!r)
        return std::unexpected(r.error());
    QList<RenewalOutcome> out;
    for (const Row &row : std::as_const(*r)) {
        RenewalOutcome o;
        o.managedId = row.id;
        o.domainName = row.domainName;
        o.result = QStringLiteral("WOULD_RENEW");
        o.dueAt = row.dueAt;
        o.detail = row.attempts > 0 ? QStringLiteral("retry %1 after: %2").arg(row.attempts + 1).arg(row.renewalReason)
                                    : QStringLiteral("expires %1, renewal due since %2")
                                          .arg(row.notAfter.toString(Qt::ISODate), row.renewAt.toString(Qt::ISODate));
        o.certificateId = row.certId;
        out.append(o);
    }
    return out;
}

Result<bool> ManagedCertificates::claim(qint64 id, bool dueOnly)
{
    const qint64 now = m_inventory.clock().now().toSecsSinceEpoch();
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("UPDATE managed SET claimed_by = ?, claimed_until = ? WHERE id = ? "
                             "AND (claimed_until IS NULL OR claimed_until < ?)")
              + (dueOnly ? QStringLiteral(" AND due_at IS NOT NULL AND due_at <= ? AND status = 'ISSUED'") : QString()));
    q.addBindValue(m_renewerId);
    q.addBindValue(now + kClaimSeconds);
    q.addBindValue(id);
    q.addBindValue(now);
    if (dueOnly)
        q.addBindValue(now);
    if (auto r = exec(q, QStringLiteral("cannot claim mc-%1").arg(id)); !r)
        return std::unexpected(r.error());
    return q.numRowsAffected() == 1;
}

Result<void> ManagedCertificates::release(qint64 id)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("UPDATE managed SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?"));
    q.addBindValue(id);
    q.addBindValue(m_renewerId);
    return exec(q, QStringLiteral("cannot release mc-%1").arg(id));
}

Result<QList<RenewalOutcome>> ManagedCertificates::renewDue(bool dryRun)
{
    if (!dryRun) {
        // ACME first: the CAs' renewal windows (ARI) may make certificates due now, and the
        // pre-flight checks warn days before a renewal would fail. Network trouble there only
        // delays the windows; a locked key store stops the run.
        for (auto step : {&ManagedCertificates::refreshRenewalInfo, &ManagedCertificates::preflightUpcoming}) {
            auto r = (this->*step)();
            if (!r && (r.error().code == ErrorCode::PasswordRequired || r.error().code == ErrorCode::WrongPassword
                       || r.error().code == ErrorCode::Locked || r.error().code == ErrorCode::Database))
                return std::unexpected(r.error());
        }
    }
    auto list = due();
    if (!list || dryRun)
        return list;
    if (list->isEmpty()) {
        QList<RenewalOutcome> out;
        if (auto r = redeployOutOfDate(out); !r)
            return std::unexpected(r.error());
        return out;
    }
    // Renewing signs or stores keys: unlock once, before claiming anything.
    if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
        return std::unexpected(u.error().prefixed(QStringLiteral("%1 certificate(s) are due for renewal, which needs the key store")
                                                      .arg(list->size())));
    QList<RenewalOutcome> out;
    for (const RenewalOutcome &d : std::as_const(*list)) {
        auto claimed = claim(d.managedId, true);
        if (!claimed)
            return std::unexpected(claimed.error());
        if (!*claimed) {
            RenewalOutcome o = d;
            o.result = QStringLiteral("SKIPPED");
            o.detail = QStringLiteral("renewed or being renewed by another renewer");
            o.certificateId.reset();
            out.append(o);
            continue;
        }
        auto r = row(d.managedId);
        if (!r)
            return std::unexpected(r.error());
        auto o = renewClaimed(*r);
        if (!o) {
            release(d.managedId);
            return std::unexpected(o.error());
        }
        o->dueAt = d.dueAt;
        out.append(*o);
    }
    if (auto r = redeployOutOfDate(out); !r)
        return std::unexpected(r.error());
    return out;
}

Result<void> ManagedCertificates::redeployOutOfDate(QList<RenewalOutcome> &out)
{
    // Deployments behind their managed certificate's current one: renewed without a redeployment
    // (an external CA's certificate matched on import), or a redeployment that failed (tried again
    // at most once an hour). Never-run deployments wait for the administrator.
    QSet<qint64> handled;
    for (const RenewalOutcome &o : std::as_const(out))
        handled.insert(o.managedId);
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT DISTINCT m.id, m.domain_name FROM deployments d JOIN managed m ON m.id = d.managed_id "
                             "WHERE d.state <> 'NEW' AND m.cert_id IS NOT NULL "
                             "AND (d.deployed_cert_id IS NULL OR d.deployed_cert_id <> m.cert_id) "
                             "AND (d.last_run_at IS NULL OR d.last_run_at <= ?) ORDER BY m.id"));
    q.addBindValue(m_inventory.clock().now().toSecsSinceEpoch() - 3600);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read out-of-date deployments"), q));
    QList<RenewalOutcome> todo;
    while (q.next()) {
        if (handled.contains(q.value(0).toLongLong()))
            continue;
        RenewalOutcome o;
        o.managedId = q.value(0).toLongLong();
        o.domainName = q.value(1).toString();
        o.result = QStringLiteral("REDEPLOYED");
        o.detail = QStringLiteral("the current certificate had not reached every deployment");
        todo << o;
    }
    for (RenewalOutcome &o : todo) {
        deployRenewed(o);
        out << o;
    }
    return {};
}

Result<RenewalOutcome> ManagedCertificates::renew(qint64 id, bool dryRun)
{
    auto r = row(id);
    if (!r)
        return std::unexpected(r.error());
    const ManagedCertificate info = toInfo(*r);
    if (info.status == ManagedStatus::Inactive)
        return fail(ErrorCode::InvalidInput, QStringLiteral("mc-%1 is inactive: reactivate it first").arg(id));
    if (info.status == ManagedStatus::Revoked)
        return fail(ErrorCode::InvalidInput, QStringLiteral("mc-%1's certificate is revoked: request a new certificate").arg(id));
    if (r->issuerKind == IssuerKind::External && r->pendingCsr)
        return fail(ErrorCode::InvalidInput, QStringLiteral("mc-%1 waits for the external CA to sign its CSR: import the "
                                                            "certificate (its CSR: request csr mc-%1)").arg(id));
    if (dryRun) {
        RenewalOutcome o;
        o.managedId = id;
        o.domainName = r->domainName;
        o.result = QStringLiteral("WOULD_RENEW");
        o.dueAt = r->dueAt;
        o.detail = QStringLiteral("renew now (due %1)").arg(r->renewAt.isValid() ? r->renewAt.toString(Qt::ISODate) : QStringLiteral("—"));
        return o;
    }
    if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
        return std::unexpected(u.error().prefixed(QStringLiteral("renewing needs the key store")));
    auto claimed = claim(id, false);
    if (!claimed)
        return std::unexpected(claimed.error());
    if (!*claimed)
        return fail(ErrorCode::Locked, QStringLiteral("mc-%1 is being renewed by another renewer right now").arg(id));
    auto o = renewClaimed(*r);
    if (!o)
        release(id);
    return o;
}

void ManagedCertificates::deployRenewed(RenewalOutcome &o)
{
    // The new certificate goes where the old one is used: every deployment of the managed
    // certificate runs again (files, reload, endpoint check). A failed deployment does not undo
    // the renewal: it is FAILED on the Deployments page and in the outcome.
    Deployments deployments(m_inventory, m_masterPassword);
    auto runs = deployments.runForManaged(o.managedId);
    if (!runs) {
        o.deploymentsFailed = true;
        o.deployments << QStringLiteral("deployments not run: %1").arg(runs.error().message);
        return;
    }
    for (const DeploymentRun &run : std::as_const(*runs)) {
        auto d = deployments.get(run.deploymentId);
        const QString target = d ? d->targetDir : QString();
        if (!run.ok) {
            o.deploymentsFailed = true;
            o.deployments << QStringLiteral("dep-%1: FAILED: %2").arg(run.deploymentId).arg(run.error);
            continue;
        }
        QString line = QStringLiteral("dep-%1: deployed to %2").arg(run.deploymentId).arg(target);
        if (run.check) {
            line += QStringLiteral(", endpoint %1 %2").arg(run.check->label(), run.check->state);
            if (!run.check->chainProblems.isEmpty())
                line += QStringLiteral(" (chain: %1)").arg(run.check->chainProblems.join(QStringLiteral("; ")));
            if (run.check->state != EndpointState::Current || !run.check->chainProblems.isEmpty())
                o.deploymentsFailed = true;
        }
        o.deployments << line;
    }
}

Result<RenewalOutcome> ManagedCertificates::renewClaimed(const Row &r)
{
    RenewalOutcome o;
    o.managedId = r.id;
    o.domainName = r.domainName;
    o.dueAt = r.dueAt;
    const bool initial = !r.certId; // a FAILED request tried again
    if (r.issuerKind == IssuerKind::External) {
        if (initial && r.pendingCsr)
            return fail(ErrorCode::InvalidInput, QStringLiteral("mc-%1 waits for its certificate").arg(r.id));
        if (auto c = createCsr(r, !initial); !c)
            return std::unexpected(c.error());
        o.result = QStringLiteral("CSR_CREATED");
        o.detail = QStringLiteral("new CSR for the external CA: certdesk-cli request csr mc-%1").arg(r.id);
        return o;
    }
    if (needsAdministrator(r)) {
        if (!initial)
            return waitForAdministrator(r);
    }
    QString failure;
    Certificate issued;
    Result<qint64> certId = needsAdministrator(r) ? Result<qint64>(0) : issue(r, &failure, &issued);
    if (needsAdministrator(r))
        failure = administratorNeeded(r);
    if (!certId)
        return std::unexpected(certId.error());
    if (*certId != 0) {
        if (auto e = installCertificate(r.id, *certId, !initial, &issued); !e)
            return std::unexpected(e.error());
        o.result = QStringLiteral("RENEWED");
        o.certificateId = *certId;
        o.detail = QStringLiteral("serial %1, valid until %2").arg(issued.serial(), issued.notAfter().toString(Qt::ISODate));
        if (!initial)
            deployRenewed(o);
        return o;
    }
    // Failed: remember why and try again after a backoff (1 h doubling, at most a day).
    const int attempts = r.attempts + 1;
    const QDateTime now = m_inventory.clock().now();
    const QDateTime retry = now.addSecs(retryDelaySeconds(attempts));
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery q(m_inventory.database().db());
    if (initial)
        q.prepare(QStringLiteral("UPDATE managed SET failure_reason = ?, attempts = ?, renewal_at = ?, due_at = NULL, "
                                 "claimed_by = NULL, claimed_until = NULL WHERE id = ?"));
    else
        q.prepare(QStringLiteral("UPDATE managed SET renewal_status = 'FAILED', renewal_reason = ?, attempts = ?, renewal_at = ?, "
                                 "due_at = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ?"));
    q.addBindValue(text(failure));
    q.addBindValue(attempts);
    q.addBindValue(now.toSecsSinceEpoch());
    if (initial) {
        q.addBindValue(r.id);
    } else {
        q.addBindValue(retry.toSecsSinceEpoch());
        q.addBindValue(r.id);
    }
    if (auto e = exec(q, QStringLiteral("cannot record the failed renewal")); !e)
        return std::unexpected(e.error());
    const QString detail = initial ? QStringLiteral("request failed again: %1").arg(failure)
                                   : QStringLiteral("attempt %1 failed: %2; next attempt %3").arg(attempts).arg(failure, retry.toString(Qt::ISODate));
    if (auto e = history(r.id, initial ? QStringLiteral("ISSUE_FAILED") : QStringLiteral("RENEW_FAILED"), std::nullopt, detail); !e)
        return std::unexpected(e.error());
    if (auto e = m_inventory.logEvent(QStringLiteral("renew-failed"), r.certId, r.domainName, QStringLiteral("mc-%1: %2").arg(r.id).arg(detail)); !e)
        return std::unexpected(e.error());
    if (auto e = tx.commit(); !e)
        return std::unexpected(e.error());
    o.result = QStringLiteral("FAILED");
    o.detail = detail;
    return o;
}

// --- Counts --------------------------------------------------------------------------------

Result<ManagedCertificates::Counts> countManaged(Database &db, const QDateTime &now)
{
    const qint64 t = now.toSecsSinceEpoch();
    const qint64 timeout = t - qint64(ManagedCertificates::kValidationTimeoutHours) * 3600;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), "
        "COALESCE(SUM(CASE WHEN m.status = 'PENDING_VALIDATION' AND m.requested_at > ? THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN m.status = 'FAILED' OR (m.status = 'PENDING_VALIDATION' AND m.requested_at <= ?) "
        "OR (m.status = 'ISSUED' AND (m.renewal_status = 'FAILED' OR m.preflight_problem != '')) THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN m.status = 'ISSUED' AND m.due_at IS NOT NULL AND m.due_at <= ? THEN 1 ELSE 0 END), 0) "
        "FROM managed m"));
    q.addBindValue(timeout);
    q.addBindValue(timeout);
    q.addBindValue(t + 7 * 86400);
    if (!q.exec() || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot count the managed certificates"), q));
    ManagedCertificates::Counts c;
    c.managed = q.value(0).toLongLong();
    c.pending = q.value(1).toLongLong();
    c.renewalProblems = q.value(2).toLongLong();
    c.dueSoon = q.value(3).toLongLong();
    return c;
}

Result<ManagedCertificates::Counts> ManagedCertificates::counts()
{
    return countManaged(m_inventory.database(), m_inventory.clock().now());
}

} // namespace certdesk::core
