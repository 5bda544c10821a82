#include "inventory/database.h"

#include "inventory/certificatefilter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace certdesk::core {

namespace {

struct Migration
{
    int version;
    const char *const *statements;
    size_t count;
    // Work SQL alone cannot do, run after the statements in the same transaction.
    Result<void> (*finish)(QSqlDatabase &db) = nullptr;
};

// Version 1: certificates, names, tags, keys, key store, CRLs, CSRs, events.
// Fingerprints and key identifiers are stored as bytes (BLOB), not hex text: their
// indexes are half the size, which is what keeps import fast in a large inventory.
constexpr const char *kV1[] = {
    R"(CREATE TABLE certificates (
        id INTEGER PRIMARY KEY,
        sha256 BLOB NOT NULL UNIQUE,
        sha1 BLOB NOT NULL,
        domain_name TEXT NOT NULL,
        common_name TEXT NOT NULL,
        subject TEXT NOT NULL,
        issuer TEXT NOT NULL,
        issuer_cn TEXT NOT NULL,
        serial TEXT NOT NULL,
        not_before INTEGER NOT NULL,
        not_after INTEGER NOT NULL,
        key_algorithm TEXT NOT NULL,
        signature_algorithm TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT 'IMPORTED',
        is_ca INTEGER NOT NULL,
        self_signed INTEGER NOT NULL,
        ski BLOB,
        aki BLOB,
        spki_sha256 BLOB NOT NULL,
        issuer_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
        san_count INTEGER NOT NULL,
        revoked_at INTEGER,
        revocation_reason TEXT,
        imported_at INTEGER NOT NULL,
        der BLOB NOT NULL))",
    "CREATE INDEX certificates_not_after ON certificates(not_after)",
    "CREATE INDEX certificates_not_before ON certificates(not_before)",
    "CREATE INDEX certificates_domain_name ON certificates(domain_name COLLATE NOCASE)",
    // Issuer look-ups only ever ask for certificates that can issue: index those alone, so
    // importing leaves does not grow two random-key indexes (see bench/RESULTS.md).
    "CREATE INDEX certificates_issuer_subject ON certificates(subject) WHERE is_ca = 1 OR self_signed = 1",
    "CREATE INDEX certificates_issuer_cn ON certificates(issuer_cn COLLATE NOCASE)",
    "CREATE INDEX certificates_serial ON certificates(serial)",
    "CREATE INDEX certificates_key_algorithm ON certificates(key_algorithm)",
    "CREATE INDEX certificates_type ON certificates(type)",
    "CREATE INDEX certificates_revoked ON certificates(revoked_at) WHERE revoked_at IS NOT NULL",
    "CREATE INDEX certificates_issuer_ski ON certificates(ski) WHERE is_ca = 1 OR self_signed = 1",
    "CREATE INDEX certificates_aki ON certificates(aki) WHERE aki IS NOT NULL",
    "CREATE INDEX certificates_spki ON certificates(spki_sha256)",
    "CREATE INDEX certificates_issuer_id ON certificates(issuer_id)",
    R"(CREATE TABLE names (
        cert_id INTEGER NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        name TEXT NOT NULL))",
    "CREATE INDEX names_cert ON names(cert_id)",
    R"(CREATE TABLE tags (
        cert_id INTEGER NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (cert_id, key)))",
    "CREATE INDEX tags_key_value ON tags(key, value)",
    R"(CREATE TABLE private_keys (
        id INTEGER PRIMARY KEY,
        spki_sha256 BLOB NOT NULL UNIQUE,
        key_algorithm TEXT NOT NULL,
        encrypted_pkcs8 BLOB NOT NULL,
        created_at INTEGER NOT NULL))",
    R"(CREATE TABLE keystore (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        kdf TEXT NOT NULL,
        salt BLOB NOT NULL,
        cost INTEGER NOT NULL,
        block_size INTEGER NOT NULL,
        parallelism INTEGER NOT NULL,
        nonce BLOB NOT NULL,
        wrapped_key BLOB NOT NULL,
        created_at INTEGER NOT NULL))",
    R"(CREATE TABLE crls (
        id INTEGER PRIMARY KEY,
        sha256 BLOB NOT NULL UNIQUE,
        issuer TEXT NOT NULL,
        aki BLOB,
        issuer_cert_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
        crl_number TEXT,
        this_update INTEGER,
        next_update INTEGER,
        imported_at INTEGER NOT NULL,
        der BLOB NOT NULL))",
    "CREATE INDEX crls_issuer_cert ON crls(issuer_cert_id)",
    R"(CREATE TABLE revocations (
        crl_id INTEGER NOT NULL REFERENCES crls(id) ON DELETE CASCADE,
        serial TEXT NOT NULL,
        revoked_at INTEGER,
        reason TEXT))",
    "CREATE INDEX revocations_serial ON revocations(serial)",
    R"(CREATE TABLE csrs (
        id INTEGER PRIMARY KEY,
        sha256 BLOB NOT NULL UNIQUE,
        subject TEXT NOT NULL,
        spki_sha256 BLOB NOT NULL,
        key_algorithm TEXT NOT NULL,
        imported_at INTEGER NOT NULL,
        der BLOB NOT NULL))",
    R"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        cert_id INTEGER,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL,
        actor TEXT NOT NULL))",
    "CREATE INDEX events_cert ON events(cert_id)",
};

