#include "Totals.h"

#include "../domain/CountArithmetic.h"
#include "../domain/Figures.h"

namespace saylau {

Totals::Totals(int slotCount)
    : m_slotSums(size_t(slotCount), 0)
    , m_slotCounts(size_t(slotCount), 0)
{
}

void Totals::addProtocol(const Figures &figures,
                         const std::array<std::optional<qint64>, std::size(allMeasures)> &measures)
{
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

} // namespace saylau
