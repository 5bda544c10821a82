#include "inventory/certificaterows.h"

#include "inventory/certificatefilter.h"
#include "inventory/database.h"

#include <QHash>
#include <QSqlError>

namespace certdesk::core {

namespace {

#define CERTIFICATE_COLUMNS                                                                                            \
    "sha256, sha1, domain_name, common_name, subject, issuer, issuer_cn, serial, not_before, not_after, "            \
    "key_algorithm, signature_algorithm, type, is_ca, self_signed, ski, aki, spki_sha256, issuer_id, san_count, "    \
    "imported_at"

// A PostgreSQL array literal's text element: quoted, backslash and quote escaped.
QString textElement(QString item)
{
    item.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + item + QLatin1Char('"');
}

// A PostgreSQL text[] literal: {"a","b"}.
QString textArray(const QStringList &items)
{
    QStringList elements;
    elements.reserve(items.size());
    for (const QString &item : items)
        elements << textElement(item);
    return QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}');
}

// A PostgreSQL bytea[] element in an array literal: "\\x0a1b..." (NULL for an empty value when nullable).
QString byteaElement(const QByteArray &b, bool nullIfEmpty = false)
{
    if (b.isEmpty() && nullIfEmpty)
        return QStringLiteral("NULL");
    return QStringLiteral("\"\\\\x") + QString::fromLatin1(b.toHex()) + QLatin1Char('"');
}

QString numberElement(std::optional<qint64> v) { return v ? QString::number(*v) : QStringLiteral("NULL"); }

QString arrayOf(const QStringList &elements) { return QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}'); }

} // namespace

CertificateRows::CertificateRows(QSqlDatabase &db)
    : m_db(db)
    , m_postgres(db.driverName() == QLatin1String("QPSQL"))
{
    if (m_postgres)
        return; // prepared on first use: with or without an audit entry
    m_insertCert.emplace(db,
                         "INSERT INTO certificates (" CERTIFICATE_COLUMNS ") "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (sha256) DO NOTHING",
                         true);
    m_insertDer.emplace(db, "INSERT INTO certificate_der (cert_id, der) VALUES (?, ?)");
    m_insertSearch.emplace(db, "INSERT INTO certificate_search (cert_id, text) VALUES (?, ?)");
    m_insertName.emplace(db, "INSERT INTO names (cert_id, kind, name) VALUES (?, ?, ?)");
}

QSqlQuery &CertificateRows::postgresStatement(bool withEvent)
{
    std::optional<QSqlQuery> &q = withEvent ? m_insertAllWithEvent : m_insertAll;
    if (q)
        return *q;
    q.emplace(m_db);
    q->setForwardOnly(true);
    QString sql = QStringLiteral(
        "WITH c AS (INSERT INTO certificates (" CERTIFICATE_COLUMNS ") "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (sha256) DO NOTHING RETURNING id, imported_at), "
        "d AS (INSERT INTO certificate_der (cert_id, der) SELECT id, ?::bytea FROM c), "
        "s AS (INSERT INTO certificate_search (cert_id, text) SELECT id, ?::text FROM c), "
        "n AS (INSERT INTO names (cert_id, kind, name) SELECT c.id, t.kind, t.name FROM c, "
        "unnest(?::text[], ?::text[]) AS t(kind, name)) ");
    if (withEvent)
        sql += QStringLiteral(", e AS (INSERT INTO events (at, kind, cert_id, subject, detail, actor) "
                              "SELECT imported_at, ?::text, id, ?::text, ?::text, ?::text FROM c) ");
    sql += QStringLiteral("SELECT id FROM c");
    if (!q->prepare(sql) && m_prepareError.isEmpty())
        m_prepareError = q->lastError().text();
    return *q;
}