// Version 2: expiry notifications already given, one row per certificate and threshold
// (days), so a threshold is announced once even across restarts.
constexpr const char *kV2[] = {
    R"(CREATE TABLE notifications (
        cert_id INTEGER NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
        threshold INTEGER NOT NULL,
        notified_at INTEGER NOT NULL,
        PRIMARY KEY (cert_id, threshold)) WITHOUT ROWID)",
};

// Version 3: the certificates table holds what lists, filters and sorts read, and nothing
// else: the DER (three quarters of each row) moves to certificate_der, so a scan for a
// count, a status sort or an expired filter reads a fifth of the bytes. certificate_search
// holds each certificate's searchable names in lower case (searchText()), so a free-text
// search scans 17 MB instead of 180 MB at 100,000 certificates (bench/RESULTS.md).
// Also the index over not_after grows into certificates_validity.
constexpr const char *kV3[] = {
    R"(CREATE TABLE certificate_der (
        cert_id INTEGER PRIMARY KEY REFERENCES certificates(id) ON DELETE CASCADE,
        der BLOB NOT NULL))",
    "INSERT INTO certificate_der (cert_id, der) SELECT id, der FROM certificates",
    "ALTER TABLE certificates DROP COLUMN der",
    R"(CREATE TABLE certificate_search (
        cert_id INTEGER PRIMARY KEY REFERENCES certificates(id) ON DELETE CASCADE,
        text TEXT NOT NULL))",
    // Status is derived from these three: with all of them in one index, counting or sorting
    // by status (expired, valid now …) reads the index alone.
    "DROP INDEX certificates_not_after",
    "CREATE INDEX certificates_validity ON certificates(not_after, not_before, revoked_at)",
};

// Lower-casing is Qt's (Unicode), as at import, so it is done here and not with SQL lower().
Result<void> fillCertificateSearch(QSqlDatabase &db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT c.id, c.subject, c.issuer, "
                                  "(SELECT group_concat(n.name, char(10)) FROM names n WHERE n.cert_id = c.id) "
                                  "FROM certificates c")))
        return std::unexpected(sqlError(QStringLiteral("cannot read the names to search"), read));
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO certificate_search (cert_id, text) VALUES (?, ?)"));
    while (read.next()) {
        const QString names = read.value(3).toString();
        write.addBindValue(read.value(0).toLongLong());
        write.addBindValue(searchText(read.value(1).toString(), read.value(2).toString(),
                                      names.isEmpty() ? QStringList() : names.split(QLatin1Char('\n'))));
        if (!write.exec())
            return std::unexpected(sqlError(QStringLiteral("cannot store the names to search"), write));
    }
    return {};
}

// Version 4: the Activity page filters the audit log by kind, newest first.
constexpr const char *kV4[] = {
    "CREATE INDEX events_kind ON events(kind)",
};

