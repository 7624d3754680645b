#include "SampleFrame.h"

#include "PrecinctMeasureTable.h"

#include "../domain/Contest.h"
#include "../domain/TerritoryIndex.h"
#include "../storage/CampaignStore.h"

#include <algorithm>

namespace saylau {

namespace {

QString nodeKey(const TerritoryNode &node)
{
    return SampleFrame::keySegment(node.code.isEmpty() ? node.name : node.code);
}

} // namespace

QString SampleFrame::keySegment(const QString &text)
{
    const bool digits = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    return digits ? text.rightJustified(12, QLatin1Char('0')) : text;
}

SampleFrame::SampleFrame(std::vector<Entry> entries)
{
    // QString::compare without a locale compares UTF-16 code units: the same order on every machine.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (const int c = QString::compare(a.stratumKey, b.stratumKey); c != 0)
            return c < 0;
        return QString::compare(a.unit.key, b.unit.key) < 0;
    });
    m_units.reserve(entries.size());
    for (Entry &entry : entries) {
        if (m_strata.isEmpty() || m_strata.constLast().key != entry.stratumKey)
            m_strata.append({entry.stratumKey, entry.stratumName, entry.stratumTerritoryId, int(m_units.size()), 0, 0});
        Stratum &stratum = m_strata.last();
        ++stratum.count;
        if (entry.unit.voters) {
            stratum.voters += *entry.unit.voters;
            m_hasVoters = true;
        }
        m_units.push_back(std::move(entry.unit));
    }
}

SampleFrame SampleFrame::fromStore(const CampaignStore &store, const Contest &contest,
                                   SampleDesign::Stratification stratification)
{
    const TerritoryIndex index(store.allTerritory());
    const PrecinctMeasureTable official =
        PrecinctMeasureTable::read(store, contest, SourceKind::Official, Measure::Cast);
    const PrecinctMeasureTable observed =
        PrecinctMeasureTable::read(store, contest, SourceKind::Observer, Measure::Cast);
    const int leader = official.leader();

    std::vector<Entry> entries;
    for (const TerritoryNode &node : index.nodes()) {
        if (node.level != TerritoryNode::Level::Precinct)
            continue;
        Entry entry;
        if (stratification == SampleDesign::Stratification::Region) {
            if (const TerritoryNode *region = index.ancestorAt(node.id, TerritoryNode::Level::Region)) {
                entry.stratumKey = nodeKey(*region);
                entry.stratumName = region->name.isEmpty() ? region->code : region->displayName();
                entry.stratumTerritoryId = region->id;
            } else {
                entry.stratumName = tr("(no region)");
            }
        } else {
            entry.stratumName = tr("All precincts");
        }
        QStringList path;
        for (const TerritoryNode *n = &node; n && n->level != TerritoryNode::Level::Country; n = index.node(n->parentId))
            path.prepend(nodeKey(*n));
        entry.unit.territoryId = node.id;
        entry.unit.key = path.join(QLatin1Char('/'));
        const PrecinctMeasureTable::Row *officialRow = official.row(node.id);
        const PrecinctMeasureTable::Row *observedRow = observed.row(node.id);
        entry.unit.voters = officialRow && officialRow->voters ? officialRow->voters
                          : observedRow ? observedRow->voters
                                        : std::nullopt;
        if (officialRow && leader >= 0) {
            entry.unit.base = officialRow->base;
            entry.unit.leaderVotes = officialRow->parties[size_t(leader)];
        }
        entries.push_back(std::move(entry));
    }
    SampleFrame frame(std::move(entries));
    if (leader >= 0)
        frame.m_leaderName = contest.slotShortLabel(contest.partySlot(leader));
    return frame;
}

} // namespace saylau
