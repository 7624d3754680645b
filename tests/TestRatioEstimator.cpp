#include "analysis/RatioEstimator.h"

#include <QTest>

#include <cmath>

using namespace saylau;

// The estimator on toy samples whose answers were worked out by hand from the formula in RatioEstimator.h,
// in exact fractions.
class TestRatioEstimator : public QObject
{
    Q_OBJECT

private slots:
    void twoStrataGiveTheHandComputedRatioAndVariance()
    {
        // Stratum 1: N = 4, two reports (x, y) = (100, 60), (200, 100): weight 2.
        // Stratum 2: N = 6, three reports (100, 30), (100, 50), (200, 70): weight 2.
        // Y = 2*160 + 2*150 = 620, X = 2*300 + 2*400 = 1400, R = 31/70.
        // z = (y - R x) / X; s1^2 = 9/1920800, s2^2 = 247/2881200;
        // v = 16 (1 - 2/4) / 2 * s1^2 + 36 (1 - 3/6) / 3 * s2^2 = 4 s1^2 + 6 s2^2.
        const std::vector<RatioEstimator::Stratum> strata{{4, {100, 200}, {60, 100}}, {6, {100, 100, 200}, {30, 50, 70}}};
        const RatioEstimator::Result r = RatioEstimator::estimate(strata);
        QVERIFY(r.defined);
        QCOMPARE(r.estimate, 31.0 / 70.0);
        const double variance = 4 * 9.0 / 1920800 + 6 * 247.0 / 2881200;
        QVERIFY(std::abs(r.standardError - std::sqrt(variance)) < 1e-12);
        QVERIFY(std::abs(r.low - (31.0 / 70.0 - 1.959963984540054 * std::sqrt(variance))) < 1e-12);
        QVERIFY(std::abs(r.high - (31.0 / 70.0 + 1.959963984540054 * std::sqrt(variance))) < 1e-12);
        QVERIFY(r.contains(0.40) && r.contains(0.48)); // 0.3976 .. 0.4881
        QVERIFY(!r.contains(0.39) && !r.contains(0.49));
        QCOMPARE(r.strataWithoutReports, 0);
        QCOMPARE(r.strataWithOneReport, 0);
    }

    void singleReportBorrowsTheLargestSpreadAndEmptyStrataAreCounted()
    {
        // The two strata above, a third (N = 5) with one report (100, 40), a fourth (N = 3) with none.
        // Y = 620 + 5*40 = 820, X = 1400 + 5*100 = 1900, R = 41/95; the single report's stratum takes the
        // larger of the other two spreads (recomputed at the new R): v = 11156/9774075.
        const std::vector<RatioEstimator::Stratum> strata{{4, {100, 200}, {60, 100}},
                                                          {6, {100, 100, 200}, {30, 50, 70}},
                                                          {5, {100}, {40}},
                                                          {3, {}, {}}};
        const RatioEstimator::Result r = RatioEstimator::estimate(strata);
        QVERIFY(r.defined);
        QVERIFY(std::abs(r.estimate - 41.0 / 95.0) < 1e-15);
        QVERIFY(std::abs(r.standardError - std::sqrt(11156.0 / 9774075.0)) < 1e-12);
        QCOMPARE(r.strataWithOneReport, 1);
        QCOMPARE(r.strataWithoutReports, 1);
    }

    void aCensusHasNoSamplingError()
    {
        // Every precinct of every stratum reported: the finite-population correction makes the variance 0.
        const std::vector<RatioEstimator::Stratum> strata{{2, {100, 300}, {50, 90}}, {3, {10, 20, 30}, {1, 2, 9}}};
        const RatioEstimator::Result r = RatioEstimator::estimate(strata);
        QCOMPARE(r.estimate, 152.0 / 460.0);
        QCOMPARE(r.standardError, 0.0);
        QVERIFY(r.contains(152.0 / 460.0));
    }

    void noReportsGiveNoEstimate()
    {
        const RatioEstimator::Result r = RatioEstimator::estimate({{10, {}, {}}});
        QVERIFY(!r.defined);
        QVERIFY(!r.contains(0.5));
        QCOMPARE(r.strataWithoutReports, 1);
    }
};

QTEST_GUILESS_MAIN(TestRatioEstimator)
#include "TestRatioEstimator.moc"