// Version 5: the private CAs (core/ca). A CA's key is a row of private_keys (encrypted like every
// key); ca_issued remembers every serial a CA used (never reused) and its revocation; ca_crls the
// CRLs it signed; ca_audit every use of a CA key. The audit log has no foreign key to cas: it
// outlives a purged CA.
constexpr const char *kV5[] = {
    R"(CREATE TABLE cas (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        cert_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
        parent_id INTEGER REFERENCES cas(id) ON DELETE SET NULL,
        external_parent INTEGER NOT NULL DEFAULT 0,
        key_id INTEGER NOT NULL REFERENCES private_keys(id),
        subject TEXT NOT NULL,
        key_algorithm TEXT NOT NULL,
        signing_algorithm TEXT NOT NULL,
        path_length INTEGER,
        name_constraints TEXT NOT NULL,
        crl_url TEXT NOT NULL,
        ocsp_url TEXT NOT NULL,
        ca_issuers_url TEXT NOT NULL,
        crl_lifetime_days INTEGER NOT NULL,
        crl_publish_dir TEXT NOT NULL,
        short_lived INTEGER NOT NULL,
        validity TEXT NOT NULL,
        csr_der BLOB,
        ocsp_cert_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        deleted_at INTEGER,
        purge_at INTEGER,
        state_before_delete TEXT))",
    "CREATE UNIQUE INDEX cas_cert ON cas(cert_id) WHERE cert_id IS NOT NULL",
    R"(CREATE TABLE ca_issued (
        ca_id INTEGER NOT NULL REFERENCES cas(id) ON DELETE CASCADE,
        serial TEXT NOT NULL,
        cert_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
        template TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        not_after INTEGER NOT NULL,
        revoked_at INTEGER,
        reason TEXT,
        invalidity_date INTEGER,
        PRIMARY KEY (ca_id, serial)) WITHOUT ROWID)",
    "CREATE INDEX ca_issued_cert ON ca_issued(cert_id)",
    "CREATE INDEX ca_issued_revoked ON ca_issued(ca_id, not_after) WHERE revoked_at IS NOT NULL",
    // A CA's list of what it issued pages by expiry without sorting (the list's default order).
    "CREATE INDEX ca_issued_not_after ON ca_issued(ca_id, not_after)",
    R"(CREATE TABLE ca_crls (
        ca_id INTEGER NOT NULL REFERENCES cas(id) ON DELETE CASCADE,
        crl_number INTEGER NOT NULL,
        this_update INTEGER NOT NULL,
        next_update INTEGER NOT NULL,
        der BLOB NOT NULL,
        PRIMARY KEY (ca_id, crl_number)))",
    R"(CREATE TABLE ca_audit (
        id INTEGER PRIMARY KEY,
        ca_id INTEGER NOT NULL,
        ca_name TEXT NOT NULL,
        at INTEGER NOT NULL,
        action TEXT NOT NULL,
        serial TEXT NOT NULL,
        subject TEXT NOT NULL,
        template TEXT NOT NULL,
        result TEXT NOT NULL,
        detail TEXT NOT NULL,
        actor TEXT NOT NULL))",
    "CREATE INDEX ca_audit_ca ON ca_audit(ca_id, id)",
};

