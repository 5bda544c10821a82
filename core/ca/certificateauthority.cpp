#include "ca/certificateauthority.h"

#include "ca/x509build.h"
#include "inventory/certificaterows.h"
#include "inventory/importwriter.h"
#include "inventory/bulkstatement.h"
#include "inventory/sqldialect.h"
#include "x509/importparser.h"
#include "x509/x509util.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace certdesk::core {

using namespace ossl;
using namespace ca;

struct CertificateAuthorities::Row
{
    qint64 id = 0;
    QString name;
    CaKind kind = CaKind::Root;
    QString state; // as stored: ACTIVE, DISABLED, PENDING_CERTIFICATE, DELETED
    std::optional<qint64> certId, parentId, ocspCertId;
    bool externalParent = false;
    qint64 keyId = 0;
    QString subject, keyAlgorithm, signingAlgorithm;
    std::optional<int> pathLength;
    NameConstraints nameConstraints;
    QString crlUrl, ocspUrl, caIssuersUrl;
    int crlLifetimeDays = 7;
    QString crlPublishDir;
    bool shortLived = false;
    QString validity;
    QByteArray csrDer;
    QDateTime createdAt, deletedAt, purgeAt;
    QString stateBeforeDelete;
    Certificate cert; // null while pending
};

// A CA's key, decrypted in memory only, with its certificate (and its delegated OCSP signer).
struct CertificateAuthorities::Signer
{
    PrivateKey key;
    Certificate cert;
    QString algorithm;
    PrivateKey ocspKey;
    Certificate ocspCert;
};

// The statements of the issuing hot path, prepared once per object.
struct CertificateAuthorities::Statements
{
    explicit Statements(QSqlDatabase &db)
        : rows(db),
          insertIssued(db, "INSERT INTO ca_issued (ca_id, serial, cert_id, template, issued_at, not_after) "
                               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
          insertAudit(db, "INSERT INTO ca_audit (ca_id, ca_name, at, action, serial, subject, template, result, "
                              "detail, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          insertEvent(db, "INSERT INTO events (at, kind, cert_id, subject, detail, actor) VALUES (?, ?, ?, ?, ?, ?)"),
          dataVersion(db)
    {
        // PostgreSQL has no such counter: there the rows are read again for every use.
        if (!sql::isPostgres(db))
            dataVersion.prepare(QStringLiteral("PRAGMA data_version"));
    }
    CertificateRows rows;
    BulkStatement insertIssued, insertAudit, insertEvent;
    QSqlQuery dataVersion; // SQLite: changes when another connection commits
};

namespace {

QVariant nullableId(std::optional<qint64> id) { return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong)); }
QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QJsonObject toJson(const NameConstraints &nc)
{
    QJsonObject o;
    auto put = [&o](const char *key, const QStringList &list) {
        if (!list.isEmpty())
            o.insert(QLatin1String(key), QJsonArray::fromStringList(list));
    };
    put("permittedDns", nc.permittedDns);
    put("excludedDns", nc.excludedDns);
    put("permittedIp", nc.permittedIp);
    put("excludedIp", nc.excludedIp);
    put("permittedEmail", nc.permittedEmail);
    put("excludedEmail", nc.excludedEmail);
    return o;
}

NameConstraints nameConstraintsFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto get = [&o](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    return {get("permittedDns"), get("excludedDns"), get("permittedIp"),
            get("excludedIp"),   get("permittedEmail"), get("excludedEmail")};
}

Result<void> execQuery(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return std::unexpected(sqlError(what, q));
    return {};
}

int reasonCode(const QString &reason)
{
    for (int code = 0; code <= 10; ++code)
        if (code != 7 && revocationReasonName(code).compare(reason, Qt::CaseInsensitive) == 0)
            return code;
    return -1;
}

QByteArray i2dCertificate(X509 *x)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(x, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

constexpr int kShortLivedMaxDays = 7;

// Certificates and CRLs carry whole seconds: build and compare in whole seconds.
QDateTime wholeSeconds(const QDateTime &t) { return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC); }

} // namespace

CertificateAuthorities::CertificateAuthorities(Inventory &inventory, MasterPasswordCallback masterPassword)
    : m_inventory(inventory), m_masterPassword(std::move(masterPassword))
{
}

CertificateAuthorities::~CertificateAuthorities() = default;

CertificateAuthorities::Statements &CertificateAuthorities::statements()
{
    if (!m_sql)
        m_sql = std::make_unique<Statements>(m_inventory.database().db());
    return *m_sql;
}

void CertificateAuthorities::lock() { m_signers.clear(); }

// --- Reading ----------------------------------------------------------------------------

Result<QList<CertificateAuthorities::Row>> CertificateAuthorities::rows(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_inventory.database().db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.name, a.kind, a.state, a.cert_id, a.parent_id, a.external_parent, a.key_id, "
                             "a.subject, a.key_algorithm, a.signing_algorithm, a.path_length, a.name_constraints, "
                             "a.crl_url, a.ocsp_url, a.ca_issuers_url, a.crl_lifetime_days, a.crl_publish_dir, "
                             "a.short_lived, a.validity, a.csr_der, a.ocsp_cert_id, a.created_at, a.deleted_at, "
                             "a.purge_at, a.state_before_delete, d.der FROM cas a "
                             "LEFT JOIN certificate_der d ON d.cert_id = a.cert_id ")
              + where + QStringLiteral(" ORDER BY a.id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto r = execQuery(q, QStringLiteral("cannot read the CAs")); !r)
        return std::unexpected(r.error());
    QList<Row> out;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.kind = q.value(2).toString() == QLatin1String("ROOT") ? CaKind::Root : CaKind::Subordinate;
        r.state = q.value(3).toString();
        if (!q.value(4).isNull())
            r.certId = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            r.parentId = q.value(5).toLongLong();
        r.externalParent = q.value(6).toBool();
        r.keyId = q.value(7).toLongLong();
        r.subject = q.value(8).toString();
        r.keyAlgorithm = q.value(9).toString();
        r.signingAlgorithm = q.value(10).toString();
        if (!q.value(11).isNull())
            r.pathLength = q.value(11).toInt();
        r.nameConstraints = nameConstraintsFromJson(q.value(12).toByteArray());
        r.crlUrl = q.value(13).toString();
        r.ocspUrl = q.value(14).toString();
        r.caIssuersUrl = q.value(15).toString();
        r.crlLifetimeDays = q.value(16).toInt();
        r.crlPublishDir = q.value(17).toString();
        r.shortLived = q.value(18).toBool();
        r.validity = q.value(19).toString();
        r.csrDer = q.value(20).toByteArray();
        if (!q.value(21).isNull())
            r.ocspCertId = q.value(21).toLongLong();
        r.createdAt = fromSecs(q.value(22));
        r.deletedAt = fromSecs(q.value(23));
        r.purgeAt = fromSecs(q.value(24));
        r.stateBeforeDelete = q.value(25).toString();
        if (!q.value(26).isNull()) {
            // CA certificates are read on every issue: parse each once.
            const QByteArray der = q.value(26).toByteArray();
            if (auto cached = m_caCertificates.constFind(*r.certId); cached != m_caCertificates.constEnd() && cached->der() == der) {
                r.cert = *cached;
            } else {
                auto cert = Certificate::fromDer(der);
                if (!cert)
                    return std::unexpected(cert.error().prefixed(QStringLiteral("CA %1").arg(r.name)));
                r.cert = *cert;
                m_caCertificates.insert(*r.certId, r.cert);
            }
        }
        out.append(r);
    }
    return out;
}

// Every issue reads its CA's row: rows are kept until the inventory changes under us. Another
// connection's commit shows in SQLite's data_version; this object's own changes to cas forget
// the rows themselves (forgetRows).
Result<CertificateAuthorities::Row> CertificateAuthorities::row(qint64 caId)
{
    QSqlQuery &version = statements().dataVersion;
    const qint64 now = !m_inventory.database().isPostgres() && version.exec() && version.next()
        ? version.value(0).toLongLong()
        : -1;
    version.finish();
    if (now < 0 || now != m_rowsVersion) {
        m_rows.clear();
        m_rowsVersion = now;
    }
    if (auto cached = m_rows.constFind(caId); cached != m_rows.constEnd())
        return *cached;
    auto found = rows(QStringLiteral("WHERE a.id = ?"), {caId});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, QStringLiteral("no CA with id %1").arg(caId));
    m_rows.insert(caId, found->first());
    return found->first();
}

CaState CertificateAuthorities::stateOf(const Row &r) const
{
    if (r.state == QLatin1String("DELETED"))
        return CaState::Deleted;
    if (r.state == QLatin1String("PENDING_CERTIFICATE"))
        return CaState::PendingCertificate;
    if (!r.cert.isNull() && r.cert.isExpiredAt(wholeSeconds(m_inventory.clock().now())))
        return CaState::Expired;
    return r.state == QLatin1String("DISABLED") ? CaState::Disabled : CaState::Active;
}

