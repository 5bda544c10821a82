#include "inventory/database.h"

#include "inventory/certificatefilter.h"
#include "inventory/sqldialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace certdesk::core {

namespace {

std::atomic<int> g_sqliteBusyTimeout{5000};

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
                                  "(SELECT %1 FROM names n WHERE n.cert_id = c.id) "
                                  "FROM certificates c")
                       .arg(sql::groupConcat(db, QStringLiteral("n.name"), sql::chr(db, 10)))))
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

// Version 9: the team inventory (PostgreSQL). version columns for optimistic versioning: an edit
// names the version it read and is refused when someone changed it since. team_members lists who
// has which role (the roles themselves are PostgreSQL's: see postgresRoles()).
constexpr const char *kV9[] = {
    "ALTER TABLE certificates ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE managed ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    R"(CREATE TABLE team_members (
        login TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        added_by TEXT NOT NULL))",
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
    {9, kV9, std::size(kV9)},
};

// The migrations are written in SQLite's dialect; PostgreSQL gets them translated by these few
// rules, which is all the two differ in for DDL: 64-bit integers (SQLite's INTEGER is 64-bit),
// identity columns for "id INTEGER PRIMARY KEY" (SQLite's rowid alias), BYTEA for BLOB, no
// WITHOUT ROWID, lower() where SQLite indexes COLLATE NOCASE. The names table has no key in
// SQLite (its rowid keeps certificate order): PostgreSQL gets a real column of that name.
QString postgresDdl(const char *statement)
{
    QString s = QString::fromLatin1(statement);
    static const QRegularExpression id(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    static const QRegularExpression nocase(QStringLiteral("\\((\\w+) COLLATE NOCASE\\)"));
    s.replace(id, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    s.replace(integer, QStringLiteral("BIGINT"));
    s.replace(blob, QStringLiteral("BYTEA"));
    s.replace(nocase, QStringLiteral("(lower(\\1))"));
    s.replace(QStringLiteral(") WITHOUT ROWID"), QStringLiteral(")"));
    if (s.startsWith(QLatin1String("CREATE TABLE names (")))
        s.insert(int(qstrlen("CREATE TABLE names (")), QStringLiteral("\n        rowid BIGINT GENERATED ALWAYS AS IDENTITY,"));
    return s;
}

// Every table of the schema, with what an Operator and an Auditor may do with it (an
// Administrator may do everything). Operators request, renew and deploy: they add certificates,
// keys, requests and deployments but delete no certificate, CA or account and change no CA.
// Auditors read everything but the key store, the encrypted keys and deployment passwords.
struct TableGrant
{
    const char *table;
    const char *operatorPrivileges;
    bool auditorReads; // the whole table; else see kAuditorHidden
};

constexpr TableGrant kTableGrants[] = {
    {"certificates", "SELECT, INSERT, UPDATE", true},
    {"certificate_der", "SELECT, INSERT", true},
    {"certificate_search", "SELECT, INSERT", true},
    {"names", "SELECT, INSERT", true},
    {"tags", "SELECT, INSERT, UPDATE, DELETE", true},
    {"private_keys", "SELECT, INSERT", false},
    {"keystore", "SELECT", false},
    {"crls", "SELECT, INSERT, UPDATE", true},
    {"revocations", "SELECT, INSERT", true},
    {"csrs", "SELECT, INSERT", true},
    {"events", "SELECT, INSERT", true},
    {"notifications", "SELECT, INSERT, UPDATE", true},
    {"cas", "SELECT", true},
    {"ca_issued", "SELECT, INSERT", true},
    {"ca_crls", "SELECT, INSERT", true},
    {"ca_audit", "SELECT, INSERT", true},
    {"managed", "SELECT, INSERT, UPDATE", true},
    {"managed_history", "SELECT, INSERT", true},
    {"acme_accounts", "SELECT, UPDATE", true},
    {"deployments", "SELECT, INSERT, UPDATE, DELETE", false},
    {"scans", "SELECT, INSERT, UPDATE, DELETE", true},
    {"endpoints", "SELECT, INSERT, UPDATE, DELETE", true},
    {"file_locations", "SELECT, INSERT, UPDATE, DELETE", true},
    {"team_members", "SELECT", true},
    {"certdesk_schema", "SELECT", true},
};

// Columns an Auditor may not read in the tables marked auditorReads = false (keystore: none).
struct HiddenColumns
{
    const char *table;
    const char *columns; // comma-separated
};
constexpr HiddenColumns kAuditorHidden[] = {
    {"private_keys", "encrypted_pkcs8"},
    {"deployments", "password"},
};

// Tables whose changes other consoles hear of (LISTEN certdesk_changes, payload: the table).
constexpr const char *kNotifyingTables[] = {
    "certificates", "tags", "private_keys", "keystore", "crls", "events", "cas", "ca_issued", "managed",
    "acme_accounts", "deployments", "scans", "endpoints", "team_members",
};

// Tables whose actor column the database fills with the connected user, whatever the client says.
constexpr const char *kActorTables[] = {"events", "ca_audit", "managed_history"};

QString quoteIdentifier(const QString &name) { return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); }

QString quoteLiteral(const QString &text) { return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''); }

