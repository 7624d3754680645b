#include "TikSubtotals.h"

#include <algorithm>

namespace saylau {

namespace {

void addTo(Figures &sum, const Figures &figures)
{
    if (sum.size() < figures.size())
        sum.resize(figures.size());
    for (int slot = 0; slot < figures.size(); ++slot) {
        if (figures.has(slot))
            sum.set(slot, sum.valueOr(slot, 0) + *figures.value(slot));
    }
}

bool sameCounts(const Figures &row, const Figures &sum)
{
    bool anyVote = false;
    for (int slot = 0; slot < std::max(row.size(), sum.size()); ++slot) {
        if (row.value(slot) != sum.value(slot))
            return false;
        anyVote = anyVote || row.valueOr(slot, 0) > 0;
    }
    // A row of zeros next to precincts of zeros says nothing either way; kept as the TIK's own, it adds nothing.
    return anyVote;
}

} // namespace

void TikSubtotals::addPrecinct(qint64 districtId, const Figures &figures)
{
    addTo(m_sums[districtId], figures);
}

QList<int> TikSubtotals::subtotals(qint64 districtId, const QList<const Figures *> &rows) const
{
    const auto precincts = m_sums.constFind(districtId);
    if (precincts == m_sums.cend())
        return {};
    QList<int> found;
    QList<int> others;
    for (int i = 0; i < rows.size(); ++i)
        (sameCounts(*rows.at(i), *precincts) ? found : others).append(i);
    // The TIK's total of everything: its precincts and the votes it counted itself, given as rows of their own.
    if (others.size() < 2)
        return found;
    for (int candidate : std::as_const(others)) {
        Figures sum = *precincts;
        for (int other : std::as_const(others)) {
            if (other != candidate)
                addTo(sum, *rows.at(other));
        }
        if (sameCounts(*rows.at(candidate), sum)) {
            found.append(candidate);
            break;
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace saylau
