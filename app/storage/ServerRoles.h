#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace saylau {

class CampaignStore;

// The three roles of a headquarters' server, enforced by the server's GRANTs, not by the program:
// - saylau_analyst: reads everything, writes nothing;
// - saylau_operator: what an analyst may, and enters protocols: saves, history, drafts, second entries, photos;
// - saylau_coordinator: what an operator may, and everything else a campaign's data holds: imports of official
//   data, the territory, resolving second entries, samples.
// They are group roles without login; HQ's administrator gives each person a login role of their own in one of
// them (CREATE ROLE aigerim LOGIN IN ROLE saylau_operator). Roles belong to the whole server: campaigns on one
// server share them. Only the database's owner (who ran init-server) changes the schema (upgrades).
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    static QString analyst() { return QStringLiteral("saylau_analyst"); }
    static QString operatorRole() { return QStringLiteral("saylau_operator"); }
    static QString coordinator() { return QStringLiteral("saylau_coordinator"); }

    // Creates the roles where the server has none of that name, and grants them their rights on STORE's tables
    // (and the right to connect to its database, taken from everyone else), all in one transaction. STORE must
    // be a server campaign opened by the database's owner. Throws SaylauError (see requireRights).
    static void grant(CampaignStore &store);
    // Refuses, saying what is missing and how the server's administrator grants it, when STORE's user could not
    // grant: it does not own the database, or a role is still to be made and it may not create roles.
    // init-server asks before it fills a new campaign, so that a refusal leaves the database empty. Throws
    // SaylauError.
    static void requireRights(CampaignStore &store);
};

} // namespace saylau
