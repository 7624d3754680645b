#include "ObserverCopyGenerator.h"

#include "../domain/Protocol.h"
#include "../storage/CampaignStore.h"

#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace saylau {

ObserverCopyGenerator::Summary ObserverCopyGenerator::generate(CampaignStore &store, const QString &contestId,
                                                               int every)
{
    const Contest contest = store.contest(contestId);
    QSet<qint64> precincts;
    for (const TerritoryNode &node : store.allTerritory()) {
        if (node.level == TerritoryNode::Level::Precinct)
            precincts.insert(node.id);
    }
    std::vector<std::pair<qint64, Figures>> official;
    store.forEachFigures(contestId, SourceKind::Official, [&](CampaignStore::FiguresRow &row) {
        if (precincts.contains(row.territoryId))
            official.emplace_back(row.territoryId, std::move(row.figures));
    });

    Summary summary;
    CampaignStore::Transaction transaction(store);
    Protocol copy;
    copy.contestId = contestId;
    copy.source = SourceKind::Observer;
    copy.receivedHow = tr("generated from the official figures");
    for (auto &[territoryId, figures] : official) {
        if (every > 0 && summary.copies % every == 0 && contest.ballot.size() >= 2) {
            // The copy gives back to the runner-up what the official record moved to the leader.
            std::vector<int> parties; // party slots, most votes first
            for (int i = 0; i < contest.ballot.size(); ++i)
                parties.push_back(contest.partySlot(i));
            std::sort(parties.begin(), parties.end(),
                      [&figures](int a, int b) { return figures.valueOr(a, 0) > figures.valueOr(b, 0); });
            const qint64 moved = std::min<qint64>(10 + summary.copies % 97, figures.valueOr(parties[0], 0));
            if (moved > 0 && figures.has(parties[1])) {
                figures.set(parties[0], figures.valueOr(parties[0], 0) - moved);
                figures.set(parties[1], figures.valueOr(parties[1], 0) + moved);
                ++summary.altered;
            }
        }
        copy.territoryId = territoryId;
        copy.figures = std::move(figures);
        store.saveProtocol(copy);
        ++summary.copies;
    }
    transaction.commit();
    return summary;
}

} // namespace saylau
