#pragma once

#include "../domain/BallotEntry.h"
#include "../domain/Election.h"
#include "../domain/ProtocolForm.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace saylau {

class CampaignStore;

// The presets shipped with the program (resources/): protocol forms, ballots, territory sets, and campaign
// presets that tie them together for `saylau init --preset` and File > New. All of it is data; adding an
// election on a known form is a JSON file, not code.
class PresetLibrary
{
    Q_DECLARE_TR_FUNCTIONS(PresetLibrary)

public:
    struct Region
    {
        QString code;
        QString name;
        QString kind; // "oblast" or "city"
        // Where the region comes from in an earlier territory set, so that two elections can be compared.
        QString splitFrom;
        QString renamedFrom;
        LocalizedText nameTranslations = {};
    };

    struct TerritorySet
    {
        QString id;
        QString name;
        QString countryCode;
        QString countryName;
        LocalizedText countryNameTranslations;
        QList<Region> regions;
    };

    struct ContestPreset
    {
        QString id;
        QString name;
        int seats = 0;
        LocalizedText nameTranslations = {};

        QString displayName() const { return nameTranslations.text(name); }
    };

    struct CampaignPreset
    {
        QString id;
        QString name;
        // The same in Russian and Kazakh: File > New offers presets in the language the program speaks.
        QString nameRu;
        QString nameKk;
        Election election;
        QString formId;
        QString ballotId;
        QString territoryId; // empty: the territory comes with the imported data
        // A territory set whose names (with their translations) the campaign keeps for the regions its imports
        // will bring, without making its nodes: the 2011 Duma file names its own regions.
        QString territoryNamesId;
        QList<ContestPreset> contests;
        // Published results (resources/results/) stored as official figures when the campaign is made.
        QStringList resultIds;

        // The name in the language of the default QLocale (Russian, Kazakh; English otherwise or when the
        // preset has no name in that language).
        QString displayName() const;
    };

    // A campaign for an election no preset describes, started from the preset of one like it (the 2016 Duma
    // from the 2011 one): the form, the territory and the contests are kept. An empty name or an invalid date
    // keeps the preset's. Any change makes it another election, so the preset's published results are not
    // stored; emptyBallots leaves the ballots for the first `import --ballot-from-file` to fill.
    struct ElectionChange
    {
        QString name;
        QDate date;
        bool emptyBallots = false;
        bool isEmpty() const { return name.isEmpty() && !date.isValid() && !emptyBallots; }
    };
    static CampaignPreset forElection(CampaignPreset preset, const ElectionChange &change);

    static QStringList campaignPresetIds();
    // Each throws SaylauError naming the preset and field when it is missing or malformed.
    static CampaignPreset campaignPreset(const QString &id);
    static ProtocolForm form(const QString &id);
    static QList<BallotEntry> ballot(const QString &id);
    static TerritorySet territorySet(const QString &id);
    // Fills a new, empty campaign from a preset: the election, its contests (form and ballot), the country
    // with its regions, and the translations of the territory names its sets know. One transaction.
    static void apply(CampaignStore &store, const CampaignPreset &preset);
    // A new campaign file filled from a preset (`saylau init`, File > New). Refuses an existing path; on failure
    // the new file is removed again, so nothing half-made is left behind. Throws SaylauError.
    static std::unique_ptr<CampaignStore> createCampaign(const QString &path, const CampaignPreset &preset);
};

} // namespace saylau
