#include "DoubleEntryReconciliation.h"

#include "../domain/SaylauError.h"

namespace saylau {

DoubleEntryReconciliation::DoubleEntryReconciliation(const Contest &contest, const Figures &first,
                                                     const Figures &second)
    : m_first(first)
{
    m_first.resize(contest.slotCount());
    for (int slot = 0; slot < contest.slotCount(); ++slot) {
        if (first.value(slot) != second.value(slot))
            m_mismatches.append({slot, first.value(slot), second.value(slot), false, std::nullopt});
    }
}

int DoubleEntryReconciliation::unresolvedCount() const
{
    return int(std::count_if(m_mismatches.cbegin(), m_mismatches.cend(),
                             [](const Mismatch &m) { return !m.resolved; }));
}

void DoubleEntryReconciliation::resolve(int mismatchIndex, std::optional<qint64> value)
{
    Mismatch &mismatch = m_mismatches[mismatchIndex];
    mismatch.resolved = true;
    mismatch.resolution = value;
}

Figures DoubleEntryReconciliation::result() const
{
    const int open = unresolvedCount();
    if (open > 0)
        throw SaylauError(tr("%n mismatching line(s) still to be resolved", nullptr, open));
    Figures figures = m_first;
    for (const Mismatch &mismatch : m_mismatches)
        figures.set(mismatch.slot, mismatch.resolution);
    return figures;
}

} // namespace saylau