CaInfo CertificateAuthorities::toInfo(const Row &r)
{
    CaInfo i;
    i.id = r.id;
    i.name = r.name;
    i.kind = r.kind;
    i.state = stateOf(r);
    i.certificateId = r.certId;
    i.parentId = r.parentId;
    i.externalParent = r.externalParent;
    i.subject = r.cert.isNull() ? r.subject : r.cert.subject().rfc4514;
    i.keyAlgorithm = r.keyAlgorithm;
    i.signingAlgorithm = r.signingAlgorithm;
    i.pathLength = r.pathLength;
    i.nameConstraints = r.nameConstraints;
    i.crlUrl = r.crlUrl;
    i.ocspUrl = r.ocspUrl;
    i.caIssuersUrl = r.caIssuersUrl;
    i.crlLifetimeDays = r.crlLifetimeDays;
    i.crlPublishDir = r.crlPublishDir;
    i.shortLived = r.shortLived;
    if (!r.cert.isNull()) {
        i.notBefore = r.cert.notBefore();
        i.notAfter = r.cert.notAfter();
    }
    i.createdAt = r.createdAt;
    i.deletedAt = r.deletedAt;
    i.purgeAt = r.purgeAt;
    i.ocspSignerCertificateId = r.ocspCertId;
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT crl_number, this_update, next_update FROM ca_crls WHERE ca_id = ? "
                             "ORDER BY crl_number DESC LIMIT 1"));
    q.addBindValue(r.id);
    if (q.exec() && q.next()) {
        i.crlNumber = q.value(0).toLongLong();
        i.crlThisUpdate = fromSecs(q.value(1));
        i.crlNextUpdate = fromSecs(q.value(2));
    }
    q.prepare(QStringLiteral("SELECT COUNT(*), COUNT(revoked_at) FROM ca_issued WHERE ca_id = ?"));
    q.addBindValue(r.id);
    if (q.exec() && q.next()) {
        i.issuedCount = q.value(0).toLongLong();
        i.revokedCount = q.value(1).toLongLong();
    }
    return i;
}

Result<QList<CaInfo>> CertificateAuthorities::list(bool includeDeleted)
{
    auto all = rows(includeDeleted ? QString() : QStringLiteral("WHERE a.state <> 'DELETED'"), {});
    if (!all)
        return std::unexpected(all.error());
    QList<CaInfo> out;
    for (const Row &r : *all)
        out.append(toInfo(r));
    return out;
}

Result<CaInfo> CertificateAuthorities::info(qint64 caId)
{
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    return toInfo(*r);
}

Result<CaInfo> CertificateAuthorities::find(const QString &ref)
{
    auto byName = rows(QStringLiteral("WHERE a.name = ?"), {ref});
    if (!byName)
        return std::unexpected(byName.error());
    if (!byName->isEmpty())
        return toInfo(byName->first());
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    if (isNumber)
        return info(id);
    return fail(ErrorCode::NotFound, QStringLiteral("no CA named \"%1\" (see ca list)").arg(ref));
}

Result<CertificateAuthorities::CaRef> CertificateAuthorities::resolve(const QString &ref)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT id, name FROM cas WHERE name = ? UNION ALL SELECT id, name FROM cas WHERE id = ? LIMIT 1"));
    q.addBindValue(ref);
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    q.addBindValue(isNumber ? QVariant(id) : QVariant(qint64(-1)));
    if (auto r = execQuery(q, QStringLiteral("cannot read the CAs")); !r)
        return std::unexpected(r.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("no CA named \"%1\" (see ca list)").arg(ref));
    return CaRef{q.value(0).toLongLong(), q.value(1).toString()};
}

std::optional<qint64> CertificateAuthorities::caOfCertificate(qint64 certificateId)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT id FROM cas WHERE cert_id = ?"));
    q.addBindValue(certificateId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Result<CertificateAuthorities::IssuedRef> CertificateAuthorities::issuedBy(qint64 certificateId)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT ca_id, serial, template FROM ca_issued WHERE cert_id = ?"));
    q.addBindValue(certificateId);
    if (auto r = execQuery(q, QStringLiteral("cannot read the issued certificates")); !r)
        return std::unexpected(r.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("certificate %1 was not issued by a certdesk CA").arg(certificateId));
    return IssuedRef{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

namespace {

// The WHERE clause of a CA's issued list: the CA, and the search over serial, name, subject, template.
QString issuedWhere(const QSqlDatabase &db, const QString &search, QVariantList *values)
{
    QString where = QStringLiteral("i.ca_id = ?");
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return where;
    QString escaped = needle;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("%"), QLatin1String("\\%")).replace(QLatin1String("_"), QLatin1String("\\_"));
    const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
    QString serial = escaped;
    serial.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    where += QStringLiteral(" AND (i.serial %1 ? ESCAPE '\\' OR c.domain_name %1 ? ESCAPE '\\' OR c.subject %1 ? ESCAPE '\\' "
                            "OR i.template %1 ? ESCAPE '\\')")
                 .arg(sql::ilike(db));
    *values << QVariant(QLatin1Char('%') + serial.toUpper() + QLatin1Char('%')) << like << like << like;
    return where;
}

} // namespace

Result<QList<IssuedEntry>> CertificateAuthorities::issued(qint64 caId, const IssuedQuery &query, int limit, int offset)
{
    const qint64 now = wholeSeconds(m_inventory.clock().now()).toSecsSinceEpoch();
    // Status as the inventory computes it: revoked, expired, not yet valid, else issued.
    const QString status = QStringLiteral("CASE WHEN i.revoked_at IS NOT NULL THEN 'REVOKED' WHEN i.not_after < %1 THEN 'EXPIRED' "
                                          "WHEN c.not_before > %1 THEN 'NOT_YET_VALID' ELSE 'ISSUED' END").arg(now);
    QString order;
    const QString c = query.sortColumn.toLower();
    if (c == QLatin1String("serial"))
        order = QStringLiteral("i.serial");
    else if (c == QLatin1String("subject"))
        order = sql::nocase(m_inventory.database().db(), QStringLiteral("c.domain_name"));
    else if (c == QLatin1String("template"))
        order = QStringLiteral("i.template");
    else if (c == QLatin1String("issued_at"))
        order = QStringLiteral("i.issued_at");
    else if (c == QLatin1String("not_after"))
        order = QStringLiteral("i.not_after");
    else if (c == QLatin1String("status"))
        order = status;
    else
        return fail(ErrorCode::InvalidInput, QStringLiteral("cannot sort issued certificates by \"%1\"").arg(query.sortColumn));
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    QVariantList values{caId};
    const QString where = issuedWhere(m_inventory.database().db(), query.search, &values);
    QSqlQuery q(m_inventory.database().db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.cert_id, i.serial, c.domain_name, c.subject, i.template, i.issued_at, c.not_before, "
                             "i.not_after, %1, i.revoked_at, i.invalidity_date, i.reason "
                             "FROM ca_issued i LEFT JOIN certificates c ON c.id = i.cert_id WHERE %2 "
                             "ORDER BY %3%4, i.serial%4 %5 OFFSET ?")
                  .arg(status, where, order, dir, sql::limit(m_inventory.database().db(), limit)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(qMax(0, offset));
    if (auto e = execQuery(q, QStringLiteral("cannot read the issued certificates")); !e)
        return std::unexpected(e.error());
    QList<IssuedEntry> out;
    while (q.next()) {
        IssuedEntry e;
        if (!q.value(0).isNull())
            e.certificateId = q.value(0).toLongLong();
        e.serial = q.value(1).toString();
        e.domainName = q.value(2).toString();
        e.subject = q.value(3).toString();
        e.templateName = q.value(4).toString();
        e.issuedAt = fromSecs(q.value(5));
        e.notBefore = fromSecs(q.value(6));
        e.notAfter = fromSecs(q.value(7));
        e.status = q.value(8).toString();
        e.revokedAt = fromSecs(q.value(9));
        e.invalidityDate = fromSecs(q.value(10));
        e.revocationReason = q.value(11).toString();
        out.append(e);
    }
    return out;
}

Result<IssuedCounts> CertificateAuthorities::issuedCounts(qint64 caId, const QString &search)
{
    QVariantList values{caId};
    const QString where = issuedWhere(m_inventory.database().db(), search, &values);
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT COUNT(*), COUNT(i.revoked_at) FROM ca_issued i LEFT JOIN certificates c ON c.id = i.cert_id WHERE ")
              + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto e = execQuery(q, QStringLiteral("cannot count the issued certificates")); !e)
        return std::unexpected(e.error());
    if (!q.next())
        return IssuedCounts{};
    return IssuedCounts{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<QList<Certificate>> CertificateAuthorities::chain(qint64 caId)
{
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    if (!r->certId)
        return fail(ErrorCode::NotFound, QStringLiteral("CA %1 has no certificate yet (%2)").arg(r->name, r->state));
    QList<Certificate> out{r->cert};
    auto up = m_inventory.issuerChain(*r->certId);
    if (!up)
        return std::unexpected(up.error());
    out.append(*up);
    return out;
}

// --- Audit --------------------------------------------------------------------------------

Result<void> CertificateAuthorities::audit(const Row &r, const QString &action, const QString &serial,
                                           const QString &subject, const QString &templateName, const QString &result,
                                           const QString &detail)
{
    BulkStatement &q = statements().insertAudit;
    q.bind(1, r.id);
    q.bind(2, r.name);
    q.bind(3, m_inventory.clock().now().toSecsSinceEpoch());
    q.bind(4, action);
    q.bind(5, serial);
    q.bind(6, subject);
    q.bind(7, templateName);
    q.bind(8, result);
    q.bind(9, detail);
    q.bind(10, m_inventory.actor());
    return q.exec("cannot write the CA audit log");
}

Result<QList<AuditEntry>> CertificateAuthorities::auditLog(qint64 caId)
{
    QSqlQuery q(m_inventory.database().db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, ca_name, action, serial, subject, template, result, detail, actor "
                             "FROM ca_audit WHERE ca_id = ? ORDER BY id"));
    q.addBindValue(caId);
    if (auto r = execQuery(q, QStringLiteral("cannot read the CA audit log")); !r)
        return std::unexpected(r.error());
    QList<AuditEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), fromSecs(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString(), q.value(9).toString()});
    return out;
}

