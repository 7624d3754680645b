#include "analysis/RatioEstimator.h"
#include "analysis/SampleSizeCalculator.h"

#include <QTest>

#include <cmath>

using namespace saylau;

namespace {

SampleFrame::Entry entry(const QString &stratum, int number, qint64 voters, std::optional<qint64> base,
                         std::optional<qint64> leader)
{
    SampleFrame::Entry e;
    e.stratumKey = stratum;
    e.stratumName = stratum;
    e.unit.territoryId = number;
    e.unit.key = stratum + QLatin1Char('/') + SampleFrame::keySegment(QString::number(number));
    e.unit.voters = voters;
    e.unit.base = base;
    e.unit.leaderVotes = leader;
    return e;
}

// A: (ballots, leader's votes) = (100, 50), (100, 60), (200, 90), (200, 100); B: four of 100 ballots with
// 30, 40, 20, 30. Voters on the list = ballots, to keep the allocation simple.
SampleFrame figuresFrame()
{
    std::vector<SampleFrame::Entry> entries{
        entry(QStringLiteral("A"), 1, 100, 100, 50), entry(QStringLiteral("A"), 2, 100, 100, 60),
        entry(QStringLiteral("A"), 3, 200, 200, 90), entry(QStringLiteral("A"), 4, 200, 200, 100),
        entry(QStringLiteral("B"), 5, 100, 100, 30), entry(QStringLiteral("B"), 6, 100, 100, 40),
        entry(QStringLiteral("B"), 7, 100, 100, 20), entry(QStringLiteral("B"), 8, 100, 100, 30)};
    return SampleFrame(entries);
}

} // namespace

// The sample-size helper's two formulas on toy frames, against values worked out by hand.
class TestSampleSizeCalculator : public QObject
{
    Q_OBJECT

private slots:
    void ratioVarianceFromTheFiguresGivesTheHandComputedMargin()
    {
        // R = 420 / 1000. Residuals y - R x: A 8, 18, 6, 16 (S^2 = 104/3), B -12, -2, -22, -12 (S^2 = 200/3).
        // X = 4 * 150 + 4 * 100 = 1000. With 2 of 4 in each: v = 4 (104/3) + 4 (200/3) = 1216/3;
        // with 3 of 4: v = (4/3)(104/3 + 200/3) = 1216/9.
        const SampleFrame frame = figuresFrame();
        const SampleSizeCalculator calculator(frame, SampleDesign::Allocation::Proportional, 0.05);
        QCOMPARE(calculator.method(), SampleSizeCalculator::Method::RatioVariance);
        const double z = RatioEstimator::z95;
        QVERIFY(std::abs(calculator.margin({2, 2}) - z * std::sqrt(1216.0 / 3) / 1000) < 1e-12);
        QVERIFY(std::abs(calculator.margin({3, 3}) - z * std::sqrt(1216.0 / 9) / 1000) < 1e-12);
        QCOMPARE(calculator.margin({4, 4}), 0.0);
    }

    void theHelperFindsTheSmallestSampleThatMeetsTheMargin()
    {
        // Proportional to voters 600 : 400. n = 6 gives (4, 2): v = 4 (200/3), margin 0.0320; n = 7 gives
        // (4, 3): v = (4/3)(200/3), margin 0.0185. For a margin of 3 points: 7 precincts.
        const SampleFrame frame = figuresFrame();
        const SampleSizeCalculator calculator(frame, SampleDesign::Allocation::Proportional, 0.05);
        const double z = RatioEstimator::z95;
        QVERIFY(std::abs(calculator.forSize(6).margin - z * std::sqrt(800.0 / 3) / 1000) < 1e-12);
        const SampleSizeCalculator::Advice advice = calculator.forMargin(0.03);
        QVERIFY(advice.reachable);
        QCOMPARE(advice.precincts, 7);
        QVERIFY(std::abs(advice.margin - z * std::sqrt(800.0 / 9) / 1000) < 1e-12);
    }

    void withoutFiguresKishsDesignEffectIsUsed()
    {
        // Voters 100 (four precincts) and 300 (four): mean 200, cv^2 = 10000 / 40000 = 0.25;
        // deff = 1 + 0.05 (200 * 1.25 - 1) = 13.45; margin(8) = 1.96 sqrt(13.45 * 0.25 / (8 * 200)).
        std::vector<SampleFrame::Entry> entries;
        for (int i = 1; i <= 8; ++i)
            entries.push_back(entry(i <= 4 ? QStringLiteral("A") : QStringLiteral("B"), i, i % 2 ? 100 : 300,
                                    std::nullopt, std::nullopt));
        const SampleFrame frame(entries);
        const SampleSizeCalculator calculator(frame, SampleDesign::Allocation::Proportional, 0.05);
        QCOMPARE(calculator.method(), SampleSizeCalculator::Method::KishDesignEffect);
        const SampleSizeCalculator::Advice advice = calculator.forSize(8);
        QVERIFY(std::abs(advice.designEffect - 13.45) < 1e-12);
        QVERIFY(std::abs(advice.margin - RatioEstimator::z95 * std::sqrt(13.45 * 0.25 / 1600)) < 1e-12);
        // Kish ignores the finite population: no size of this frame reaches 1 point.
        QVERIFY(!calculator.forMargin(0.01).reachable);
        QVERIFY(calculator.description().contains(QStringLiteral("13.5")));
    }
};

QTEST_GUILESS_MAIN(TestSampleSizeCalculator)
#include "TestSampleSizeCalculator.moc"
