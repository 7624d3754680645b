#include "DiscrepancySummary.h"

#include "../domain/CountArithmetic.h"

namespace saylau {

DiscrepancySummary::DiscrepancySummary(qint64 region, int slotCount)
    : regionId(region)
    , added(size_t(slotCount), 0)
    , taken(size_t(slotCount), 0)
{
}

void DiscrepancySummary::add(const Discrepancy &d)
{
    using Kind = Discrepancy::Kind;
    for (const Discrepancy::Copy &copy : d.copies)
        doubtfulCopies += copy.doubtful() ? 1 : 0;
    copiesSetAside += d.copiesSetAside;

    if (d.aggregate) {
        if (d.kind == Kind::PartialCoverage)
            ++aggregatesPartial;
        else if (d.compared())
            ++aggregatesCompared;
        if (d.kind == Kind::Differs)
            ++aggregatesDiffering;
        return;
    }

    precinctsWithCopies += d.copies.isEmpty() ? 0 : 1;
    precinctsWithOfficial += d.officialProtocolId != 0 ? 1 : 0;
    switch (d.kind) {
    case Kind::Match:
    case Kind::Differs:
        break;
    case Kind::OfficialMissing:
        officialMissing += d.coveredByAggregate ? 0 : 1;
        return;
    case Kind::ObserverMissing:
        ++observerMissing;
        return;
    case Kind::CopiesDisagree:
        ++copiesDisagree;
        return;
    case Kind::PartialCoverage:
        return;
    }

    ++compared;
    if (d.kind == Kind::Differs) {
        ++differing;
        differingDoubtful += d.doubtful ? 1 : 0;
        for (size_t s = 0; s < d.differences.size() && s < added.size(); ++s) {
            const std::optional<qint64> difference = d.differences[s];
            if (!difference)
                continue;
            if (*difference > 0)
                CountArithmetic::accumulate(added[s], *difference);
            else
                taken[s] = CountArithmetic::subtract(taken[s], *difference);
        }
    }
    for (size_t m = 0; m < std::size(allMeasures); ++m) {
        const std::optional<qint64> official = d.officialMeasures[m];
        const std::optional<qint64> observer = d.observerMeasures[m];
        if (!official || !observer)
            continue;
        CountArithmetic::accumulate(officialTotal[m], *official);
        CountArithmetic::accumulate(observerTotal[m], *observer);
        if (*official > *observer)
            CountArithmetic::accumulate(measureAdded[m], CountArithmetic::subtract(*official, *observer));
        else
            CountArithmetic::accumulate(measureTaken[m], CountArithmetic::subtract(*observer, *official));
    }
}

Percentage DiscrepancySummary::observerTurnout(Measure turnoutMeasure) const
{
    return {observerTotal[size_t(turnoutMeasure)], observerTotal[size_t(Measure::Voters)]};
}

Percentage DiscrepancySummary::officialTurnout(Measure turnoutMeasure) const
{
    return {officialTotal[size_t(turnoutMeasure)], officialTotal[size_t(Measure::Voters)]};
}

} // namespace saylau