Result<QByteArray> CertificateAuthorities::auditReport(qint64 caId, const QString &format)
{
    const QString f = format.toLower();
    if (f != QLatin1String("csv") && f != QLatin1String("json"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("audit report format \"%1\": use csv or json").arg(format));
    auto log = auditLog(caId);
    if (!log)
        return std::unexpected(log.error());
    if (f == QLatin1String("json")) {
        QJsonArray a;
        for (const AuditEntry &e : *log)
            a.append(QJsonObject{{QStringLiteral("time"), e.at.toString(Qt::ISODate)},
                                 {QStringLiteral("ca"), e.ca},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("serial"), e.serial},
                                 {QStringLiteral("subject"), e.subject},
                                 {QStringLiteral("template"), e.templateName},
                                 {QStringLiteral("result"), e.result},
                                 {QStringLiteral("detail"), e.detail},
                                 {QStringLiteral("actor"), e.actor}});
        return QJsonDocument(a).toJson(QJsonDocument::Indented);
    }
    auto field = [](const QString &v) {
        if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n'))
            && !v.contains(QLatin1Char('\r')))
            return v;
        QString quoted = v;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    };
    QByteArray out = "time,ca,action,serial,subject,template,result,detail,actor\r\n";
    for (const AuditEntry &e : *log) {
        const QStringList cols{e.at.toString(Qt::ISODate), e.ca, e.action, e.serial, e.subject,
                               e.templateName, e.result, e.detail, e.actor};
        QStringList quoted;
        for (const QString &c : cols)
            quoted << field(c);
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

// --- Keys -------------------------------------------------------------------------------------

Result<qint64> CertificateAuthorities::storeKey(const PrivateKey &key)
{
    return m_inventory.storeKey(key);
}

Result<std::shared_ptr<CertificateAuthorities::Signer>> CertificateAuthorities::signer(const Row &r)
{
    if (auto it = m_signers.constFind(r.id); it != m_signers.constEnd() && (*it)->cert == r.cert)
        return *it;
    if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
        return std::unexpected(u.error().prefixed(QStringLiteral("CA %1's key").arg(r.name)));
    auto decrypt = [this](const QString &where, const QVariant &value) -> Result<PrivateKey> {
        QSqlQuery q(m_inventory.database().db());
        q.prepare(QStringLiteral("SELECT encrypted_pkcs8 FROM private_keys WHERE ") + where);
        q.addBindValue(value);
        if (auto e = execQuery(q, QStringLiteral("cannot read the key")); !e)
            return std::unexpected(e.error());
        if (!q.next())
            return fail(ErrorCode::NotFound, QStringLiteral("the key is missing from the key store"));
        return m_inventory.keyStore().decrypt(q.value(0).toByteArray());
    };
    auto key = decrypt(QStringLiteral("id = ?"), r.keyId);
    if (!key)
        return std::unexpected(key.error().prefixed(QStringLiteral("CA %1's key").arg(r.name)));
    auto s = std::make_shared<Signer>();
    s->key = *key;
    s->cert = r.cert;
    s->algorithm = r.signingAlgorithm;
    if (r.ocspCertId) {
        auto cert = m_inventory.certificate(*r.ocspCertId);
        if (cert) {
            auto ocspKey = decrypt(QStringLiteral("spki_sha256 = ?"), cert->publicKeySha256());
            if (ocspKey) {
                s->ocspCert = *cert;
                s->ocspKey = *ocspKey;
            }
        }
    }
    m_signers.insert(r.id, s);
    return s;
}

// --- Creating CAs -------------------------------------------------------------------------------

Result<void> CertificateAuthorities::checkCanIssue(const Row &r)
{
    switch (stateOf(r)) {
    case CaState::Active:
        return {};
    case CaState::Disabled:
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is disabled: it issues nothing (ca enable %1)").arg(r.name));
    case CaState::Expired:
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 expired on %2: it issues nothing")
                                                 .arg(r.name, r.cert.notAfter().toString(Qt::ISODate)));
    case CaState::PendingCertificate:
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 waits for its certificate (ca csr %1, then ca import-cert %1)")
                                                 .arg(r.name));
    case CaState::Deleted:
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is deleted (ca restore %1)").arg(r.name));
    }
    return {};
}

Result<QList<NameConstraints>> CertificateAuthorities::constraintsOf(const Row &r)
{
    QList<NameConstraints> out;
    std::optional<qint64> next = r.id;
    QSet<qint64> seen;
    while (next && !seen.contains(*next)) {
        seen.insert(*next);
        auto current = *next == r.id ? Result<Row>(r) : row(*next);
        if (!current)
            return std::unexpected(current.error());
        if (!current->nameConstraints.isEmpty())
            out.append(current->nameConstraints);
        next = current->parentId;
    }
    return out;
}

