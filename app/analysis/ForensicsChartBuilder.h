#pragma once

#include "ChartDataBuilder.h"
#include "ForensicsData.h"

#include <QCoreApplication>

namespace saylau {

// What the forensic charts show, from per-precinct figures (the titles, subtitle and source line are the
// caller's, as for every chart):
// - turnout-histogram-fine: precincts per turnout bin of 0.1 (or 0.5, 1) percentage point, with the count
//   expected when each precinct's turnout is spread binomially, as in the integer test's null: peaks at round
//   values that the expected curve lacks are Shpilkin's "saw";
// - turnout-share-scatter: every precinct at (turnout, leader's share);
// - fingerprint: the 2D histogram of turnout × leader's share at 1% bins (Klimek et al., PNAS 2012);
// - fingerprint-by-region: the same for each region, small multiples on one colour scale;
// - votes-by-turnout: each party's votes summed over the precincts of each 0.5% turnout bin.
// Precincts with no ballots or more ballots than voters have no turnout in [0, 100%] and are left out (said
// in the notes).
class ForensicsChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ForensicsChartBuilder)

public:
    static ChartSpec build(const ForensicsData &data, const ChartDataBuilder::Options &options);

    // The fingerprint's counts: 100 × 100, row-major by leader's share bin, column by turnout bin, each bin
    // [k, k + 1) percent and 100% in the last.
    static QList<int> fingerprint(const ForensicsData &data);
    // The fingerprint of each region, in the order of data.regions().
    static QList<QList<int>> fingerprintsByRegion(const ForensicsData &data);
    // Precincts per turnout bin of `tenths` tenths of a percentage point, [k·w, (k+1)·w) and 100% in the last.
    static QList<int> turnoutHistogram(const ForensicsData &data, int tenths);
};

} // namespace saylau
