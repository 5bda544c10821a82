#include "inventory/dashboardstats.h"

#include "inventory/database.h"
#include "inventory/sqldialect.h"
#include "x509/importparser.h"

#include <QDir>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace certdesk::core {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kWeek = 7 * kDay;

// Runs a query whose first row holds integers; returns them.
Result<QList<qint64>> integers(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(sqlError(QStringLiteral("cannot count %1").arg(what), q));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot count %1").arg(what), q));
    QList<qint64> out;
    for (int i = 0; i < q.record().count(); ++i)
        out.append(q.value(i).toLongLong());
    return out;
}

Result<QSqlQuery> rows(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(sqlError(QStringLiteral("cannot count %1").arg(what), q));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot count %1").arg(what), q));
    return q;
}

// The status partition (REVOKED, else EXPIRED, else NOT_YET_VALID, else ISSUED) counted over
// indexes: each count reads an index range, and only the rare rows (revoked, not yet valid)
// are looked up in the table. Valid is what is left.
Result<void> countStatuses(QSqlDatabase &db, qint64 now, DashboardStats &s)
{
    auto total = integers(db, QStringLiteral("SELECT COUNT(*) FROM certificates"), {}, QStringLiteral("certificates"));
    if (!total)
        return std::unexpected(total.error());
    s.total = total->at(0);
    auto revoked = integers(db,
                            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN +not_after < ? THEN 1 ELSE 0 END), 0) FROM certificates "
                                           "WHERE revoked_at IS NOT NULL"),
                            {now}, QStringLiteral("revoked certificates"));
    if (!revoked)
        return std::unexpected(revoked.error());
    s.revoked = revoked->at(0);
    auto pastEnd = integers(db, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE not_after < ?"), {now},
                            QStringLiteral("expired certificates"));
    if (!pastEnd)
        return std::unexpected(pastEnd.error());
    s.expired = pastEnd->at(0) - revoked->at(1);
    auto future = integers(db,
                           QStringLiteral("SELECT COUNT(*) FROM certificates WHERE not_before > ? AND +not_after >= ? "
                                          "AND +revoked_at IS NULL"),
                           {now, now}, QStringLiteral("certificates not yet valid"));
    if (!future)
        return std::unexpected(future.error());
    s.notYetValid = future->at(0);
    s.valid = s.total - s.revoked - s.expired - s.notYetValid;
    s.byStatus = {{Status::Issued, s.valid}, {Status::Expired, s.expired}, {Status::NotYetValid, s.notYetValid},
                  {Status::Revoked, s.revoked}};
    return {};
}

