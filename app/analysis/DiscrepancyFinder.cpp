#include "DiscrepancyFinder.h"

#include "ComparisonInput.h"

#include "../domain/CountArithmetic.h"

#include <algorithm>

namespace saylau {

DiscrepancyFinder::DiscrepancyFinder(const ComparisonInput &input)
    : m_input(input)
    , m_evaluator(input.contest())
{
    const auto &relations = m_evaluator.relations();
    for (int i = 0; i < relations.size(); ++i) {
        // A warning (more ballots in the boxes than issued) is evidence about the election, not a slip on
        // the copy: it does not make a copy doubtful.
        if (relations.at(i).relation.severity == Severity::Error)
            m_errorRelations.append(i);
    }
}

Discrepancy::MeasureValues DiscrepancyFinder::measures(const Figures &figures) const
{
    Discrepancy::MeasureValues values;
    for (Measure m : allMeasures)
        values[size_t(m)] = m_evaluator.measure(m, figures);
    return values;
}

Discrepancy::Copy DiscrepancyFinder::judge(const ComparisonInput::Copy &copy,
                                           const Discrepancy::MeasureValues &official, const Options &options) const
{
    Discrepancy::Copy verdict;
    verdict.protocolId = copy.protocolId;
    verdict.label = copy.label;
    for (int relation : m_errorRelations)
        verdict.failedRelations += m_evaluator.evaluate(relation, copy.figures).violated() ? 1 : 0;
    const std::optional<qint64> officialVoters = official[size_t(Measure::Voters)];
    const std::optional<qint64> copyVoters = m_evaluator.measure(Measure::Voters, copy.figures);
    if (officialVoters && copyVoters) {
        const qint64 difference = CountArithmetic::subtract(*officialVoters, *copyVoters);
        verdict.votersDifference = difference;
        // In 128 bits: the gap times 100 must not wrap round whatever the stored voters.
        const WideCount gap = difference < 0 ? -WideCount(difference) : WideCount(difference);
        const WideCount officialSize = *officialVoters < 0 ? -WideCount(*officialVoters) : WideCount(*officialVoters);
        verdict.votersFarOff = gap > options.votersToleranceMinimum
                               && gap * 100 > officialSize * options.votersTolerancePercent;
    }
    return verdict;
}

void DiscrepancyFinder::compare(Discrepancy &d, const Figures &observer, const Figures &official) const
{
    const Contest &contest = m_input.contest();
    const int slotCount = contest.slotCount();
    d.differences.assign(size_t(slotCount), std::nullopt);
    for (int s = 0; s < slotCount; ++s) {
        const std::optional<qint64> o = observer.value(s);
        const std::optional<qint64> f = official.value(s);
        if (o.has_value() != f.has_value())
            d.oneSidedSlots.append(s);
        if (!o || !f)
            continue;
        const qint64 difference = CountArithmetic::subtract(*f, *o);
        d.differences[size_t(s)] = difference;
        if (difference == 0)
            continue;
        ++d.differingSlots;
        if (contest.isPartySlot(s)) {
            if (difference > 0)
                CountArithmetic::accumulate(d.votesAdded, difference);
            else
                d.votesTaken = CountArithmetic::subtract(d.votesTaken, difference);
        }
    }
    d.observerMeasures = measures(observer);
    d.kind = d.differingSlots > 0 ? Discrepancy::Kind::Differs : Discrepancy::Kind::Match;
}

void DiscrepancyFinder::AggregateSum::add(const Figures &figures, bool doubtfulCopy)
{
    ++precinctsCovered;
    doubtful = doubtful || doubtfulCopy;
    for (size_t s = 0; s < sums.size(); ++s) {
        if (const std::optional<qint64> value = figures.value(int(s))) {
            CountArithmetic::accumulate(sums[s], *value);
            ++counts[s];
        }
    }
}

Discrepancy DiscrepancyFinder::comparePrecinct(const ComparisonInput::Official *official,
                                               const QList<ComparisonInput::Copy> &copies,
                                               const Options &options) const
{
    Discrepancy d;
    if (official) {
        d.officialProtocolId = official->protocolId;
        d.officialMeasures = measures(official->figures);
    }

    QList<int> considered;
    for (int c = 0; c < copies.size(); ++c) {
        d.copies.append(judge(copies.at(c), d.officialMeasures, options));
        if (options.includeDoubtful || !d.copies.constLast().doubtful())
            considered.append(c);
    }
    d.copiesSetAside = int(copies.size() - considered.size());
    const bool agree = std::all_of(considered.cbegin(), considered.cend(), [&](int c) {
        return copies.at(c).figures == copies.at(considered.constFirst()).figures;
    });
    if (!considered.isEmpty() && agree) {
        d.comparedCopy = considered.constFirst();
        d.doubtful = d.copies.at(d.comparedCopy).doubtful();
    }

    if (!agree) {
        d.kind = Discrepancy::Kind::CopiesDisagree;
        const Figures &first = copies.at(considered.constFirst()).figures;
        for (int s = 0; s < m_input.contest().slotCount(); ++s) {
            if (std::any_of(considered.cbegin(), considered.cend(),
                            [&](int c) { return copies.at(c).figures.value(s) != first.value(s); }))
                d.disagreeingSlots.append(s);
        }
    } else if (!official) {
        d.kind = Discrepancy::Kind::OfficialMissing;
        if (d.comparedCopy >= 0)
            d.observerMeasures = measures(copies.at(d.comparedCopy).figures);
    } else if (considered.isEmpty()) {
        d.kind = Discrepancy::Kind::ObserverMissing;
    } else {
        compare(d, copies.at(d.comparedCopy).figures, official->figures);
    }

    return d;
}

Discrepancy DiscrepancyFinder::compareAggregate(const AggregateSum &sum) const
{
    const int slotCount = m_input.contest().slotCount();
    const ComparisonInput::Official *official = m_input.official(sum.nodeIndex);
    Discrepancy d;
    d.territoryId = m_input.territory().nodes().at(sum.nodeIndex).id;
    d.aggregate = true;
    d.officialProtocolId = official->protocolId;
    d.officialMeasures = measures(official->figures);
    d.precinctsUnder = sum.precinctsUnder;
    d.precinctsCovered = sum.precinctsCovered;
    d.doubtful = sum.doubtful;
    if (sum.precinctsCovered == 0) {
        d.kind = Discrepancy::Kind::ObserverMissing;
    } else {
        // A line counts in the sum only when every covered precinct's copy has it: a partly empty sum
        // would look like votes taken.
        d.observerSum = Figures(slotCount);
        for (int s = 0; s < slotCount; ++s) {
            if (sum.counts[size_t(s)] == sum.precinctsCovered)
                d.observerSum.set(s, sum.sums[size_t(s)]);
        }
        // A partial sum set against a whole total would read as votes added: no differences for it, only
        // the two sets of figures and the coverage.
        if (sum.precinctsCovered < sum.precinctsUnder) {
            d.kind = Discrepancy::Kind::PartialCoverage;
            d.observerMeasures = measures(d.observerSum);
        } else {
            compare(d, d.observerSum, official->figures);
        }
    }
    return d;
}

DiscrepancyResult DiscrepancyFinder::run(const Options &options, const Keep &keep) const
{
    DiscrepancyResult result(m_input, {options.includeDoubtful, options.votersTolerancePercent,
                                       options.votersToleranceMinimum});
    const QList<TerritoryNode> &nodes = m_input.territory().nodes();
    const int nodeCount = int(nodes.size());
    const int slotCount = m_input.contest().slotCount();

    // Parents come before children, so one forward walk gives every node its parent's index and region.
    std::vector<int> parentIndex(size_t(nodeCount), -1);
    std::vector<qint64> regionOf(size_t(nodeCount), 0);
    // Index in `aggregates` of the node's own official aggregate, or -1.
    std::vector<int> aggregateOf(size_t(nodeCount), -1);
    std::vector<AggregateSum> aggregates;
    int comparisons = 0;
    for (int i = 0; i < nodeCount; ++i) {
        const TerritoryNode &node = nodes.at(i);
        comparisons += m_input.official(i) || !m_input.copies(i).isEmpty() ? 1 : 0;
        const int parent = node.parentId != 0 ? m_input.indexOf(node.parentId) : -1;
        parentIndex[size_t(i)] = parent;
        regionOf[size_t(i)] = node.level == TerritoryNode::Level::Region ? node.id
                              : parent >= 0                              ? regionOf[size_t(parent)]
                                                                         : 0;
        if (node.level != TerritoryNode::Level::Precinct && m_input.official(i)) {
            aggregateOf[size_t(i)] = int(aggregates.size());
            aggregates.push_back({i, 0, 0, false, std::vector<qint64>(size_t(slotCount), 0),
                                  std::vector<int>(size_t(slotCount), 0)});
        }
    }

    // Reserved up front: growing a list of 100,000 comparisons would briefly hold it twice.
    if (!keep)
        result.reserve(comparisons);
    const auto hand = [&result, &keep](Discrepancy d) {
        const bool kept = !keep || keep(d);
        result.add(std::move(d), kept);
    };
    for (int i = 0; i < nodeCount; ++i) {
        const TerritoryNode &node = nodes.at(i);
        if (node.level != TerritoryNode::Level::Precinct)
            continue;
        bool coveredByAggregate = false;
        if (!aggregates.empty()) {
            for (int a = parentIndex[size_t(i)]; a >= 0; a = parentIndex[size_t(a)]) {
                if (aggregateOf[size_t(a)] >= 0) {
                    ++aggregates[size_t(aggregateOf[size_t(a)])].precinctsUnder;
                    coveredByAggregate = true;
                }
            }
        }
        const ComparisonInput::Official *official = m_input.official(i);
        const QList<ComparisonInput::Copy> &copies = m_input.copies(i);
        if (!official && copies.isEmpty())
            continue;

        Discrepancy d = comparePrecinct(official, copies, options);
        d.territoryId = node.id;
        d.regionId = regionOf[size_t(i)];
        d.coveredByAggregate = !official && coveredByAggregate;
        if (d.comparedCopy >= 0 && coveredByAggregate) {
            const Figures &figures = copies.at(d.comparedCopy).figures;
            for (int a = parentIndex[size_t(i)]; a >= 0; a = parentIndex[size_t(a)]) {
                if (aggregateOf[size_t(a)] < 0)
                    continue;
                aggregates[size_t(aggregateOf[size_t(a)])].add(figures, d.doubtful);
            }
        }
        hand(std::move(d));
    }

    for (const AggregateSum &sum : aggregates) {
        Discrepancy d = compareAggregate(sum);
        d.regionId = regionOf[size_t(sum.nodeIndex)];
        hand(std::move(d));
    }
    result.summarize();
    return result;
}

} // namespace saylau