// Version 6: managed certificates (core/lifecycle). A managed certificate is a desired state plus
// the certificate that fulfils it now (cert_id); managed_history keeps every step and every earlier
// certificate. due_at is when the renewal engine looks at it next (the renewal time, or the end of
// a backoff); claimed_by/claimed_until let one renewer at a time work on it. pending_spki is the
// public key of a CSR waiting at an external CA: import matches certificates to it.
constexpr const char *kV6[] = {
    R"(CREATE TABLE managed (
        id INTEGER PRIMARY KEY,
        domain_name TEXT NOT NULL,
        names TEXT NOT NULL,
        key_algorithm TEXT NOT NULL,
        issuer_kind TEXT NOT NULL,
        issuer TEXT NOT NULL,
        template TEXT NOT NULL,
        validity TEXT NOT NULL,
        validation_method TEXT NOT NULL,
        tags TEXT NOT NULL,
        renew_before_days INTEGER,
        reuse_key INTEGER NOT NULL,
        export_allowed INTEGER NOT NULL,
        status TEXT NOT NULL,
        failure_reason TEXT NOT NULL DEFAULT '',
        cert_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
        pending_key_id INTEGER REFERENCES private_keys(id) ON DELETE SET NULL,
        pending_spki BLOB,
        csr_der BLOB,
        token TEXT,
        created_at INTEGER NOT NULL,
        requested_at INTEGER NOT NULL,
        renew_at INTEGER,
        due_at INTEGER,
        renewal_status TEXT NOT NULL DEFAULT '',
        renewal_reason TEXT NOT NULL DEFAULT '',
        renewal_at INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT,
        claimed_until INTEGER,
        adopted_cert_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL))",
    "CREATE UNIQUE INDEX managed_cert ON managed(cert_id) WHERE cert_id IS NOT NULL",
    "CREATE INDEX managed_due ON managed(due_at) WHERE due_at IS NOT NULL",
    "CREATE INDEX managed_pending ON managed(pending_spki) WHERE pending_spki IS NOT NULL",
    "CREATE INDEX managed_token ON managed(token, created_at) WHERE token IS NOT NULL",
    R"(CREATE TABLE managed_history (
        id INTEGER PRIMARY KEY,
        managed_id INTEGER NOT NULL REFERENCES managed(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        action TEXT NOT NULL,
        cert_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
        detail TEXT NOT NULL,
        actor TEXT NOT NULL))",
    "CREATE INDEX managed_history_managed ON managed_history(managed_id, id)",
    "CREATE INDEX managed_history_cert ON managed_history(cert_id) WHERE cert_id IS NOT NULL",
};

// Version 7: ACME (core/acme). An ACME account is a registration at one ACME server: its account
// URL (the JWS "kid") and its key, kept in the encrypted key store like every other key.
// managed.acme_options holds an ACME managed certificate's validation settings (JSON; a TSIG
// secret only sealed with the key store's data key); the ari_* columns keep the CA's suggested
// renewal window (RFC 9773) and when to ask again; preflight_* the last pre-flight check of an
// upcoming renewal and the problem it found.
constexpr const char *kV7[] = {
    R"(CREATE TABLE acme_accounts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        ca TEXT NOT NULL,
        directory_url TEXT NOT NULL,
        trust_pem TEXT NOT NULL,
        account_url TEXT NOT NULL,
        key_id INTEGER NOT NULL REFERENCES private_keys(id),
        key_algorithm TEXT NOT NULL,
        contacts TEXT NOT NULL,
        status TEXT NOT NULL,
        terms_of_service TEXT NOT NULL,
        terms_agreed_at INTEGER,
        eab_key_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))",
    "ALTER TABLE managed ADD COLUMN acme_options TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE managed ADD COLUMN ari_start INTEGER",
    "ALTER TABLE managed ADD COLUMN ari_end INTEGER",
    "ALTER TABLE managed ADD COLUMN ari_checked_at INTEGER",
    "ALTER TABLE managed ADD COLUMN ari_next_check INTEGER",
    "ALTER TABLE managed ADD COLUMN preflight_at INTEGER",
    "ALTER TABLE managed ADD COLUMN preflight_problem TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX managed_ari_check ON managed(ari_next_check) WHERE ari_next_check IS NOT NULL",
};