// The tiles' expiry windows, and valid certificates by week and type. Looking up the type of each row in a year's range
// would read most of the table, so the weeks are counted from the not_after index alone and
// split by type from the other side: the rows of every type but the largest one are found
// through the type index; the largest type gets the rest. Revoked and not yet valid rows (rare)
// are found through their own indexes and taken off.
Result<void> countWeeks(QSqlDatabase &db, qint64 now, DashboardStats &s)
{
    const qint64 end = now + DashboardStats::kWeeks * kWeek;
    const QString week = QStringLiteral("(not_after - %1) / %2").arg(now).arg(kWeek);
    const QString range = QStringLiteral("+not_after >= %1 AND +not_after < %2").arg(now).arg(end);
    QHash<QString, qint64> perType;
    QString largest;
    {
        auto q = rows(db, QStringLiteral("SELECT type, COUNT(*) FROM certificates GROUP BY type"), {},
                      QStringLiteral("certificates by type"));
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            perType.insert(q->value(0).toString(), q->value(1).toLongLong());
            if (largest.isEmpty() || perType.value(largest) < q->value(1).toLongLong())
                largest = q->value(0).toString();
        }
    }
    // One range scan of the not_after index for the weeks and the tiles' windows (expiresWithinDays:
    // now to now + N days inclusive; 90 days lie well inside the 52 weeks).
    static_assert(DashboardStats::kExpiryWindows.back() < DashboardStats::kWeeks * 7);
    std::array<qint64, DashboardStats::kWeeks> all{};
    QStringList sums;
    QVariantList values;
    for (int days : DashboardStats::kExpiryWindows) {
        sums << QStringLiteral("SUM(CASE WHEN not_after <= ? THEN 1 ELSE 0 END)");
        values << now + days * kDay;
    }
    values << now << end;
    auto q = rows(db,
                  QStringLiteral("SELECT %1 AS week, COUNT(*), %2 FROM certificates WHERE not_after >= ? AND not_after < ? "
                                 "GROUP BY week")
                      .arg(week, sums.join(QStringLiteral(", "))),
                  values, QStringLiteral("certificates by week"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const qint64 w = q->value(0).toLongLong();
        if (w >= 0 && w < DashboardStats::kWeeks)
            all[size_t(w)] += q->value(1).toLongLong();
        for (size_t i = 0; i < s.expiringWithin.size(); ++i)
            s.expiringWithin[i] += q->value(int(i) + 2).toLongLong();
    }
    // (week, type, count) rows added to (sign +1) or taken off (-1) the weeks.
    const auto apply = [&s](QSqlQuery &rowsOf, int sign) {
        while (rowsOf.next()) {
            const qint64 w = rowsOf.value(0).toLongLong();
            if (w >= 0 && w < DashboardStats::kWeeks)
                s.expiringPerWeek[size_t(w)][rowsOf.value(1).toString()] += sign * rowsOf.value(2).toLongLong();
        }
    };
    QStringList others = perType.keys();
    others.removeAll(largest);
    if (!others.isEmpty()) {
        QVariantList values;
        for (const QString &t : std::as_const(others))
            values << t;
        auto minor = rows(db,
                          QStringLiteral("SELECT %1 AS week, type, COUNT(*) FROM certificates WHERE type IN (%2) AND %3 "
                                         "GROUP BY week, type")
                              .arg(week, QStringList(others.size(), QStringLiteral("?")).join(QLatin1Char(',')), range),
                          values, QStringLiteral("certificates by week and type"));
        if (!minor)
            return std::unexpected(minor.error());
        apply(*minor, 1);
    }
    if (!largest.isEmpty()) {
        for (int w = 0; w < DashboardStats::kWeeks; ++w) {
            qint64 rest = all[size_t(w)];
            for (const QString &t : std::as_const(others))
                rest -= s.expiringPerWeek[size_t(w)].value(t);
            s.expiringPerWeek[size_t(w)][largest] += rest;
        }
    }
    auto revoked = rows(db,
                        QStringLiteral("SELECT %1 AS week, type, COUNT(*) FROM certificates WHERE revoked_at IS NOT NULL "
                                       "AND %2 GROUP BY week, type")
                            .arg(week, range),
                        {}, QStringLiteral("revoked certificates by week"));
    if (!revoked)
        return std::unexpected(revoked.error());
    apply(*revoked, -1);
    auto future = rows(db,
                       QStringLiteral("SELECT %1 AS week, type, COUNT(*) FROM certificates WHERE not_before > ? "
                                      "AND +revoked_at IS NULL AND %2 GROUP BY week, type")
                           .arg(week, range),
                       {now}, QStringLiteral("certificates not yet valid by week"));
    if (!future)
        return std::unexpected(future.error());
    apply(*future, -1);
    QSet<QString> types;
    for (auto &weekCounts : s.expiringPerWeek) {
        for (auto it = weekCounts.begin(); it != weekCounts.end();) {
            if (it.value() == 0) {
                it = weekCounts.erase(it);
            } else {
                types.insert(it.key());
                ++it;
            }
        }
    }
    s.types = QStringList(types.cbegin(), types.cend());
    s.types.sort();
    return {};
}

