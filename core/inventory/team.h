#pragma once

#include "inventory/database.h"

#include <QDateTime>
#include <QList>

namespace certdesk::core {

struct TeamMember
{
    QString login;
    TeamRole role = TeamRole::None; // what PostgreSQL's grants say now
    QDateTime addedAt;              // from team_members (invalid for a member added outside certdesk)
    QString addedBy;
};

// Who may do what in a team inventory (PostgreSQL): each member is a PostgreSQL login granted one
// of the inventory's group roles (Database::roleName). The grants are the truth and the database
// enforces them; team_members records who added whom and when. Changing members needs an
// Administrator with the CREATEROLE attribute (PostgreSQL's rule for granting roles).
class Team
{
public:
    explicit Team(Database &db)
        : m_db(db)
    {
    }

    Result<QList<TeamMember>> members();
    // Grants login the role (and takes any other certdesk role away). createLogin: create the
    // PostgreSQL login first (with the password, when one is given; else it signs in with a TLS
    // client certificate or whatever pg_hba.conf allows).
    Result<TeamMember> add(const QString &login, TeamRole role, bool createLogin = false, const QByteArray &password = {});
    Result<void> remove(const QString &login);

private:
    Result<void> requireTeam() const;

    Database &m_db;
};

} // namespace certdesk::core