Result<CaInfo> CertificateAuthorities::create(const CaConfig &config)
{
    const auto forget = qScopeGuard([this] { m_rows.clear(); }); // cas changes (or a failed change rolls back)
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!nameRe.match(config.name).hasMatch())
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA name \"%1\": use 1 to 64 letters, digits, '.', '_' or '-', "
                                                            "starting with a letter or digit").arg(config.name));
    bool number = false;
    config.name.toLongLong(&number);
    if (number)
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA name \"%1\" is a number: numbers refer to CA ids").arg(config.name));
    if (auto existing = rows(QStringLiteral("WHERE a.name = ?"), {config.name}); !existing)
        return std::unexpected(existing.error());
    else if (!existing->isEmpty())
        return fail(ErrorCode::Duplicate, QStringLiteral("a CA named \"%1\" exists already").arg(config.name));
    if (!caKeyAlgorithms().contains(config.keyAlgorithm))
        return fail(ErrorCode::InvalidInput, QStringLiteral("unknown key algorithm \"%1\" (one of %2)")
                                                 .arg(config.keyAlgorithm, caKeyAlgorithms().join(QStringLiteral(", "))));
    const QString signing = config.signingAlgorithm.isEmpty() ? signingAlgorithmsFor(config.keyAlgorithm).value(0)
                                                              : config.signingAlgorithm.toUpper();
    if (!signingAlgorithmsFor(config.keyAlgorithm).contains(signing))
        return fail(ErrorCode::InvalidInput, QStringLiteral("a %1 key cannot sign with %2 (one of %3)")
                                                 .arg(config.keyAlgorithm, signing,
                                                      signingAlgorithmsFor(config.keyAlgorithm).join(QStringLiteral(", "))));
    if (config.crlLifetimeDays < 1 || config.crlLifetimeDays > 5000)
        return fail(ErrorCode::InvalidInput, QStringLiteral("CRL lifetime %1 days: use 1 to 5000").arg(config.crlLifetimeDays));
    if (config.pathLength && (*config.pathLength < 0 || *config.pathLength > 10))
        return fail(ErrorCode::InvalidInput, QStringLiteral("path length %1: use 0 to 10").arg(*config.pathLength));
    for (const QString &url : {config.crlUrl, config.ocspUrl, config.caIssuersUrl}) {
        const QUrl u(url, QUrl::StrictMode);
        if (!url.isEmpty() && (!u.isValid() || u.scheme().isEmpty() || u.host().isEmpty()))
            return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a URL like http://pki.example/ca.crl").arg(url));
    }
    auto subject = parseDistinguishedName(config.subject);
    if (!subject)
        return std::unexpected(subject.error().prefixed(QStringLiteral("subject")));
    // Name constraints: check their syntax by building them once.
    if (!config.nameConstraints.isEmpty()) {
        for (const QString &ip : config.nameConstraints.permittedIp + config.nameConstraints.excludedIp)
            if (QHostAddress::parseSubnet(ip).first.isNull() || !ip.contains(QLatin1Char('/')))
                return fail(ErrorCode::InvalidInput, QStringLiteral("name constraint \"%1\" is not an address range like 10.0.0.0/8").arg(ip));
    }

    const QDateTime now = wholeSeconds(m_inventory.clock().now());
    std::optional<Row> parent;
    std::shared_ptr<Signer> parentSigner;
    if (config.kind == CaKind::Subordinate && !config.externalParent) {
        if (config.parent.isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("a subordinate CA needs a parent CA (or an external parent)"));
        auto p = find(config.parent);
        if (!p)
            return std::unexpected(p.error());
        auto pr = row(p->id);
        if (!pr)
            return std::unexpected(pr.error());
        if (auto ok = checkCanIssue(*pr); !ok)
            return std::unexpected(ok.error());
        if (pr->pathLength && *pr->pathLength < 1)
            return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 has path length 0: it cannot sign CA certificates").arg(pr->name));
        if (pr->pathLength && config.pathLength && *config.pathLength >= *pr->pathLength)
            return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 has path length %2: a CA below it can have at most %3")
                                                     .arg(pr->name).arg(*pr->pathLength).arg(*pr->pathLength - 1));
        if (config.validity.endFrom(now) > pr->cert.notAfter())
            return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is valid until %2: it cannot sign a CA valid until %3")
                                                     .arg(pr->name, pr->cert.notAfter().toString(Qt::ISODate),
                                                          config.validity.endFrom(now).toString(Qt::ISODate)));
        parent = *pr;
    } else if (config.kind == CaKind::Root && (config.externalParent || !config.parent.isEmpty())) {
        return fail(ErrorCode::InvalidInput, QStringLiteral("a root CA has no parent"));
    }
    if (config.validity.endFrom(now) <= now)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the validity ends before it starts"));

    // The password first: a wrong one must fail before minutes of key generation.
    if (auto u = m_inventory.keyStore().ensureUnlocked(m_masterPassword); !u)
        return std::unexpected(u.error());
    if (parent) {
        auto s = signer(*parent);
        if (!s)
            return std::unexpected(s.error());
        parentSigner = *s;
    }
    auto key = generatePrivateKey(config.keyAlgorithm);
    if (!key)
        return std::unexpected(key.error());

    std::optional<std::optional<int>> childPathLength; // for the parent's record
    Certificate cert;
    QByteArray csrDer;
    QString serialHex;
    if (config.externalParent) {
        auto csr = buildCaCsr(subject->get(), key->handle(), signing, config.pathLength);
        if (!csr)
            return std::unexpected(csr.error());
        csrDer = *csr;
    } else {
        auto serial = randomSerial();
        if (!serial)
            return std::unexpected(serial.error());
        CertificateSpec spec;
        spec.subject = subject->get();
        spec.publicKey = key->handle();
        spec.serial = serial->get();
        spec.notBefore = now.addSecs(-3600);
        spec.notAfter = config.validity.endFrom(now);
        spec.keyUsages = {QStringLiteral("DIGITAL_SIGNATURE"), QStringLiteral("CERTIFICATE_SIGNING"), QStringLiteral("CRL_SIGNING")};
        spec.ca = true;
        spec.pathLength = config.pathLength;
        if (parent && parent->pathLength && !config.pathLength)
            spec.pathLength = *parent->pathLength - 1;
        spec.nameConstraints = config.nameConstraints;
        if (parent) {
            spec.notBefore = std::max(spec.notBefore, parent->cert.notBefore());
            spec.crlUrl = parent->crlUrl;
            spec.ocspUrl = parent->ocspUrl;
            spec.caIssuersUrl = parent->caIssuersUrl;
        }
        auto x = buildCertificate(spec, parent ? parent->cert.handle() : nullptr,
                                  parent ? parentSigner->key.handle() : key->handle(),
                                  parent ? parent->signingAlgorithm : signing);
        if (!x)
            return std::unexpected(x.error());
        auto parsed = Certificate::fromDer(i2dCertificate(x->get()));
        if (!parsed)
            return std::unexpected(parsed.error());
        cert = *parsed;
        serialHex = cert.serial();
        childPathLength = spec.pathLength;
    }

    Database::Transaction tx(m_inventory.database().db());
    auto keyId = storeKey(*key);
    if (!keyId)
        return std::unexpected(keyId.error());
    std::optional<qint64> certId;
    if (!cert.isNull()) {
        auto inserted = statements().rows.insert(cert, parent ? parent->certId : std::nullopt, now.toSecsSinceEpoch(),
                                                 QStringLiteral("PRIVATE"));
        if (!inserted)
            return std::unexpected(inserted.error());
        certId = *inserted;
    }
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("INSERT INTO cas (name, kind, state, cert_id, parent_id, external_parent, key_id, subject, "
                             "key_algorithm, signing_algorithm, path_length, name_constraints, crl_url, ocsp_url, "
                             "ca_issuers_url, crl_lifetime_days, crl_publish_dir, short_lived, validity, csr_der, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(config.name);
    q.addBindValue(caKindName(config.kind));
    q.addBindValue(config.externalParent ? QStringLiteral("PENDING_CERTIFICATE") : QStringLiteral("ACTIVE"));
    q.addBindValue(nullableId(certId));
    q.addBindValue(nullableId(parent ? std::optional<qint64>(parent->id) : std::nullopt));
    q.addBindValue(config.externalParent ? 1 : 0);
    q.addBindValue(*keyId);
    q.addBindValue(cert.isNull() ? toDistinguishedName(subject->get()).rfc4514 : cert.subject().rfc4514);
    q.addBindValue(config.keyAlgorithm);
    q.addBindValue(signing);
    const std::optional<int> pathLength = childPathLength ? *childPathLength : config.pathLength;
    q.addBindValue(pathLength ? QVariant(*pathLength) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(toJson(config.nameConstraints)).toJson(QJsonDocument::Compact)));
    q.addBindValue(text(config.crlUrl));
    q.addBindValue(text(config.ocspUrl));
    q.addBindValue(text(config.caIssuersUrl));
    q.addBindValue(config.crlLifetimeDays);
    q.addBindValue(text(config.crlPublishDir));
    q.addBindValue(config.shortLived ? 1 : 0);
    q.addBindValue(config.validity.toString());
    q.addBindValue(csrDer.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(csrDer));
    q.addBindValue(now.toSecsSinceEpoch());
    if (auto r = execQuery(q, QStringLiteral("cannot store the CA")); !r)
        return std::unexpected(r.error());
    const qint64 caId = returnedId(q);
    auto created = row(caId);
    if (!created)
        return std::unexpected(created.error());
    const QString subjectText = created->subject;
    if (parent) {
        BulkStatement &issued = statements().insertIssued;
        issued.bind(1, parent->id);
        issued.bind(2, serialHex);
        issued.bind(3, *certId);
        const QString tmpl = pathLength ? QStringLiteral("SubordinateCA_PathLen%1").arg(*pathLength) : QStringLiteral("SubordinateCA");
        issued.bind(4, tmpl);
        issued.bind(5, now.toSecsSinceEpoch());
        issued.bind(6, cert.notAfter().toSecsSinceEpoch());
        if (auto r = issued.exec("cannot record the serial"); !r)
            return std::unexpected(r.error());
        if (auto r = audit(*parent, QStringLiteral("ISSUE"), serialHex, subjectText, tmpl, QStringLiteral("SUCCESS"),
                           QStringLiteral("subordinate CA %1").arg(config.name));
            !r)
            return std::unexpected(r.error());
    }
    const QString detail = config.externalParent ? QStringLiteral("%1 key, CSR for an external parent").arg(config.keyAlgorithm)
                           : parent ? QStringLiteral("%1 key, signed by CA %2").arg(config.keyAlgorithm, parent->name)
                                    : QStringLiteral("%1 key, self-signed").arg(config.keyAlgorithm);
    if (auto r = audit(*created, QStringLiteral("CREATE"), serialHex, subjectText,
                       config.kind == CaKind::Root ? QStringLiteral("RootCA") : QString(), QStringLiteral("SUCCESS"), detail);
        !r)
        return std::unexpected(r.error());
    if (auto r = m_inventory.logEvent(QStringLiteral("ca-create"), certId, subjectText,
                                      QStringLiteral("CA %1: %2").arg(config.name, detail));
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return toInfo(*created);
}

Result<QByteArray> CertificateAuthorities::csrPem(qint64 caId)
{
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    if (r->csrDer.isEmpty())
        return fail(ErrorCode::NotFound, QStringLiteral("CA %1 has no CSR: only a CA created for an external parent "
                                                        "has one, until its certificate is installed").arg(r->name));
    return derToPem(r->csrDer, "CERTIFICATE REQUEST");
}

Result<CaInfo> CertificateAuthorities::importCertificate(qint64 caId, const QByteArray &data)
{
    const auto forget = qScopeGuard([this] { m_rows.clear(); }); // cas changes (or a failed change rolls back)
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    if (r->state != QLatin1String("PENDING_CERTIFICATE"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is %2: only a CA waiting for its certificate takes one")
                                                 .arg(r->name, r->state));
    const ParsedFile file = ImportParser().parse(QStringLiteral("the CA certificate"), data);
    if (file.certificates.isEmpty())
        return fail(ErrorCode::InvalidInput, file.errors.isEmpty() ? QStringLiteral("no certificate in the data")
                                                                   : file.errors.first().message);
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT spki_sha256 FROM private_keys WHERE id = ?"));
    q.addBindValue(r->keyId);
    if (auto e = execQuery(q, QStringLiteral("cannot read the CA key")); !e || !q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("CA %1's key is missing").arg(r->name));
    const QByteArray spki = q.value(0).toByteArray();
    Certificate caCert;
    QList<Certificate> others;
    for (const Certificate &c : file.certificates) {
        if (caCert.isNull() && c.publicKeySha256() == spki)
            caCert = c;
        else
            others.append(c);
    }
    if (caCert.isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("none of the %1 certificate(s) is for CA %2's key: was the CSR of "
                                                            "another CA signed?").arg(file.certificates.size()).arg(r->name));
    if (!caCert.isCa())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the certificate for CA %1's key is not a CA certificate "
                                                            "(basic constraints cA is not set)").arg(r->name));
    if (caCert.subject().rfc4514 != r->subject)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the certificate's subject \"%1\" is not the CA's \"%2\"")
                                                 .arg(caCert.subject().rfc4514, r->subject));
    if (caCert.isExpiredAt(m_inventory.clock().now()))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the certificate expired on %1").arg(caCert.notAfter().toString(Qt::ISODate)));
    // The chain must be complete: each certificate's issuer in the data or the inventory, up to a root.
    Certificate current = caCert;
    for (int depth = 0; depth < 16 && !current.isSelfSigned(); ++depth) {
        QList<Certificate> candidates = others;
        if (auto known = m_inventory.issuerCandidates(current); known)
            candidates.append(*known);
        std::optional<Certificate> issuer;
        for (const Certificate &c : candidates) {
            EVP_PKEY *k = X509_get0_pubkey(c.handle());
            if (c.isCa() && k && X509_verify(current.handle(), k) == 1) {
                issuer = c;
                break;
            }
            clearErrors();
        }
        if (!issuer)
            return fail(ErrorCode::InvalidInput, QStringLiteral("the chain is incomplete: the issuer of \"%1\" (%2) is neither "
                                                                "in the data nor in the inventory")
                                                     .arg(current.subject().rfc4514, current.issuer().rfc4514));
        current = *issuer;
    }
    // Import the chain as ordinary certificates (the issuer links come from the import).
    {
        ImportWriter writer(m_inventory, m_masterPassword, false);
        QList<ParsedFile> batch{file};
        ImportReport report;
        writer.write(batch, report);
        writer.finish(report);
        if (!report.failures.isEmpty() && report.imported + report.duplicates == 0)
            return std::unexpected(report.failures.first());
    }
    QSqlQuery find(m_inventory.database().db());
    find.prepare(QStringLiteral("SELECT id FROM certificates WHERE sha256 = ?"));
    find.addBindValue(caCert.sha256());
    if (auto e = execQuery(find, QStringLiteral("cannot find the CA certificate")); !e || !find.next())
        return fail(ErrorCode::Database, QStringLiteral("the CA certificate was not stored"));
    const qint64 certId = find.value(0).toLongLong();
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery u(m_inventory.database().db());
    u.prepare(QStringLiteral("UPDATE cas SET cert_id = ?, state = 'ACTIVE', csr_der = NULL, path_length = ? WHERE id = ?"));
    u.addBindValue(certId);
    const int pl = caCert.basicConstraints().pathLength;
    u.addBindValue(pl >= 0 ? QVariant(pl) : QVariant(QMetaType(QMetaType::Int)));
    u.addBindValue(caId);
    if (auto e = execQuery(u, QStringLiteral("cannot activate the CA")); !e)
        return std::unexpected(e.error());
    if (auto e = audit(*r, QStringLiteral("IMPORT_CERT"), caCert.serial(), caCert.subject().rfc4514, QString(),
                       QStringLiteral("SUCCESS"), QStringLiteral("issued by %1").arg(caCert.issuer().rfc4514));
        !e)
        return std::unexpected(e.error());
    if (auto e = m_inventory.logEvent(QStringLiteral("ca-activate"), certId, caCert.subject().rfc4514,
                                      QStringLiteral("CA %1 installed its certificate from %2").arg(r->name, caCert.issuer().rfc4514));
        !e)
        return std::unexpected(e.error());
    if (auto e = tx.commit(); !e)
        return std::unexpected(e.error());
    m_rows.clear();
    return info(caId);
}

