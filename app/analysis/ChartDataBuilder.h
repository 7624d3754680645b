#pragma once

#include "ChartSpec.h"
#include "SampleEstimate.h"
#include "SummaryReport.h"

#include <QCoreApplication>
#include <QMap>

namespace saylau {

class CampaignStore;
class TotalsCache;

// Computes what each press chart shows from a contest's aggregated figures, through the summary report (so a
// chart's bar and the report's cell are the same number): the series values, the party colours of the ballot,
// the regions in order, the threshold and average lines, titles and notes.
class ChartDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartDataBuilder)

public:
    struct Options
    {
        ChartSpec::Kind kind = ChartSpec::Kind::Shares;
        QList<SourceKind> sources{SourceKind::Observer};
        // The party the regions are sorted by (its short name, name or key "p2"); empty: the party with the
        // most votes. Found by name, never by ballot position, which is drawn by lot for each election.
        QString sortParty;
        SummaryReport::ShareBase shareBase = SummaryReport::defaultShareBase;
        bool showSpoiled = true;
        int precision = 1;
        // Regions on a by-region chart at most: beyond it, the lowest and highest halves.
        int maxRegions = 16;
        // Width of a histogram bin, in percentage points of turnout.
        int binWidth = 5;
        // Width of a bin of the fine turnout histogram, in tenths of a percentage point (1, 5 or 10).
        int fineBinTenths = 1;
        // Colours chosen for parties (short name -> "#rrggbb") in place of the ballot's.
        QMap<QString, QString> partyColors;
        QString organisation;
        QString logoPath;
        // For the subtitle when the observers' figures are not among the sources drawn; -1: not known.
        int observedPrecincts = -1;
        // A chart with nothing to draw is an error for one asked for by name; the summary report's set of
        // charts leaves it out instead (an empty spec: no categories).
        bool allowEmpty = false;
    };

    // The forensic kinds (ChartSpec::isForensic) are drawn from the first source's precincts, with the party
    // named by sortParty as the leader.
    static ChartSpec build(const CampaignStore &store, const QString &contestId, const Options &options);
    // The same from sums kept while the campaign changes (the desktop program's charts window).
    static ChartSpec build(TotalsCache &totals, const QString &contestId, const Options &options);
    // From aggregations already finished, one per source in options.sources order.
    static ChartSpec build(const Election &election, const QList<Aggregator> &aggregators, const Options &options);

    // "Election, 4 December 2011 · Contest · 192 precincts observed" (the count left out when not above 0).
    static QString subtitle(const Election &election, const Contest &contest, int observedPrecincts);
    // "Source: official figures of the election commissions. Made with SaylauDesk."
    static QString sourceLine(const QList<SourceKind> &sources);
    // The estimate-vs-official chart: turnout and each party's estimate from a random sample, with its 95%
    // interval and the official value. Throws SaylauError when the copies are not a random sample.
    static ChartSpec build(const SampleEstimate &estimate, const Options &options);
};

} // namespace saylau