// Version 8: deployments (certificate -> folder + layout + reload + endpoint), the endpoints
// checked or found by discovery scans, saved scans, and certificate files found on disk.
constexpr const char *kV8[] = {
    R"(CREATE TABLE deployments (
        id INTEGER PRIMARY KEY,
        cert_id INTEGER NOT NULL REFERENCES certificates(id),
        managed_id INTEGER REFERENCES managed(id) ON DELETE SET NULL,
        target_dir TEXT NOT NULL,
        layout TEXT NOT NULL,
        key_owner TEXT NOT NULL DEFAULT '',
        key_group TEXT NOT NULL DEFAULT '',
        key_mode INTEGER NOT NULL DEFAULT 384,
        reload_cmd TEXT NOT NULL DEFAULT '',
        reload_timeout_ms INTEGER NOT NULL DEFAULT 30000,
        endpoint_host TEXT NOT NULL DEFAULT '',
        endpoint_port INTEGER NOT NULL DEFAULT 0,
        endpoint_sni TEXT NOT NULL DEFAULT '',
        alias TEXT NOT NULL DEFAULT '',
        password BLOB,
        state TEXT NOT NULL DEFAULT 'NEW',
        last_run_at INTEGER,
        deployed_cert_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
        last_error TEXT NOT NULL DEFAULT '',
        last_output TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL))",
    "CREATE INDEX deployments_cert ON deployments(cert_id)",
    "CREATE INDEX deployments_managed ON deployments(managed_id) WHERE managed_id IS NOT NULL",
    "CREATE INDEX deployments_deployed ON deployments(deployed_cert_id) WHERE deployed_cert_id IS NOT NULL",
    R"(CREATE TABLE scans (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        targets TEXT NOT NULL,
        ports TEXT NOT NULL,
        sni TEXT NOT NULL DEFAULT '',
        concurrency INTEGER NOT NULL,
        timeout_ms INTEGER NOT NULL,
        interval_hours INTEGER NOT NULL DEFAULT 24,
        last_run_at INTEGER,
        next_run_at INTEGER,
        last_summary TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL))",
    "CREATE INDEX scans_next_run ON scans(next_run_at) WHERE next_run_at IS NOT NULL",
    R"(CREATE TABLE endpoints (
        id INTEGER PRIMARY KEY,
        host TEXT NOT NULL,
        address TEXT NOT NULL,
        port INTEGER NOT NULL,
        sni TEXT NOT NULL,
        start_tls TEXT NOT NULL DEFAULT 'none',
        state TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        probe_status TEXT NOT NULL DEFAULT '',
        cert_id INTEGER REFERENCES certificates(id) ON DELETE SET NULL,
        leaf_sha256 BLOB,
        leaf_domain_name TEXT NOT NULL DEFAULT '',
        leaf_not_after INTEGER,
        chain_problems TEXT NOT NULL DEFAULT '',
        chain_length INTEGER NOT NULL DEFAULT 0,
        tls_version TEXT NOT NULL DEFAULT '',
        cipher TEXT NOT NULL DEFAULT '',
        deployment_id INTEGER REFERENCES deployments(id) ON DELETE SET NULL,
        scan_id INTEGER REFERENCES scans(id) ON DELETE SET NULL,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        last_checked INTEGER NOT NULL,
        gone_at INTEGER,
        UNIQUE (host, port, sni)))",
    "CREATE INDEX endpoints_cert ON endpoints(cert_id) WHERE cert_id IS NOT NULL",
    "CREATE INDEX endpoints_scan ON endpoints(scan_id) WHERE scan_id IS NOT NULL",
    "CREATE INDEX endpoints_deployment ON endpoints(deployment_id) WHERE deployment_id IS NOT NULL",
    "CREATE INDEX endpoints_state ON endpoints(state)",
    R"(CREATE TABLE file_locations (
        id INTEGER PRIMARY KEY,
        cert_id INTEGER NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        key_path TEXT NOT NULL DEFAULT '',
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        UNIQUE (cert_id, path)))",
};

constexpr Migration kMigrations[] = {
    {1, kV1, std::size(kV1)},
    {2, kV2, std::size(kV2)},
    {3, kV3, std::size(kV3), &fillCertificateSearch},
    {4, kV4, std::size(kV4)},
    {5, kV5, std::size(kV5)},
    {6, kV6, std::size(kV6)},
    {7, kV7, std::size(kV7)},
    {8, kV8, std::size(kV8)},
};

} // namespace

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return Error{ErrorCode::Database, what + QStringLiteral(": ") + query.lastError().text()};
}

Error sqlError(const QString &what, const QSqlDatabase &db)
{
    return Error{ErrorCode::Database, what + QStringLiteral(": ") + db.lastError().text()};
}

