#include "inventory/inventory.h"

#include "crypto/ossl.h"
#include "lifecycle/managedcertificates.h"

#include "inventory/sqldialect.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace certdesk::core {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "c.id, c.sha256, c.domain_name, c.san_count, %1, c.type, c.subject, c.issuer, c.issuer_cn, c.key_algorithm, "
    "c.serial, c.not_before, c.not_after, "
    "EXISTS (SELECT 1 FROM private_keys k WHERE k.spki_sha256 = c.spki_sha256), c.is_ca");

CertificateSummary readSummary(const QSqlQuery &q)
{
    CertificateSummary s;
    s.id = q.value(0).toLongLong();
    s.sha256 = QString::fromLatin1(q.value(1).toByteArray().toHex());
    s.domainName = q.value(2).toString();
    s.sanCount = q.value(3).toInt();
    s.status = q.value(4).toString();
    s.type = q.value(5).toString();
    s.subject = q.value(6).toString();
    s.issuer = q.value(7).toString();
    s.issuerCommonName = q.value(8).toString();
    s.keyAlgorithm = q.value(9).toString();
    s.serial = q.value(10).toString();
    s.notBefore = QDateTime::fromSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    s.notAfter = QDateTime::fromSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    s.hasPrivateKey = q.value(13).toBool();
    s.isCa = q.value(14).toBool();
    return s;
}

// The byte strings that start with the given hex digits: [low, high), high empty when unbounded.
// "abc" -> [ab c0, ab d0); "ff" -> [ff, ∞).
QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

Result<Tag> parseTag(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString key = (eq < 0 ? text : text.left(eq)).trimmed();
    const QString value = eq < 0 ? QString() : text.mid(eq + 1).trimmed();
    if (key.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("tag \"%1\": the key is empty").arg(text));
    if (key.size() > TagLimits::kMaxKeyLength)
        return fail(ErrorCode::LimitExceeded, QStringLiteral("tag \"%1\": the key is longer than %2 characters")
                                                  .arg(key.left(20) + QStringLiteral("…"))
                                                  .arg(TagLimits::kMaxKeyLength));
    if (value.size() > TagLimits::kMaxValueLength)
        return fail(ErrorCode::LimitExceeded, QStringLiteral("tag \"%1\": the value is longer than %2 characters")
                                                  .arg(key)
                                                  .arg(TagLimits::kMaxValueLength));
    return Tag{key, value};
}

