#pragma once

#include "../domain/Measure.h"

#include <QtGlobal>

#include <array>
#include <optional>
#include <vector>

namespace saylau {

class Figures;

// Sums of one contest's protocols (of one source) under a territory node. A line missing from a protocol is
// not a zero: every sum keeps how many protocols had the line, so a report can say what its figures cover.
// A ratio of two sums is taken over the protocols that give both (paired()): 5,222 unused ballots of 10
// protocols over the ballots received of 11 would understate the share.
class Totals
{
public:
    // The two sums of a ratio over the protocols that give both of its figures, and how many those are.
    struct Paired
    {
        qint64 part = 0;
        qint64 whole = 0;
        int protocols = 0;
    };

    Totals() = default;
    explicit Totals(int slotCount);

    // Protocols summed here (one per precinct: further observer copies of a precinct are not added twice).
    int protocols = 0;
    // Precincts covered (not the units of votes a TIK counted itself); 0 for a total published only for the
    // node itself.
    int precincts = 0;
    // True when these are the figures published for this node itself (an official aggregate of a TIK or a
    // region), which take precedence over the sum of its precincts.
    bool published = false;

    void addProtocol(const Figures &figures, const std::array<std::optional<qint64>, std::size(allMeasures)> &measures);
    void add(const Totals &other);
    // Takes back what add(other) added: the sums above a precinct whose protocols changed (Aggregator).
    void subtract(const Totals &other);

    int slotCount() const { return int(m_slotSums.size()); }
    // nullopt when no protocol summed here had the line.
    std::optional<qint64> slot(int slot) const;
    int slotCoverage(int slot) const;
    std::optional<qint64> measure(Measure measure) const;
    int measureCoverage(Measure measure) const;
    // whole: one of ratioWholes (any other is paired by its plain sums, over the protocols of the part).
    Paired paired(Measure part, Measure whole) const;
    Paired pairedSlot(int slot, Measure whole) const;
    // What ratios are taken of: the voters (turnout), the ballots received (unused ones), the ballots issued
    // or cast and the valid votes (shares, spoiled ballots, thresholds).
    static constexpr Measure ratioWholes[] = {Measure::Voters, Measure::Received, Measure::Issued, Measure::Cast,
                                              Measure::Valid};
    bool isEmpty() const { return protocols == 0 && !published; }

private:
    // Where protocols give one figure of a ratio and not the other, by part (a measure, then the slots) and
    // whole (a measure): what paired() takes off the plain sums.
    struct Gap
    {
        qint64 partAlone = 0;
        qint64 wholeAlone = 0;
        int partAloneProtocols = 0;
    };
    static constexpr int measureCount = int(std::size(allMeasures));
    static constexpr int wholeCount = int(std::size(ratioWholes));

    Paired pairedKey(int key, qint64 partSum, int partCount, Measure whole) const;
    // The totals of one protocol keep no gaps: they follow from which figures it has. Sums of more protocols
    // keep them, allocated only once a protocol lacks something the others give (a whole country of
    // protocols with the same lines costs nothing).
    bool gapsFollowFromFigures() const { return protocols == 1 && m_gaps.empty(); }
    bool hasNoGaps() const;
    // The gap of a part against a whole (an index in ratioWholes). A part no protocol here gives has every
    // whole alone, implicitly: a line no protocol of a campaign gives costs nothing.
    Gap gapOf(int key, int whole) const;
    // Whether every line given by a protocol here is given by one of other's, and the other way round.
    bool givesTheSameLines(const Totals &other) const;
    // Adds (sign 1) or takes back (sign -1) the gaps of other; before the sums change.
    void mergeGaps(const Totals &other, int sign);
    int keyCount() const { return measureCount + slotCount(); }
    int partCount(int key) const;
    qint64 partSum(int key) const;

    std::vector<Gap> m_gaps;
    std::vector<qint64> m_slotSums;
    std::vector<int> m_slotCounts;
    std::array<qint64, std::size(allMeasures)> m_measureSums{};
    std::array<int, std::size(allMeasures)> m_measureCounts{};
};

} // namespace saylau