// The prefix of a database's role names: its name in lower case, other characters as '_'.
QString rolePrefixFor(const QString &database)
{
    QString out;
    for (const QChar c : database.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        out += ok ? c : QLatin1Char('_');
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QStringLiteral("certdesk_"));
    return out.left(40);
}

QMutex &passwordsMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> p;
    return p;
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<void> execAll(QSqlDatabase &db, const QStringList &statements, const QString &what)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return std::unexpected(sqlError(what, q));
    }
    return {};
}

} // namespace

namespace {

Error mapError(const QString &what, const QSqlError &error)
{
    // PostgreSQL: 42501 insufficient_privilege. The role's grants refused it: say so plainly.
    if (error.nativeErrorCode() == QLatin1String("42501"))
    {
        // "ERROR:  permission denied for table certificates\n(42501)": the server's sentence only.
        QString reason = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        if (reason.startsWith(QLatin1String("ERROR:")))
            reason = reason.mid(6).trimmed();
        return Error{ErrorCode::NotPermitted,
                     what + QStringLiteral(": not permitted for your role in this team inventory (") + reason + QLatin1Char(')')};
    }
    return Error{ErrorCode::Database, what + QStringLiteral(": ") + error.text()};
}

} // namespace

Error sqlError(const QString &what, const QSqlQuery &query) { return mapError(what, query.lastError()); }

qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Error sqlError(const QString &what, const QSqlDatabase &db) { return mapError(what, db.lastError()); }

Error sqlError(const QString &what, const QSqlError &error) { return mapError(what, error); }

QString teamRoleName(TeamRole role)
{
    switch (role) {
    case TeamRole::Administrator: return QStringLiteral("administrator");
    case TeamRole::Operator: return QStringLiteral("operator");
    case TeamRole::Auditor: return QStringLiteral("auditor");
    case TeamRole::None: break;
    }
    return QStringLiteral("none");
}

