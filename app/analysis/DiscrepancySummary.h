#pragma once

#include "Discrepancy.h"
#include "Percentage.h"

#include "../domain/Measure.h"

#include <QtGlobal>

#include <array>
#include <vector>

namespace saylau {

// What a press release says about one region, or the whole contest: how many precincts were compared and how
// many differ, the votes the official figures added to and took from each party against the observers'
// copies, and the turnout they added. Sums run over precincts compared like for like (both sources present,
// copies agreeing); aggregates are only counted, their sums belong to their own comparison.
class DiscrepancySummary
{
public:
    DiscrepancySummary() = default;
    DiscrepancySummary(qint64 region, int slotCount);

    void add(const Discrepancy &discrepancy);

    qint64 regionId = 0; // 0: the whole contest

    int precinctsWithCopies = 0;  // precincts with at least one observer copy (set-aside copies included)
    int precinctsWithOfficial = 0;
    int compared = 0;             // precincts with both sources and agreeing copies
    int differing = 0;
    int differingDoubtful = 0;    // of the differing, those resting on a doubtful copy
    int officialMissing = 0;      // not counting precincts covered by an aggregate's official figures
    int observerMissing = 0;
    int copiesDisagree = 0;
    int doubtfulCopies = 0;       // copies marked doubtful, whether or not they were set aside
    int copiesSetAside = 0;
    int aggregatesCompared = 0;   // aggregates whose sum of copies covers every precinct under them
    int aggregatesDiffering = 0;
    int aggregatesPartial = 0;

    // By slot, over the compared precincts: official above the copy (added) and below it (taken).
    std::vector<qint64> added;
    std::vector<qint64> taken;
    // Per measure, over the compared precincts where both sides have it.
    std::array<qint64, std::size(allMeasures)> measureAdded{};
    std::array<qint64, std::size(allMeasures)> measureTaken{};
    std::array<qint64, std::size(allMeasures)> observerTotal{};
    std::array<qint64, std::size(allMeasures)> officialTotal{};

    qint64 net(int slot) const { return added[size_t(slot)] - taken[size_t(slot)]; }
    qint64 measureNet(Measure m) const { return measureAdded[size_t(m)] - measureTaken[size_t(m)]; }
    // Turnout by the form's own rule (turnoutMeasure over voters), over the compared precincts.
    Percentage observerTurnout(Measure turnoutMeasure) const;
    Percentage officialTurnout(Measure turnoutMeasure) const;
};

} // namespace saylau
