#include "ServerRoles.h"

#include "CampaignQuery.h"
#include "CampaignStore.h"

#include "../domain/SaylauError.h"

#include <QSqlQuery>

namespace saylau {

namespace {

// Tables an operator writes when saving a protocol (its history chain's head lives in meta).
const QString operatorTables = QStringLiteral("protocol, protocol_history, protocol_second_entry, protocol_attachment, meta");

// Confirming a protocol (entry_status 'verified', history action 'verify': EntryStore::verify) is the
// coordinator's, though an operator writes both tables when saving. A column GRANT cannot say it: a save
// writes entry_status too, keeping a verified protocol verified or making a changed one 'entered' again, both
// an operator's to do. What is refused is the step to 'verified', by anyone but a coordinator or the
// campaign's owner (and the server's superusers, members of every role). The triggers' WHEN keeps the function
// out of every write that confirms nothing, an import's 100,000 rows among them; they run AFTER the row, as a
// BEFORE row trigger would make the server's COPY insert row by row instead of in batches. SQLSTATE 42501 is
// the server's "insufficient privilege", which the program reads as a refusal of rights (SqlStatement::exec).
QStringList confirmRuleStatements(const QString &coordinator)
{
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION saylau_confirming_is_a_coordinators() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN"
                       // Nested: a history row has no entry_status to read.
                       " IF TG_TABLE_NAME = 'protocol' AND TG_OP = 'UPDATE' THEN"
                       " IF OLD.entry_status = 'verified' THEN RETURN NEW; END IF; END IF;"
                       " IF pg_has_role(current_user, '%1', 'MEMBER')"
                       " OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')"
                       " THEN RETURN NEW; END IF;"
                       " RAISE EXCEPTION 'only a coordinator may confirm a protocol (%1)'"
                       " USING ERRCODE = 'insufficient_privilege';"
                       " END $$")
            .arg(coordinator),
        QStringLiteral("CREATE OR REPLACE TRIGGER protocol_confirmed_by_coordinator"
                       " AFTER INSERT OR UPDATE OF entry_status ON protocol FOR EACH ROW"
                       " WHEN (NEW.entry_status = 'verified') EXECUTE FUNCTION saylau_confirming_is_a_coordinators()"),
        QStringLiteral("CREATE OR REPLACE TRIGGER protocol_history_confirmed_by_coordinator"
                       " AFTER INSERT OR UPDATE OF action ON protocol_history FOR EACH ROW"
                       " WHEN (NEW.action = 'verify') EXECUTE FUNCTION saylau_confirming_is_a_coordinators()"),
    };
}

} // namespace

void ServerRoles::requireRights(CampaignStore &store)
{
    if (!store.isServer())
        throw SaylauError(tr("%1 is a file: roles are a server's (give a postgresql:// address)").arg(store.path()));
    const QStringList roles{analyst(), operatorRole(), coordinator()};
    CampaignQuery user(store,
                       "SELECT quote_ident(current_user), r.rolsuper OR r.rolcreaterole,"
                       " pg_has_role(current_user, d.datdba, 'MEMBER'), pg_get_userbyid(d.datdba), current_database()"
                       " FROM pg_roles r, pg_database d WHERE r.rolname = current_user"
                       " AND d.datname = current_database()",
                       tr("reading the rights of the server's user"));
    if (!user.step())
        throw SaylauError(tr("%1: the server does not say who is connected").arg(store.path()));
    const QString name = user.string(0);
    const bool createsRoles = user.value(1).toBool();
    const bool owns = user.value(2).toBool();
    const QString owner = user.string(3);
    const QString database = user.string(4);
    user.reset();
    if (!owns)
        throw SaylauError(tr("%1: %2 does not own the database %3 (%4 does), and a campaign's roles and rights are set "
                             "up by its owner; the database was left as it was. Give the owner's address, or make "
                             "the database with createdb --owner=%2.")
                              .arg(store.path(), name, database, owner));
    if (createsRoles)
        return;
    QStringList missing;
    CampaignQuery exists(store, "SELECT 1 FROM pg_roles WHERE rolname = :role", tr("reading the server's roles"));
    for (const QString &role : roles) {
        exists.bind(":role", role);
        if (!exists.step())
            missing.append(role);
        exists.reset();
    }
    if (missing.isEmpty())
        return;
    QStringList creations;
    for (const QString &role : std::as_const(missing))
        creations.append(QStringLiteral("CREATE ROLE %1 NOLOGIN;").arg(role));
    throw SaylauError(tr("%1: the roles %2 are not on this server yet, and %3 may not create roles; the database was "
                         "left as it was. As the server's administrator, let %3 create them (sudo -u postgres psql "
                         "-c \"ALTER ROLE %3 CREATEROLE\") or create them yourself (sudo -u postgres psql -c \"%4\"), "
                         "then run saylau init-server again.")
                          .arg(store.path(), missing.join(QStringLiteral(", ")), name,
                               creations.join(QLatin1Char(' '))));
}

void ServerRoles::grant(CampaignStore &store)
{
    requireRights(store);
    const QString all = QStringList{analyst(), operatorRole(), coordinator()}.join(QStringLiteral(", "));
    // Role and table names are constants of ours; GRANT takes no bound parameters.
    QStringList statements;
    for (const QString &role : {analyst(), operatorRole(), coordinator()})
        statements.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN"
                                         " CREATE ROLE %1 NOLOGIN; END IF; END $$")
                              .arg(role));
    statements += {
        QStringLiteral("DO $$ BEGIN EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC',"
                       " current_database()); EXECUTE format('GRANT CONNECT ON DATABASE %I TO %2', current_database());"
                       " END $$")
            .replace(QLatin1String("%2"), all),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1, %2").arg(operatorRole(), coordinator()),
        QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2").arg(operatorTables, operatorRole()),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON protocol_draft TO %1").arg(operatorRole()),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(coordinator()),
        // The schema's version is the owner's, who alone upgrades it.
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON schema_version FROM %1").arg(coordinator()),
    };
    statements += confirmRuleStatements(coordinator());
    CampaignStore::Transaction transaction(store);
    QSqlQuery query(store.database());
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            throw SaylauError(tr("setting up the roles on %1 failed: %2").arg(store.path(), query.lastError().text()));
    }
    transaction.commit();
}

} // namespace saylau
