#include "inventory/certificaterows.h"

#include "inventory/certificatefilter.h"
#include "inventory/database.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QtEndian>

#include <libpq-fe.h>

#include <array>
#include <memory>
#include <vector>

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

// PostgreSQL's element types of the bulk insert, and the OIDs of their array types (pg_type.dat).
enum class PgType { Bytea, Text, Int8 };

unsigned int elementTypeOid(PgType t) { return t == PgType::Bytea ? 17 : t == PgType::Text ? 25 : 20; }
unsigned int arrayTypeOid(PgType t) { return t == PgType::Bytea ? 1001 : t == PgType::Text ? 1009 : 1016; }

// A one-dimensional array in PostgreSQL's binary wire format (array_recv): a header of ndim,
// has-nulls, element type, then length and lower bound; each element its byte length (-1 for
// NULL) and its bytes; all integers big-endian.
class PgArray
{
public:
    explicit PgArray(PgType type)
        : m_type(type)
    {
    }
    void add(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }
    void add(const QString &text) { add(text.toUtf8()); }
    void add(qint64 value)
    {
        char be[8];
        qToBigEndian(value, be);
        append(be, 8);
    }
    void addOrNull(const QByteArray &bytes) { bytes.isEmpty() ? addNull() : add(bytes); }
    void addNull()
    {
        appendInt(-1);
        m_hasNull = true;
        ++m_count;
    }
    QByteArray finish() const
    {
        QByteArray out;
        out.reserve(20 + m_elements.size());
        const auto put = [&out](qint32 v) {
            char be[4];
            qToBigEndian(v, be);
            out.append(be, 4);
        };
        put(1);
        put(m_hasNull ? 1 : 0);
        put(qint32(elementTypeOid(m_type)));
        put(m_count);
        put(1);
        out.append(m_elements);
        return out;
    }

private:
    void appendInt(qint32 v)
    {
        char be[4];
        qToBigEndian(v, be);
        m_elements.append(be, 4);
    }
    void append(const char *data, qsizetype size)
    {
        appendInt(qint32(size));
        m_elements.append(data, size);
        ++m_count;
    }

    PgType m_type;
    QByteArray m_elements;
    qint32 m_count = 0;
    bool m_hasNull = false;
};

// The libpq connection behind a QPSQL connection (nullptr for other drivers).
PGconn *postgresHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

struct PgResultFree
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, PgResultFree>;