Inventory::Inventory(Database db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_keyStore(std::make_unique<KeyStore>(m_db.db()))
    , m_actor(m_db.user().isEmpty() ? defaultActor() : m_db.user())
{
}

Inventory::~Inventory() = default;

Result<std::unique_ptr<Inventory>> Inventory::open(const QString &path, const Clock &clock, const QString &connectionName)
{
    const QString name = connectionName.isEmpty()
        ? QStringLiteral("inventory-%1-%2").arg(quintptr(QThread::currentThreadId())).arg(quintptr(&clock))
        : connectionName;
    auto db = Database::open(path, name);
    if (!db)
        return std::unexpected(db.error());
    return std::unique_ptr<Inventory>(new Inventory(std::move(*db), clock));
}

Result<qint64> Inventory::count(const CertificateFilter &filter) { return countCertificates(m_db, filter, m_clock.now()); }

Result<qint64> countCertificates(Database &db, const CertificateFilter &filter, const QDateTime &now)
{
    auto where = buildFilter(db.db(), filter, now);
    if (!where)
        return std::unexpected(where.error());
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM certificates c ") + where->where);
    for (const QVariant &v : where->values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot count certificates"), q));
    return q.value(0).toLongLong();
}

Result<CertificateFilter> Inventory::resolveSearch(CertificateFilter filter, int maxIds)
{
    filter.searchIds.reset();
    if (filter.search.trimmed().isEmpty())
        return filter;
    const SearchTerms terms = searchTerms(filter.search);
    // UNION ALL streams, so LIMIT stops a common text after maxIds + 1 rows; ids found twice
    // (a name and a serial) are merged below.
    QString sql = QStringLiteral("SELECT cert_id FROM certificate_search WHERE text LIKE ? ESCAPE '\\'");
    QVariantList values{terms.pattern};
    for (const SqlCondition &exact : exactSearchConditions(terms)) {
        sql += QStringLiteral(" UNION ALL SELECT c.id FROM certificates c WHERE ") + exact.sql;
        values << exact.values;
    }
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(sql + QStringLiteral(" LIMIT %1").arg(qMax(0, maxIds) + 1));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot search"), q));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.size() > maxIds)
        return filter;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    filter.searchIds = std::move(ids);
    return filter;
}

Result<QList<CertificateSummary>> Inventory::list(const CertificateFilter &filter, const SortSpec &sort, int limit,
                                                  int offset)
{
    return page(filter, sort, nullptr, limit, offset);
}

Result<QList<CertificateSummary>> Inventory::listAfter(const CertificateFilter &filter, const SortSpec &sort,
                                                       const CertificateSummary &after, int limit)
{
    return page(filter, sort, &after, limit, 0);
}

Result<QList<CertificateSummary>> Inventory::page(const CertificateFilter &filter, const SortSpec &sort,
                                                  const CertificateSummary *after, int limit, int offset)
{
    const QDateTime now = m_clock.now();
    auto where = buildFilter(m_db.db(), filter, now);
    if (!where)
        return std::unexpected(where.error());
    auto order = buildOrderBy(m_db.db(), sort, now);
    if (!order)
        return std::unexpected(order.error());
    QString clause = where->where;
    QVariantList values = where->values;
    if (after) {
        const QString column = sort.column.toLower();
        QVariant key;
        if (column == QLatin1String("name"))
            key = after->domainName;
        else if (column == QLatin1String("not_after") || column == QLatin1String("expires") || column == QLatin1String("days_left"))
            key = after->notAfter.toSecsSinceEpoch();
        else if (column == QLatin1String("not_before"))
            key = after->notBefore.toSecsSinceEpoch();
        else if (column == QLatin1String("issuer"))
            key = after->issuerCommonName;
        else if (column == QLatin1String("key_algorithm"))
            key = after->keyAlgorithm;
        else if (column == QLatin1String("serial"))
            key = after->serial;
        else if (column == QLatin1String("type"))
            key = after->type;
        else if (column == QLatin1String("status"))
            key = after->status;
        else if (column == QLatin1String("id"))
            key = after->id;
        else
            return fail(ErrorCode::InvalidInput, QStringLiteral("cannot page by \"%1\" without an offset").arg(sort.column));
        auto expr = sortExpression(m_db.db(), sort, now);
        if (!expr)
            return std::unexpected(expr.error());
        // A row value compares like the ORDER BY: the sort key, then the id that breaks ties.
        // PostgreSQL compares names as lower(): the key is lowered the same way.
        const bool lowered = m_db.isPostgres() && (column == QLatin1String("name") || column == QLatin1String("issuer"));
        const QString keyset = QStringLiteral("(%1, c.id) %2 (%3, ?)")
                                   .arg(*expr, sort.descending ? QStringLiteral("<") : QStringLiteral(">"),
                                        lowered ? QStringLiteral("lower(?)") : QStringLiteral("?"));
        clause = clause.isEmpty() ? QStringLiteral("WHERE ") + keyset : clause + QStringLiteral(" AND ") + keyset;
        values << key << after->id;
    }
    const QString columns = QStringLiteral("SELECT ") + kSummaryColumns.arg(statusExpression(now.toSecsSinceEpoch()))
                            + QStringLiteral(" FROM certificates c ");
    const QString limits = QStringLiteral(" %1 OFFSET %2").arg(sql::limit(m_db.db(), limit)).arg(qMax(0, offset));
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (limit < 0) {
        q.prepare(columns + clause + QLatin1Char(' ') + *order + limits);
    } else {
        // A page finds its ids first and reads their rows after: the search for the page (a
        // sort by status, an expiry filter) then runs over the covering indexes alone, and
        // only the rows shown are read whole.
        q.prepare(columns + QStringLiteral("WHERE c.id IN (SELECT c.id FROM certificates c ") + clause + QLatin1Char(' ')
                  + *order + limits + QStringLiteral(") ") + *order);
    }
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot list certificates"), q));
    QList<CertificateSummary> out;
    while (q.next())
        out.append(readSummary(q));
    return out;
}

Result<QHash<qint64, SummaryExtras>> Inventory::summaryExtras(const QList<qint64> &ids, int maxNames)
{
    QHash<qint64, SummaryExtras> out;
    if (ids.isEmpty())
        return out;
    QStringList idText;
    idText.reserve(ids.size());
    for (qint64 id : ids)
        idText << QString::number(id);
    // Unit and record separators keep names and tag values that contain commas or '=' intact.
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id, "
                               "(SELECT %4 FROM "
                               "(SELECT n.name FROM names n WHERE n.cert_id = c.id ORDER BY n.rowid LIMIT %1) AS n1), "
                               "(SELECT %5 FROM "
                               "(SELECT t.key, t.value FROM tags t WHERE t.cert_id = c.id ORDER BY t.key) AS t1), "
                               // Managed certificates (core/lifecycle): the current one of a managed certificate ...
                               "(SELECT CAST(m.id AS TEXT) || %6 || m.status || %6 || m.renewal_status || %6 "
                               "|| COALESCE(CAST(m.renew_at AS TEXT), '') FROM managed m WHERE m.cert_id = c.id), "
                               // ... or an earlier one.
                               "(SELECT h.managed_id FROM managed_history h WHERE h.cert_id = c.id LIMIT 1), "
                               "c.revoked_at IS NULL AND c.not_before <= %3, "
                               // Where it is in use (core/deploy), each an index look-up.
                               "(SELECT count(*) FROM deployments d WHERE d.cert_id = c.id OR d.deployed_cert_id = c.id "
                               "OR d.managed_id = (SELECT m2.id FROM managed m2 WHERE m2.cert_id = c.id)), "
                               "(SELECT count(*) FROM endpoints p WHERE p.cert_id = c.id AND p.gone_at IS NULL), "
                               "(SELECT count(*) FROM file_locations f WHERE f.cert_id = c.id) "
                               "FROM certificates c WHERE c.id IN (%2)")
                    .arg(qMax(0, maxNames))
                    .arg(idText.join(QLatin1Char(',')))
                    .arg(m_clock.now().toSecsSinceEpoch())
                    .arg(sql::groupConcat(m_db.db(), QStringLiteral("n1.name"), sql::chr(m_db.db(), 31)),
                         sql::groupConcat(m_db.db(), QStringLiteral("t1.key || %1 || t1.value").arg(sql::chr(m_db.db(), 31)),
                                          sql::chr(m_db.db(), 30)),
                         sql::chr(m_db.db(), 31))))
        return std::unexpected(sqlError(QStringLiteral("cannot read names and tags"), q));
    while (q.next()) {
        SummaryExtras e;
        const QString names = q.value(1).toString();
        const QString tags = q.value(2).toString();
        const QString managed = q.value(3).toString();
        e.deployments = q.value(6).toInt();
        e.endpoints = q.value(7).toInt();
        e.fileLocations = q.value(8).toInt();
        if (names.isEmpty() && tags.isEmpty() && managed.isEmpty() && q.value(4).isNull() && e.inUse() == 0)
            continue;
        if (!managed.isEmpty()) {
            // id, stored status, renewal status, renewal time
            const QStringList m = managed.split(QChar(31));
            e.managedId = m.value(0).toLongLong();
            e.renewalStatus = m.value(2);
            if (!m.value(3).isEmpty())
                e.renewAt = QDateTime::fromSecsSinceEpoch(m.value(3).toLongLong(), Qt::UTC);
            const bool issued = m.value(1) == QLatin1String("ISSUED") && q.value(5).toBool();
            if (issued)
                e.renewalEligibility = QStringLiteral("ELIGIBLE");
            e.renewalStatus = renewalStatusAt(e.renewalStatus, issued, e.renewAt, m_clock.now());
        } else if (!q.value(4).isNull()) {
            e.managedId = q.value(4).toLongLong(); // superseded by a renewal: not renewed itself
        }
        if (!names.isEmpty())
            e.firstNames = names.split(QChar(31));
        if (!tags.isEmpty()) {
            for (const QString &t : tags.split(QChar(30))) {
                const qsizetype sep = t.indexOf(QChar(31));
                e.tags.append(Tag{t.left(sep), sep < 0 ? QString() : t.mid(sep + 1)});
            }
        }
        out.insert(q.value(0).toLongLong(), e);
    }
    return out;
}