// --- States -----------------------------------------------------------------------------------

namespace {

Result<void> setState(QSqlDatabase &db, qint64 caId, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(caId);
    return execQuery(q, QStringLiteral("cannot change the CA's state"));
}

} // namespace

Result<void> CertificateAuthorities::switchState(qint64 caId, const QString &from, const QString &to, const QString &action)
{
    const auto forget = qScopeGuard([this] { m_rows.clear(); }); // cas changes (or a failed change rolls back)
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    const QString verb = action.toLower() + QLatin1Char('d'); // disabled, enabled
    if (r->state != from)
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is %2: only a CA that is %3 can be %4")
                                                 .arg(r->name, r->state, from, verb));
    Database::Transaction tx(m_inventory.database().db());
    if (auto e = setState(m_inventory.database().db(), caId, QStringLiteral("UPDATE cas SET state = ? WHERE id = ?"), {to}); !e)
        return e;
    if (auto e = audit(*r, action, {}, r->subject, {}, QStringLiteral("SUCCESS")); !e)
        return e;
    if (auto e = m_inventory.logEvent(QStringLiteral("ca-") + action.toLower(), r->certId, r->subject,
                                      QStringLiteral("CA %1 %2").arg(r->name, verb));
        !e)
        return e;
    return tx.commit();
}

Result<void> CertificateAuthorities::disable(qint64 caId)
{
    return switchState(caId, QStringLiteral("ACTIVE"), QStringLiteral("DISABLED"), QStringLiteral("DISABLE"));
}

Result<void> CertificateAuthorities::enable(qint64 caId)
{
    return switchState(caId, QStringLiteral("DISABLED"), QStringLiteral("ACTIVE"), QStringLiteral("ENABLE"));
}

Result<void> CertificateAuthorities::remove(qint64 caId, int restoreDays)
{
    const auto forget = qScopeGuard([this] { m_rows.clear(); }); // cas changes (or a failed change rolls back)
    if (restoreDays < 7 || restoreDays > 30)
        return fail(ErrorCode::InvalidInput, QStringLiteral("restore period %1 days: use 7 to 30").arg(restoreDays));
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    const CaInfo i = toInfo(*r);
    if (i.state == CaState::Deleted)
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is deleted already").arg(r->name));
    if (i.state == CaState::Active)
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is active: disable it first (ca disable %1)").arg(r->name));
    const QDateTime now = wholeSeconds(m_inventory.clock().now());
    Database::Transaction tx(m_inventory.database().db());
    if (auto e = setState(m_inventory.database().db(), caId,
                          QStringLiteral("UPDATE cas SET state_before_delete = state, state = 'DELETED', deleted_at = ?, "
                                         "purge_at = ? WHERE id = ?"),
                          {now.toSecsSinceEpoch(), now.addDays(restoreDays).toSecsSinceEpoch()});
        !e)
        return e;
    if (auto e = audit(*r, QStringLiteral("DELETE"), {}, r->subject, {}, QStringLiteral("SUCCESS"),
                       QStringLiteral("restorable until %1").arg(now.addDays(restoreDays).toString(Qt::ISODate)));
        !e)
        return e;
    if (auto e = m_inventory.logEvent(QStringLiteral("ca-delete"), r->certId, r->subject,
                                      QStringLiteral("CA %1 deleted, restorable for %2 days").arg(r->name).arg(restoreDays));
        !e)
        return e;
    m_signers.remove(caId);
    return tx.commit();
}

