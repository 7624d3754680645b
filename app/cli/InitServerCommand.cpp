#include "InitServerCommand.h"

#include "domain/SaylauError.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignCopy.h"
#include "storage/CampaignLocation.h"
#include "storage/CampaignStore.h"
#include "storage/ServerRoles.h"

namespace saylau {

QString InitServerCommand::name() const
{
    return QStringLiteral("init-server");
}

QString InitServerCommand::description() const
{
    return tr("Create a campaign on a PostgreSQL server with the roles operator, coordinator and analyst");
}

int InitServerCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption presetOption(QStringLiteral("preset"), tr("Start from a campaign preset (see saylau presets)."),
                                          tr("id"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Start from a copy of a campaign file."), tr("file"));
    parser.addOption(presetOption);
    parser.addOption(fromOption);
    if (const auto exit = parse(parser, arguments, 1,
                                tr("Usage: saylau init-server ADDRESS [--preset ID | --from FILE]\n"
                                   "ADDRESS is postgresql://owner@host:port/database, an empty database the owner "
                                   "owns; without --preset or --from the campaign already there gets its roles."),
                                out, err))
        return *exit;
    const QString address = parser.positionalArguments().constFirst();
    if (!CampaignLocation::parse(address).isServer())
        throw SaylauError(tr("%1 is no server address (postgresql://owner@host:port/database)").arg(address));
    if (parser.isSet(presetOption) && parser.isSet(fromOption))
        throw SaylauError(tr("give --preset or --from, not both"));
    if (parser.isSet(presetOption)) {
        // Read the preset before creating anything, so a wrong id leaves the database empty.
        const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(parser.value(presetOption));
        PresetLibrary::createCampaign(address, preset);
        out << tr("Created %1 from preset %2 (%3)").arg(address, preset.id, preset.name) << Qt::endl;
    } else if (parser.isSet(fromOption)) {
        const auto source = CampaignStore::open(parser.value(fromOption), CampaignStore::Access::ReadOnly);
        CampaignCopy::copy(*source, address);
        out << tr("Copied %1 to %2, verified").arg(source->path(), address) << Qt::endl;
    }
    const auto store = CampaignStore::open(address);
    ServerRoles::grant(*store);
    out << tr("Roles on %1: %2 (read only), %3 (enter and save protocols), %4 (also imports, territory, "
              "resolving). Give each person a login in one of them, e.g. CREATE ROLE aigerim LOGIN IN ROLE %3; "
              "passwords go in the server (and the person's ~/.pgpass), never in SaylauDesk.")
               .arg(address, ServerRoles::analyst(), ServerRoles::operatorRole(), ServerRoles::coordinator())
        << Qt::endl;
    return Success;
}

} // namespace saylau
