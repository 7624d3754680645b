#include "ServerRoles.h"

#include "CampaignStore.h"

#include "../domain/SaylauError.h"

#include <QSqlQuery>

namespace saylau {

namespace {

// Tables an operator writes when saving a protocol (its history chain's head lives in meta).
const QString operatorTables = QStringLiteral("protocol, protocol_history, protocol_second_entry, protocol_attachment, meta");

} // namespace

void ServerRoles::grant(CampaignStore &store)
{
    if (!store.isServer())
        throw SaylauError(tr("%1 is a file: roles are a server's (give a postgresql:// address)").arg(store.path()));
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
    CampaignStore::Transaction transaction(store);
    QSqlQuery query(store.database());
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            throw SaylauError(tr("setting up the roles on %1 failed: %2").arg(store.path(), query.lastError().text()));
    }
    transaction.commit();
}

} // namespace saylau