Result<void> CertificateAuthorities::restore(qint64 caId)
{
    const auto forget = qScopeGuard([this] { m_rows.clear(); }); // cas changes (or a failed change rolls back)
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    if (r->state != QLatin1String("DELETED"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is not deleted").arg(r->name));
    if (m_inventory.clock().now() >= r->purgeAt)
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1's restore period ended on %2").arg(r->name, r->purgeAt.toString(Qt::ISODate)));
    // Restored CAs come back disabled (as AWS Private CA does), pending ones pending.
    const QString state = r->stateBeforeDelete == QLatin1String("PENDING_CERTIFICATE") ? r->stateBeforeDelete : QStringLiteral("DISABLED");
    Database::Transaction tx(m_inventory.database().db());
    if (auto e = setState(m_inventory.database().db(), caId,
                          QStringLiteral("UPDATE cas SET state = ?, deleted_at = NULL, purge_at = NULL, state_before_delete = NULL WHERE id = ?"),
                          {state});
        !e)
        return e;
    if (auto e = audit(*r, QStringLiteral("RESTORE"), {}, r->subject, {}, QStringLiteral("SUCCESS"), state); !e)
        return e;
    if (auto e = m_inventory.logEvent(QStringLiteral("ca-restore"), r->certId, r->subject, QStringLiteral("CA %1 restored (%2)").arg(r->name, state)); !e)
        return e;
    return tx.commit();
}

Result<int> CertificateAuthorities::purge()
{
    const auto forget = qScopeGuard([this] { m_rows.clear(); }); // cas changes (or a failed change rolls back)
    auto due = rows(QStringLiteral("WHERE a.state = 'DELETED' AND a.purge_at <= ?"), {m_inventory.clock().now().toSecsSinceEpoch()});
    if (!due)
        return std::unexpected(due.error());
    for (const Row &r : *due) {
        Database::Transaction tx(m_inventory.database().db());
        QSqlQuery q(m_inventory.database().db());
        q.prepare(QStringLiteral("DELETE FROM cas WHERE id = ?"));
        q.addBindValue(r.id);
        if (auto e = execQuery(q, QStringLiteral("cannot purge CA %1").arg(r.name)); !e)
            return std::unexpected(e.error());
        // The CA's key goes with it; its certificates stay as ordinary inventory entries.
        q.prepare(QStringLiteral("DELETE FROM private_keys WHERE id = ?"));
        q.addBindValue(r.keyId);
        if (auto e = execQuery(q, QStringLiteral("cannot purge CA %1's key").arg(r.name)); !e)
            return std::unexpected(e.error());
        if (auto e = audit(r, QStringLiteral("PURGE"), {}, r.subject, {}, QStringLiteral("SUCCESS"), QStringLiteral("key destroyed")); !e)
            return std::unexpected(e.error());
        if (auto e = m_inventory.logEvent(QStringLiteral("ca-purge"), r.certId, r.subject, QStringLiteral("CA %1 purged, key destroyed").arg(r.name)); !e)
            return std::unexpected(e.error());
        if (auto e = tx.commit(); !e)
            return std::unexpected(e.error());
        m_signers.remove(r.id);
    }
    return int(due->size());
}

// --- Issuing ----------------------------------------------------------------------------------

namespace {

} // namespace

Result<IssuedCertificate> CertificateAuthorities::issue(qint64 caId, const IssueRequest &request)
{
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    if (auto ok = checkCanIssue(*r); !ok)
        return std::unexpected(ok.error());
    auto tmpl = certificateTemplate(request.templateName);
    if (!tmpl)
        return std::unexpected(tmpl.error());
    if (tmpl->name == QLatin1String("RootCA"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the RootCA template makes self-signed roots: use ca create --root"));
    if (tmpl->ca) {
        if (r->pathLength && *r->pathLength < 1)
            return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 has path length 0: it cannot issue CA certificates").arg(r->name));
        if (r->pathLength && tmpl->pathLength && *tmpl->pathLength >= *r->pathLength)
            return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 has path length %2: %3 needs a CA with a longer path")
                                                     .arg(r->name).arg(*r->pathLength).arg(tmpl->name));
    }

    // The public key: from the CSR (its signature checked) or generated.
    X509_REQ *req = nullptr; // the CSR's, parsed once
    std::optional<PrivateKey> generated;
    EVP_PKEY *publicKey = nullptr;
    if (request.csr) {
        if (!request.csr->signatureValid())
            return fail(ErrorCode::InvalidInput, QStringLiteral("the CSR's signature does not verify with its own key: it was "
                                                                "altered or is broken"));
        req = request.csr->handle();
        publicKey = req ? X509_REQ_get0_pubkey(req) : nullptr;
        if (!publicKey)
            return std::unexpected(lastError(ErrorCode::InvalidInput, QStringLiteral("cannot read the CSR's public key")));
    } else if (!request.key) {
        if (request.keyAlgorithm.isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("give a CSR or a key algorithm to generate a key"));
        if (!caKeyAlgorithms().contains(request.keyAlgorithm))
            return fail(ErrorCode::InvalidInput, QStringLiteral("unknown key algorithm \"%1\" (one of %2)")
                                                     .arg(request.keyAlgorithm, caKeyAlgorithms().join(QStringLiteral(", "))));
    }
    const QString signing = request.signingAlgorithm.isEmpty() ? r->signingAlgorithm : request.signingAlgorithm.toUpper();
    if (!signingAlgorithmsFor(r->keyAlgorithm).contains(signing))
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1's %2 key cannot sign with %3 (one of %4)")
                                                 .arg(r->name, r->keyAlgorithm, signing,
                                                      signingAlgorithmsFor(r->keyAlgorithm).join(QStringLiteral(", "))));

    // Subject: the request's, else the CSR's.
    X509NamePtr subject;
    if (!request.subject.trimmed().isEmpty()) {
        auto parsed = parseDistinguishedName(request.subject);
        if (!parsed)
            return std::unexpected(parsed.error().prefixed(QStringLiteral("subject")));
        subject = std::move(*parsed);
    } else if (req) {
        subject.reset(X509_NAME_dup(X509_REQ_get_subject_name(req)));
    } else {
        subject.reset(X509_NAME_new());
    }

    // Names: the CSR's where the template takes them, then the request's; no duplicates.
    QList<GeneralName> sans;
    if (request.csr && tmpl->allowsRequestedExtensions)
        sans = request.csr->requestedNames();
    for (const GeneralName &n : request.sans)
        if (!sans.contains(n))
            sans.append(n);
    const DistinguishedName dn = toDistinguishedName(subject.get());
    const QString cn = dn.value(QStringLiteral("CN"));
    const bool server = tmpl->extendedKeyUsages.contains(QStringLiteral("TLS_WEB_SERVER_AUTHENTICATION"));
    const bool hasHostName = std::any_of(sans.cbegin(), sans.cend(), [](const GeneralName &n) {
        return n.kind == GeneralName::Kind::Dns || n.kind == GeneralName::Kind::Ip;
    });
    // Clients match host names against the SANs only (RFC 6125): a server certificate names its CN there too.
    if (server && !hasHostName && !cn.isEmpty()) {
        if (QHostAddress(cn).isNull()) {
            auto dns = parseGeneralName(QStringLiteral("DNS:") + cn);
            if (dns)
                sans.prepend(*dns);
        } else {
            sans.prepend(GeneralName{GeneralName::Kind::Ip, QHostAddress(cn).toString()});
        }
    }
    if (dn.components.isEmpty() && sans.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the certificate needs a subject or at least one name"));
    for (const GeneralName &n : sans) {
        if (n.kind != GeneralName::Kind::Dns && n.kind != GeneralName::Kind::Ip && n.kind != GeneralName::Kind::Email
            && n.kind != GeneralName::Kind::Uri)
            return fail(ErrorCode::InvalidInput, QStringLiteral("%1 names cannot be issued").arg(GeneralName::kindName(n.kind)));
    }

    // Name constraints of this CA and every CA above it: refuse rather than issue what fails validation.
    auto constraints = constraintsOf(*r);
    if (!constraints)
        return std::unexpected(constraints.error());
    for (const NameConstraints &nc : *constraints) {
        QList<GeneralName> checked = sans;
        const QString email = dn.value(QStringLiteral("emailAddress"));
        if (!email.isEmpty())
            checked.append(GeneralName{GeneralName::Kind::Email, email});
        for (const GeneralName &n : checked) {
            QString why;
            if (!nc.allows(n, &why))
                return fail(ErrorCode::InvalidInput, why);
        }
    }

    // Validity, inside the CA's.
    const QDateTime now = wholeSeconds(m_inventory.clock().now());
    QDateTime notBefore = request.notBefore.value_or(now.addSecs(-60 * qMax(0, request.backdateMinutes)));
    notBefore = std::max(notBefore, r->cert.notBefore());
    const QDateTime notAfter = request.validity.endFrom(now);
    if (notAfter <= notBefore || notAfter <= now)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the validity ends before it starts"));
    if (r->shortLived && notAfter > now.addDays(kShortLivedMaxDays))
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is short-lived: it issues certificates of at most %2 days")
                                                 .arg(r->name).arg(kShortLivedMaxDays));
    if (notAfter > r->cert.notAfter())
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is valid until %2: it cannot issue a certificate valid until %3")
                                                 .arg(r->name, r->cert.notAfter().toString(Qt::ISODate), notAfter.toString(Qt::ISODate)));

    auto s = signer(*r);
    if (!s)
        return std::unexpected(s.error());
    if (!req && request.key) {
        generated = *request.key;
        publicKey = generated->handle();
    } else if (!req) {
        auto key = generatePrivateKey(request.keyAlgorithm);
        if (!key)
            return std::unexpected(key.error());
        generated = *key;
        publicKey = generated->handle();
    }

    CertificateSpec spec;
    spec.subject = subject.get();
    spec.publicKey = publicKey;
    spec.notBefore = notBefore;
    spec.notAfter = notAfter;
    spec.keyUsages = tmpl->keyUsages;
    spec.extendedKeyUsages = tmpl->extendedKeyUsages;
    spec.ca = tmpl->ca;
    spec.pathLength = tmpl->pathLength;
    spec.ocspNoCheck = tmpl->ocspNoCheck;
    spec.sans = sans;
    if (!tmpl->ocspNoCheck) {
        spec.crlUrl = r->crlUrl;
        spec.ocspUrl = r->ocspUrl;
    }
    spec.caIssuersUrl = r->caIssuersUrl;

    Statements &sql = statements();
    for (int attempt = 0;; ++attempt) {
        auto serial = randomSerial();
        if (!serial)
            return std::unexpected(serial.error());
        spec.serial = serial->get();
        auto x = buildCertificate(spec, r->cert.handle(), (*s)->key.handle(), signing);
        if (!x) {
            audit(*r, QStringLiteral("ISSUE"), serialToHex(spec.serial), dn.rfc4514, tmpl->name, QStringLiteral("FAILURE"),
                  x.error().message);
            return std::unexpected(x.error());
        }
        auto cert = Certificate::fromX509(x->get());
        if (!cert)
            return std::unexpected(cert.error());

        Database::Transaction tx(m_inventory.database().db());
        const qint64 at = now.toSecsSinceEpoch();
        auto inserted = sql.rows.insert(*cert, r->certId, at, QStringLiteral("PRIVATE"));
        if (!inserted)
            return std::unexpected(inserted.error());
        if (!*inserted)
            return fail(ErrorCode::Duplicate, QStringLiteral("the certificate is in the inventory already"));
        const qint64 certId = **inserted;
        sql.insertIssued.bind(1, r->id);
        sql.insertIssued.bind(2, cert->serial());
        sql.insertIssued.bind(3, certId);
        sql.insertIssued.bind(4, tmpl->name);
        sql.insertIssued.bind(5, at);
        sql.insertIssued.bind(6, cert->notAfter().toSecsSinceEpoch());
        if (auto e = sql.insertIssued.exec("cannot record the serial"); !e)
            return std::unexpected(e.error());
        if (sql.insertIssued.changes() == 0) {
            if (attempt < 3)
                continue; // a serial this CA used before: roll back and draw again (never reuse one)
            return fail(ErrorCode::Internal, QStringLiteral("no unused serial after 4 draws"));
        }
        if (generated) {
            auto keyId = storeKey(*generated);
            if (!keyId)
                return std::unexpected(keyId.error());
        }
        if (auto e = audit(*r, QStringLiteral("ISSUE"), cert->serial(), cert->subject().rfc4514, tmpl->name,
                           QStringLiteral("SUCCESS"),
                           request.key ? QStringLiteral("given %1 key").arg(generated->algorithm())
                           : generated ? QStringLiteral("generated %1 key").arg(generated->algorithm())
                                       : QStringLiteral("from CSR"));
            !e)
            return std::unexpected(e.error());
        sql.insertEvent.bind(1, at);
        sql.insertEvent.bind(2, QStringLiteral("issue"));
        sql.insertEvent.bind(3, certId);
        sql.insertEvent.bind(4, cert->domainName());
        sql.insertEvent.bind(5, QStringLiteral("issued by CA %1 (%2), serial %3").arg(r->name, tmpl->name, cert->serial()));
        sql.insertEvent.bind(6, m_inventory.actor());
        if (auto e = sql.insertEvent.exec("cannot write the audit log"); !e)
            return std::unexpected(e.error());
        if (auto e = tx.commit(); !e)
            return std::unexpected(e.error());
        return IssuedCertificate{certId, *cert, cert->serial(), generated.has_value() && !request.key};
    }
}

// --- Revocation and CRLs -------------------------------------------------------------------

Result<Crl> CertificateAuthorities::makeCrl(const Row &r, const Signer &s)
{
    const QDateTime now = wholeSeconds(m_inventory.clock().now());
    const QDateTime next = now.addDays(r.crlLifetimeDays);
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(crl_number), 0) + 1 FROM ca_crls WHERE ca_id = ?"));
    q.addBindValue(r.id);
    if (auto e = execQuery(q, QStringLiteral("cannot number the CRL")); !e || !q.next())
        return fail(ErrorCode::Database, QStringLiteral("cannot number the CRL"));
    const qint64 number = q.value(0).toLongLong();

    X509CrlPtr crl(X509_CRL_new());
    auto thisUpdate = toAsn1Time(now);
    auto nextUpdate = toAsn1Time(next);
    if (!crl || !X509_CRL_set_version(crl.get(), 1) || !X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(s.cert.handle()))
        || !X509_CRL_set1_lastUpdate(crl.get(), thisUpdate.get()) || !X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot build the CRL")));

    // Revoked certificates stay listed until they expire (RFC 5280 5.1.2.6 allows dropping them after).
    QSqlQuery revoked(m_inventory.database().db());
    revoked.setForwardOnly(true);
    revoked.prepare(QStringLiteral("SELECT serial, revoked_at, reason, invalidity_date FROM ca_issued "
                                   "WHERE ca_id = ? AND revoked_at IS NOT NULL AND not_after >= ?"));
    revoked.addBindValue(r.id);
    revoked.addBindValue(now.toSecsSinceEpoch());
    if (auto e = execQuery(revoked, QStringLiteral("cannot read the revocations")); !e)
        return std::unexpected(e.error());
    int entries = 0;
    while (revoked.next()) {
        X509_REVOKED *rev = X509_REVOKED_new();
        BIGNUM *bn = nullptr;
        BN_hex2bn(&bn, revoked.value(0).toString().toLatin1().constData());
        BignumPtr bnOwner(bn);
        Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(bn, nullptr));
        auto at = toAsn1Time(fromSecs(revoked.value(1)));
        X509_REVOKED_set_serialNumber(rev, serial.get());
        X509_REVOKED_set_revocationDate(rev, at.get());
        const int code = reasonCode(revoked.value(2).toString());
        if (code > 0) {
            Asn1EnumeratedPtr e(ASN1_ENUMERATED_new());
            ASN1_ENUMERATED_set(e.get(), code);
            X509_REVOKED_add1_ext_i2d(rev, NID_crl_reason, e.get(), 0, 0);
        }
        if (!revoked.value(3).isNull()) {
            using GeneralizedTimePtr = std::unique_ptr<ASN1_GENERALIZEDTIME, OsslFree<&ASN1_GENERALIZEDTIME_free>>;
            GeneralizedTimePtr t(ASN1_GENERALIZEDTIME_set(nullptr, time_t(revoked.value(3).toLongLong())));
            X509_REVOKED_add1_ext_i2d(rev, NID_invalidity_date, t.get(), 0, 0);
        }
        X509_CRL_add0_revoked(crl.get(), rev);
        ++entries;
    }
    Asn1IntegerPtr crlNumber(ASN1_INTEGER_new());
    ASN1_INTEGER_set_int64(crlNumber.get(), number);
    X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, crlNumber.get(), 0, 0);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, s.cert.handle(), nullptr, nullptr, crl.get(), 0);
    X509ExtensionPtr aki(X509V3_EXT_conf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid:always"));
    if (!aki || !X509_CRL_add_ext(crl.get(), aki.get(), -1))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot add the CRL's authority key identifier")));
    X509_CRL_sort(crl.get());
    auto signCtx = signingContext(s.key.handle(), r.signingAlgorithm);
    if (!signCtx)
        return std::unexpected(signCtx.error());
    if (X509_CRL_sign_ctx(crl.get(), signCtx->get()) <= 0)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot sign the CRL")));
    unsigned char *buf = nullptr;
    const int len = i2d_X509_CRL(crl.get(), &buf);
    if (len <= 0)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot encode the CRL")));
    const QByteArray der(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);

    QSqlQuery store(m_inventory.database().db());
    store.prepare(QStringLiteral("INSERT INTO ca_crls (ca_id, crl_number, this_update, next_update, der) VALUES (?, ?, ?, ?, ?)"));
    store.addBindValue(r.id);
    store.addBindValue(number);
    store.addBindValue(now.toSecsSinceEpoch());
    store.addBindValue(next.toSecsSinceEpoch());
    store.addBindValue(der);
    if (auto e = execQuery(store, QStringLiteral("cannot store the CRL")); !e)
        return std::unexpected(e.error());
    if (auto e = audit(r, QStringLiteral("CRL"), {}, r.cert.subject().rfc4514, {}, QStringLiteral("SUCCESS"),
                       QStringLiteral("CRL %1, %2 entries, next update %3").arg(number).arg(entries).arg(next.toString(Qt::ISODate)));
        !e)
        return std::unexpected(e.error());
    return Crl::fromDer(der);
}

