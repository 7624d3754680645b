#pragma once

#include "analysis/Discrepancy.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace saylau {

class DiscrepancyTableModel;

// Sorting and filtering in front of DiscrepancyTableModel: by region, by kind of finding, by a party whose
// votes moved, by the size of the shift. Sorts on the raw values, never on the formatted text.
class DiscrepancyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // What the kind filter lets through.
    enum class KindFilter { Findings, All, OnlyKind };

    explicit DiscrepancyFilterModel(QObject *parent = nullptr);

    void setTableModel(DiscrepancyTableModel *model);

    // 0: every region.
    void setRegion(qint64 regionId);
    // Findings: everything but matches and precincts without a copy (the default).
    void setKindFilter(KindFilter filter, Discrepancy::Kind kind = Discrepancy::Kind::Differs);
    // -1: every party; else the ballot index of a party whose votes the official figures changed.
    void setParty(int ballotIndex);
    // Rows whose shift is at least this many votes (0: no limit).
    void setMinimumShift(qint64 votes);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    DiscrepancyTableModel *m_table = nullptr;
    qint64 m_region = 0;
    KindFilter m_kindFilter = KindFilter::Findings;
    Discrepancy::Kind m_kind = Discrepancy::Kind::Differs;
    int m_party = -1;
    qint64 m_minimumShift = 0;
};

} // namespace saylau
