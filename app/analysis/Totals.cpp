#include "Totals.h"

#include "../domain/CountArithmetic.h"
#include "../domain/Figures.h"

#include <algorithm>

namespace saylau {

Totals::Totals(int slotCount)
    : m_slotSums(size_t(slotCount), 0)
    , m_slotCounts(size_t(slotCount), 0)
{
}

void Totals::addProtocol(const Figures &figures,
                         const std::array<std::optional<qint64>, std::size(allMeasures)> &measures)
{
    // Into sums of other protocols, through add(): the gaps of this one have to be added as well.
    if (protocols > 0 || !m_gaps.empty()) {
        Totals one;
        one.addProtocol(figures, measures);
        add(one);
        return;
    }
    ++protocols;
    // A Totals made empty (a node with no figures yet) takes its size from the first protocol.
    if (m_slotSums.size() < size_t(figures.size())) {
        m_slotSums.resize(size_t(figures.size()), 0);
        m_slotCounts.resize(size_t(figures.size()), 0);
    }
    for (int s = 0; s < slotCount(); ++s) {
        if (const auto value = figures.value(s)) {
            CountArithmetic::accumulate(m_slotSums[size_t(s)], *value);
            ++m_slotCounts[size_t(s)];
        }
    }
    for (size_t m = 0; m < measures.size(); ++m) {
        if (measures[m]) {
            CountArithmetic::accumulate(m_measureSums[m], *measures[m]);
            ++m_measureCounts[m];
        }
    }
}

void Totals::add(const Totals &other)
{
    if (protocols == 0 && m_gaps.empty())
        m_gaps = other.m_gaps;
    else
        mergeGaps(other, 1);
    protocols += other.protocols;
    precincts += other.precincts;
    if (m_slotSums.size() < other.m_slotSums.size()) {
        m_slotSums.resize(other.m_slotSums.size(), 0);
        m_slotCounts.resize(other.m_slotCounts.size(), 0);
    }
    for (size_t s = 0; s < other.m_slotSums.size(); ++s) {
        CountArithmetic::accumulate(m_slotSums[s], other.m_slotSums[s]);
        m_slotCounts[s] += other.m_slotCounts[s];
    }
    for (size_t m = 0; m < m_measureSums.size(); ++m) {
        CountArithmetic::accumulate(m_measureSums[m], other.m_measureSums[m]);
        m_measureCounts[m] += other.m_measureCounts[m];
    }
}

void Totals::subtract(const Totals &other)
{
    if (other.protocols == protocols)
        m_gaps.clear();
    else
        mergeGaps(other, -1);
    protocols -= other.protocols;
    precincts -= other.precincts;
    if (m_slotSums.size() < other.m_slotSums.size()) {
        m_slotSums.resize(other.m_slotSums.size(), 0);
        m_slotCounts.resize(other.m_slotCounts.size(), 0);
    }
    for (size_t s = 0; s < other.m_slotSums.size(); ++s) {
        m_slotSums[s] = CountArithmetic::subtract(m_slotSums[s], other.m_slotSums[s]);
        m_slotCounts[s] -= other.m_slotCounts[s];
    }
    for (size_t m = 0; m < m_measureSums.size(); ++m) {
        m_measureSums[m] = CountArithmetic::subtract(m_measureSums[m], other.m_measureSums[m]);
        m_measureCounts[m] -= other.m_measureCounts[m];
    }
}

std::optional<qint64> Totals::slot(int slot) const
{
    if (slotCoverage(slot) == 0)
        return std::nullopt;
    return m_slotSums[size_t(slot)];
}

int Totals::slotCoverage(int slot) const
{
    return slot >= 0 && slot < slotCount() ? m_slotCounts[size_t(slot)] : 0;
}

std::optional<qint64> Totals::measure(Measure measure) const
{
    if (measureCoverage(measure) == 0)
        return std::nullopt;
    return m_measureSums[size_t(measure)];
}

int Totals::measureCoverage(Measure measure) const
{
    return m_measureCounts[size_t(measure)];
}

Totals::Paired Totals::paired(Measure part, Measure whole) const
{
    return pairedKey(int(part), m_measureSums[size_t(part)], m_measureCounts[size_t(part)], whole);
}

Totals::Paired Totals::pairedSlot(int slot, Measure whole) const
{
    if (slotCoverage(slot) == 0)
        return {};
    return pairedKey(measureCount + slot, m_slotSums[size_t(slot)], m_slotCounts[size_t(slot)], whole);
}

Totals::Paired Totals::pairedKey(int key, qint64 partSum, int partCount, Measure whole) const
{
    const qint64 wholeSum = m_measureSums[size_t(whole)];
    if (partCount == 0 || m_measureCounts[size_t(whole)] == 0)
        return {};
    const auto tracked = std::find(std::begin(ratioWholes), std::end(ratioWholes), whole);
    if (tracked == std::end(ratioWholes))
        return {partSum, wholeSum, partCount};
    const Gap gap = gapOf(key, int(tracked - std::begin(ratioWholes)));
    const int both = partCount - gap.partAloneProtocols;
    if (both <= 0)
        return {};
    return {CountArithmetic::subtract(partSum, gap.partAlone), CountArithmetic::subtract(wholeSum, gap.wholeAlone),
            both};
}

int Totals::partCount(int key) const
{
    if (key < measureCount)
        return m_measureCounts[size_t(key)];
    return slotCoverage(key - measureCount);
}

qint64 Totals::partSum(int key) const
{
    if (key < measureCount)
        return m_measureSums[size_t(key)];
    return key - measureCount < slotCount() ? m_slotSums[size_t(key - measureCount)] : 0;
}

bool Totals::hasNoGaps() const
{
    if (!gapsFollowFromFigures())
        return m_gaps.empty();
    // One protocol: a figure given without a whole it could be a share of.
    const bool everyWhole = std::all_of(std::begin(ratioWholes), std::end(ratioWholes),
                                        [this](Measure whole) { return m_measureCounts[size_t(whole)] > 0; });
    if (everyWhole)
        return true;
    for (int key = 0; key < keyCount(); ++key) {
        if (partCount(key) > 0)
            return false;
    }
    return true;
}

Totals::Gap Totals::gapOf(int key, int whole) const
{
    const Measure wholeMeasure = ratioWholes[whole];
    if (partCount(key) == 0)
        return {0, m_measureSums[size_t(wholeMeasure)], 0};
    if (gapsFollowFromFigures())
        return m_measureCounts[size_t(wholeMeasure)] > 0 ? Gap{} : Gap{partSum(key), 0, 1};
    const size_t at = size_t(key) * wholeCount + size_t(whole);
    return at < m_gaps.size() ? m_gaps[at] : Gap{};
}

bool Totals::givesTheSameLines(const Totals &other) const
{
    // On the counts themselves, not through partCount: this runs for every protocol added.
    for (size_t m = 0; m < m_measureCounts.size(); ++m) {
        if ((m_measureCounts[m] > 0) != (other.m_measureCounts[m] > 0))
            return false;
    }
    const std::vector<int> &ours = m_slotCounts;
    const std::vector<int> &theirs = other.m_slotCounts;
    const size_t common = std::min(ours.size(), theirs.size());
    bool same = true;
    for (size_t s = 0; s < common; ++s)
        same &= (ours[s] > 0) == (theirs[s] > 0);
    const std::vector<int> &longer = ours.size() > common ? ours : theirs;
    for (size_t s = common; s < longer.size(); ++s)
        same &= longer[s] == 0;
    if (!same)
        return false;
    return true;
}

void Totals::mergeGaps(const Totals &other, int sign)
{
    const int keys = std::max(keyCount(), other.keyCount());
    // The common case, protocols that give the same lines as each other, changes nothing.
    if (hasNoGaps() && other.hasNoGaps() && givesTheSameLines(other))
        return;
    std::vector<Gap> merged(size_t(keys) * wholeCount);
    bool any = false;
    for (int key = 0; key < keys; ++key) {
        // A part that none of the protocols left gives keeps its gaps implicit.
        if (partCount(key) + sign * other.partCount(key) <= 0)
            continue;
        for (int whole = 0; whole < wholeCount; ++whole) {
            const Gap theirs = other.gapOf(key, whole);
            Gap gap = gapOf(key, whole);
            gap.partAlone = CountArithmetic::add(gap.partAlone, sign * theirs.partAlone);
            gap.wholeAlone = CountArithmetic::add(gap.wholeAlone, sign * theirs.wholeAlone);
            gap.partAloneProtocols += sign * theirs.partAloneProtocols;
            any = any || gap.partAlone != 0 || gap.wholeAlone != 0 || gap.partAloneProtocols != 0;
            merged[size_t(key) * wholeCount + size_t(whole)] = gap;
        }
    }
    // No gap left: the protocols summed give the same lines, which an empty list says for free.
    if (any)
        m_gaps = std::move(merged);
    else
        m_gaps.clear();
}

} // namespace saylau