std::optional<TeamRole> parseTeamRole(const QString &name)
{
    for (TeamRole r : {TeamRole::Administrator, TeamRole::Operator, TeamRole::Auditor}) {
        if (name.compare(teamRoleName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

Database::Database(QSqlDatabase db, QString path, QString connectionName)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_user(osUser())
{
}

Database::Database(Database &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_path(std::move(other.m_path))
    , m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_engine(other.m_engine)
    , m_user(std::move(other.m_user))
    , m_rolePrefix(std::move(other.m_rolePrefix))
    , m_role(other.m_role)
{
}

Database &Database::operator=(Database &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_path, other.m_path);
    std::swap(m_connectionName, other.m_connectionName);
    std::swap(m_engine, other.m_engine);
    std::swap(m_user, other.m_user);
    std::swap(m_rolePrefix, other.m_rolePrefix);
    std::swap(m_role, other.m_role);
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

void Database::rememberPassword(const QString &location, const QString &password)
{
    auto loc = DatabaseLocation::parse(location);
    if (!loc || !loc->isPostgres())
        return;
    QMutexLocker lock(&passwordsMutex());
    passwords().insert(loc->display(), password);
}

namespace {

// A QPSQL connection to the location; nothing run on it yet.
// Qt's PostgreSQL driver frees each prepared statement (DEALLOCATE) when its QSqlQuery goes; in a
// transaction that a refused or failed statement has aborted, that DEALLOCATE is refused too and
// the driver warns "Unable to free statement: ... current transaction is aborted" once per query.
// The error itself reaches the user through Result; the statement is freed with the session
// (names are unique per query, nothing collides). Those warnings alone are dropped; every other
// message goes on to the handler that was there before.
QtMessageHandler previousHandler = nullptr;

void dropAbortedDeallocateWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement:"))
        && message.contains(QLatin1String("current transaction is aborted")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void installPostgresMessageFilter()
{
    static std::once_flag once;
    std::call_once(once, [] { previousHandler = qInstallMessageHandler(dropAbortedDeallocateWarnings); });
}

Result<QSqlDatabase> connectPostgres(const DatabaseLocation &loc, const QString &connectionName)
{
    installPostgresMessageFilter();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(ErrorCode::Database, QStringLiteral("cannot open the team inventory %1: Qt's PostgreSQL driver is not "
                                                        "installed (Debian package libqt6sql6-psql)")
                                             .arg(loc.display()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(loc.host);
    if (loc.port > 0)
        db.setPort(loc.port);
    db.setDatabaseName(loc.database);
    db.setUserName(loc.user);
    QString password = loc.password;
    if (password.isEmpty()) {
        QMutexLocker lock(&passwordsMutex());
        password = passwords().value(loc.display());
    } else {
        QMutexLocker lock(&passwordsMutex());
        passwords().insert(loc.display(), password);
    }
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(loc.connectOptions());
    if (!db.open()) {
        const QString why = db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text()
                                                                              : db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return fail(ErrorCode::Database, QStringLiteral("cannot connect to the team inventory %1: %2").arg(loc.display(), why));
    }
    QSqlQuery q(db);
    // NOTICEs ("relation already exists, skipping") are not for the user.
    if (!q.exec(QStringLiteral("SET client_min_messages = warning"))) {
        Error e = sqlError(QStringLiteral("cannot configure the connection to %1").arg(loc.display()), q);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return std::unexpected(e);
    }
    return db;
}

} // namespace

Result<Database> Database::open(const QString &location, const QString &connectionName)
{
    auto loc = DatabaseLocation::parse(location);
    if (!loc)
        return std::unexpected(loc.error());
    if (loc->isPostgres()) {
        auto db = connectPostgres(*loc, connectionName);
        if (!db)
            return std::unexpected(db.error());
        Database out(*db, loc->display(), connectionName);
        *db = QSqlDatabase(); // out holds the only handle: removeDatabase on failure finds it free
        out.m_engine = DatabaseEngine::Postgres;
        if (auto r = out.migratePostgres(); !r)
            return std::unexpected(r.error());
        if (auto r = out.readTeamRole(); !r)
            return std::unexpected(r.error());
        return out;
    }
    const QString &path = loc->path;
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
    const QString busyTimeout = QStringLiteral("PRAGMA busy_timeout = %1").arg(g_sqliteBusyTimeout.load());
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA synchronous = NORMAL"), busyTimeout, QStringLiteral("PRAGMA wal_autocheckpoint = 10000"),
                                  QStringLiteral("PRAGMA cache_size = -131072"), QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (!q.exec(pragma))
            return std::unexpected(sqlError(QStringLiteral("cannot configure the inventory %1").arg(path), q));
    }
    if (auto r = out.migrate(); !r)
        return std::unexpected(r.error());
    return out;
}

void Database::setSqliteBusyTimeout(int milliseconds)
{
    g_sqliteBusyTimeout = qMax(0, milliseconds);
}

Result<Database> Database::openReadOnly(const QString &location, const QString &connectionName)
{
    auto loc = DatabaseLocation::parse(location);
    if (!loc)
        return std::unexpected(loc.error());
    if (loc->isPostgres()) {
        auto db = connectPostgres(*loc, connectionName);
        if (!db)
            return std::unexpected(db.error());
        Database out(*db, loc->display(), connectionName);
        *db = QSqlDatabase(); // out holds the only handle: removeDatabase on failure finds it free
        out.m_engine = DatabaseEngine::Postgres;
        QSqlQuery q(out.m_db);
        if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return std::unexpected(sqlError(QStringLiteral("cannot configure the connection to %1").arg(out.m_path), q));
        if (const int version = out.schemaVersion(); version != kSchemaVersion)
            return fail(ErrorCode::Database, QStringLiteral("the team inventory %1 has schema version %2 (this certdesk reads %3; "
                                                            "an Administrator opening it upgrades an older one)")
                                                 .arg(out.m_path)
                                                 .arg(version)
                                                 .arg(kSchemaVersion));
        if (auto r = out.readTeamRole(); !r)
            return std::unexpected(r.error());
        return out;
    }
    const QString &path = loc->path;
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
    if (m_engine == DatabaseEngine::Postgres) {
        if (!q.exec(QStringLiteral("SELECT to_regclass('certdesk_schema') IS NOT NULL")) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (q.exec(QStringLiteral("SELECT version FROM certdesk_schema WHERE id = 1")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::roleName(TeamRole role) const
{
    return m_rolePrefix.isEmpty() ? QString() : m_rolePrefix + QLatin1Char('_') + teamRoleName(role);
}

Result<void> Database::migrate()
{
    // BEGIN IMMEDIATE takes SQLite's write lock before the version is read: of several clients
    // starting at once, one migrates and the others find the schema current.
    if (schemaVersion() == kSchemaVersion)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return std::unexpected(sqlError(QStringLiteral("cannot lock the inventory %1 to upgrade it").arg(m_path), q));
    auto result = [&]() -> Result<void> {
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
        }
        return {};
    }();
    if (!result) {
        q.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = sqlError(QStringLiteral("the upgrade of %1 could not be committed").arg(m_path), q);
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(e);
    }
    return {};
}

namespace {

// The group roles, their grants, the actor and notification triggers, and the tables' owner (the
// Administrators' role, so any Administrator can run later migrations). Run after every
// migration, in its transaction: idempotent, and it covers tables a migration added.
Result<void> applyTeamSetup(QSqlDatabase &db, const QString &prefix)
{
    const QString admin = quoteIdentifier(prefix + QStringLiteral("_administrator"));
    const QString op = quoteIdentifier(prefix + QStringLiteral("_operator"));
    const QString auditor = quoteIdentifier(prefix + QStringLiteral("_auditor"));
    const QString what = QStringLiteral("cannot set up the team roles");
    QStringList sql;
    for (const QString &role : {prefix + QStringLiteral("_administrator"), prefix + QStringLiteral("_operator"),
                                prefix + QStringLiteral("_auditor")}) {
        sql << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                              "CREATE ROLE %2 NOLOGIN; END IF; END $$")
                   .arg(quoteLiteral(role), quoteIdentifier(role));
    }
    // Whoever sets the inventory up is its first Administrator (and owns nothing alone).
    sql << QStringLiteral("DO $$ BEGIN IF NOT pg_has_role(session_user, %1, 'MEMBER') THEN EXECUTE format('GRANT %2 TO %I', "
                          "session_user); END IF; END $$")
               .arg(quoteLiteral(prefix + QStringLiteral("_administrator")), admin);
    sql << QStringLiteral("INSERT INTO team_members (login, role, added_at, added_by) VALUES (session_user, 'administrator', "
                          "CAST(extract(epoch FROM now()) AS BIGINT), session_user) ON CONFLICT (login) DO NOTHING");
    sql << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2, %3").arg(admin, op, auditor);
    sql << QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(admin);
    for (const TableGrant &t : kTableGrants) {
        const QString table = QString::fromLatin1(t.table);
        sql << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(table);
        sql << QStringLiteral("REVOKE ALL ON %1 FROM %2, %3").arg(table, op, auditor);
        sql << QStringLiteral("GRANT ALL ON %1 TO %2").arg(table, admin);
        sql << QStringLiteral("GRANT %1 ON %2 TO %3").arg(QString::fromLatin1(t.operatorPrivileges), table, op);
        if (t.auditorReads)
            sql << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, auditor);
    }
    for (const HiddenColumns &h : kAuditorHidden) {
        // Every column but the hidden ones, as the table is now.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) "
                                 "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
                                 "AND NOT (column_name = ANY (string_to_array(?, ',')))"));
        q.addBindValue(QString::fromLatin1(h.table));
        q.addBindValue(QString::fromLatin1(h.columns));
        if (!q.exec() || !q.next())
            return std::unexpected(sqlError(what, q));
        sql << QStringLiteral("GRANT SELECT (%1) ON %2 TO %3").arg(q.value(0).toString(), QString::fromLatin1(h.table), auditor);
    }
    sql << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1, %2").arg(admin, op);

    // The audit trail names the connected user, whatever the client wrote. An Administrator's
    // restore (db migrate) keeps the recorded actors.
    sql << QStringLiteral("CREATE OR REPLACE FUNCTION certdesk_actor() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "IF current_setting('certdesk.restore', true) = 'on' AND pg_has_role(session_user, %1, 'USAGE') "
                          "THEN RETURN NEW; END IF; "
                          "NEW.actor := session_user; RETURN NEW; END $$")
               .arg(quoteLiteral(prefix + QStringLiteral("_administrator")));
    for (const char *table : kActorTables) {
        const QString t = QString::fromLatin1(table);
        sql << QStringLiteral("DROP TRIGGER IF EXISTS certdesk_actor ON %1").arg(t);
        sql << QStringLiteral("CREATE TRIGGER certdesk_actor BEFORE INSERT OR UPDATE OF actor ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION certdesk_actor()")
                   .arg(t);
    }
    // Live updates: one notification per table and transaction (PostgreSQL folds repeats).
    sql << QStringLiteral("CREATE OR REPLACE FUNCTION certdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "PERFORM pg_notify('certdesk_changes', TG_TABLE_NAME); RETURN NULL; END $$");
    for (const char *table : kNotifyingTables) {
        const QString t = QString::fromLatin1(table);
        sql << QStringLiteral("DROP TRIGGER IF EXISTS certdesk_notify ON %1").arg(t);
        sql << QStringLiteral("CREATE TRIGGER certdesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION certdesk_notify()")
                   .arg(t);
    }
    sql << QStringLiteral("ALTER FUNCTION certdesk_actor() OWNER TO %1").arg(admin);
    sql << QStringLiteral("ALTER FUNCTION certdesk_notify() OWNER TO %1").arg(admin);
    for (const TableGrant &t : kTableGrants)
        sql << QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(QString::fromLatin1(t.table), admin);
    return execAll(db, sql, what);
}

} // namespace

Result<void> Database::migratePostgres()
{
    const QString what = QStringLiteral("cannot upgrade the team inventory %1").arg(m_path);
    int current = schemaVersion();
    if (current < 0) {
        // Once more to learn why: a login without a role in this team may not even read the version.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT version FROM certdesk_schema WHERE id = 1"));
        const Error e = sqlError(QStringLiteral("cannot read the schema version of %1").arg(m_path), q);
        if (e.code == ErrorCode::NotPermitted) {
            QSqlQuery who(m_db);
            const QString login = who.exec(QStringLiteral("SELECT session_user")) && who.next() ? who.value(0).toString() : QString();
            return fail(ErrorCode::NotPermitted,
                        QStringLiteral("%1 is not a member of the team inventory %2: an Administrator adds it with "
                                       "certdesk-cli team add %1 --role auditor|operator|administrator")
                            .arg(login, m_path));
        }
        return std::unexpected(e);
    }
    if (current == kSchemaVersion) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT role_prefix FROM certdesk_schema WHERE id = 1")) || !q.next())
            return std::unexpected(sqlError(what, q));
        m_rolePrefix = q.value(0).toString();
        return {};
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::unexpected(sqlError(what, m_db));
    QSqlQuery q(m_db);
    // One client migrates at a time; the others wait here, then find the schema current.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7166468921346813285)")))
        return std::unexpected(sqlError(what, q));
    current = schemaVersion();
    if (current > kSchemaVersion)
        return fail(ErrorCode::Database, QStringLiteral("the team inventory %1 has schema version %2, newer than this certdesk "
                                                        "understands (%3)")
                                             .arg(m_path)
                                             .arg(current)
                                             .arg(kSchemaVersion));
    if (current == 0) {
        if (!q.exec(QStringLiteral("SELECT current_database()")) || !q.next())
            return std::unexpected(sqlError(what, q));
        m_rolePrefix = rolePrefixFor(q.value(0).toString());
        if (!q.exec(QStringLiteral("CREATE TABLE certdesk_schema (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, "
                                   "role_prefix TEXT NOT NULL)")))
            return std::unexpected(sqlError(what, q));
        q.prepare(QStringLiteral("INSERT INTO certdesk_schema (id, version, role_prefix) VALUES (1, 0, ?)"));
        q.addBindValue(m_rolePrefix);
        if (!q.exec())
            return std::unexpected(sqlError(what, q));
    } else {
        if (!q.exec(QStringLiteral("SELECT role_prefix FROM certdesk_schema WHERE id = 1")) || !q.next())
            return std::unexpected(sqlError(what, q));
        m_rolePrefix = q.value(0).toString();
    }
    if (current < kSchemaVersion) {
        for (const Migration &m : kMigrations) {
            if (m.version <= current)
                continue;
            for (size_t i = 0; i < m.count; ++i) {
                if (!q.exec(postgresDdl(m.statements[i])))
                    return std::unexpected(sqlError(QStringLiteral("migration of %1 to schema %2 failed").arg(m_path).arg(m.version), q));
            }
            if (m.finish) {
                if (auto r = m.finish(m_db); !r)
                    return std::unexpected(r.error().prefixed(QStringLiteral("migration of %1 to schema %2 failed").arg(m_path).arg(m.version)));
            }
        }
        if (auto r = applyTeamSetup(m_db, m_rolePrefix); !r)
            return std::unexpected(r.error().prefixed(QStringLiteral("%1 (the first user needs the CREATEROLE attribute)").arg(m_path)));
        q.prepare(QStringLiteral("UPDATE certdesk_schema SET version = ? WHERE id = 1"));
        q.addBindValue(kSchemaVersion);
        if (!q.exec())
            return std::unexpected(sqlError(what, q));
    }
    return tx.commit();
}

Result<void> Database::readTeamRole()
{
    QSqlQuery q(m_db);
    if (m_rolePrefix.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT role_prefix FROM certdesk_schema WHERE id = 1")) || !q.next())
            return std::unexpected(sqlError(QStringLiteral("cannot read the team roles of %1").arg(m_path), q));
        m_rolePrefix = q.value(0).toString();
    }
    q.prepare(QStringLiteral("SELECT session_user, (SELECT rolsuper FROM pg_roles WHERE rolname = session_user), "
                             "pg_has_role(session_user, ?, 'USAGE'), pg_has_role(session_user, ?, 'USAGE'), "
                             "pg_has_role(session_user, ?, 'USAGE')"));
    q.addBindValue(roleName(TeamRole::Administrator));
    q.addBindValue(roleName(TeamRole::Operator));
    q.addBindValue(roleName(TeamRole::Auditor));
    if (!q.exec() || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot read your role in the team inventory %1").arg(m_path), q));
    m_user = q.value(0).toString();
    if (q.value(1).toBool() || q.value(2).toBool())
        m_role = TeamRole::Administrator;
    else if (q.value(3).toBool())
        m_role = TeamRole::Operator;
    else if (q.value(4).toBool())
        m_role = TeamRole::Auditor;
    else
        m_role = TeamRole::None;
    if (m_role == TeamRole::None)
        return fail(ErrorCode::NotPermitted,
                    QStringLiteral("%1 has no role in the team inventory %2: an Administrator can add them with "
                                   "\"certdesk-cli team add %1 --role operator\" (or administrator, auditor)")
                        .arg(m_user, m_path));
    return {};
}

Database::Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    // SQLite: BEGIN IMMEDIATE takes the write lock now, waiting for it up to busy_timeout. A
    // plain (deferred) BEGIN takes it only at the first write, and when another connection has
    // committed since this transaction's first read, SQLite answers SQLITE_BUSY at once, without
    // waiting: a renewer reading its certificate while an import committed failed with
    // "database is locked" (tst_cli twoImportersAndTwoRenewers). Every user of this class writes.
    if (db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery q(db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_active = db.transaction();
    }
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