Result<void> CertificateAuthorities::publishCrl(const Row &r, const Crl &crl)
{
    if (r.crlPublishDir.isEmpty())
        return {};
    if (!QDir().mkpath(r.crlPublishDir))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the CRL folder %1").arg(r.crlPublishDir));
    for (const auto &[suffix, bytes] : {std::pair{QStringLiteral(".crl"), crl.der()}, {QStringLiteral(".crl.pem"), crl.toPem()}}) {
        QSaveFile f(QDir(r.crlPublishDir).filePath(r.name + suffix));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return fail(ErrorCode::Io, QStringLiteral("CRL %1 was generated but not published to %2: %3")
                                           .arg(crl.crlNumber(), f.fileName(), f.errorString()));
    }
    return {};
}

Result<Crl> CertificateAuthorities::generateCrl(qint64 caId)
{
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    if (r->cert.isNull() || r->state == QLatin1String("DELETED"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is %2: it signs no CRL").arg(r->name, r->state));
    auto s = signer(*r);
    if (!s)
        return std::unexpected(s.error());
    Database::Transaction tx(m_inventory.database().db());
    auto crl = makeCrl(*r, **s);
    if (!crl)
        return std::unexpected(crl.error());
    if (auto e = tx.commit(); !e)
        return std::unexpected(e.error());
    if (auto e = publishCrl(*r, *crl); !e)
        return std::unexpected(e.error());
    return crl;
}

Result<Crl> CertificateAuthorities::currentCrl(qint64 caId)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT der FROM ca_crls WHERE ca_id = ? ORDER BY crl_number DESC LIMIT 1"));
    q.addBindValue(caId);
    if (auto e = execQuery(q, QStringLiteral("cannot read the CRL")); !e)
        return std::unexpected(e.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("CA %1 has no CRL yet (ca crl)").arg(caId));
    return Crl::fromDer(q.value(0).toByteArray());
}

Result<QList<qint64>> CertificateAuthorities::crlsDue()
{
    auto all = rows(QStringLiteral("WHERE a.state IN ('ACTIVE', 'DISABLED') AND a.cert_id IS NOT NULL"), {});
    if (!all)
        return std::unexpected(all.error());
    const QDateTime now = wholeSeconds(m_inventory.clock().now());
    QList<qint64> due;
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT next_update FROM ca_crls WHERE ca_id = ? ORDER BY crl_number DESC LIMIT 1"));
    for (const Row &r : *all) {
        if (r.cert.isExpiredAt(now))
            continue;
        q.addBindValue(r.id);
        if (auto e = execQuery(q, QStringLiteral("cannot read the CRLs")); !e)
            return std::unexpected(e.error());
        const qint64 margin = std::max<qint64>(3600, qint64(r.crlLifetimeDays) * 86400 / 4);
        if (!q.next() || now.secsTo(fromSecs(q.value(0))) <= margin)
            due.append(r.id);
        q.finish();
    }
    return due;
}

Result<int> CertificateAuthorities::refreshCrls()
{
    auto due = crlsDue();
    if (!due)
        return std::unexpected(due.error());
    for (const qint64 caId : std::as_const(*due)) {
        if (auto crl = generateCrl(caId); !crl)
            return std::unexpected(crl.error().prefixed(QStringLiteral("CA %1").arg(caId)));
    }
    return int(due->size());
}

Result<void> CertificateAuthorities::revoke(qint64 certificateId, const QString &reasonText,
                                            const std::optional<QDateTime> &invalidityDate)
{
    const int code = reasonCode(reasonText);
    if (code < 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("unknown revocation reason \"%1\" (one of %2)")
                                                 .arg(reasonText, revocationReasons().join(QStringLiteral(", "))));
    const QString reason = revocationReasonName(code);
    auto ref = issuedBy(certificateId);
    if (!ref)
        return std::unexpected(ref.error());
    auto r = row(ref->caId);
    if (!r)
        return std::unexpected(r.error());
    if (r->state == QLatin1String("DELETED"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("CA %1 is deleted (ca restore %1)").arg(r->name));
    const QDateTime now = wholeSeconds(m_inventory.clock().now());
    if (invalidityDate && *invalidityDate > now)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the invalidity date %1 is in the future").arg(invalidityDate->toString(Qt::ISODate)));
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT revoked_at, reason FROM ca_issued WHERE ca_id = ? AND serial = ?"));
    q.addBindValue(r->id);
    q.addBindValue(ref->serial);
    if (auto e = execQuery(q, QStringLiteral("cannot read the certificate's revocation")); !e || !q.next())
        return fail(ErrorCode::Database, QStringLiteral("cannot read the certificate's revocation"));
    const bool revoked = !q.value(0).isNull();
    const QString current = q.value(1).toString();
    bool release = false;
    if (code == 8) { // removeFromCRL: releases a hold
        if (!revoked || current != QLatin1String("certificateHold"))
            return fail(ErrorCode::InvalidInput, QStringLiteral("removeFromCRL releases a certificate on hold (certificateHold); "
                                                                "certificate %1 is not on hold").arg(certificateId));
        release = true;
    } else if (revoked && current != QLatin1String("certificateHold")) {
        return fail(ErrorCode::InvalidInput, QStringLiteral("certificate %1 is revoked already (%2, %3)")
                                                 .arg(certificateId)
                                                 .arg(current.isEmpty() ? QStringLiteral("unspecified") : current,
                                                      fromSecs(q.value(0)).toString(Qt::ISODate)));
    }
    auto s = signer(*r);
    if (!s)
        return std::unexpected(s.error());
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery u(m_inventory.database().db());
    u.prepare(QStringLiteral("UPDATE ca_issued SET revoked_at = ?, reason = ?, invalidity_date = ? WHERE ca_id = ? AND serial = ?"));
    const QVariant nullInt{QMetaType(QMetaType::LongLong)};
    u.addBindValue(release ? nullInt : QVariant(now.toSecsSinceEpoch()));
    u.addBindValue(release ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason));
    u.addBindValue(invalidityDate && !release ? QVariant(invalidityDate->toSecsSinceEpoch()) : nullInt);
    u.addBindValue(r->id);
    u.addBindValue(ref->serial);
    if (auto e = execQuery(u, QStringLiteral("cannot record the revocation")); !e)
        return e;
    u.prepare(QStringLiteral("UPDATE certificates SET revoked_at = ?, revocation_reason = ? WHERE id = ?"));
    u.addBindValue(release ? nullInt : QVariant(now.toSecsSinceEpoch()));
    u.addBindValue(release ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason));
    u.addBindValue(certificateId);
    if (auto e = execQuery(u, QStringLiteral("cannot mark the certificate revoked")); !e)
        return e;
    auto cert = m_inventory.certificate(certificateId);
    const QString subject = cert ? cert->subject().rfc4514 : QString();
    const QString detail = release ? QStringLiteral("hold released (removeFromCRL)")
                                   : invalidityDate ? QStringLiteral("%1, invalid since %2").arg(reason, invalidityDate->toString(Qt::ISODate))
                                                    : reason;
    if (auto e = audit(*r, QStringLiteral("REVOKE"), ref->serial, subject, ref->templateName, QStringLiteral("SUCCESS"), detail); !e)
        return e;
    if (auto e = m_inventory.logEvent(release ? QStringLiteral("unrevoke") : QStringLiteral("revoke"), certificateId,
                                      cert ? cert->domainName() : QString(),
                                      QStringLiteral("CA %1, serial %2: %3").arg(r->name, ref->serial, detail));
        !e)
        return e;
    auto crl = makeCrl(*r, **s);
    if (!crl)
        return std::unexpected(crl.error());
    if (auto e = tx.commit(); !e)
        return e;
    return publishCrl(*r, *crl);
}