// A failed libpq call as QPSQL would report it (so a refused grant reads as "not permitted").
Error postgresError(const QString &what, PGconn *conn, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed();
    return sqlError(what, QSqlError(QStringLiteral("QPSQL: Unable to execute the statement"), message,
                                    QSqlError::StatementError, state ? QString::fromLatin1(state) : QString()));
}

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
    PGconn *conn = postgresHandle(m_db);
    if (!m_postgres || !conn)
        return fail(ErrorCode::Internal, QStringLiteral("CertificateRows::insertMany is for PostgreSQL"));
    // One row per certificate from the arrays (the first of repeats only), inserted in order;
    // DER, search text, names and the audit entry of those that were new.
    static const char *const kSql =
        "WITH i AS (SELECT DISTINCT ON (sha256) * FROM unnest($1::bytea[], $2::bytea[], $3::text[], $4::text[], "
        "$5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10::bigint[], $11::text[], $12::text[], "
        "$13::text[], $14::bigint[], $15::bigint[], $16::bytea[], $17::bytea[], $18::bytea[], $19::bigint[], "
        "$20::bigint[], $21::bigint[], $22::bytea[], $23::text[], $24::text[], $25::text[], $26::text[], $27::text[]) "
        "WITH ORDINALITY AS t(" CERTIFICATE_COLUMNS ", der, search, ev_kind, ev_subject, ev_detail, ev_actor, ord) "
        "ORDER BY sha256, ord), "
        "c AS (INSERT INTO certificates (" CERTIFICATE_COLUMNS ") SELECT " CERTIFICATE_COLUMNS " FROM i ORDER BY ord "
        "ON CONFLICT (sha256) DO NOTHING RETURNING id, sha256), "
        "d AS (INSERT INTO certificate_der (cert_id, der) SELECT c.id, i.der FROM c JOIN i USING (sha256)), "
        "s AS (INSERT INTO certificate_search (cert_id, text) SELECT c.id, i.search FROM c JOIN i USING (sha256)), "
        "n AS (INSERT INTO names (cert_id, kind, name) SELECT c.id, nm.kind, nm.name FROM c JOIN i USING (sha256) "
        "JOIN unnest($28::bigint[], $29::text[], $30::text[]) AS nm(ord, kind, name) ON nm.ord = i.ord), "
        "e AS (INSERT INTO events (at, kind, cert_id, subject, detail, actor) SELECT i.imported_at, i.ev_kind, c.id, "
        "i.ev_subject, i.ev_detail, i.ev_actor FROM c JOIN i USING (sha256) WHERE i.ev_kind <> '' ORDER BY i.ord) "
        "SELECT id, sha256 FROM c";

    // The arrays go in PostgreSQL's binary format: no SQL text of several megabytes for the server
    // to lex, no hex for it to decode, no quoting on either side.
    enum Column { kColumns = 27 };
    static constexpr PgType kTypes[kColumns + 3] = {
        PgType::Bytea, PgType::Bytea, PgType::Text,  PgType::Text,  PgType::Text,  PgType::Text,  PgType::Text,
        PgType::Text,  PgType::Int8,  PgType::Int8,  PgType::Text,  PgType::Text,  PgType::Text,  PgType::Int8,
        PgType::Int8,  PgType::Bytea, PgType::Bytea, PgType::Bytea, PgType::Int8,  PgType::Int8,  PgType::Int8,
        PgType::Bytea, PgType::Text,  PgType::Text,  PgType::Text,  PgType::Text,  PgType::Text,
        PgType::Int8,  PgType::Text,  PgType::Text};
    std::vector<PgArray> arrays;
    arrays.reserve(kColumns + 3);
    for (PgType t : kTypes)
        arrays.emplace_back(t);
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
            arrays[kColumns].add(ord);
            arrays[kColumns + 1].add(GeneralName::kindName(n.kind));
            arrays[kColumns + 2].add(n.value);
        }
        int c = 0;
        arrays[c++].add(cert.sha256());
        arrays[c++].add(cert.sha1());
        for (const QString &t : {cert.domainName(), cert.commonName(), cert.subject().rfc4514, cert.issuer().rfc4514,
                                 issuerCn, cert.serial()})
            arrays[c++].add(t);
        arrays[c++].add(cert.notBefore().toSecsSinceEpoch());
        arrays[c++].add(cert.notAfter().toSecsSinceEpoch());
        arrays[c++].add(cert.keyAlgorithm());
        arrays[c++].add(cert.signatureAlgorithm());
        arrays[c++].add(r.type);
        arrays[c++].add(qint64(cert.isCa() ? 1 : 0));
        arrays[c++].add(qint64(cert.isSelfSigned() ? 1 : 0));
        arrays[c++].addOrNull(cert.subjectKeyId());
        arrays[c++].addOrNull(cert.authorityKeyId());
        arrays[c++].add(cert.publicKeySha256());
        if (r.issuerId)
            arrays[c++].add(*r.issuerId);
        else
            arrays[c++].addNull();
        arrays[c++].add(qint64(cert.subjectAlternativeNames().size()));
        arrays[c++].add(r.now);
        arrays[c++].add(cert.der());
        arrays[c++].add(searchText(cert.subject().rfc4514, cert.issuer().rfc4514, names));
        arrays[c++].add(r.event.kind);
        arrays[c++].add(r.event.subject);
        arrays[c++].add(r.event.detail);
        arrays[c++].add(r.event.actor);
        Q_ASSERT(c == kColumns);
    }
    std::array<QByteArray, kColumns + 3> values;
    std::array<const char *, kColumns + 3> pointers{};
    std::array<int, kColumns + 3> lengths{}, formats{};
    std::array<unsigned int, kColumns + 3> types{};
    for (size_t i = 0; i < values.size(); ++i) {
        values[i] = arrays[i].finish();
        pointers[i] = values[i].constData();
        lengths[i] = int(values[i].size());
        formats[i] = 1; // binary
        types[i] = arrayTypeOid(kTypes[i]);
    }
    arrays.clear();
    PgResult result(PQexecParams(conn, kSql, int(values.size()), types.data(), pointers.data(), lengths.data(),
                                 formats.data(), 1 /* binary results */));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return std::unexpected(postgresError(QStringLiteral("cannot store the certificates"), conn, result.get()));
    QHash<QByteArray, qint64> inserted;
    const int n = PQntuples(result.get());
    inserted.reserve(n);
    for (int row = 0; row < n; ++row) {
        const qint64 id = qFromBigEndian<qint64>(PQgetvalue(result.get(), row, 0));
        inserted.insert(QByteArray(PQgetvalue(result.get(), row, 1), PQgetlength(result.get(), row, 1)), id);
    }
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
