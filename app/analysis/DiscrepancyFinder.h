#pragma once

#include "ComparisonInput.h"
#include "DiscrepancyResult.h"

#include "../forms/FormEvaluator.h"

#include <QList>

#include <functional>
#include <vector>

namespace saylau {

// The comparison engine: observer copies against official figures, for every precinct and every aggregate
// node with official figures of its own, line by line on the contest's slots, with each copy's trust. It
// reads nothing but the ComparisonInput and names no line: voters, turnout and the rest come from the form's
// measures (FormEvaluator::measure), trust from the form's own error relations.
//
// A copy is doubtful when
// - it breaks one of its form's error relations (a typing slip on the copy, or a slip in reading it), or
// - its voters on the list differ from the official figure by more than votersTolerancePercent of the
//   official figure and more than votersToleranceMinimum voters. Both sources should carry the same final
//   line: an observer copies the protocol the commission signed, and voters added on polling day are already
//   in it. A gap of a tenth of the list is beyond what a falsifier usually dares on that line (it is checked
//   against the signed lists) and is what a copy filed under the wrong precinct number looks like; the
//   minimum keeps tiny precincts from being flagged over a handful of voters.
class DiscrepancyFinder
{
public:
    struct Options
    {
        // When false, doubtful copies are set aside: a precinct left with none counts as having no copy.
        bool includeDoubtful = true;
        int votersTolerancePercent = 10;
        qint64 votersToleranceMinimum = 50;
    };

    // Which comparisons the result lists (the summaries count them all); empty keeps every one.
    using Keep = std::function<bool(const Discrepancy &)>;

    // Throws SaylauError when the contest's form cannot be compiled.
    explicit DiscrepancyFinder(const ComparisonInput &input);

    DiscrepancyResult run(const Options &options, const Keep &keep = {}) const;
    DiscrepancyResult run() const { return run(Options()); }

    // One precinct's comparison exactly as run() makes it, from figures the caller holds (official may be
    // null): for callers that read a precinct at a time, such as the navigator's statuses after a save.
    // The territory, its region and the aggregate cover are the caller's to fill in.
    Discrepancy comparePrecinct(const ComparisonInput::Official *official,
                                const QList<ComparisonInput::Copy> &copies, const Options &options) const;

private:
    // Running sums of the copies of the precincts under one node with official figures of its own.
    struct AggregateSum
    {
        int nodeIndex = 0;
        int precinctsUnder = 0;
        int precinctsCovered = 0;
        bool doubtful = false;
        std::vector<qint64> sums;
        std::vector<int> counts; // precincts whose copy has the line

        void add(const Figures &figures, bool doubtfulCopy);
    };

    Discrepancy compareAggregate(const AggregateSum &sum) const;
    Discrepancy::Copy judge(const ComparisonInput::Copy &copy, const Discrepancy::MeasureValues &official,
                            const Options &options) const;
    Discrepancy::MeasureValues measures(const Figures &figures) const;
    void compare(Discrepancy &d, const Figures &observer, const Figures &official) const;

    const ComparisonInput &m_input;
    FormEvaluator m_evaluator;
    QList<int> m_errorRelations;
};

} // namespace saylau
