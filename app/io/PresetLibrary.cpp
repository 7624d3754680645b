#include "PresetLibrary.h"

#include "PublishedResult.h"

#include "../domain/SaylauError.h"
#include "../storage/CampaignStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace saylau {

namespace {

QJsonObject readPreset(const QString &folder, const QString &id)
{
    const QString path = QStringLiteral(":/%1/%2.json").arg(folder, id);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SaylauError(PresetLibrary::tr("no %1 preset \"%2\"").arg(folder, id));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        throw SaylauError(PresetLibrary::tr("%1: %2 at offset %3").arg(path, error.errorString(), QString::number(error.offset)));
    return document.object();
}

} // namespace

QString PresetLibrary::CampaignPreset::displayName() const
{
    const QString own = QLocale().language() == QLocale::Russian  ? nameRu
                        : QLocale().language() == QLocale::Kazakh ? nameKk
                                                                  : QString();
    return own.isEmpty() ? name : own;
}

QStringList PresetLibrary::campaignPresetIds()
{
    QStringList ids;
    for (const QString &file : QDir(QStringLiteral(":/campaigns")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        ids.append(file.chopped(5));
    return ids;
}

PresetLibrary::CampaignPreset PresetLibrary::campaignPreset(const QString &id)
{
    const QJsonObject o = readPreset(QStringLiteral("campaigns"), id);
    CampaignPreset preset;
    preset.id = id;
    preset.name = o.value(QStringLiteral("name")).toString();
    preset.nameRu = o.value(QStringLiteral("nameRu")).toString();
    preset.nameKk = o.value(QStringLiteral("nameKk")).toString();
    const QJsonObject election = o.value(QStringLiteral("election")).toObject();
    preset.election.name = election.value(QStringLiteral("name")).toString();
    preset.election.nameTranslations = LocalizedText::fromJson(election, QStringLiteral("name"));
    preset.election.date = QDate::fromString(election.value(QStringLiteral("date")).toString(), Qt::ISODate);
    preset.election.country = election.value(QStringLiteral("country")).toString();
    preset.formId = o.value(QStringLiteral("form")).toString();
    preset.ballotId = o.value(QStringLiteral("ballot")).toString();
    preset.territoryId = o.value(QStringLiteral("territory")).toString();
    preset.territoryNamesId = o.value(QStringLiteral("territoryNames")).toString();
    for (const QJsonValue &value : o.value(QStringLiteral("contests")).toArray()) {
        const QJsonObject c = value.toObject();
        preset.contests.append({c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("name")).toString(),
                                c.value(QStringLiteral("seats")).toInt(), LocalizedText::fromJson(c, QStringLiteral("name"))});
    }
    for (const QJsonValue &value : o.value(QStringLiteral("results")).toArray())
        preset.resultIds.append(value.toString());
    if (preset.formId.isEmpty() || preset.contests.isEmpty())
        throw SaylauError(tr("campaign preset %1 names no form or no contest").arg(id));
    return preset;
}

ProtocolForm PresetLibrary::form(const QString &id)
{
    return ProtocolForm::fromJson(readPreset(QStringLiteral("forms"), id));
}

QList<BallotEntry> PresetLibrary::ballot(const QString &id)
{
    QList<BallotEntry> entries;
    for (const QJsonValue &value : readPreset(QStringLiteral("ballots"), id).value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = value.toObject();
        BallotEntry entry{e.value(QStringLiteral("position")).toInt(), e.value(QStringLiteral("name")).toString(),
                          e.value(QStringLiteral("short")).toString(), e.value(QStringLiteral("color")).toString(),
                          LocalizedText::fromJson(e, QStringLiteral("name")), LocalizedText::fromJson(e, QStringLiteral("short"))};
        if (entry.position <= 0 || entry.name.isEmpty())
            throw SaylauError(tr("ballot preset %1: an entry lacks its position or name").arg(id));
        entries.append(entry);
    }
    return entries;
}

PresetLibrary::TerritorySet PresetLibrary::territorySet(const QString &id)
{
    const QJsonObject o = readPreset(QStringLiteral("territories"), id);
    TerritorySet set;
    set.id = id;
    set.name = o.value(QStringLiteral("name")).toString();
    const QJsonObject country = o.value(QStringLiteral("country")).toObject();
    set.countryCode = country.value(QStringLiteral("code")).toString();
    set.countryName = country.value(QStringLiteral("name")).toString();
    set.countryNameTranslations = LocalizedText::fromJson(country, QStringLiteral("name"));
    for (const QJsonValue &value : o.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject r = value.toObject();
        Region region{r.value(QStringLiteral("code")).toString(),      r.value(QStringLiteral("name")).toString(),
                      r.value(QStringLiteral("kind")).toString(),      r.value(QStringLiteral("splitFrom")).toString(),
                      r.value(QStringLiteral("renamedFrom")).toString(), LocalizedText::fromJson(r, QStringLiteral("name"))};
        if (region.code.isEmpty() || region.name.isEmpty())
            throw SaylauError(tr("territory preset %1: a region lacks its code or name").arg(id));
        set.regions.append(region);
    }
    return set;
}

namespace {

void keepTerritoryNames(CampaignStore &store, const PresetLibrary::TerritorySet &set)
{
    store.setTerritoryTranslations(TerritoryNode::Level::Country, set.countryName, set.countryNameTranslations);
    for (const PresetLibrary::Region &region : set.regions)
        store.setTerritoryTranslations(TerritoryNode::Level::Region, region.name, region.nameTranslations);
}

} // namespace

void PresetLibrary::apply(CampaignStore &store, const CampaignPreset &preset)
{
    const ProtocolForm protocolForm = form(preset.formId);
    const QList<BallotEntry> entries = preset.ballotId.isEmpty() ? QList<BallotEntry>() : ballot(preset.ballotId);

    CampaignStore::Transaction transaction(store);
    store.setElection(preset.election);
    for (const ContestPreset &c : preset.contests) {
        Contest contest;
        contest.id = c.id;
        contest.name = c.name;
        contest.nameTranslations = c.nameTranslations;
        contest.seats = c.seats;
        contest.form = protocolForm;
        contest.ballot = entries;
        store.addContest(contest);
    }
    if (!preset.territoryId.isEmpty()) {
        const TerritorySet set = territorySet(preset.territoryId);
        keepTerritoryNames(store, set);
        TerritoryNode country;
        country.level = TerritoryNode::Level::Country;
        country.code = set.countryCode;
        country.name = set.countryName;
        const qint64 countryId = store.addTerritory(country);
        for (const Region &r : set.regions) {
            TerritoryNode region;
            region.parentId = countryId;
            region.level = TerritoryNode::Level::Region;
            region.code = r.code;
            region.name = r.name;
            store.addTerritory(region);
        }
    }
    if (!preset.territoryNamesId.isEmpty())
        keepTerritoryNames(store, territorySet(preset.territoryNamesId));
    for (const QString &resultId : preset.resultIds)
        PublishedResult::load(QStringLiteral(":/results/%1.json").arg(resultId)).saveTo(store);
    transaction.commit();
}

PresetLibrary::CampaignPreset PresetLibrary::forElection(CampaignPreset preset, const ElectionChange &change)
{
    if (change.isEmpty())
        return preset;
    if (!change.name.trimmed().isEmpty()) {
        preset.election.name = change.name.trimmed();
        // The preset's translations name its own election.
        preset.election.nameTranslations = {};
    }
    if (change.date.isValid())
        preset.election.date = change.date;
    if (change.emptyBallots)
        preset.ballotId.clear();
    preset.resultIds.clear();
    return preset;
}

std::unique_ptr<CampaignStore> PresetLibrary::createCampaign(const QString &path, const CampaignPreset &preset)
{
    return CampaignStore::create(path, [&preset](CampaignStore &store) { apply(store, preset); });
}

} // namespace saylau
