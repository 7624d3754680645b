#include "InitCommand.h"

#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

namespace saylau {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), tr("Create a new campaign file from a preset"))
{
    addArgument(QStringLiteral("FILE"), tr("The campaign file to create."));
    addOption({QStringLiteral("preset"), tr("Campaign preset (see saylau presets)."), tr("id")}, Presence::Required);
    addOption({QStringLiteral("name"), tr("The election's name, for an election the preset does not describe."),
               tr("name")});
    addOption({QStringLiteral("date"), tr("The election's date, for an election the preset does not describe."),
               tr("YYYY-MM-DD")});
    addOption({QStringLiteral("empty-ballots"),
               tr("Start with empty ballots: the first import with --ballot-from-file fills them.")});
}

int InitCommand::run(QTextStream &out, QTextStream &)
{
    const QString path = argument(0);
    PresetLibrary::ElectionChange change;
    change.name = value(QStringLiteral("name")).trimmed();
    if (isSet(QStringLiteral("name")) && change.name.isEmpty())
        throw UsageError(tr("--name must not be empty"));
    if (isSet(QStringLiteral("date"))) {
        change.date = QDate::fromString(value(QStringLiteral("date")), Qt::ISODate);
        if (!change.date.isValid())
            throw UsageError(tr("--date must be a date written YYYY-MM-DD, not \"%1\"").arg(value(QStringLiteral("date"))));
    }
    change.emptyBallots = isSet(QStringLiteral("empty-ballots"));
    // Read the preset before creating anything, so a wrong id leaves no empty file behind.
    const PresetLibrary::CampaignPreset preset =
        PresetLibrary::forElection(PresetLibrary::campaignPreset(value(QStringLiteral("preset"))), change);
    PresetLibrary::createCampaign(path, preset);
    out << tr("Created %1 from preset %2 (%3)").arg(path, preset.id, preset.name) << Qt::endl;
    if (!change.isEmpty())
        out << tr("Election: %1, %2; ballots: %3")
                   .arg(preset.election.displayName(), preset.election.date.toString(Qt::ISODate),
                        change.emptyBallots ? tr("empty, for the first import with --ballot-from-file")
                                            : tr("the preset's"))
            << Qt::endl;
    return Success;
}

} // namespace saylau