Result<QStringList> Inventory::distinctKeyAlgorithms()
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT key_algorithm FROM certificates ORDER BY key_algorithm")))
        return std::unexpected(sqlError(QStringLiteral("cannot read key algorithms"), q));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<Tag>> Inventory::distinctTags(int limit)
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT key, value FROM tags ORDER BY key, value %1").arg(sql::limit(m_db.db(), limit))))
        return std::unexpected(sqlError(QStringLiteral("cannot read tags"), q));
    QList<Tag> out;
    while (q.next())
        out.append(Tag{q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<qint64> Inventory::resolve(const QString &refText)
{
    const QString ref = refText.trimmed();
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    QSqlQuery q(m_db.db());
    if (isNumber && ref.size() < 6) {
        q.prepare(QStringLiteral("SELECT id FROM certificates WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(sqlError(QStringLiteral("cannot look up %1").arg(ref), q));
        if (q.next())
            return id;
        return fail(ErrorCode::NotFound, QStringLiteral("no certificate with id %1").arg(ref));
    }
    QString hex = ref;
    hex.remove(QLatin1Char(':'));
    hex = hex.toLower();
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9a-f]+$"));
    if (!hexOnly.match(hex).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("\"%1\" is neither an inventory id nor a fingerprint prefix").arg(ref));
    if (hex.size() < 6)
        return fail(ErrorCode::InvalidInput, QStringLiteral("fingerprint prefix \"%1\" is too short (6 hex digits at least)").arg(ref));
    // Fingerprints are stored as bytes: a hex prefix is a range of byte strings, which the
    // unique SHA-256 index answers directly.
    const auto [low, high] = hexPrefixRange(hex);
    q.prepare(high.isEmpty() ? QStringLiteral("SELECT id FROM certificates WHERE sha256 >= ? "
                                              "UNION SELECT id FROM certificates WHERE sha1 >= ? LIMIT 2")
                             : QStringLiteral("SELECT id FROM certificates WHERE sha256 >= ? AND sha256 < ? "
                                              "UNION SELECT id FROM certificates WHERE sha1 >= ? AND sha1 < ? LIMIT 2"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(low);
        if (!high.isEmpty())
            q.addBindValue(high);
    }
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot look up %1").arg(ref), q));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.isEmpty())
        return fail(ErrorCode::NotFound, QStringLiteral("no certificate with fingerprint %1…").arg(ref));
    if (ids.size() > 1)
        return fail(ErrorCode::Ambiguous, QStringLiteral("fingerprint prefix %1 matches more than one certificate; give more digits").arg(ref));
    return ids.first();
}

Result<Certificate> Inventory::certificate(qint64 id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT der FROM certificate_der WHERE cert_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read certificate %1").arg(id), q));
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("no certificate with id %1").arg(id));
    return Certificate::fromDer(q.value(0).toByteArray());
}

Result<CertificateRecord> Inventory::record(qint64 id)
{
    const QDateTime now = m_clock.now();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns.arg(statusExpression(now.toSecsSinceEpoch()))
              + QStringLiteral(", d.der, c.issuer_id, c.imported_at, c.revoked_at, c.revocation_reason, c.version "
                               "FROM certificates c JOIN certificate_der d ON d.cert_id = c.id WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read certificate %1").arg(id), q));
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("no certificate with id %1").arg(id));
    CertificateRecord r;
    r.summary = readSummary(q);
    auto cert = Certificate::fromDer(q.value(15).toByteArray());
    if (!cert)
        return std::unexpected(cert.error().prefixed(QStringLiteral("certificate %1 in the inventory").arg(id)));
    r.certificate = *cert;
    if (!q.value(16).isNull())
        r.issuerId = q.value(16).toLongLong();
    r.importedAt = QDateTime::fromSecsSinceEpoch(q.value(17).toLongLong(), Qt::UTC);
    if (!q.value(18).isNull())
        r.revokedAt = QDateTime::fromSecsSinceEpoch(q.value(18).toLongLong(), Qt::UTC);
    r.revocationReason = q.value(19).toString();
    r.version = q.value(20).toLongLong();
    QSqlQuery t(m_db.db());
    t.prepare(QStringLiteral("SELECT key, value FROM tags WHERE cert_id = ? ORDER BY key"));
    t.addBindValue(id);
    if (!t.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read tags"), t));
    while (t.next())
        r.tags.append(Tag{t.value(0).toString(), t.value(1).toString()});
    return r;
}

Result<QList<Certificate>> Inventory::issuerCandidates(const Certificate &cert)
{
    QSqlQuery q(m_db.db());
    const QByteArray aki = cert.authorityKeyId();
    if (!aki.isEmpty()) {
        q.prepare(QStringLiteral("SELECT d.der FROM certificates c JOIN certificate_der d ON d.cert_id = c.id "
                                 "WHERE c.ski = ? AND c.subject = ? AND (c.is_ca = 1 OR c.self_signed = 1) LIMIT 16"));
        q.addBindValue(aki);
    } else {
        q.prepare(QStringLiteral("SELECT d.der FROM certificates c JOIN certificate_der d ON d.cert_id = c.id "
                                 "WHERE c.subject = ? AND (c.is_ca = 1 OR c.self_signed = 1) LIMIT 16"));
    }
    q.addBindValue(cert.issuer().rfc4514);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot look up issuers"), q));
    QList<Certificate> out;
    while (q.next()) {
        auto c = Certificate::fromDer(q.value(0).toByteArray());
        if (c && c->der() != cert.der())
            out.append(*c);
    }
    return out;
}

Result<QList<Certificate>> Inventory::issuerChain(qint64 id)
{
    auto start = certificate(id);
    if (!start)
        return std::unexpected(start.error());
    QList<Certificate> chain;
    Certificate current = *start;
    for (int depth = 0; depth < 16 && !current.isSelfSigned(); ++depth) {
        auto candidates = issuerCandidates(current);
        if (!candidates)
            return std::unexpected(candidates.error());
        std::optional<Certificate> next;
        for (const Certificate &c : *candidates) {
            EVP_PKEY *key = X509_get0_pubkey(c.handle());
            if (key && X509_verify(current.handle(), key) == 1) {
                next = c;
                break;
            }
            ERR_clear_error();
        }
        if (!next || chain.contains(*next) || *next == *start)
            break;
        chain.append(*next);
        current = *next;
    }
    return chain;
}

Result<ValidationResult> Inventory::validate(qint64 id, ValidationOptions options)
{
    auto cert = certificate(id);
    if (!cert)
        return std::unexpected(cert.error());
    auto chain = issuerChain(id);
    if (!chain)
        return std::unexpected(chain.error());
    options.untrusted.append(*chain);
    if (!options.at)
        options.at = m_clock.now();
    return PathValidator::validate(*cert, options);
}

bool Inventory::hasPrivateKey(qint64 id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT 1 FROM certificates c JOIN private_keys k ON k.spki_sha256 = c.spki_sha256 WHERE c.id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

Result<qint64> Inventory::storeKey(const PrivateKey &key)
{
    auto encrypted = m_keyStore->encrypt(key);
    if (!encrypted)
        return std::unexpected(encrypted.error());
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO private_keys (spki_sha256, key_algorithm, encrypted_pkcs8, created_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (spki_sha256) DO NOTHING"));
    q.addBindValue(key.publicKeySha256());
    q.addBindValue(key.algorithm());
    q.addBindValue(*encrypted);
    q.addBindValue(m_clock.now().toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot store the key"), q));
    q.prepare(QStringLiteral("SELECT id FROM private_keys WHERE spki_sha256 = ?"));
    q.addBindValue(key.publicKeySha256());
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot store the key"), q));
    if (!q.next())
        return fail(ErrorCode::Database, QStringLiteral("the stored key is missing"));
    return q.value(0).toLongLong();
}

Result<PrivateKey> Inventory::privateKey(qint64 id, const MasterPasswordCallback &ask, const QString &purpose)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT k.encrypted_pkcs8, c.domain_name FROM certificates c "
                             "JOIN private_keys k ON k.spki_sha256 = c.spki_sha256 WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read the private key"), q));
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("certificate %1 has no private key in the inventory").arg(id));
    const QByteArray encrypted = q.value(0).toByteArray();
    const QString subject = q.value(1).toString();
    if (auto r = m_keyStore->ensureUnlocked(ask); !r)
        return std::unexpected(r.error());
    auto key = m_keyStore->decrypt(encrypted);
    if (!key)
        return key;
    if (auto r = logEvent(QStringLiteral("key-use"), id, subject, purpose); !r)
        return std::unexpected(r.error());
    return key;
}

