#include "InitServerCommand.h"

#include "domain/SaylauError.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignCopy.h"
#include "storage/CampaignLocation.h"
#include "storage/CampaignStore.h"
#include "storage/ServerRoles.h"

namespace saylau {

InitServerCommand::InitServerCommand()
    : Command(QStringLiteral("init-server"),
              tr("Create a campaign on a PostgreSQL server with the roles operator, coordinator and analyst"))
{
    addArgument(QStringLiteral("ADDRESS"),
                tr("postgresql://owner@host:port/database, an empty database the owner owns; without --preset or "
                   "--from the campaign already there gets its roles."));
    addOption({QStringLiteral("preset"), tr("Start from a campaign preset (see saylau presets)."), tr("id")});
    addOption({QStringLiteral("from"), tr("Start from a copy of a campaign file."), tr("file")});
}

void InitServerCommand::readOptions()
{
    if (!CampaignLocation::parse(argument(0)).isServer())
        throw UsageError(tr("%1 is no server address (postgresql://owner@host:port/database)").arg(argument(0)));
    if (isSet(QStringLiteral("preset")) && isSet(QStringLiteral("from")))
        throw UsageError(tr("give --preset or --from, not both"));
}

int InitServerCommand::run(QTextStream &out, QTextStream &)
{
    const QString address = argument(0);
    // A new campaign gets its roles as the last step of its making, after the rights to grant them were asked
    // for as the first: a refusal at either leaves the database empty, not a campaign without roles.
    if (isSet(QStringLiteral("preset"))) {
        // Read the preset before creating anything, so a wrong id leaves the database empty.
        const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(value(QStringLiteral("preset")));
        CampaignStore::create(address, [&preset](CampaignStore &store) {
            ServerRoles::requireRights(store);
            PresetLibrary::apply(store, preset);
            ServerRoles::grant(store);
        });
        out << tr("Created %1 from preset %2 (%3)").arg(address, preset.id, preset.name) << Qt::endl;
    } else if (isSet(QStringLiteral("from"))) {
        const auto source = CampaignStore::open(value(QStringLiteral("from")), CampaignStore::Access::ReadOnly);
        CampaignCopy::copy(*source, address, &ServerRoles::requireRights, &ServerRoles::grant);
        out << tr("Copied %1 to %2, verified").arg(source->path(), address) << Qt::endl;
    } else {
        const auto store = CampaignStore::open(address);
        ServerRoles::grant(*store);
    }
    out << tr("Roles on %1: %2 (read only), %3 (enter and save protocols), %4 (also imports, territory, "
              "resolving). Give each person a login in one of them, e.g. CREATE ROLE aigerim LOGIN IN ROLE %3; "
              "passwords go in the server (and the person's ~/.pgpass), never in SaylauDesk.")
               .arg(address, ServerRoles::analyst(), ServerRoles::operatorRole(), ServerRoles::coordinator())
        << Qt::endl;
    return Success;
}

} // namespace saylau
