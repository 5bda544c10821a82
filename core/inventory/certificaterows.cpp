#include "inventory/certificaterows.h"

#include "inventory/certificatefilter.h"

namespace certdesk::core {

CertificateRows::CertificateRows(QSqlDatabase &db)
    : m_insertCert(db,
                   "INSERT INTO certificates (sha256, sha1, domain_name, common_name, subject, issuer, issuer_cn, serial, "
                   "not_before, not_after, key_algorithm, signature_algorithm, type, is_ca, self_signed, ski, aki, "
                   "spki_sha256, issuer_id, san_count, imported_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (sha256) DO NOTHING",
                   true),
      m_insertDer(db, "INSERT INTO certificate_der (cert_id, der) VALUES (?, ?)"),
      m_insertSearch(db, "INSERT INTO certificate_search (cert_id, text) VALUES (?, ?)"),
      m_insertName(db, "INSERT INTO names (cert_id, kind, name) VALUES (?, ?, ?)")
{
}

Result<std::optional<qint64>> CertificateRows::insert(const Certificate &cert, std::optional<qint64> issuerId, qint64 now,
                                                      const QString &type)
{
    QString issuerCn = cert.issuer().value(QStringLiteral("CN"));
    if (issuerCn.isEmpty())
        issuerCn = cert.issuer().value(QStringLiteral("O"));
    BulkStatement &q = m_insertCert;
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

    m_insertDer.bind(1, id);
    m_insertDer.bind(2, cert.der());
    if (auto r = m_insertDer.exec("cannot store the certificate"); !r)
        return std::unexpected(r.error());
    QStringList names;
    names.reserve(cert.subjectAlternativeNames().size());
    for (const GeneralName &n : cert.subjectAlternativeNames())
        names << n.value;
    m_insertSearch.bind(1, id);
    m_insertSearch.bind(2, searchText(cert.subject().rfc4514, cert.issuer().rfc4514, names));
    if (auto r = m_insertSearch.exec("cannot store the names to search"); !r)
        return std::unexpected(r.error());
    for (const GeneralName &n : cert.subjectAlternativeNames()) {
        m_insertName.bind(1, id);
        m_insertName.bind(2, GeneralName::kindName(n.kind));
        m_insertName.bind(3, n.value);
        if (auto r = m_insertName.exec("cannot store the names"); !r)
            return std::unexpected(r.error());
    }
    return std::optional<qint64>(id);
}

} // namespace certdesk::core
