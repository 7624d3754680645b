#include "PresetsCommand.h"

#include "io/PresetLibrary.h"

namespace saylau {

QString PresetsCommand::name() const
{
    return QStringLiteral("presets");
}

QString PresetsCommand::description() const
{
    return tr("List the campaign presets that init can start from");
}

int PresetsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (const auto exit = parse(parser, arguments, 0, tr("Usage: saylau presets"), out, err))
        return *exit;
    // One line per preset: its id, a tab, the form it uses, a tab, its name.
    for (const QString &id : PresetLibrary::campaignPresetIds()) {
        const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(id);
        out << id << '\t' << preset.formId << '\t' << preset.name << Qt::endl;
    }
    return Success;
}

} // namespace saylau