Result<std::optional<qint64>> CertificateRows::insertPostgres(const Certificate &cert, std::optional<qint64> issuerId,
                                                              qint64 now, const QString &type, const QString &issuerCn,
                                                              const QString &search, const CertificateEvent *event)
{
    QSqlQuery &q = postgresStatement(event != nullptr);
    if (!m_prepareError.isEmpty())
        return fail(ErrorCode::Database, QStringLiteral("cannot store the certificate: ") + m_prepareError);
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    const auto nullBytes = [](const QByteArray &b) { return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b); };
    int i = 0;
    q.bindValue(i++, cert.sha256());
    q.bindValue(i++, cert.sha1());
    q.bindValue(i++, text(cert.domainName()));
    q.bindValue(i++, text(cert.commonName()));
    q.bindValue(i++, text(cert.subject().rfc4514));
    q.bindValue(i++, text(cert.issuer().rfc4514));
    q.bindValue(i++, text(issuerCn));
    q.bindValue(i++, text(cert.serial()));
    q.bindValue(i++, cert.notBefore().toSecsSinceEpoch());
    q.bindValue(i++, cert.notAfter().toSecsSinceEpoch());
    q.bindValue(i++, text(cert.keyAlgorithm()));
    q.bindValue(i++, text(cert.signatureAlgorithm()));
    q.bindValue(i++, text(type));
    q.bindValue(i++, qint64(cert.isCa() ? 1 : 0));
    q.bindValue(i++, qint64(cert.isSelfSigned() ? 1 : 0));
    q.bindValue(i++, nullBytes(cert.subjectKeyId()));
    q.bindValue(i++, nullBytes(cert.authorityKeyId()));
    q.bindValue(i++, cert.publicKeySha256());
    q.bindValue(i++, issuerId ? QVariant(*issuerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(i++, qint64(cert.subjectAlternativeNames().size()));
    q.bindValue(i++, now);
    q.bindValue(i++, cert.der());
    q.bindValue(i++, text(search));
    QStringList kinds, values;
    for (const GeneralName &n : cert.subjectAlternativeNames()) {
        kinds << GeneralName::kindName(n.kind);
        values << n.value;
    }
    q.bindValue(i++, textArray(kinds));
    q.bindValue(i++, textArray(values));
    if (event) {
        q.bindValue(i++, text(event->kind));
        q.bindValue(i++, text(event->subject));
        q.bindValue(i++, text(event->detail));
        q.bindValue(i++, text(event->actor));
    }
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot store the certificate"), q));
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id; // nullopt: there already (same SHA-256)
}

Result<std::optional<qint64>> CertificateRows::insert(const Certificate &cert, std::optional<qint64> issuerId, qint64 now,
                                                      const QString &type, const CertificateEvent *event)
{
    QString issuerCn = cert.issuer().value(QStringLiteral("CN"));
    if (issuerCn.isEmpty())
        issuerCn = cert.issuer().value(QStringLiteral("O"));
    if (m_postgres) {
        QStringList names;
        names.reserve(cert.subjectAlternativeNames().size());
        for (const GeneralName &n : cert.subjectAlternativeNames())
            names << n.value;
        return insertPostgres(cert, issuerId, now, type, issuerCn,
                              searchText(cert.subject().rfc4514, cert.issuer().rfc4514, names), event);
    }
    BulkStatement &q = *m_insertCert;
    q.bind(1, cert.sha256());
    q.bind(2, cert.sha1());
    q.bind(3, cert.domainName());
    q.bind(4, cert.commonName());
    q.bind(5, cert.subject().rfc4514);
    q.bind(6, cert.issuer().rfc4514);
    q.bind(7, issuerCn);
    q.bind(8, cert.serial());
    q.bind(9, cert.notBefore().toSecsSinceEpoch());
    q.bind(10, cert.notAfter().toSecsSinceEpoch());
    q.bind(11, cert.keyAlgorithm());
    q.bind(12, cert.signatureAlgorithm());
    q.bind(13, type);
    q.bind(14, qint64(cert.isCa() ? 1 : 0));
    q.bind(15, qint64(cert.isSelfSigned() ? 1 : 0));
    const QByteArray ski = cert.subjectKeyId();
    const QByteArray aki = cert.authorityKeyId();
    if (ski.isEmpty())
        q.bindNull(16);
    else
        q.bind(16, ski);
    if (aki.isEmpty())
        q.bindNull(17);
    else
        q.bind(17, aki);
    q.bind(18, cert.publicKeySha256());
    if (issuerId)
        q.bind(19, *issuerId);
    else
        q.bindNull(19);
    q.bind(20, qint64(cert.subjectAlternativeNames().size()));
    q.bind(21, now);
    if (auto r = q.exec("cannot store the certificate"); !r)
        return std::unexpected(r.error());
    if (q.changes() == 0)
        return std::optional<qint64>();
    const qint64 id = q.lastInsertId();

    m_insertDer->bind(1, id);
    m_insertDer->bind(2, cert.der());
    if (auto r = m_insertDer->exec("cannot store the certificate"); !r)
        return std::unexpected(r.error());
    QStringList names;
    names.reserve(cert.subjectAlternativeNames().size());
    for (const GeneralName &n : cert.subjectAlternativeNames())
        names << n.value;
    m_insertSearch->bind(1, id);
    m_insertSearch->bind(2, searchText(cert.subject().rfc4514, cert.issuer().rfc4514, names));
    if (auto r = m_insertSearch->exec("cannot store the names to search"); !r)
        return std::unexpected(r.error());
    for (const GeneralName &n : cert.subjectAlternativeNames()) {
        m_insertName->bind(1, id);
        m_insertName->bind(2, GeneralName::kindName(n.kind));
        m_insertName->bind(3, n.value);
        if (auto r = m_insertName->exec("cannot store the names"); !r)
            return std::unexpected(r.error());
    }
    if (event) {
        if (!m_insertEvent)
            m_insertEvent.emplace(m_db, "INSERT INTO events (at, kind, cert_id, subject, detail, actor) VALUES (?, ?, ?, ?, ?, ?)");
        m_insertEvent->bind(1, now);
        m_insertEvent->bind(2, event->kind);
        m_insertEvent->bind(3, id);
        m_insertEvent->bind(4, event->subject);
        m_insertEvent->bind(5, event->detail);
        m_insertEvent->bind(6, event->actor);
        if (auto r = m_insertEvent->exec("cannot write the audit log"); !r)
            return std::unexpected(r.error());
    }
    return std::optional<qint64>(id);
}

Result<QList<std::optional<qint64>>> CertificateRows::insertMany(const QList<Row> &rows)
{
    QList<std::optional<qint64>> out;
    if (rows.isEmpty())
        return out;
    if (!m_postgres)
        return fail(ErrorCode::Internal, QStringLiteral("CertificateRows::insertMany is for PostgreSQL"));
    if (!m_insertMany) {
        m_insertMany.emplace(m_db);
        m_insertMany->setForwardOnly(true);
        // One row per certificate from the arrays (the first of repeats only), inserted in order;
        // DER, search text, names and the audit entry of those that were new.
        if (!m_insertMany->prepare(QStringLiteral(
                "WITH i AS (SELECT DISTINCT ON (sha256) * FROM unnest(?::bytea[], ?::bytea[], ?::text[], ?::text[], "
                "?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], "
                "?::bigint[], ?::bigint[], ?::bytea[], ?::bytea[], ?::bytea[], ?::bigint[], ?::bigint[], ?::bigint[], "
                "?::bytea[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS t(" CERTIFICATE_COLUMNS
                ", der, search, ev_kind, ev_subject, ev_detail, ev_actor, ord) ORDER BY sha256, ord), "
                "c AS (INSERT INTO certificates (" CERTIFICATE_COLUMNS ") SELECT " CERTIFICATE_COLUMNS " FROM i ORDER BY ord "
                "ON CONFLICT (sha256) DO NOTHING RETURNING id, sha256), "
                "d AS (INSERT INTO certificate_der (cert_id, der) SELECT c.id, i.der FROM c JOIN i USING (sha256)), "
                "s AS (INSERT INTO certificate_search (cert_id, text) SELECT c.id, i.search FROM c JOIN i USING (sha256)), "
                "n AS (INSERT INTO names (cert_id, kind, name) SELECT c.id, nm.kind, nm.name FROM c JOIN i USING (sha256) "
                "JOIN unnest(?::bigint[], ?::text[], ?::text[]) AS nm(ord, kind, name) ON nm.ord = i.ord), "
                "e AS (INSERT INTO events (at, kind, cert_id, subject, detail, actor) SELECT i.imported_at, i.ev_kind, c.id, "
                "i.ev_subject, i.ev_detail, i.ev_actor FROM c JOIN i USING (sha256) WHERE i.ev_kind <> '' ORDER BY i.ord) "
                "SELECT id, sha256 FROM c")))
            m_prepareError = m_insertMany->lastError().text();
    }
    if (!m_prepareError.isEmpty())
        return fail(ErrorCode::Database, QStringLiteral("cannot store the certificates: ") + m_prepareError);

    enum { kColumns = 27 };
    QList<QStringList> columns(kColumns);
    for (QStringList &c : columns)
        c.reserve(rows.size());
    QStringList nameOrd, nameKind, nameValue;
    qint64 ord = 0;
    for (const Row &r : rows) {
        ++ord;
        const Certificate &cert = r.cert;
        QString issuerCn = cert.issuer().value(QStringLiteral("CN"));
        if (issuerCn.isEmpty())
            issuerCn = cert.issuer().value(QStringLiteral("O"));
        QStringList names;
        for (const GeneralName &n : cert.subjectAlternativeNames()) {
            names << n.value;
            nameOrd << QString::number(ord);
            nameKind << GeneralName::kindName(n.kind);
            nameValue << n.value;
        }
        const QStringList texts{cert.domainName(), cert.commonName(), cert.subject().rfc4514, cert.issuer().rfc4514,
                                issuerCn,          cert.serial()};
        int c = 0;
        columns[c++] << byteaElement(cert.sha256());
        columns[c++] << byteaElement(cert.sha1());
        for (const QString &t : texts)
            columns[c++] << textElement(t);
        columns[c++] << QString::number(cert.notBefore().toSecsSinceEpoch());
        columns[c++] << QString::number(cert.notAfter().toSecsSinceEpoch());
        columns[c++] << textElement(cert.keyAlgorithm());
        columns[c++] << textElement(cert.signatureAlgorithm());
        columns[c++] << textElement(r.type);
        columns[c++] << QString::number(cert.isCa() ? 1 : 0);
        columns[c++] << QString::number(cert.isSelfSigned() ? 1 : 0);
        columns[c++] << byteaElement(cert.subjectKeyId(), true);
        columns[c++] << byteaElement(cert.authorityKeyId(), true);
        columns[c++] << byteaElement(cert.publicKeySha256());
        columns[c++] << numberElement(r.issuerId);
        columns[c++] << QString::number(cert.subjectAlternativeNames().size());
        columns[c++] << QString::number(r.now);
        columns[c++] << byteaElement(cert.der());
        columns[c++] << textElement(searchText(cert.subject().rfc4514, cert.issuer().rfc4514, names));
        columns[c++] << textElement(r.event.kind);
        columns[c++] << textElement(r.event.subject);
        columns[c++] << textElement(r.event.detail);
        columns[c++] << textElement(r.event.actor);
        Q_ASSERT(c == kColumns);
    }
    QSqlQuery &q = *m_insertMany;
    int i = 0;
    for (const QStringList &c : std::as_const(columns))
        q.bindValue(i++, arrayOf(c));
    q.bindValue(i++, arrayOf(nameOrd));
    q.bindValue(i++, textArray(nameKind));
    q.bindValue(i++, textArray(nameValue));
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot store the certificates"), q));
    QHash<QByteArray, qint64> inserted;
    while (q.next())
        inserted.insert(q.value(1).toByteArray(), q.value(0).toLongLong());
    q.finish();
    out.reserve(rows.size());
    for (const Row &r : rows) {
        const auto it = inserted.find(r.cert.sha256());
        if (it == inserted.end()) {
            out.append(std::nullopt);
        } else {
            out.append(*it);
            inserted.erase(it); // a repeat later in the batch is a duplicate
        }
    }
    return out;
}

} // namespace certdesk::core
