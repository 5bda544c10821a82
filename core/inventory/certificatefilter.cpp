#include "inventory/certificatefilter.h"

#include "inventory/sqldialect.h"

#include <QRegularExpression>

namespace certdesk::core {

namespace {

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

} // namespace

QString searchNeedle(const QString &text) { return text.trimmed().toLower(); }

QList<SqlCondition> exactSearchConditions(const SearchTerms &terms)
{
    QList<SqlCondition> out;
    if (!terms.serial.isEmpty())
        out.append({QStringLiteral("c.serial = ?"), {terms.serial}});
    if (terms.fingerprint) {
        const auto &[low, high] = *terms.fingerprint;
        for (const char *column : {"c.sha256", "c.sha1"}) {
            if (high.isEmpty())
                out.append({QStringLiteral("%1 >= ?").arg(QLatin1String(column)), {low}});
            else
                out.append({QStringLiteral("(%1 >= ? AND %1 < ?)").arg(QLatin1String(column)), {low, high}});
        }
    }
    return out;
}

SearchTerms searchTerms(const QString &text)
{
    SearchTerms out;
    out.pattern = QLatin1Char('%') + likeEscaped(searchNeedle(text)) + QLatin1Char('%');
    QString hex = text.trimmed();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]+$"));
    if (!hexOnly.match(hex).hasMatch())
        return out;
    out.serial = hex.toUpper();
    while (out.serial.size() > 1 && out.serial.startsWith(QLatin1Char('0')))
        out.serial.remove(0, 1);
    // A fingerprint is recognised from kMinFingerprintDigits on: shorter hex is too common in
    // names to mean one (and would match every sixteenth certificate).
    if (hex.size() >= kMinFingerprintDigits)
        out.fingerprint = hexPrefixRange(hex);
    return out;
}

QString searchText(const QString &subject, const QString &issuer, const QStringList &names)
{
    QString out = subject.toLower();
    out += QLatin1Char('\n');
    out += issuer.toLower();
    for (const QString &name : names) {
        out += QLatin1Char('\n');
        out += name.toLower();
    }
    return out;
}

std::pair<QByteArray, QByteArray> hexPrefixRange(QString hex)
{
    const bool odd = hex.size() % 2 == 1;
    QByteArray low = QByteArray::fromHex((odd ? hex + QLatin1Char('0') : hex).toLatin1());
    QByteArray high = low;
    // Increment the prefix as a big-endian number in units of its last digit.
    int step = odd ? 0x10 : 0x01;
    for (qsizetype i = high.size() - 1; i >= 0; --i) {
        const int v = (static_cast<unsigned char>(high[i])) + step;
        high[i] = char(v & 0xff);
        if (v <= 0xff)
            return {low, high};
        step = 1;
        high.truncate(i); // carried out of this byte: a shorter, larger prefix bounds the range
    }
    return {low, QByteArray()};
}

QStringList statusNames() { return {Status::Issued, Status::Expired, Status::NotYetValid, Status::Revoked}; }

QStringList sortColumns()
{
    return {QStringLiteral("name"),   QStringLiteral("not_after"), QStringLiteral("not_before"),
            QStringLiteral("issuer"), QStringLiteral("key_algorithm"), QStringLiteral("serial"),
            QStringLiteral("type"),   QStringLiteral("status"),    QStringLiteral("imported"),
            QStringLiteral("id")};
}

