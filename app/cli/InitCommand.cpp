#include "InitCommand.h"

#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"


namespace saylau {

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::description() const
{
    return tr("Create a new campaign file from a preset");
}

int InitCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption presetOption(QStringLiteral("preset"), tr("Campaign preset (see saylau presets)."),
                                          tr("id"));
    parser.addOption(presetOption);
    if (const auto exit = parse(parser, arguments, 1, tr("Usage: saylau init FILE --preset ID"), out, err))
        return *exit;
    if (!parser.isSet(presetOption)) {
        err << tr("saylau init: --preset is required; one of: %1")
                   .arg(PresetLibrary::campaignPresetIds().join(QStringLiteral(", ")))
            << Qt::endl;
        return Failure;
    }
    const QString path = parser.positionalArguments().constFirst();
    // Read the preset before creating anything, so a wrong id leaves no empty file behind.
    const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(parser.value(presetOption));
    PresetLibrary::createCampaign(path, preset);
    out << tr("Created %1 from preset %2 (%3)").arg(path, preset.id, preset.name) << Qt::endl;
    return Success;
}

} // namespace saylau