Result<void> countBreakdowns(QSqlDatabase &db, DashboardStats &s)
{
    // Both over their indexes (issuer CN case-insensitive, as the filter compares it).
    auto issuers = rows(db,
                        QStringLiteral("SELECT MIN(issuer_cn), COUNT(*) AS n FROM certificates GROUP BY %1 ORDER BY n DESC, %1")
                            .arg(sql::nocase(db, QStringLiteral("issuer_cn"))),
                        {}, QStringLiteral("certificates by issuer"));
    if (!issuers)
        return std::unexpected(issuers.error());
    while (issuers->next()) {
        const qint64 n = issuers->value(1).toLongLong();
        if (s.byIssuer.size() < DashboardStats::kTopIssuers)
            s.byIssuer.append({issuers->value(0).toString(), n});
        else
            s.otherIssuers += n;
    }
    auto algorithms = rows(db,
                           QStringLiteral("SELECT key_algorithm, COUNT(*) AS n FROM certificates GROUP BY key_algorithm "
                                          "ORDER BY n DESC, key_algorithm"),
                           {}, QStringLiteral("certificates by key algorithm"));
    if (!algorithms)
        return std::unexpected(algorithms.error());
    while (algorithms->next())
        s.byKeyAlgorithm.append({algorithms->value(0).toString(), algorithms->value(1).toLongLong()});
    return {};
}

Result<void> countKeysAndChains(QSqlDatabase &db, const QList<TrustedIssuer> &trusted, DashboardStats &s)
{
    // private_keys is small and spki_sha256 unique there: join from it into the SPKI index.
    auto keys = integers(db,
                         QStringLiteral("SELECT COUNT(*) FROM private_keys k %1 certificates c ON c.spki_sha256 = k.spki_sha256")
                             .arg(sql::orderedJoin(db)),
                         {}, QStringLiteral("certificates with a private key"));
    if (!keys)
        return std::unexpected(keys.error());
    s.withPrivateKey = keys->at(0);
    QVariantList values;
    const QString chained = trustedChainSql(db, trusted, values);
    auto withChain = integers(db, QStringLiteral("SELECT COUNT(*) FROM (") + chained + QStringLiteral(") AS chained"), values,
                              QStringLiteral("certificates with a trusted chain"));
    if (!withChain)
        return std::unexpected(withChain.error());
    s.withoutTrustedChain = s.total - withChain->at(0);
    return {};
}

Result<void> readNextToExpire(QSqlDatabase &db, qint64 now, DashboardStats &s)
{
    auto q = rows(db,
                  QStringLiteral("SELECT c.id, c.sha256, c.domain_name, c.san_count, c.type, c.subject, c.issuer, "
                                 "c.issuer_cn, c.key_algorithm, c.serial, c.not_before, c.not_after, c.is_ca "
                                 "FROM certificates c WHERE c.not_after >= ? AND c.revoked_at IS NULL "
                                 "AND c.not_before <= ? ORDER BY c.not_after, c.id LIMIT %1")
                      .arg(DashboardStats::kNextToExpire),
                  {now, now}, QStringLiteral("the next certificates to expire"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        CertificateSummary c;
        c.id = q->value(0).toLongLong();
        c.sha256 = QString::fromLatin1(q->value(1).toByteArray().toHex());
        c.domainName = q->value(2).toString();
        c.sanCount = q->value(3).toInt();
        c.status = Status::Issued;
        c.type = q->value(4).toString();
        c.subject = q->value(5).toString();
        c.issuer = q->value(6).toString();
        c.issuerCommonName = q->value(7).toString();
        c.keyAlgorithm = q->value(8).toString();
        c.serial = q->value(9).toString();
        c.notBefore = QDateTime::fromSecsSinceEpoch(q->value(10).toLongLong(), Qt::UTC);
        c.notAfter = QDateTime::fromSecsSinceEpoch(q->value(11).toLongLong(), Qt::UTC);
        c.isCa = q->value(12).toBool();
        s.nextToExpire.append(c);
    }
    return {};
}

} // namespace

qint64 DashboardStats::count(Count which) const
{
    switch (which) {
    case Count::Total:
        return total;
    case Count::Valid:
        return valid;
    case Count::Expired:
        return expired;
    case Count::Expiring7:
        return expiringWithin[0];
    case Count::Expiring30:
        return expiringWithin[1];
    case Count::Expiring60:
        return expiringWithin[2];
    case Count::Expiring90:
        return expiringWithin[3];
    case Count::WithPrivateKey:
        return withPrivateKey;
    case Count::WithoutTrustedChain:
        return withoutTrustedChain;
    }
    return 0;
}