QString trustedChainSql(const QSqlDatabase &db, const QList<TrustedIssuer> &trusted, QVariantList &values)
{
    // Walks down from the trusted tops along issuer_id (indexed), so the cost grows with the
    // certificates that have a trusted chain, and finding the tops uses the partial index over
    // CAs and self-signed certificates and the AKI and issuer CN indexes.
    QString sql = QStringLiteral("WITH RECURSIVE ");
    QString tops = QStringLiteral("SELECT t.id FROM certificates t "
                                  "WHERE (t.is_ca = 1 OR t.self_signed = 1) AND t.self_signed = 1");
    if (!trusted.isEmpty()) {
        QStringList rows;
        for (const TrustedIssuer &anchor : trusted) {
            // PostgreSQL types a VALUES list from its first row: say what the parameters are.
            rows << (sql::isPostgres(db) ? QStringLiteral("(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BYTEA))")
                                         : QStringLiteral("(?, ?, ?)"));
            values << anchor.subject << anchor.commonName
                   << (anchor.keyId.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(anchor.keyId));
        }
        sql += QStringLiteral("anchors(subject, cn, ski) AS (VALUES ") + rows.join(QStringLiteral(", "))
            + QStringLiteral("), ");
        // CROSS JOIN keeps the anchors outside and "+" keeps the planner off the issuer_id index
        // here: with a hundred anchors it would otherwise scan every certificate without an issuer.
        tops += QStringLiteral(
            " UNION SELECT t.id FROM anchors a %2 certificates t ON t.aki = a.ski AND t.issuer = a.subject "
            "WHERE +t.issuer_id IS NULL AND t.self_signed = 0"
            " UNION SELECT t.id FROM anchors a %2 certificates t ON %1 "
            "AND t.issuer = a.subject WHERE (t.aki IS NULL OR a.ski IS NULL) AND +t.issuer_id IS NULL "
            "AND t.self_signed = 0")
                    .arg(sql::nocaseEquals(db, QStringLiteral("t.issuer_cn"), QStringLiteral("a.cn")), sql::orderedJoin(db));
    }
    return sql + QStringLiteral("trusted(id) AS (") + tops
        + QStringLiteral(" UNION SELECT k.id FROM trusted JOIN certificates k ON k.issuer_id = trusted.id) "
                         "SELECT id FROM trusted");
}

QString statusExpression(qint64 now)
{
    return QStringLiteral("CASE WHEN c.revoked_at IS NOT NULL THEN 'REVOKED' WHEN c.not_after < %1 THEN 'EXPIRED' "
                          "WHEN c.not_before > %1 THEN 'NOT_YET_VALID' ELSE 'ISSUED' END")
        .arg(now);
}

QString deriveStatus(const QDateTime &notBefore, const QDateTime &notAfter, bool revoked, const QDateTime &now)
{
    if (revoked)
        return Status::Revoked;
    if (now > notAfter)
        return Status::Expired;
    if (now < notBefore)
        return Status::NotYetValid;
    return Status::Issued;
}

