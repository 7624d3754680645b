#pragma once

#include "Aggregator.h"
#include "Percentage.h"

#include "../domain/Election.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace saylau {

class CampaignStore;

// The press release's summary table of one contest: precincts, voters, turnout, unused ballots, each party's
// share and the spoiled ballots' share, for the whole contest and per region / TIK / precinct, for one or
// more sources side by side. It holds counts and exact fractions; NumberFormat rounds them for display, and
// the warnings say where the rounded figures would not add up.
class SummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReport)

public:
    // What party shares are a share of. The seed (and the Kazakh 7% threshold) count all ballots cast,
    // spoiled included; many official tables count valid votes only.
    enum class ShareBase { Cast, Valid };
    // The one base every view takes unless told otherwise (the report, the charts, the CLI's --denominator, the
    // overview of the main window): all ballots cast, as the press staff's release counts them (its parties
    // and spoiled ballots add up to 100%) and as the 7% threshold is counted.
    static constexpr ShareBase defaultShareBase = ShareBase::Cast;

    struct Options
    {
        ShareBase shareBase = defaultShareBase;
        // One row per node of this level, besides the total; none when empty.
        std::optional<TerritoryNode::Level> by;
        QList<SourceKind> sources{SourceKind::Observer};
        // Decimals shown; the consistency warnings compare the figures as displayed at this precision.
        int precision = 0;
        // Round the shares of a column (parties, against all, spoiled when they belong to the base) by the
        // largest remainder, so that they add up to exactly 100% as displayed, instead of each on its own.
        bool largestRemainder = false;
    };

    // One node's figures from one source.
    struct Cell
    {
        Totals totals;
        Percentage turnout;  // turnout measure of the form / voters
        Percentage unused;   // unused / ballots received (voters when the form has no received line)
        Percentage invalid;  // spoiled ballots / ballots cast, whatever the share base
        Percentage againstAll; // of the share base, where the form has the line
        QList<Percentage> parties; // of the share base, in ballot order
        // Ballot indexes of the parties over the contest's threshold, by the form's own rule.
        QList<int> overThreshold;
        bool isEmpty() const { return totals.isEmpty(); }
    };

    // How a percentage ranges over the regions of one source: the press release's "turnout from 15% to 36%
    // by region, 28% on average" (the average of the regions' figures, each region counting once, beside the
    // overall figure, which weighs regions by their voters).
    struct Range
    {
        int regions = 0; // regions with the figure defined; the range is undefined when 0
        Percentage min;
        Percentage max;
        QString minRegion;
        QString maxRegion;
        // The unweighted mean, kept as a fraction with a fine denominator so that NumberFormat shows it.
        Percentage mean;
        // The decimals that tell the ends apart: `precision`, or more (at most 2) while the two ends would
        // round to the same figure though they differ ("from 3% to 3%" says nothing; "from 2.6% to 3.4%" does).
        int informativePrecision(int precision) const;
    };

    struct RegionRanges
    {
        Range turnout;
        Range invalid;
    };

    struct Row
    {
        TerritoryNode node; // default (id 0) for the total of the whole contest
        // The node's name in the program's language; a unit its TIK counted itself is named after the TIK,
        // while node.name keeps its label as stored.
        QString name;
        // Where the row lies, so that a TIK or precinct can be told from its namesakes of other regions: the
        // node's region and TIK above it; default (id 0) where there is none (and for regions and the total).
        TerritoryNode region;
        TerritoryNode district;
        QList<Cell> cells;  // one per source, in Options::sources order
    };

    // Builds from aggregators already finished, one per source in options.sources order.
    static SummaryReport build(const Election &election, const QList<Aggregator> &aggregators,
                               const Options &options);
    // Reads the contest from the store. Throws SaylauError for an unknown contest.
    static SummaryReport fromStore(const CampaignStore &store, const QString &contestId, const Options &options);

    const Election &election() const { return m_election; }
    const Contest &contest() const { return m_contest; }
    const Options &options() const { return m_options; }
    const Row &total() const { return m_total; }
    const QList<Row> &rows() const { return m_rows; }
    // One per source, in Options::sources order, whatever Options::by.
    const QList<RegionRanges> &regionRanges() const { return m_regionRanges; }
    // Sentences for the reader: figures that do not add up as displayed, partial coverage, skipped copies.
    const QStringList &warnings() const { return m_warnings; }
    // What the observers' copies can claim for the whole contest (SampleEstimate): estimates with 95%
    // intervals when they come from a random sample, their coverage otherwise. Filled by fromStore() when the
    // observers are among the sources; empty for a report built from aggregations alone.
    const QStringList &sampleLines() const { return m_sampleLines; }

    // What the shares are a share of, in words, for the line under the table.
    QString shareBaseDescription() const;
    QString unusedBaseDescription() const;
    Measure shareBaseMeasure() const;
    static Measure shareBaseMeasure(ShareBase base);
    Measure unusedBaseMeasure() const;

    static QString sourceLabel(SourceKind source);
    // A measure in words for the notes under a table: "ballots cast (spoiled included)".
    static QString measureDescription(Measure measure);
    static QString shareBaseName(ShareBase base);
    static std::optional<ShareBase> shareBaseFromName(const QString &name);
    // A ratio over the protocols that give both of its figures; undefined when none does.
    static Percentage share(const Totals::Paired &paired);

private:
    Cell makeCell(const Totals &totals) const;
    void applyLargestRemainder(Cell &cell) const;
    RegionRanges makeRegionRanges(const Aggregator &aggregator) const;
    void addWarnings(const Cell &cell, SourceKind source, const Aggregator &aggregator);

    Election m_election;
    Contest m_contest;
    Options m_options;
    Row m_total;
    QList<Row> m_rows;
    QList<RegionRanges> m_regionRanges;
    QStringList m_warnings;
    QStringList m_sampleLines;
};

} // namespace saylau