qint64 DashboardStats::expiringInWeek(int week) const
{
    if (week < 0 || week >= kWeeks)
        return 0;
    qint64 n = 0;
    for (qint64 v : expiringPerWeek[size_t(week)])
        n += v;
    return n;
}

CertificateFilter DashboardStats::filter(Count which, const QList<TrustedIssuer> &trusted)
{
    CertificateFilter f;
    switch (which) {
    case Count::Total:
        break;
    case Count::Valid:
        f.status = Status::Issued;
        break;
    case Count::Expired:
        f.status = Status::Expired;
        break;
    case Count::Expiring7:
    case Count::Expiring30:
    case Count::Expiring60:
    case Count::Expiring90:
        f.expiresWithinDays = kExpiryWindows[size_t(int(which) - int(Count::Expiring7))];
        break;
    case Count::WithPrivateKey:
        f.hasPrivateKey = true;
        break;
    case Count::WithoutTrustedChain:
        f.chainsToTrustedRoot = false;
        f.trustedIssuers = trusted;
        break;
    }
    return f;
}

CertificateFilter DashboardStats::weekFilter(int week, const QString &type) const
{
    CertificateFilter f;
    f.status = Status::Issued;
    f.type = type;
    f.expiresAfter = weekStart(week);
    f.expiresBefore = weekStart(week + 1);
    return f;
}

CertificateFilter DashboardStats::statusFilter(const QString &status)
{
    CertificateFilter f;
    f.status = status;
    return f;
}

CertificateFilter DashboardStats::issuerFilter(const QString &issuerCommonName)
{
    CertificateFilter f;
    f.issuerCommonName = issuerCommonName;
    return f;
}

CertificateFilter DashboardStats::keyAlgorithmFilter(const QString &keyAlgorithm)
{
    CertificateFilter f;
    f.keyAlgorithm = keyAlgorithm;
    return f;
}

Result<DashboardStats> computeDashboardStats(Database &database, const QDateTime &nowTime,
                                             const QList<TrustedIssuer> &trusted)
{
    QSqlDatabase &db = database.db();
    const qint64 now = nowTime.toSecsSinceEpoch();
    DashboardStats s;
    s.at = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    // One read transaction: every number sees the same snapshot of the inventory.
    if (!db.transaction())
        return std::unexpected(sqlError(QStringLiteral("cannot read the inventory"), db));
    Result<void> r = countStatuses(db, now, s);
    if (r)
        r = countWeeks(db, now, s);
    if (r)
        r = countBreakdowns(db, s);
    if (r)
        r = countKeysAndChains(db, trusted, s);
    if (r)
        r = readNextToExpire(db, now, s);
    db.rollback();
    if (!r)
        return std::unexpected(r.error());
    return s;
}

QList<TrustedIssuer> loadTrustedIssuers(const QString &dir)
{
    const ImportParser parser;
    QList<Certificate> certificates;
    const QDir folder(dir);
    const QString bundle = folder.filePath(QStringLiteral("ca-certificates.crt"));
    if (QFileInfo::exists(bundle)) {
        certificates = parser.parseFile(bundle).certificates;
    } else {
        const QStringList files = folder.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"),
                                                    QStringLiteral("*.cer"), QStringLiteral("*.der")},
                                                   QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : files)
            certificates += parser.parseFile(folder.filePath(name)).certificates;
    }
    QList<TrustedIssuer> out;
    QSet<QString> seen;
    for (const Certificate &c : certificates) {
        TrustedIssuer t;
        t.subject = c.subject().rfc4514;
        t.commonName = c.subject().value(QStringLiteral("CN"));
        if (t.commonName.isEmpty())
            t.commonName = c.subject().value(QStringLiteral("O"));
        t.keyId = c.subjectKeyId();
        if (seen.contains(t.subject + QLatin1Char('|') + QString::fromLatin1(t.keyId.toHex())))
            continue;
        seen.insert(t.subject + QLatin1Char('|') + QString::fromLatin1(t.keyId.toHex()));
        out.append(t);
    }
    return out;
}

} // namespace certdesk::core
