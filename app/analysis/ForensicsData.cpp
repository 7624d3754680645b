#include "ForensicsData.h"


#include "../domain/SaylauError.h"
#include "../forms/FormEvaluator.h"
#include "../storage/CampaignStore.h"
#include "../storage/PrecinctRegions.h"

#include <QHash>

#include <algorithm>

namespace saylau {

ForensicsData::ForensicsData(QStringList parties, QStringList partyColors, int leader, QStringList regions,
                             std::vector<Precinct> precincts, std::vector<qint64> partyVotes)
    : m_parties(std::move(parties))
    , m_storedParties(m_parties)
    , m_partyColors(std::move(partyColors))
    , m_leader(leader)
    , m_regions(std::move(regions))
    , m_storedRegionNames(m_regions)
    , m_precincts(std::move(precincts))
    , m_partyVotes(std::move(partyVotes))
{
    countGivenVotes();
}

ForensicsData ForensicsData::fromStore(const CampaignStore &store, const Contest &contest, SourceKind source,
                                       const QString &leaderName,
                                       const std::function<void(const Precinct &, const qint64 *partyVotes)> &onPrecinct)
{
    const FormEvaluator evaluator(contest);
    if (!evaluator.hasMeasure(Measure::Voters) || !evaluator.hasMeasure(Measure::Valid)
        || !evaluator.hasMeasure(Measure::Invalid))
        throw SaylauError(tr("the form of %1 does not define voters, valid and invalid ballots").arg(contest.displayName()));
    const int partyCount = int(contest.ballot.size());
    if (partyCount == 0)
        throw SaylauError(tr("%1 has no parties on its ballot").arg(contest.displayName()));

    ForensicsData data;
    // One protocol each at most (an observer's first copy), so no more than there are territory ids: 95,000
    // precincts grown as they come were a tenth of the read, copying and faulting in pages.
    const size_t bound = PrecinctRegions::precinctBound(store);
    data.m_precincts.reserve(bound);
    data.m_partyVotes.reserve(bound * size_t(partyCount));
    for (int p = 0; p < partyCount; ++p) {
        data.m_parties.append(contest.slotShortLabel(contest.partySlot(p)));
        const BallotEntry &entry = contest.ballot.at(p);
        data.m_storedParties.append(entry.shortName.isEmpty() ? entry.name : entry.shortName);
        data.m_partyColors.append(contest.ballot.at(p).color);
    }
    // The figures are read before the territory, so that EarlyChances starts on them at once; which of them
    // are precincts, and in which region, is settled after (then the territory is read while it works).
    std::vector<qint64> territoryIds;
    territoryIds.reserve(bound);
    std::vector<qint64> incompleteIds;
    bool lackingParty = false;
    // The rows come in territory order, an observer's copies of one precinct together.
    qint64 previous = 0;
    std::vector<qint64> votes(static_cast<size_t>(partyCount));
    store.forEachFigures(contest.id, source, [&](CampaignStore::FiguresRow &row) {
        if (row.territoryId == previous)
            return;
        previous = row.territoryId;
        const auto voters = evaluator.measure(Measure::Voters, row.figures);
        const auto valid = evaluator.measure(Measure::Valid, row.figures);
        const auto invalid = evaluator.measure(Measure::Invalid, row.figures);
        if (!voters || !valid || !invalid || *voters <= 0) {
            incompleteIds.push_back(row.territoryId);
            return;
        }
        // A party's empty cell is kept as such: the leader is not known yet, and the integer test needs no
        // other party's votes.
        bool everyParty = true;
        for (int p = 0; p < partyCount; ++p) {
            const auto v = row.figures.value(contest.partySlot(p));
            everyParty = everyParty && v.has_value();
            votes[size_t(p)] = v.value_or(noVotes);
        }
        territoryIds.push_back(row.territoryId);
        data.m_precincts.push_back({*voters, *valid + *invalid, 0, 0});
        data.m_partyVotes.insert(data.m_partyVotes.end(), votes.begin(), votes.end());
        if (!everyParty) {
            lackingParty = true;
            std::replace(votes.begin(), votes.end(), noVotes, qint64(0));
        }
        if (onPrecinct)
            onPrecinct(data.m_precincts.back(), votes.data());
    });

    const PrecinctRegions territory(store);
    for (qint64 id : incompleteIds)
        data.m_incomplete += territory.regionOf(id) ? 1 : 0;
    // Each precinct's region; a total published for a district or the country is no precinct, and goes.
    QHash<qint64, int> regionIndex;
    std::vector<qint64> regionIds;
    std::vector<char> isPrecinct(data.m_precincts.size(), 1);
    bool dropped = false;
    for (size_t i = 0; i < data.m_precincts.size(); ++i) {
        const std::optional<qint64> regionId = territory.regionOf(territoryIds[i]);
        if (!regionId) {
            isPrecinct[i] = 0;
            dropped = true;
            continue;
        }
        auto at = regionIndex.constFind(*regionId);
        if (at == regionIndex.cend()) {
            at = regionIndex.insert(*regionId, int(regionIds.size()));
            regionIds.push_back(*regionId);
        }
        data.m_precincts[i].region = *at;
    }
    if (dropped)
        data.keepOnly([&isPrecinct](size_t i) { return isPrecinct[i] != 0; });
    for (qint64 regionId : regionIds) {
        const std::optional<TerritoryNode> region = regionId != 0 ? store.territory(regionId) : std::nullopt;
        data.m_regions.append(region ? region->displayName() : tr("(no region)"));
        data.m_storedRegionNames.append(region ? region->name : QString());
    }
    if (data.m_precincts.empty())
        throw SaylauError(tr("%1 has no precinct protocols of %2 with voters and ballots")
                              .arg(contest.displayName(), sourceKindName(source)));

    if (lackingParty)
        data.countGivenVotes();
    else
        data.m_partyPrecincts.assign(size_t(partyCount), int(data.m_precincts.size()));
    if (leaderName.isEmpty()) {
        // Among the parties some protocol gives votes for: one on the ballot of another election (a preset's
        // parties beside the ones a file brought) is no leader, even of a contest where all have none.
        std::vector<qint64> totals(size_t(partyCount), 0);
        for (size_t i = 0; i < data.m_precincts.size(); ++i)
            for (int p = 0; p < partyCount; ++p)
                totals[size_t(p)] += std::max<qint64>(0, data.partyVotes(i, p));
        data.m_leader = -1;
        for (int p = 0; p < partyCount; ++p) {
            if (data.m_partyPrecincts[size_t(p)] > 0 && (data.m_leader < 0 || totals[size_t(p)] > totals[size_t(data.m_leader)]))
                data.m_leader = p;
        }
    } else {
        data.m_leader = contest.findParty(leaderName);
        if (data.m_leader < 0)
            throw SaylauError(tr("no party \"%1\" on the ballot of %2").arg(leaderName, contest.displayName()));
    }
    if (data.m_leader < 0 || data.m_partyPrecincts[size_t(data.m_leader)] == 0)
        throw SaylauError(tr("%1 has no precinct protocols of %2 with votes for %3")
                              .arg(contest.displayName(), sourceKindName(source),
                                   data.m_leader < 0 ? tr("any party") : data.leaderName()));
    if (lackingParty) {
        const int leader = data.m_leader;
        const size_t before = data.m_precincts.size();
        data.keepOnly([&data, leader](size_t i) { return data.partyVotes(i, leader) != noVotes; });
        data.m_withoutLeader = int(before - data.m_precincts.size());
        data.countGivenVotes();
    }
    for (size_t i = 0; i < data.m_precincts.size(); ++i)
        data.m_precincts[i].leader = data.partyVotes(i, data.m_leader);
    return data;
}

void ForensicsData::keepOnly(const std::function<bool(size_t)> &keep)
{
    const size_t partyCount = size_t(m_parties.size());
    std::vector<size_t> shownAs;
    size_t kept = 0;
    for (size_t i = 0; i < m_precincts.size(); ++i) {
        if (!keep(i))
            continue;
        shownAs.push_back(this->shownAs(i));
        m_precincts[kept] = m_precincts[i];
        std::copy_n(m_partyVotes.begin() + qsizetype(i * partyCount), partyCount,
                    m_partyVotes.begin() + qsizetype(kept * partyCount));
        ++kept;
    }
    m_precincts.resize(kept);
    m_partyVotes.resize(kept * partyCount);
    m_shownAs = std::move(shownAs);
}

void ForensicsData::countGivenVotes()
{
    const size_t partyCount = size_t(m_parties.size());
    m_partyPrecincts.assign(partyCount, 0);
    m_lackingParty = 0;
    for (size_t i = 0; i < m_precincts.size(); ++i) {
        for (size_t p = 0; p < partyCount; ++p) {
            if (m_partyVotes[i * partyCount + p] != noVotes)
                ++m_partyPrecincts[p];
        }
    }
    // A precinct lacks a party only where other precincts give it: no protocol gives a party of another ballot.
    for (size_t i = 0; i < m_precincts.size(); ++i) {
        for (size_t p = 0; p < partyCount; ++p) {
            if (m_partyPrecincts[p] > 0 && m_partyVotes[i * partyCount + p] == noVotes) {
                ++m_lackingParty;
                break;
            }
        }
    }
}

QStringList ForensicsData::partiesWithoutVotes() const
{
    return withoutVotes(m_parties);
}

QStringList ForensicsData::storedPartiesWithoutVotes() const
{
    return withoutVotes(m_storedParties);
}

QStringList ForensicsData::withoutVotes(const QStringList &partyNames) const
{
    QStringList names;
    for (int p = 0; p < partyNames.size(); ++p) {
        if (m_partyPrecincts.at(size_t(p)) == 0)
            names.append(partyNames.at(p));
    }
    return names;
}

ForensicsData ForensicsData::onlyRegion(const QString &name) const
{
    // As shown in the program's language or as the source files print it.
    int region = int(m_regions.indexOf(name));
    if (region < 0)
        region = int(m_storedRegionNames.indexOf(name));
    if (region < 0 || name.isEmpty())
        throw SaylauError(tr("no region \"%1\" among the precincts").arg(name));
    ForensicsData data(m_parties, m_partyColors, m_leader, {m_regions.at(region)}, {}, {});
    data.m_storedParties = m_storedParties;
    data.m_storedRegionNames = QStringList{m_storedRegionNames.value(region)};
    const size_t partyCount = size_t(m_parties.size());
    for (size_t i = 0; i < m_precincts.size(); ++i) {
        if (m_precincts[i].region != region)
            continue;
        Precinct p = m_precincts[i];
        p.region = 0;
        data.m_precincts.push_back(p);
        data.m_partyVotes.insert(data.m_partyVotes.end(), m_partyVotes.begin() + qsizetype(i * partyCount),
                                 m_partyVotes.begin() + qsizetype((i + 1) * partyCount));
    }
    data.countGivenVotes();
    return data;
}

} // namespace saylau
