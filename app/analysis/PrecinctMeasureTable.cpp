#include "PrecinctMeasureTable.h"

#include "../forms/FormEvaluator.h"
#include "../storage/CampaignStore.h"

#include <algorithm>

namespace saylau {

PrecinctMeasureTable PrecinctMeasureTable::read(const CampaignStore &store, const Contest &contest,
                                                SourceKind source, Measure shareBase)
{
    PrecinctMeasureTable table;
    table.m_partyCount = int(contest.ballot.size());
    const FormEvaluator evaluator(contest);
    QHash<qint64, bool> isPrecinct;
    for (const TerritoryNode &node : store.allTerritory())
        isPrecinct.insert(node.id, node.level == TerritoryNode::Level::Precinct);
    store.forEachFigures(contest.id, source, [&](CampaignStore::FiguresRow &protocol) {
        // Totals published for a TIK or a region are not precincts of the frame.
        if (!isPrecinct.value(protocol.territoryId) || table.m_rows.contains(protocol.territoryId))
            return;
        Row row;
        row.voters = evaluator.measure(Measure::Voters, protocol.figures);
        row.turnout = evaluator.measure(contest.form.turnoutMeasure, protocol.figures);
        row.base = evaluator.measure(shareBase, protocol.figures);
        row.parties.reserve(size_t(table.m_partyCount));
        for (int p = 0; p < table.m_partyCount; ++p)
            row.parties.push_back(protocol.figures.value(contest.partySlot(p)));
        table.m_rows.insert(protocol.territoryId, std::move(row));
    });
    return table;
}

const PrecinctMeasureTable::Row *PrecinctMeasureTable::row(qint64 territoryId) const
{
    const auto it = m_rows.constFind(territoryId);
    return it == m_rows.cend() ? nullptr : &*it;
}

int PrecinctMeasureTable::leader() const
{
    std::vector<qint64> votes(size_t(m_partyCount), 0);
    bool any = false;
    for (const Row &row : m_rows) {
        for (int p = 0; p < m_partyCount; ++p) {
            if (row.parties[size_t(p)]) {
                votes[size_t(p)] += *row.parties[size_t(p)];
                any = true;
            }
        }
    }
    if (!any)
        return -1;
    return int(std::max_element(votes.begin(), votes.end()) - votes.begin());
}

} // namespace saylau