Result<PrivateKey> Inventory::privateKeyForExport(qint64 id, const MasterPasswordCallback &ask, const QString &purpose)
{
    // In a team inventory an Operator exports certificates without their keys. (The database
    // lets Operators read the encrypted keys, as renewing and deploying need them; that a key
    // does not leave certdesk with an Operator is certdesk's rule. Auditors cannot read them.)
    if (m_db.role() == TeamRole::Operator)
        return fail(ErrorCode::NotPermitted, QStringLiteral("not permitted: %1 is an Operator of this team inventory and exports "
                                                            "certificates without their private keys (an Administrator can export the key)")
                                                 .arg(m_db.user()));
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id FROM managed WHERE export_allowed = 0 AND (cert_id = ? OR id IN "
                             "(SELECT managed_id FROM managed_history WHERE cert_id = ?)) LIMIT 1"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read the export setting"), q));
    if (q.next())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("certificate %1 belongs to mc-%2, whose private key may not be exported "
                                   "(allow it with: certdesk-cli managed settings mc-%2 --export yes)")
                        .arg(id)
                        .arg(q.value(0).toLongLong()));
    return privateKey(id, ask, purpose);
}

Result<void> Inventory::remove(qint64 id)
{
    auto rec = record(id);
    if (!rec)
        return std::unexpected(rec.error());
    Database::Transaction tx(m_db.db());
    QSqlQuery q(m_db.db());
    // As ACM's ResourceInUseException: a certificate that deployments write (or last wrote: a
    // server may still serve it) stays until they are removed. A managed certificate's
    // deployments write its current certificate.
    q.prepare(QStringLiteral("SELECT %1 FROM "
                             "(SELECT id, target_dir FROM deployments WHERE cert_id = ? OR deployed_cert_id = ? OR managed_id IN "
                             "(SELECT m.id FROM managed m WHERE m.cert_id = ?) ORDER BY id) AS d")
                  .arg(sql::groupConcat(m_db.db(), QStringLiteral("'dep-' || CAST(id AS TEXT) || ' (' || target_dir || ')'"),
                                        QStringLiteral("', '"))));
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot read the deployments of certificate %1").arg(id), q));
    if (const QString users = q.value(0).toString(); !users.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("certificate %1 (%2) is in use by deployment %3: remove the deployments first")
                        .arg(id)
                        .arg(rec->summary.domainName, users));
    q.prepare(QStringLiteral("DELETE FROM certificates WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot delete certificate %1").arg(id), q));
    if (auto r = logEvent(QStringLiteral("delete"), id, rec->summary.domainName,
                          QStringLiteral("sha256 %1").arg(rec->summary.sha256));
        !r)
        return r;
    return tx.commit();
}

