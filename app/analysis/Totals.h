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
class Totals
{
public:
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
    bool isEmpty() const { return protocols == 0 && !published; }

private:
    std::vector<qint64> m_slotSums;
    std::vector<int> m_slotCounts;
    std::array<qint64, std::size(allMeasures)> m_measureSums{};
    std::array<int, std::size(allMeasures)> m_measureCounts{};
};

} // namespace saylau
