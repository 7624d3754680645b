#include "ComparisonInput.h"

#include "../storage/CampaignStore.h"

namespace saylau {

ComparisonInput::ComparisonInput(const Contest &contest, QList<TerritoryNode> tree)
    : m_contest(contest)
    , m_territory(std::move(tree))
    , m_official(size_t(m_territory.nodes().size()))
    , m_copies(size_t(m_territory.nodes().size()))
{
    const QList<TerritoryNode> &nodes = m_territory.nodes();
    m_indexById.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        m_indexById.insert(nodes.at(i).id, i);
}

ComparisonInput ComparisonInput::load(const CampaignStore &store, const QString &contestId)
{
    ComparisonInput input(store.contest(contestId), store.allTerritory());
    store.forEachFigures(contestId, SourceKind::Official, [&input](CampaignStore::FiguresRow &row) {
        input.addOfficial(row.territoryId, row.protocolId, std::move(row.figures));
    });
    store.forEachFigures(contestId, SourceKind::Observer, [&input](CampaignStore::FiguresRow &row) {
        input.addCopy(row.territoryId, row.protocolId, row.copy, std::move(row.figures));
    });
    return input;
}

void ComparisonInput::addOfficial(qint64 territoryId, qint64 protocolId, Figures figures)
{
    const int index = indexOf(territoryId);
    if (index < 0) {
        ++m_orphans;
        return;
    }
    m_official[size_t(index)] = Official{protocolId, std::move(figures)};
}

void ComparisonInput::addCopy(qint64 territoryId, qint64 protocolId, const QString &label, Figures figures)
{
    const int index = indexOf(territoryId);
    if (index < 0) {
        ++m_orphans;
        return;
    }
    m_copies[size_t(index)].append(Copy{protocolId, label, std::move(figures)});
}

const ComparisonInput::Official *ComparisonInput::official(int nodeIndex) const
{
    const std::optional<Official> &official = m_official[size_t(nodeIndex)];
    return official ? &*official : nullptr;
}

} // namespace saylau