Result<void> Inventory::addTags(qint64 id, const QList<Tag> &tags, std::optional<qint64> expectedVersion)
{
    auto rec = record(id);
    if (!rec)
        return std::unexpected(rec.error());
    QStringList keys;
    for (const Tag &t : rec->tags)
        keys << t.first;
    for (const Tag &t : tags) {
        auto checked = parseTag(t.first + QLatin1Char('=') + t.second);
        if (!checked)
            return std::unexpected(checked.error());
        if (!keys.contains(t.first))
            keys << t.first;
    }
    if (keys.size() > TagLimits::kMaxTags)
        return fail(ErrorCode::LimitExceeded, QStringLiteral("a certificate can have at most %1 tags (this would make %2)")
                                                  .arg(TagLimits::kMaxTags)
                                                  .arg(keys.size()));
    Database::Transaction tx(m_db.db());
    if (auto r = bumpVersion(id, expectedVersion); !r)
        return r;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO tags (cert_id, key, value) VALUES (?, ?, ?) "
                             "ON CONFLICT (cert_id, key) DO UPDATE SET value = excluded.value"));
    QStringList described;
    for (const Tag &t : tags) {
        q.addBindValue(id);
        q.addBindValue(t.first);
        q.addBindValue(t.second);
        if (!q.exec())
            return std::unexpected(sqlError(QStringLiteral("cannot tag certificate %1").arg(id), q));
        described << t.first + QLatin1Char('=') + t.second;
    }
    if (auto r = logEvent(QStringLiteral("tag"), id, rec->summary.domainName, described.join(QStringLiteral(", "))); !r)
        return r;
    return tx.commit();
}

