#include "PresetsCommand.h"

#include "io/PresetLibrary.h"

namespace saylau {

PresetsCommand::PresetsCommand()
    : Command(QStringLiteral("presets"), tr("List the campaign presets that init can start from"))
{
}

int PresetsCommand::run(QTextStream &out, QTextStream &)
{
    // One line per preset: its id, a tab, the form it uses, a tab, its name.
    for (const QString &id : PresetLibrary::campaignPresetIds()) {
        const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(id);
        out << id << '\t' << preset.formId << '\t' << preset.displayName() << Qt::endl;
    }
    return Success;
}

} // namespace saylau
