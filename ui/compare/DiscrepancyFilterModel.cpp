#include "DiscrepancyFilterModel.h"

#include "DiscrepancyTableModel.h"

#include "analysis/ComparisonInput.h"

namespace saylau {

DiscrepancyFilterModel::DiscrepancyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DiscrepancyTableModel::RawValueRole);
    setSortLocaleAware(true);
}

void DiscrepancyFilterModel::setTableModel(DiscrepancyTableModel *model)
{
    m_table = model;
    setSourceModel(model);
}

void DiscrepancyFilterModel::setRegion(qint64 regionId)
{
    m_region = regionId;
    invalidateFilter();
}

void DiscrepancyFilterModel::setKindFilter(KindFilter filter, Discrepancy::Kind kind)
{
    m_kindFilter = filter;
    m_kind = kind;
    invalidateFilter();
}

void DiscrepancyFilterModel::setParty(int ballotIndex)
{
    m_party = ballotIndex;
    invalidateFilter();
}

void DiscrepancyFilterModel::setMinimumShift(qint64 votes)
{
    m_minimumShift = votes;
    invalidateFilter();
}

bool DiscrepancyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_table || sourceParent.isValid() || !m_table->result())
        return false;
    const Discrepancy &d = m_table->discrepancy(sourceRow);
    if (m_region != 0 && d.regionId != m_region)
        return false;
    switch (m_kindFilter) {
    case KindFilter::All:
        break;
    case KindFilter::Findings:
        if (d.kind == Discrepancy::Kind::Match || d.kind == Discrepancy::Kind::ObserverMissing
            || (d.kind == Discrepancy::Kind::OfficialMissing && d.coveredByAggregate))
            return false;
        break;
    case KindFilter::OnlyKind:
        if (d.kind != m_kind)
            return false;
        break;
    }
    if (m_party >= 0) {
        const size_t slot = size_t(m_table->result()->contest().partySlot(m_party));
        if (slot >= d.differences.size() || d.differences[slot].value_or(0) == 0)
            return false;
    }
    return m_minimumShift <= 0 || d.shift() >= m_minimumShift;
}

} // namespace saylau