Database::Database(QSqlDatabase db, QString path, QString connectionName)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::Database(Database &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_path(std::move(other.m_path))
    , m_connectionName(std::exchange(other.m_connectionName, QString()))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_path, other.m_path);
    std::swap(m_connectionName, other.m_connectionName);
    return *this;
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<Database> Database::open(const QString &path, const QString &connectionName)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    // A new inventory is private to its owner (0600); SQLite gives its WAL and shared-memory
    // files the database file's mode. Keys inside are encrypted, but names, hosts and the
    // audit log are nobody else's business either.
    if (!info.exists()) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly) || !create.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return fail(ErrorCode::Io, QStringLiteral("cannot create the inventory %1: %2").arg(path, create.errorString()));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        Error e = sqlError(QStringLiteral("cannot open the inventory %1").arg(path), db);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return std::unexpected(e);
    }
    Database out(db, path, connectionName);
    QSqlQuery q(out.m_db);
    // wal_autocheckpoint: a checkpoint every 10,000 pages (40 MB of WAL) rather than 1,000. Issuing
    // writes ~50 pages a certificate, mostly the same hot index pages: fewer checkpoints copy each
    // of them (and sync) less often (+7% certificates/s, bench/RESULTS.md).
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA busy_timeout = 5000", "PRAGMA wal_autocheckpoint = 10000",
                               "PRAGMA cache_size = -131072", "PRAGMA temp_store = MEMORY"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return std::unexpected(sqlError(QStringLiteral("cannot configure the inventory %1").arg(path), q));
    }
    if (auto r = out.migrate(); !r)
        return std::unexpected(r.error());
    return out;
}

Result<Database> Database::openReadOnly(const QString &path, const QString &connectionName)
{
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, QStringLiteral("the inventory %1 does not exist").arg(path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        Error e = sqlError(QStringLiteral("cannot open the inventory %1").arg(path), db);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return std::unexpected(e);
    }
    Database out(db, path, connectionName);
    QSqlQuery q(out.m_db);
    for (const char *pragma : {"PRAGMA query_only = ON", "PRAGMA cache_size = -32768", "PRAGMA temp_store = MEMORY"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return std::unexpected(sqlError(QStringLiteral("cannot configure the inventory %1").arg(path), q));
    }
    // Readers use the current tables; the owner's read-write connection upgrades an older inventory.
    if (const int version = out.schemaVersion(); version != kSchemaVersion)
        return fail(ErrorCode::Database, QStringLiteral("the inventory %1 has schema version %2 (this certdesk reads %3; "
                                                        "opening it for writing upgrades an older one)")
                                             .arg(path)
                                             .arg(version)
                                             .arg(kSchemaVersion));
    return out;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    if (current > kSchemaVersion)
        return fail(ErrorCode::Database,
                    QStringLiteral("the inventory %1 has schema version %2, newer than this certdesk understands (%3)")
                        .arg(m_path)
                        .arg(current)
                        .arg(kSchemaVersion));
    for (const Migration &m : kMigrations) {
        if (m.version <= current)
            continue;
        Transaction tx(m_db);
        QSqlQuery q(m_db);
        for (size_t i = 0; i < m.count; ++i) {
            if (!q.exec(QString::fromLatin1(m.statements[i])))
                return std::unexpected(sqlError(QStringLiteral("migration to schema %1 failed").arg(m.version), q));
        }
        if (m.finish) {
            if (auto r = m.finish(m_db); !r)
                return std::unexpected(r.error().prefixed(QStringLiteral("migration to schema %1 failed").arg(m.version)));
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return std::unexpected(sqlError(QStringLiteral("migration to schema %1 failed").arg(m.version), q));
        if (auto r = tx.commit(); !r)
            return r;
    }
    return {};
}

Database::Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
    , m_active(db.transaction())
{
}

Database::Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Result<void> Database::Transaction::commit()
{
    if (!m_active)
        return fail(ErrorCode::Database, QStringLiteral("no transaction to commit"));
    if (!m_db.commit()) {
        Error e = sqlError(QStringLiteral("commit failed"), m_db);
        m_db.rollback();
        m_active = false;
        return std::unexpected(e);
    }
    m_active = false;
    return {};
}

} // namespace certdesk::core
