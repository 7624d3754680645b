#pragma once

#include "Discrepancy.h"
#include "DiscrepancySummary.h"

#include <QHash>
#include <QList>

#include <optional>

namespace saylau {

class ComparisonInput;
class Contest;

// What DiscrepancyFinder found for one contest: the summaries for the whole contest and per region, counted
// over every comparison, and the comparisons the caller chose to keep (all of them unless it passed a
// DiscrepancyFinder::Keep): those of the precincts that have either source (in territory order), then those of
// the aggregate nodes with official figures of their own. A report lists a few thousand of the country's
// hundred thousand comparisons; keeping only those keeps its memory to what it prints. Refers to the
// ComparisonInput it was computed from, which must outlive it.
class DiscrepancyResult
{
public:
    struct Settings
    {
        bool includeDoubtful = true;
        int votersTolerancePercent = 0;
        qint64 votersToleranceMinimum = 0;
    };

    DiscrepancyResult(const ComparisonInput &input, const Settings &settings);

    const ComparisonInput &input() const { return *m_input; }
    const Contest &contest() const;
    const Settings &settings() const { return m_settings; }

    // The kept comparisons, in the order they were found.
    const QList<Discrepancy> &discrepancies() const { return m_discrepancies; }
    const DiscrepancySummary &total() const { return m_total; }
    // One per region with anything to compare, in territory order.
    const QList<DiscrepancySummary> &regions() const { return m_regions; }
    const DiscrepancySummary *region(qint64 regionId) const;

    // Any differing comparison (a precinct or a fully covered aggregate), kept or not, after the doubtful
    // copies were set aside when the settings say so. Copies that disagree among themselves are not a
    // difference with the official figures.
    bool hasDifferences() const { return m_hasDifferences; }
    // Indexes in discrepancies() of the differing precincts with the largest shift, largest first (ties:
    // more lines differing first, then territory order); of one region when regionId is given. Only kept
    // precincts are ranked: a caller that shows the ranking keeps every differing precinct.
    QList<int> largestShifts(int count, std::optional<qint64> regionId = std::nullopt) const;

    // The figures the comparison set side by side: the compared copy (or the sum of the copies, for an
    // aggregate) and the official record. Empty Figures when the side is absent.
    Figures observerFigures(const Discrepancy &discrepancy) const;
    Figures officialFigures(const Discrepancy &discrepancy) const;

    // For DiscrepancyFinder: every comparison is counted in the summaries, and listed in discrepancies()
    // when kept. summarize() puts the regions in territory order once all are in.
    void reserve(int count) { m_discrepancies.reserve(count); }
    void add(Discrepancy discrepancy, bool keep);
    void summarize();

private:
    const ComparisonInput *m_input;
    Settings m_settings;
    QList<Discrepancy> m_discrepancies;
    DiscrepancySummary m_total;
    QList<DiscrepancySummary> m_regions;
    QHash<qint64, int> m_regionIndex;
    bool m_hasDifferences = false;
};

} // namespace saylau
