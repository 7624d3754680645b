#include "InitCommand.h"

#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

namespace saylau {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), tr("Create a new campaign file from a preset"))
{
    addArgument(QStringLiteral("FILE"), tr("The campaign file to create."));
    addOption({QStringLiteral("preset"), tr("Campaign preset (see saylau presets)."), tr("id")}, Presence::Required);
}

int InitCommand::run(QTextStream &out, QTextStream &)
{
    const QString path = argument(0);
    // Read the preset before creating anything, so a wrong id leaves no empty file behind.
    const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(value(QStringLiteral("preset")));
    PresetLibrary::createCampaign(path, preset);
    out << tr("Created %1 from preset %2 (%3)").arg(path, preset.id, preset.name) << Qt::endl;
    return Success;
}

} // namespace saylau
