#include "inventory/team.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace certdesk::core {

namespace {

QString quoteIdentifier(const QString &name) { return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); }

// The group roles a login is a direct member of (so only those are revoked: PostgreSQL warns
// about revoking what was never granted).
QStringList grantedRoles(const QSqlDatabase &db, const QString &login)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                             "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"));
    q.addBindValue(login);
    QStringList roles;
    if (q.exec()) {
        while (q.next())
            roles << q.value(0).toString();
    }
    return roles;
}

const TeamRole kRoles[] = {TeamRole::Administrator, TeamRole::Operator, TeamRole::Auditor};

Result<void> requireAdministrator(const Database &db)
{
    if (db.role() != TeamRole::Administrator)
        return fail(ErrorCode::NotPermitted, QStringLiteral("only an Administrator can change the team (%1 is %2)")
                                                 .arg(db.user(), teamRoleName(db.role())));
    return {};
}

Result<bool> loginExists(const QSqlDatabase &db, const QString &login)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot look up %1").arg(login), q));
    return q.next();
}

// The audit log's entry for a change of the team (the server writes the actor).
Result<void> teamEvent(const QSqlDatabase &db, qint64 at, const QString &login, const QString &detail)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO events (at, kind, cert_id, subject, detail, actor) VALUES (?, 'team', NULL, ?, ?, '')"));
    q.addBindValue(at);
    q.addBindValue(login);
    q.addBindValue(detail);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot write the audit log"), q));
    return {};
}

} // namespace

Result<void> Team::requireTeam() const
{
    if (!m_db.isPostgres())
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is a local inventory (SQLite): it has one user and no team; "
                                                            "copy it into a PostgreSQL database with \"certdesk-cli db migrate\"")
                                                 .arg(m_db.path()));
    return {};
}

Result<QList<TeamMember>> Team::members()
{
    if (auto r = requireTeam(); !r)
        return std::unexpected(r.error());
    // Everyone PostgreSQL lets use one of the roles (directly or through another role), most
    // powerful role first, plus what team_members remembers of them.
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT r.rolname, "
        "CASE WHEN pg_has_role(r.oid, ?, 'USAGE') THEN 'administrator' WHEN pg_has_role(r.oid, ?, 'USAGE') THEN 'operator' "
        "ELSE 'auditor' END, t.added_at, t.added_by "
        "FROM pg_roles r LEFT JOIN team_members t ON t.login = r.rolname "
        "WHERE r.rolcanlogin AND (pg_has_role(r.oid, ?, 'USAGE') OR pg_has_role(r.oid, ?, 'USAGE') OR pg_has_role(r.oid, ?, 'USAGE')) "
        "ORDER BY r.rolname"));
    q.addBindValue(m_db.roleName(TeamRole::Administrator));
    q.addBindValue(m_db.roleName(TeamRole::Operator));
    for (TeamRole role : kRoles)
        q.addBindValue(m_db.roleName(role));
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read the team"), q));
    QList<TeamMember> out;
    while (q.next()) {
        TeamMember m;
        m.login = q.value(0).toString();
        m.role = parseTeamRole(q.value(1).toString()).value_or(TeamRole::None);
        if (!q.value(2).isNull())
            m.addedAt = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        m.addedBy = q.value(3).toString();
        out.append(m);
    }
    return out;
}

