#include "inventory/importwriter.h"

#include "inventory/certificatefilter.h"

#include "crypto/ossl.h"
#include "inventory/inventory.h"
#include "inventory/certificaterows.h"
#include "inventory/bulkstatement.h"

#include <QSqlError>

namespace certdesk::core {

struct ImportWriter::Statements
{
    explicit Statements(QSqlDatabase &db)
        : rows(db),
          insertEvent(db, "INSERT INTO events (at, kind, cert_id, subject, detail, actor) VALUES (?, ?, ?, ?, ?, ?)"),
          findKey(db), insertKey(db), certBySpki(db),
          issuerBySki(db), issuerBySubject(db), orphans(db), orphansWithoutAki(db), setIssuer(db), revokedFor(db), insertCsr(db),
          insertCrl(db), insertRevocation(db), revoke(db), crlsFor(db)
    {
        findKey.prepare(QStringLiteral("SELECT 1 FROM private_keys WHERE spki_sha256 = ?"));
        insertKey.prepare(QStringLiteral("INSERT INTO private_keys (spki_sha256, key_algorithm, encrypted_pkcs8, "
                                         "created_at) VALUES (?, ?, ?, ?) ON CONFLICT (spki_sha256) DO NOTHING"));
        certBySpki.prepare(QStringLiteral("SELECT id, domain_name FROM certificates WHERE spki_sha256 = ? LIMIT 1"));
        issuerBySki.prepare(QStringLiteral("SELECT c.id, d.der FROM certificates c JOIN certificate_der d ON d.cert_id = c.id "
                                           "WHERE c.ski = ? AND c.subject = ? AND (c.is_ca = 1 OR c.self_signed = 1) LIMIT 8"));
        issuerBySubject.prepare(QStringLiteral("SELECT c.id, d.der FROM certificates c JOIN certificate_der d ON d.cert_id = c.id "
                                               "WHERE c.subject = ? AND (c.is_ca = 1 OR c.self_signed = 1) LIMIT 8"));
        orphans.prepare(QStringLiteral("SELECT c.id, d.der FROM certificates c JOIN certificate_der d ON d.cert_id = c.id "
                                       "WHERE c.aki = ? AND c.issuer_id IS NULL AND c.self_signed = 0 AND c.issuer = ? AND c.id <> ?"));
        orphansWithoutAki.prepare(QStringLiteral("SELECT c.id, d.der FROM certificates c JOIN certificate_der d ON d.cert_id = c.id "
                                                 "WHERE c.issuer = ? AND c.issuer_id IS NULL AND c.self_signed = 0 AND c.id <> ?"));
        setIssuer.prepare(QStringLiteral("UPDATE certificates SET issuer_id = ? WHERE id = ?"));
        revokedFor.prepare(QStringLiteral("SELECT r.revoked_at, r.reason FROM revocations r JOIN crls l ON l.id = r.crl_id "
                                          "WHERE l.issuer_cert_id = ? AND r.serial = ? LIMIT 1"));
        insertCsr.prepare(QStringLiteral("INSERT INTO csrs (sha256, subject, spki_sha256, key_algorithm, imported_at, der) "
                                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
        insertCrl.prepare(QStringLiteral("INSERT INTO crls (sha256, issuer, aki, issuer_cert_id, crl_number, this_update, "
                                         "next_update, imported_at, der) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                         "ON CONFLICT (sha256) DO NOTHING RETURNING id"));
        insertRevocation.prepare(QStringLiteral("INSERT INTO revocations (crl_id, serial, revoked_at, reason) VALUES (?, ?, ?, ?)"));
        revoke.prepare(QStringLiteral("UPDATE certificates SET revoked_at = ?, revocation_reason = ? "
                                      "WHERE issuer_id = ? AND serial = ? AND revoked_at IS NULL"));
        crlsFor.prepare(QStringLiteral("SELECT id, der FROM crls WHERE issuer = ? AND issuer_cert_id IS NULL"));
    }

    CertificateRows rows;
    BulkStatement insertEvent;
    QSqlQuery findKey, insertKey, certBySpki, issuerBySki, issuerBySubject,
        orphans, orphansWithoutAki, setIssuer, revokedFor, insertCsr, insertCrl, insertRevocation, revoke, crlsFor;
};

namespace {

constexpr int kAnalyzeAfter = 5000;    // new certificates after which PostgreSQL's statistics are refreshed
constexpr qsizetype kDeferredBatch = 1000; // certificates per statement on PostgreSQL (a few MB)

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); }

// An empty string, never NULL (the SQLite driver binds a null QString as NULL).
QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QVariant nullId(std::optional<qint64> id) { return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong)); }

Result<void> exec(QSqlQuery &q, const char *what)
{
    if (!q.exec())
        return std::unexpected(Error{ErrorCode::Database, QString::fromLatin1(what) + QStringLiteral(": ") + q.lastError().text()});
    return {};
}

bool signs(const Certificate &issuer, const Certificate &cert)
{
    EVP_PKEY *key = X509_get0_pubkey(issuer.handle());
    const bool ok = key && X509_verify(cert.handle(), key) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace

ImportWriter::ImportWriter(Inventory &inventory, MasterPasswordCallback masterPassword, bool dryRun, int transactionSize)
    : m_inventory(inventory)
    , m_masterPassword(std::move(masterPassword))
    , m_dryRun(dryRun)
    , m_transactionSize(qMax(1, transactionSize))
    , m_sql(std::make_unique<Statements>(inventory.database().db()))
{
    QSqlQuery q(inventory.database().db());
    m_hasCrls = q.exec(QStringLiteral("SELECT 1 FROM crls LIMIT 1")) && q.next();
    m_keysExist = q.exec(QStringLiteral("SELECT 1 FROM private_keys LIMIT 1")) && q.next();
    if (m_dryRun)
        m_dryRunTx = std::make_unique<Database::Transaction>(inventory.database().db());
}

ImportWriter::~ImportWriter() = default;

bool ImportWriter::unlockKeyStore(QString *why)
{
    if (m_dryRun)
        return true;
    if (m_keyStoreError) {
        *why = m_keyStoreError->message;
        return false;
    }
    auto r = m_inventory.keyStore().ensureUnlocked(m_masterPassword);
    if (!r) {
        m_keyStoreError = r.error();
        *why = r.error().message;
        return false;
    }
    return true;
}

void ImportWriter::write(QList<ParsedFile> &batch, ImportReport &report)
{
    m_now = m_inventory.clock().now().toSecsSinceEpoch();
    // Unlock before writing: asking for a password may take a while, and no one else can
    // write while our transaction is open, so settle what is pending first.
    const bool needsKeyStore = std::any_of(batch.cbegin(), batch.cend(), [](const ParsedFile &f) { return !f.keys.isEmpty(); });
    if (needsKeyStore && !m_dryRun && !m_inventory.keyStore().isUnlocked())
        commit(report);
    for (ParsedFile &file : batch) {
        if (file.keys.isEmpty())
            continue;
        QString why;
        if (!unlockKeyStore(&why)) {
            for (qsizetype i = 0; i < file.keys.size(); ++i)
                file.errors.append(Error{ErrorCode::PasswordRequired,
                                         QStringLiteral("%1: private key %2 not stored: %3")
                                             .arg(file.source)
                                             .arg(i + 1)
                                             .arg(why)});
            file.keys.clear();
        }
    }

    QSqlDatabase &db = m_inventory.database().db();
    // A dry run writes into one transaction for the whole run that is never committed; a
    // failure there undoes the report of this batch only.
    Result<void> result;
    const bool begin = m_dryRun || !m_tx;
    if (begin) {
        m_before = report;
        m_newKeysBefore = m_newKeys;
        m_pairedBefore = m_paired;
        m_pending.clear();
        m_pendingCertificates = 0;
    }
    if (!m_dryRun && !m_tx)
        m_tx = std::make_unique<Database::Transaction>(db);
    if (!(m_dryRun ? m_dryRunTx->isActive() : m_tx->isActive()))
        result = std::unexpected(sqlError(QStringLiteral("cannot start a transaction"), db));
    for (ParsedFile &file : batch) {
        const int entries = int(file.certificates.size() + file.keys.size() + file.csrs.size() + file.crls.size());
        m_pending.append(PendingFile{file.source, entries, file.errors});
        m_pendingCertificates += qMax(1, entries);
        if (result)
            result = writeFile(file, report);
    }
    if (result)
        result = flushDeferred(report);
    if (!result) {
        rollBack(report, result.error());
        return;
    }
    if (m_pendingCertificates >= m_transactionSize)
        commit(report);
}

void ImportWriter::commit(ImportReport &report)
{
    if (!m_tx)
        return;
    if (auto r = m_tx->commit(); !r) {
        rollBack(report, r.error());
        return;
    }
    m_tx.reset();
    m_pending.clear();
    m_pendingCertificates = 0;
}

void ImportWriter::rollBack(ImportReport &report, const Error &error)
{
    // Nothing written since the transaction began is in the inventory: report every entry
    // of those files as failed.
    m_tx.reset(); // rolls back
    m_deferred.clear();
    report = m_before;
    m_newKeys = m_newKeysBefore;
    m_paired = m_pairedBefore;
    m_issuerCache.clear();
    m_noIssuer.clear();
    for (const PendingFile &file : std::as_const(m_pending)) {
        report.sources += 1;
        if (file.entries > 0)
            report.failures.append(Error{ErrorCode::Database, QStringLiteral("%1: %2 entries not imported: %3")
                                                                   .arg(file.source)
                                                                   .arg(file.entries)
                                                                   .arg(error.message)});
        report.failures.append(file.errors);
    }
    m_pending.clear();
    m_pendingCertificates = 0;
}

Result<void> ImportWriter::writeFile(ParsedFile &file, ImportReport &report)
{
    report.sources += 1;
    report.failures.append(file.errors);
    // CRLs first so certificates in the same file see their revocation; then certificates, then keys.
    if (!file.crls.isEmpty()) {
        if (auto r = flushDeferred(report); !r)
            return r;
    }
    for (const Crl &crl : file.crls) {
        if (auto r = writeCrl(crl, report); !r)
            return r;
    }
    for (const Certificate &cert : file.certificates) {
        if (auto r = writeCertificate(cert, file.source, report); !r)
            return r;
    }
    if (!file.keys.isEmpty() || !file.csrs.isEmpty()) {
        if (auto r = flushDeferred(report); !r)
            return r;
    }
    for (const PrivateKey &key : file.keys) {
        if (auto r = writeKey(key, file.source, report); !r)
            return r;
    }
    for (const Csr &csr : file.csrs) {
        if (auto r = writeCsr(csr, report); !r)
            return r;
    }
    return {};
}

Result<std::optional<qint64>> ImportWriter::findIssuer(const Certificate &cert)
{
    const QByteArray aki = cert.authorityKeyId();
    const QString cacheKey = QString::fromLatin1(aki.toHex()) + QLatin1Char('|') + cert.issuer().rfc4514;
    if (auto it = m_issuerCache.constFind(cacheKey); it != m_issuerCache.constEnd()) {
        if (signs(it->certificate, cert))
            return std::optional<qint64>(it->id);
    }
    if (m_noIssuer.contains(cacheKey))
        return std::optional<qint64>();
    QSqlQuery &q = aki.isEmpty() ? m_sql->issuerBySubject : m_sql->issuerBySki;
    if (!aki.isEmpty())
        q.addBindValue(aki);
    q.addBindValue(text(cert.issuer().rfc4514));
    if (auto r = exec(q, "cannot look up the issuer"); !r)
        return std::unexpected(r.error());
    std::optional<qint64> found;
    while (q.next()) {
        auto candidate = Certificate::fromDer(q.value(1).toByteArray());
        if (candidate && *candidate != cert && signs(*candidate, cert)) {
            found = q.value(0).toLongLong();
            m_issuerCache.insert(cacheKey, IssuerInfo{*found, *candidate});
            break;
        }
    }
    q.finish();
    if (!found)
        m_noIssuer.insert(cacheKey); // forgotten when a CA arrives, see writeCertificate
    return found;
}

Result<void> ImportWriter::writeCertificate(const Certificate &cert, const QString &source, ImportReport &report)
{
    std::optional<qint64> issuerId;
    if (!cert.isSelfSigned()) {
        auto found = findIssuer(cert);
        if (!found)
            return std::unexpected(found.error());
        issuerId = *found;
    }
    const CertificateEvent imported{QStringLiteral("import"), cert.domainName(), QStringLiteral("imported from %1").arg(source),
                                    m_inventory.actor()};
    // A leaf with nothing to look up after it is stored waits for the batch's one statement.
    if (m_sql->rows.batches() && !m_hasCrls && !m_keysExist && !cert.isCa() && !cert.isSelfSigned()) {
        m_deferred.append(CertificateRows::Row{cert, issuerId, m_now, QStringLiteral("IMPORTED"), imported});
        if (m_deferred.size() >= kDeferredBatch)
            return flushDeferred(report);
        return {};
    }
    if (auto r = flushDeferred(report); !r)
        return r;
    const QByteArray spki = cert.publicKeySha256();
    auto inserted = m_sql->rows.insert(cert, issuerId, m_now, QStringLiteral("IMPORTED"), &imported);
    if (!inserted)
        return std::unexpected(inserted.error());
    if (!*inserted) {
        report.duplicates += 1;
        return {};
    }
    const qint64 id = **inserted;
    report.imported += 1;
    report.importedIds.append(id);

    if (issuerId && m_hasCrls) {
        m_sql->revokedFor.addBindValue(*issuerId);
        m_sql->revokedFor.addBindValue(cert.serial());
        if (auto r = exec(m_sql->revokedFor, "cannot check revocations"); !r)
            return r;
        if (m_sql->revokedFor.next()) {
            m_sql->revoke.addBindValue(m_sql->revokedFor.value(0));
            m_sql->revoke.addBindValue(m_sql->revokedFor.value(1));
            m_sql->revoke.addBindValue(*issuerId);
            m_sql->revoke.addBindValue(cert.serial());
            m_sql->revokedFor.finish();
            if (auto r = exec(m_sql->revoke, "cannot mark the certificate revoked"); !r)
                return r;
            report.revocationsApplied += 1;
        }
        m_sql->revokedFor.finish();
    }
    if (cert.isCa() || cert.isSelfSigned()) {
        m_noIssuer.clear();
        if (auto r = adoptChildren(id, cert, report); !r)
            return r;
    }
    if (!m_keysExist)
        return {};

    m_sql->findKey.addBindValue(spki);
    if (auto r = exec(m_sql->findKey, "cannot look up the private key"); !r)
        return r;
    if (m_sql->findKey.next() && !m_paired.contains(spki)) {
        report.keysAttached += 1;
        m_paired.insert(spki);
    }
    m_sql->findKey.finish();
    return {};
}

Result<void> ImportWriter::flushDeferred(ImportReport &report)
{
    if (m_deferred.isEmpty())
        return {};
    const QList<CertificateRows::Row> rows = std::exchange(m_deferred, {});
    auto ids = m_sql->rows.insertMany(rows);
    if (!ids)
        return std::unexpected(ids.error());
    for (const std::optional<qint64> &id : *ids) {
        if (!id) {
            report.duplicates += 1;
            continue;
        }
        report.imported += 1;
        report.importedIds.append(*id);
    }
    return {};
}

Result<void> ImportWriter::adoptChildren(qint64 caId, const Certificate &ca, ImportReport &report)
{
    // Certificates imported before their issuer: link them now (confirmed by signature).
    // By the CA's key identifier (indexed); a CA without one is matched by name alone.
    const QByteArray ski = ca.subjectKeyId();
    QSqlQuery &q = ski.isEmpty() ? m_sql->orphansWithoutAki : m_sql->orphans;
    if (!ski.isEmpty())
        q.addBindValue(ski);
    q.addBindValue(ca.subject().rfc4514);
    q.addBindValue(caId);
    if (auto r = exec(q, "cannot look up issued certificates"); !r)
        return r;
    QList<qint64> children;
    while (q.next()) {
        auto child = Certificate::fromDer(q.value(1).toByteArray());
        if (child && signs(ca, *child))
            children.append(q.value(0).toLongLong());
    }
    q.finish();
    for (qint64 child : children) {
        m_sql->setIssuer.addBindValue(caId);
        m_sql->setIssuer.addBindValue(child);
        if (auto r = exec(m_sql->setIssuer, "cannot link the issuer"); !r)
            return r;
    }
    // CRLs imported before their issuer.
    m_sql->crlsFor.addBindValue(ca.subject().rfc4514);
    if (auto r = exec(m_sql->crlsFor, "cannot look up CRLs"); !r)
        return r;
    QList<qint64> crls;
    while (m_sql->crlsFor.next()) {
        auto crl = Crl::fromDer(m_sql->crlsFor.value(1).toByteArray());
        if (crl && crl->isSignedBy(ca))
            crls.append(m_sql->crlsFor.value(0).toLongLong());
    }
    m_sql->crlsFor.finish();
    for (qint64 crlId : crls) {
        QSqlQuery link(m_inventory.database().db());
        link.prepare(QStringLiteral("UPDATE crls SET issuer_cert_id = ? WHERE id = ?"));
        link.addBindValue(caId);
        link.addBindValue(crlId);
        if (auto r = exec(link, "cannot link the CRL"); !r)
            return r;
        if (auto r = applyCrl(crlId, caId, report); !r)
            return r;
    }
    return {};
}

Result<void> ImportWriter::applyCrl(qint64 crlId, qint64 caId, ImportReport &report)
{
    QSqlQuery q(m_inventory.database().db());
    q.prepare(QStringLiteral("SELECT serial, revoked_at, reason FROM revocations WHERE crl_id = ?"));
    q.addBindValue(crlId);
    if (auto r = exec(q, "cannot read revocations"); !r)
        return r;
    while (q.next()) {
        m_sql->revoke.addBindValue(q.value(1));
        m_sql->revoke.addBindValue(q.value(2));
        m_sql->revoke.addBindValue(caId);
        m_sql->revoke.addBindValue(q.value(0));
        if (auto r = exec(m_sql->revoke, "cannot mark a certificate revoked"); !r)
            return r;
        report.revocationsApplied += m_sql->revoke.numRowsAffected();
    }
    return {};
}

Result<void> ImportWriter::writeKey(const PrivateKey &key, const QString &source, ImportReport &report)
{
    const QByteArray spki = key.publicKeySha256();
    QByteArray encrypted;
    if (!m_dryRun) {
        auto e = m_inventory.keyStore().encrypt(key);
        if (!e) {
            report.failures.append(e.error().prefixed(source));
            return {};
        }
        encrypted = *e;
    } else {
        encrypted = QByteArrayLiteral("dry-run");
    }
    QSqlQuery &q = m_sql->insertKey;
    q.addBindValue(spki);
    q.addBindValue(key.algorithm());
    q.addBindValue(encrypted);
    q.addBindValue(m_now);
    if (auto r = exec(q, "cannot store the private key"); !r)
        return r;
    if (q.numRowsAffected() == 0) {
        report.duplicates += 1;
        return {};
    }
    report.keysImported += 1;
    m_keysExist = true;
    m_newKeys.insert(spki);
    m_sql->certBySpki.addBindValue(spki);
    if (auto r = exec(m_sql->certBySpki, "cannot match the key"); !r)
        return r;
    std::optional<qint64> certId;
    QString subject = key.algorithm() + QStringLiteral(" key");
    if (m_sql->certBySpki.next()) {
        certId = m_sql->certBySpki.value(0).toLongLong();
        subject = m_sql->certBySpki.value(1).toString();
        if (!m_paired.contains(spki)) {
            report.keysAttached += 1;
            m_paired.insert(spki);
        }
    }
    m_sql->certBySpki.finish();
    return event(QStringLiteral("key-import"), certId, subject,
                 QStringLiteral("%1 private key from %2 (stored encrypted)").arg(key.algorithm(), source));
}

Result<void> ImportWriter::writeCsr(const Csr &csr, ImportReport &report)
{
    QSqlQuery &q = m_sql->insertCsr;
    q.addBindValue(csr.sha256());
    q.addBindValue(text(csr.subject().rfc4514));
    q.addBindValue(csr.publicKeySha256());
    q.addBindValue(csr.keyAlgorithm());
    q.addBindValue(m_now);
    q.addBindValue(csr.der());
    if (auto r = exec(q, "cannot store the CSR"); !r)
        return r;
    if (q.numRowsAffected() == 0)
        report.duplicates += 1;
    else
        report.csrs += 1;
    return {};
}

Result<void> ImportWriter::writeCrl(const Crl &crl, ImportReport &report)
{
    // Find the issuing CA and confirm it signed the CRL.
    std::optional<qint64> caId;
    QSqlQuery &find = crl.authorityKeyId().isEmpty() ? m_sql->issuerBySubject : m_sql->issuerBySki;
    if (!crl.authorityKeyId().isEmpty())
        find.addBindValue(crl.authorityKeyId());
    find.addBindValue(crl.issuer().rfc4514);
    if (auto r = exec(find, "cannot look up the CRL issuer"); !r)
        return r;
    while (!caId && find.next()) {
        auto ca = Certificate::fromDer(find.value(1).toByteArray());
        if (ca && crl.isSignedBy(*ca))
            caId = find.value(0).toLongLong();
    }
    find.finish();

    QSqlQuery &q = m_sql->insertCrl;
    q.addBindValue(crl.sha256());
    q.addBindValue(text(crl.issuer().rfc4514));
    q.addBindValue(crl.authorityKeyId().isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(crl.authorityKeyId()));
    q.addBindValue(nullId(caId));
    q.addBindValue(nullable(crl.crlNumber()));
    q.addBindValue(crl.thisUpdate().toSecsSinceEpoch());
    q.addBindValue(crl.nextUpdate().isValid() ? QVariant(crl.nextUpdate().toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m_now);
    q.addBindValue(crl.der());
    if (auto r = exec(q, "cannot store the CRL"); !r)
        return r;
    const qint64 crlId = returnedId(q);
    if (crlId == 0) {
        report.duplicates += 1;
        return {};
    }
    report.crls += 1;
    m_hasCrls = true;
    for (const RevokedEntry &e : crl.revoked()) {
        m_sql->insertRevocation.addBindValue(crlId);
        m_sql->insertRevocation.addBindValue(e.serial);
        m_sql->insertRevocation.addBindValue(e.revokedAt.toSecsSinceEpoch());
        m_sql->insertRevocation.addBindValue(e.reason.isEmpty() ? QStringLiteral("unspecified") : e.reason);
        if (auto r = exec(m_sql->insertRevocation, "cannot store the CRL entries"); !r)
            return r;
    }
    if (caId)
        return applyCrl(crlId, *caId, report);
    return {};
}

Result<void> ImportWriter::event(const QString &kind, std::optional<qint64> certId, const QString &subject,
                                 const QString &detail)
{
    BulkStatement &q = m_sql->insertEvent;
    q.bind(1, m_now);
    q.bind(2, kind);
    if (certId)
        q.bind(3, *certId);
    else
        q.bindNull(3);
    q.bind(4, subject);
    q.bind(5, detail);
    q.bind(6, m_inventory.actor());
    return q.exec("cannot write the audit log");
}

void ImportWriter::finish(ImportReport &report)
{
    commit(report);
    // PostgreSQL plans by statistics that autovacuum refreshes a minute or so after a large
    // change; until then the pages of a freshly filled inventory may be planned as if it were
    // empty. After a large import the owner (an Administrator) refreshes them at once (not the
    // DER table's: it is only read by its key, and sampling it took a quarter of the time).
    Database &database = m_inventory.database();
    if (!m_dryRun && report.imported >= kAnalyzeAfter && database.engine() == DatabaseEngine::Postgres
        && database.role() == TeamRole::Administrator) {
        QSqlQuery q(database.db());
        q.exec(QStringLiteral("ANALYZE certificates, certificate_search, names, events"));
    }
    report.keysWithoutCertificate = int((m_newKeys - m_paired).size());
    report.dryRun = m_dryRun;
}

} // namespace certdesk::core
