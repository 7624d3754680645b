#include "DiscrepancyResult.h"

#include "ComparisonInput.h"

#include <algorithm>

namespace saylau {

DiscrepancyResult::DiscrepancyResult(const ComparisonInput &input, const Settings &settings)
    : m_input(&input)
    , m_settings(settings)
    , m_total(0, input.contest().slotCount())
{
}

const Contest &DiscrepancyResult::contest() const
{
    return m_input->contest();
}

void DiscrepancyResult::add(Discrepancy discrepancy, bool keep)
{
    const Discrepancy &d = discrepancy;
    m_hasDifferences = m_hasDifferences || d.kind == Discrepancy::Kind::Differs;
    m_total.add(d);
    if (d.regionId != 0) {
        auto it = m_regionIndex.constFind(d.regionId);
        if (it == m_regionIndex.cend()) {
            it = m_regionIndex.insert(d.regionId, int(m_regions.size()));
            m_regions.append(DiscrepancySummary(d.regionId, contest().slotCount()));
        }
        m_regions[*it].add(d);
    }
    if (keep)
        m_discrepancies.append(std::move(discrepancy));
}

void DiscrepancyResult::summarize()
{
    // Regions in territory order, whatever order their first comparison came in.
    std::sort(m_regions.begin(), m_regions.end(), [this](const DiscrepancySummary &a, const DiscrepancySummary &b) {
        return m_input->indexOf(a.regionId) < m_input->indexOf(b.regionId);
    });
    for (int i = 0; i < m_regions.size(); ++i)
        m_regionIndex.insert(m_regions.at(i).regionId, i);
}

const DiscrepancySummary *DiscrepancyResult::region(qint64 regionId) const
{
    const auto it = m_regionIndex.constFind(regionId);
    return it == m_regionIndex.cend() ? nullptr : &m_regions.at(*it);
}

QList<int> DiscrepancyResult::largestShifts(int count, std::optional<qint64> regionId) const
{
    QList<int> indexes;
    for (int i = 0; i < m_discrepancies.size(); ++i) {
        const Discrepancy &d = m_discrepancies.at(i);
        if (!d.aggregate && d.kind == Discrepancy::Kind::Differs && (!regionId || d.regionId == *regionId))
            indexes.append(i);
    }
    const auto larger = [this](int a, int b) {
        const Discrepancy &x = m_discrepancies.at(a);
        const Discrepancy &y = m_discrepancies.at(b);
        if (x.shift() != y.shift())
            return x.shift() > y.shift();
        if (x.differingSlots != y.differingSlots)
            return x.differingSlots > y.differingSlots;
        return a < b;
    };
    const qsizetype keep = std::clamp<qsizetype>(count, 0, indexes.size());
    std::partial_sort(indexes.begin(), indexes.begin() + keep, indexes.end(), larger);
    indexes.resize(keep);
    return indexes;
}

Figures DiscrepancyResult::observerFigures(const Discrepancy &d) const
{
    if (d.aggregate)
        return d.observerSum;
    const int index = m_input->indexOf(d.territoryId);
    if (index < 0 || d.comparedCopy < 0 || d.comparedCopy >= m_input->copies(index).size())
        return {};
    return m_input->copies(index).at(d.comparedCopy).figures;
}

Figures DiscrepancyResult::officialFigures(const Discrepancy &d) const
{
    const int index = m_input->indexOf(d.territoryId);
    const ComparisonInput::Official *official = index < 0 ? nullptr : m_input->official(index);
    return official ? official->figures : Figures();
}

} // namespace saylau