Result<void> Inventory::bumpVersion(qint64 id, std::optional<qint64> expectedVersion)
{
    // The UPDATE also locks the row (PostgreSQL) or the database (SQLite) until commit: two edits
    // of one certificate run one after the other, and the second sees the first one's version.
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE certificates SET version = version + 1 WHERE id = ?%1")
                  .arg(expectedVersion ? QStringLiteral(" AND version = ?") : QString()));
    q.addBindValue(id);
    if (expectedVersion)
        q.addBindValue(*expectedVersion);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot change certificate %1").arg(id), q));
    if (q.numRowsAffected() > 0)
        return {};
    // Who changed it, for the message: the last edit in the audit log.
    QSqlQuery who(m_db.db());
    who.prepare(QStringLiteral("SELECT actor, at FROM events WHERE cert_id = ? AND kind IN ('tag', 'untag') ORDER BY id DESC LIMIT 1"));
    who.addBindValue(id);
    QString by;
    if (who.exec() && who.next())
        by = QStringLiteral(" by %1 at %2")
                 .arg(who.value(0).toString(),
                      QDateTime::fromSecsSinceEpoch(who.value(1).toLongLong(), Qt::UTC).toString(Qt::ISODate));
    return fail(ErrorCode::Conflict, QStringLiteral("certificate %1 was changed%2 since you read it: "
                                                    "nothing was saved; reload it and make the change again")
                                         .arg(id)
                                         .arg(by));
}