// --- OCSP -------------------------------------------------------------------------------------------

Result<IssuedCertificate> CertificateAuthorities::createOcspSigner(qint64 caId, const Validity &validity)
{
    const auto forget = qScopeGuard([this] { m_rows.clear(); }); // cas changes (or a failed change rolls back)
    auto r = row(caId);
    if (!r)
        return std::unexpected(r.error());
    IssueRequest request;
    request.templateName = QStringLiteral("OCSPSigning");
    request.keyAlgorithm = r->keyAlgorithm;
    const QString cn = r->cert.isNull() ? r->name : r->cert.subject().value(QStringLiteral("CN"));
    request.subject = QStringLiteral("CN=%1 OCSP Responder").arg(QString(cn).replace(QLatin1Char(','), QLatin1String("\\,")));
    request.validity = validity;
    auto issued = issue(caId, request);
    if (!issued)
        return issued;
    Database::Transaction tx(m_inventory.database().db());
    QSqlQuery u(m_inventory.database().db());
    u.prepare(QStringLiteral("UPDATE cas SET ocsp_cert_id = ? WHERE id = ?"));
    u.addBindValue(issued->certificateId);
    u.addBindValue(caId);
    if (auto e = execQuery(u, QStringLiteral("cannot set the OCSP signer")); !e)
        return std::unexpected(e.error());
    if (auto e = audit(*r, QStringLiteral("OCSP_SIGNER"), issued->serial, issued->certificate.subject().rfc4514,
                       request.templateName, QStringLiteral("SUCCESS"),
                       QStringLiteral("delegated OCSP signer until %1").arg(issued->certificate.notAfter().toString(Qt::ISODate)));
        !e)
        return std::unexpected(e.error());
    if (auto e = tx.commit(); !e)
        return std::unexpected(e.error());
    m_signers.remove(caId); // reload with the new OCSP key
    return issued;
}

namespace {

using OcspRequestPtr = std::unique_ptr<OCSP_REQUEST, OsslFree<&OCSP_REQUEST_free>>;
using OcspResponsePtr = std::unique_ptr<OCSP_RESPONSE, OsslFree<&OCSP_RESPONSE_free>>;
using OcspBasicRespPtr = std::unique_ptr<OCSP_BASICRESP, OsslFree<&OCSP_BASICRESP_free>>;
using OcspCertIdPtr = std::unique_ptr<OCSP_CERTID, OsslFree<&OCSP_CERTID_free>>;

QByteArray encodeResponse(OCSP_RESPONSE *resp)
{
    unsigned char *buf = nullptr;
    const int len = i2d_OCSP_RESPONSE(resp, &buf);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

QByteArray statusOnly(int status)
{
    OcspResponsePtr resp(OCSP_response_create(status, nullptr));
    return encodeResponse(resp.get());
}

// How long a response may be cached: a day, or the CRL lifetime when shorter.
constexpr qint64 kOcspValiditySeconds = 86400;

} // namespace

Result<QByteArray> CertificateAuthorities::ocspResponse(const QByteArray &requestDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(requestDer.constData());
    OcspRequestPtr req(d2i_OCSP_REQUEST(nullptr, &p, long(requestDer.size())));
    clearErrors();
    if (!req || OCSP_request_onereq_count(req.get()) <= 0)
        return statusOnly(OCSP_RESPONSE_STATUS_MALFORMEDREQUEST);

    auto cas = rows(QStringLiteral("WHERE a.state IN ('ACTIVE', 'DISABLED') AND a.cert_id IS NOT NULL"), {});
    if (!cas)
        return std::unexpected(cas.error());
    // The CA that answers: the issuer named by the first request it knows.
    auto issuerOf = [&cas](OCSP_CERTID *id) -> const Row * {
        ASN1_OBJECT *mdObj = nullptr;
        OCSP_id_get0_info(nullptr, &mdObj, nullptr, nullptr, id);
        const EVP_MD *md = mdObj ? EVP_get_digestbyobj(mdObj) : nullptr;
        if (!md)
            return nullptr;
        for (const Row &r : *cas) {
            OcspCertIdPtr caId(OCSP_cert_to_id(md, nullptr, r.cert.handle()));
            if (caId && OCSP_id_issuer_cmp(caId.get(), id) == 0)
                return &r;
        }
        return nullptr;
    };
    const int count = OCSP_request_onereq_count(req.get());
    const Row *responder = nullptr;
    for (int i = 0; i < count && !responder; ++i)
        responder = issuerOf(OCSP_onereq_get0_id(OCSP_request_onereq_get0(req.get(), i)));
    if (!responder)
        return statusOnly(OCSP_RESPONSE_STATUS_UNAUTHORIZED);
    auto s = signer(*responder);
    if (!s)
        return std::unexpected(s.error());

    const QDateTime now = wholeSeconds(m_inventory.clock().now());
    const qint64 validFor = std::min<qint64>(kOcspValiditySeconds, qint64(responder->crlLifetimeDays) * 86400);
    auto thisUpdate = toAsn1Time(now);
    auto nextUpdate = toAsn1Time(now.addSecs(validFor));
    OcspBasicRespPtr basic(OCSP_BASICRESP_new());
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT revoked_at, reason FROM ca_issued WHERE ca_id = ? AND serial = ?"));
    for (int i = 0; i < count; ++i) {
        OCSP_CERTID *id = OCSP_onereq_get0_id(OCSP_request_onereq_get0(req.get(), i));
        int status = V_OCSP_CERTSTATUS_UNKNOWN;
        int reason = OCSP_REVOKED_STATUS_NOSTATUS;
        Asn1TimePtr revokedAt;
        if (issuerOf(id) == responder) {
            ASN1_INTEGER *serial = nullptr;
            OCSP_id_get0_info(nullptr, nullptr, nullptr, &serial, id);
            q.addBindValue(responder->id);
            q.addBindValue(serialToHex(serial));
            if (auto e = execQuery(q, QStringLiteral("cannot look up the serial")); !e)
                return std::unexpected(e.error());
            if (q.next()) {
                if (q.value(0).isNull()) {
                    status = V_OCSP_CERTSTATUS_GOOD;
                } else {
                    status = V_OCSP_CERTSTATUS_REVOKED;
                    revokedAt = toAsn1Time(fromSecs(q.value(0)));
                    const int code = reasonCode(q.value(1).toString());
                    if (code > 0)
                        reason = code;
                }
            }
            q.finish();
        }
        if (!OCSP_basic_add1_status(basic.get(), id, status, reason, revokedAt.get(), thisUpdate.get(), nextUpdate.get()))
            return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot build the OCSP response")));
    }
    OCSP_copy_nonce(basic.get(), req.get());

    // A delegated signer while it is valid, else the CA itself.
    const Signer &sg = **s;
    const bool delegated = !sg.ocspCert.isNull() && !sg.ocspCert.isExpiredAt(now) && !sg.ocspCert.isNotYetValidAt(now);
    const PrivateKey &key = delegated ? sg.ocspKey : sg.key;
    X509 *cert = delegated ? sg.ocspCert.handle() : sg.cert.handle();
    QString alg = responder->signingAlgorithm;
    if (delegated && !signingAlgorithmsFor(key.algorithm()).contains(alg))
        alg = signingAlgorithmsFor(key.algorithm()).value(0);
    auto ctx = signingContext(key.handle(), alg);
    if (!ctx)
        return std::unexpected(ctx.error());
    if (!OCSP_basic_sign_ctx(basic.get(), cert, ctx->get(), nullptr, OCSP_RESPID_KEY))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot sign the OCSP response")));
    OcspResponsePtr resp(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()));
    return encodeResponse(resp.get());
}

} // namespace certdesk::core