Result<SqlFilter> buildFilter(const QSqlDatabase &db, const CertificateFilter &f, const QDateTime &nowTime)
{
    const qint64 now = nowTime.toSecsSinceEpoch();
    QStringList clauses;
    SqlFilter out;
    if (!f.status.isEmpty()) {
        const QString s = f.status.toUpper();
        if (s == Status::Revoked) {
            clauses << QStringLiteral("c.revoked_at IS NOT NULL");
        } else if (s == Status::Expired) {
            clauses << QStringLiteral("c.revoked_at IS NULL AND c.not_after < ?");
            out.values << now;
        } else if (s == Status::NotYetValid) {
            clauses << QStringLiteral("c.revoked_at IS NULL AND c.not_before > ? AND c.not_after >= ?");
            out.values << now << now;
        } else if (s == Status::Issued) {
            clauses << QStringLiteral("c.revoked_at IS NULL AND c.not_after >= ? AND c.not_before <= ?");
            out.values << now << now;
        } else {
            return fail(ErrorCode::InvalidInput, QStringLiteral("unknown status \"%1\" (one of %2)")
                                                     .arg(f.status, statusNames().join(QStringLiteral(", "))));
        }
    }
    if (!f.type.isEmpty()) {
        clauses << QStringLiteral("c.type = ?");
        out.values << f.type.toUpper();
    }
    if (!f.keyAlgorithm.isEmpty()) {
        clauses << sql::nocaseEquals(db, QStringLiteral("c.key_algorithm"), QStringLiteral("?"));
        out.values << f.keyAlgorithm;
    }
    if (f.expiresWithinDays) {
        if (*f.expiresWithinDays < 0)
            return fail(ErrorCode::InvalidInput, QStringLiteral("expires-within must be 0 days or more"));
        clauses << QStringLiteral("c.not_after >= ? AND c.not_after <= ?");
        out.values << now << now + qint64(*f.expiresWithinDays) * 86400;
    }
    for (const TagFilter &t : f.tags) {
        if (t.value) {
            // IN, not EXISTS: the tags index finds the few tagged ids, instead of a look-up per row.
            clauses << QStringLiteral("c.id IN (SELECT t.cert_id FROM tags t WHERE t.key = ? AND t.value = ?)");
            out.values << t.key << *t.value;
        } else {
            clauses << QStringLiteral("c.id IN (SELECT t.cert_id FROM tags t WHERE t.key = ?)");
            out.values << t.key;
        }
    }
    if (f.hasPrivateKey) {
        clauses << (*f.hasPrivateKey ? QStringLiteral("EXISTS (SELECT 1 FROM private_keys k WHERE k.spki_sha256 = c.spki_sha256)")
                                     : QStringLiteral("NOT EXISTS (SELECT 1 FROM private_keys k WHERE k.spki_sha256 = c.spki_sha256)"));
    }
    if (f.expiresAfter.isValid()) {
        clauses << QStringLiteral("c.not_after >= ?");
        out.values << f.expiresAfter.toSecsSinceEpoch();
    }
    if (f.expiresBefore.isValid()) {
        clauses << QStringLiteral("c.not_after < ?");
        out.values << f.expiresBefore.toSecsSinceEpoch();
    }
    if (!f.issuerCommonName.isEmpty()) {
        clauses << sql::nocaseEquals(db, QStringLiteral("c.issuer_cn"), QStringLiteral("?"));
        out.values << f.issuerCommonName;
    }
    if (f.chainsToTrustedRoot) {
        clauses << (*f.chainsToTrustedRoot ? QStringLiteral("c.id IN (") : QStringLiteral("c.id NOT IN ("))
                + trustedChainSql(db, f.trustedIssuers, out.values) + QLatin1Char(')');
    }
    const QString text = f.search.trimmed();
    if (f.searchIds) {
        QStringList ids;
        ids.reserve(f.searchIds->size());
        for (qint64 id : *f.searchIds)
            ids << QString::number(id);
        clauses << (ids.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("c.id IN (%1)").arg(ids.join(QLatin1Char(','))));
    } else if (!text.isEmpty()) {
        // Names, subject and issuer: one LIKE over the compact lower-case certificate_search row.
        const SearchTerms terms = searchTerms(text);
        QStringList any = {QStringLiteral("EXISTS (SELECT 1 FROM certificate_search s WHERE s.cert_id = c.id "
                                          "AND s.text LIKE ? ESCAPE '\\')")};
        out.values << terms.pattern;
        for (const SqlCondition &exact : exactSearchConditions(terms)) {
            any << exact.sql;
            out.values << exact.values;
        }
        clauses << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!clauses.isEmpty())
        out.where = QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
    return out;
}

Result<QString> buildOrderBy(const QSqlDatabase &db, const SortSpec &sort, const QDateTime &now)
{
    auto expr = sortExpression(db, sort, now);
    if (!expr)
        return expr;
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral("ORDER BY ") + *expr + dir + QStringLiteral(", c.id") + dir;
}

Result<QString> sortExpression(const QSqlDatabase &db, const SortSpec &sort, const QDateTime &now)
{
    const QString c = sort.column.toLower();
    QString expr;
    if (c == QLatin1String("name"))
        expr = sql::nocase(db, QStringLiteral("c.domain_name"));
    else if (c == QLatin1String("not_after") || c == QLatin1String("expires") || c == QLatin1String("days_left"))
        expr = QStringLiteral("c.not_after");
    else if (c == QLatin1String("not_before"))
        expr = QStringLiteral("c.not_before");
    else if (c == QLatin1String("issuer"))
        expr = sql::nocase(db, QStringLiteral("c.issuer_cn"));
    else if (c == QLatin1String("key_algorithm"))
        expr = QStringLiteral("c.key_algorithm");
    else if (c == QLatin1String("serial"))
        expr = QStringLiteral("c.serial");
    else if (c == QLatin1String("type"))
        expr = QStringLiteral("c.type");
    else if (c == QLatin1String("status"))
        expr = statusExpression(now.toSecsSinceEpoch());
    else if (c == QLatin1String("imported"))
        expr = QStringLiteral("c.imported_at");
    else if (c == QLatin1String("id"))
        expr = QStringLiteral("c.id");
    else
        return fail(ErrorCode::InvalidInput, QStringLiteral("cannot sort by \"%1\" (one of %2)")
                                                 .arg(sort.column, sortColumns().join(QStringLiteral(", "))));
    return expr;
}

} // namespace certdesk::core