Result<TeamMember> Team::add(const QString &login, TeamRole role, bool createLogin, const QByteArray &password)
{
    if (auto r = requireTeam(); !r)
        return std::unexpected(r.error());
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    if (!valid.match(login).hasMatch())
        return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a PostgreSQL user name certdesk accepts "
                                                            "(letters, digits, _ . @ -; at most 63)")
                                                 .arg(login));
    if (role == TeamRole::None)
        return fail(ErrorCode::InvalidInput, QStringLiteral("a member needs a role: administrator, operator or auditor"));
    if (auto r = requireAdministrator(m_db); !r)
        return std::unexpected(r.error());
    Database::Transaction tx(m_db.db());
    const auto found = loginExists(m_db.db(), login);
    if (!found)
        return std::unexpected(found.error());
    const bool exists = *found;
    QSqlQuery q(m_db.db());
    const QString who = quoteIdentifier(login);
    if (!exists && !createLogin)
        return fail(ErrorCode::NotFound, QStringLiteral("there is no PostgreSQL user %1: create it first "
                                                        "(certdesk-cli team add %1 --create, or CREATE ROLE ... LOGIN)")
                                             .arg(login));
    if (!exists) {
        QString sql = QStringLiteral("CREATE ROLE %1 LOGIN").arg(who);
        if (!password.isEmpty()) {
            // The password goes as a literal (CREATE ROLE takes no parameters): escaped by the server's rules.
            QString literal = QString::fromUtf8(password);
            literal.replace(QLatin1Char('\''), QStringLiteral("''"));
            sql += QStringLiteral(" PASSWORD '%1'").arg(literal);
        }
        if (!q.exec(sql))
            return std::unexpected(sqlError(QStringLiteral("cannot create the PostgreSQL user %1").arg(login), q));
    }
    const QStringList held = grantedRoles(m_db.db(), login);
    for (TeamRole other : kRoles) {
        if (other == role || !held.contains(m_db.roleName(other)))
            continue;
        if (!q.exec(QStringLiteral("REVOKE %1 FROM %2").arg(quoteIdentifier(m_db.roleName(other)), who)))
            return std::unexpected(sqlError(QStringLiteral("cannot change the role of %1").arg(login), q));
    }
    if (!q.exec(QStringLiteral("GRANT %1 TO %2").arg(quoteIdentifier(m_db.roleName(role)), who)))
        return std::unexpected(sqlError(QStringLiteral("cannot make %1 %2 (granting roles needs CREATEROLE)")
                                            .arg(login, teamRoleName(role)),
                                        q));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    q.prepare(QStringLiteral("INSERT INTO team_members (login, role, added_at, added_by) VALUES (?, ?, ?, session_user) "
                             "ON CONFLICT (login) DO UPDATE SET role = excluded.role, added_at = excluded.added_at, "
                             "added_by = excluded.added_by"));
    q.addBindValue(login);
    q.addBindValue(teamRoleName(role));
    q.addBindValue(now);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot record %1 in the team").arg(login), q));
    if (auto r = teamEvent(m_db.db(), now, login, QStringLiteral("%1 is now %2").arg(login, teamRoleName(role))); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return TeamMember{login, role, QDateTime::fromSecsSinceEpoch(now, Qt::UTC), m_db.user()};
}

Result<void> Team::remove(const QString &login)
{
    if (auto r = requireTeam(); !r)
        return r;
    if (auto r = requireAdministrator(m_db); !r)
        return r;
    if (login == m_db.user())
        return fail(ErrorCode::InvalidInput, QStringLiteral("you cannot remove yourself (%1): another Administrator can").arg(login));
    Database::Transaction tx(m_db.db());
    const auto found = loginExists(m_db.db(), login);
    if (!found)
        return std::unexpected(found.error());
    QSqlQuery q(m_db.db());
    if (!*found)
        return fail(ErrorCode::NotFound, QStringLiteral("there is no PostgreSQL user %1").arg(login));
    const QStringList held = grantedRoles(m_db.db(), login);
    for (TeamRole role : kRoles) {
        if (!held.contains(m_db.roleName(role)))
            continue;
        if (!q.exec(QStringLiteral("REVOKE %1 FROM %2").arg(quoteIdentifier(m_db.roleName(role)), quoteIdentifier(login))))
            return std::unexpected(sqlError(QStringLiteral("cannot remove %1 from the team").arg(login), q));
    }
    q.prepare(QStringLiteral("DELETE FROM team_members WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot remove %1 from the team").arg(login), q));
    if (auto r = teamEvent(m_db.db(), QDateTime::currentSecsSinceEpoch(), login, QStringLiteral("%1 removed from the team").arg(login)); !r)
        return r;
    return tx.commit();
}

} // namespace certdesk::core