Result<void> Inventory::removeTags(qint64 id, const QStringList &keys, std::optional<qint64> expectedVersion)
{
    auto rec = record(id);
    if (!rec)
        return std::unexpected(rec.error());
    Database::Transaction tx(m_db.db());
    if (auto r = bumpVersion(id, expectedVersion); !r)
        return r;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM tags WHERE cert_id = ? AND key = ?"));
    for (const QString &k : keys) {
        q.addBindValue(id);
        q.addBindValue(k);
        if (!q.exec())
            return std::unexpected(sqlError(QStringLiteral("cannot untag certificate %1").arg(id), q));
    }
    if (auto r = logEvent(QStringLiteral("untag"), id, rec->summary.domainName, keys.join(QStringLiteral(", "))); !r)
        return r;
    return tx.commit();
}

Result<QList<Event>> Inventory::events(std::optional<qint64> certificateId, int limit)
{
    EventFilter filter;
    filter.certificateId = certificateId;
    return events(filter, 0, limit);
}

Result<QStringList> Inventory::eventKinds()
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT kind FROM events ORDER BY kind")))
        return std::unexpected(sqlError(QStringLiteral("cannot read event kinds"), q));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<Event>> Inventory::events(const EventFilter &filter, qint64 beforeId, int limit)
{
    QStringList clauses;
    QVariantList values;
    if (!filter.kind.isEmpty()) {
        clauses << QStringLiteral("kind = ?");
        values << filter.kind;
    }
    if (filter.certificateId) {
        clauses << QStringLiteral("cert_id = ?");
        values << *filter.certificateId;
    }
    if (!filter.subject.trimmed().isEmpty()) {
        QString text = filter.subject.trimmed();
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        clauses << QStringLiteral("subject %1 ? ESCAPE '\\'").arg(sql::ilike(m_db.db()));
        values << QString(QLatin1Char('%') + text + QLatin1Char('%'));
    }
    if (beforeId > 0) {
        clauses << QStringLiteral("id < ?");
        values << beforeId;
    }
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, kind, cert_id, subject, detail, actor FROM events ")
              + (clauses.isEmpty() ? QString() : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND ")))
              + QStringLiteral(" ORDER BY id DESC %1").arg(sql::limit(m_db.db(), limit)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read events"), q));
    QList<Event> out;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.kind = q.value(2).toString();
        if (!q.value(3).isNull())
            e.certificateId = q.value(3).toLongLong();
        e.subject = q.value(4).toString();
        e.detail = q.value(5).toString();
        e.actor = q.value(6).toString();
        out.append(e);
    }
    return out;
}

Result<void> Inventory::logEvent(const QString &kind, std::optional<qint64> certificateId, const QString &subject,
                                 const QString &detail)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO events (at, kind, cert_id, subject, detail, actor) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_clock.now().toSecsSinceEpoch());
    q.addBindValue(kind);
    q.addBindValue(certificateId ? QVariant(*certificateId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(subject);
    q.addBindValue(detail);
    q.addBindValue(m_actor);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot write the audit log"), q));
    return {};
}

} // namespace certdesk::core
