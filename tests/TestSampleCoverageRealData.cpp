#include "analysis/PrecinctMeasureTable.h"
#include "analysis/PrecinctSampler.h"
#include "analysis/RatioEstimator.h"
#include "analysis/SampleSizeCalculator.h"
#include "io/Importer.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace saylau;

// The truth test of the estimates: the 2011 Duma precincts (95,225) taken as the population, 1,000 samples
// of 1,000 precincts stratified by region drawn as `saylau sample` draws them, each estimated as if its
// figures were observer copies. The 95% intervals must hold the true turnout and the true share of
// ЕДИНАЯ РОССИЯ in 93–97% of samples, and their mean width must match the helper's formula within 10%.
// The replications run on arrays in memory; only the one import goes through the database.
class TestSampleCoverageRealData : public QObject
{
    Q_OBJECT

private slots:
    void intervalsCoverTheTruthAsOftenAsTheyClaim()
    {
        const QString csv = QStringLiteral(SAYLAU_SHARED_DATA_DIR "/ru-duma-2011-uik.csv");
        if (!QFile::exists(csv))
            QSKIP("ru-duma-2011-uik.csv is not present (set SAYLAU_SHARED_DATA_DIR)");
        QTemporaryDir dir;
        auto store = CampaignStore::create(dir.filePath(QStringLiteral("duma.db")));
        PresetLibrary::apply(*store, PresetLibrary::campaignPreset(QStringLiteral("ru-duma-2011")));
        const Contest contest = store->contests().constFirst();
        Importer::Options options;
        options.contestId = contest.id;
        options.source = SourceKind::Official;
        QCOMPARE(Importer(*store, csv, options).run().imported, 95225);

        const SampleFrame frame = SampleFrame::fromStore(*store, contest, SampleDesign::Stratification::Region);
        QCOMPARE(frame.size(), 95225);
        QCOMPARE(frame.strata().size(), 84);
        // The population, per frame position.
        const PrecinctMeasureTable table = PrecinctMeasureTable::read(*store, contest, SourceKind::Official, Measure::Cast);
        const int leader = table.leader();
        QVERIFY(contest.ballot.at(leader).name.contains(QStringLiteral("ЕДИНАЯ РОССИЯ")));
        const size_t n = frame.units().size();
        std::vector<double> voters(n), turnout(n), cast(n), votes(n);
        double sumVoters = 0, sumTurnout = 0, sumCast = 0, sumVotes = 0;
        for (size_t i = 0; i < n; ++i) {
            const PrecinctMeasureTable::Row *row = table.row(frame.units()[i].territoryId);
            QVERIFY(row && row->voters && row->turnout && row->base && row->parties[size_t(leader)]);
            voters[i] = double(*row->voters);
            turnout[i] = double(*row->turnout);
            cast[i] = double(*row->base);
            votes[i] = double(*row->parties[size_t(leader)]);
            sumVoters += voters[i];
            sumTurnout += turnout[i];
            sumCast += cast[i];
            sumVotes += votes[i];
        }
        const double trueTurnout = sumTurnout / sumVoters;
        const double trueShare = sumVotes / sumCast;
        QVERIFY(std::abs(trueShare - 0.4931) < 0.0001); // README: 32,371,737 of 65,648,690

        const QList<int> sizes = PrecinctSampler::allocate(frame, 1000, SampleDesign::Allocation::Proportional);
        const SampleSizeCalculator calculator(frame, SampleDesign::Allocation::Proportional, SampleSizeCalculator::defaultIcc);
        QCOMPARE(calculator.method(), SampleSizeCalculator::Method::RatioVariance);
        const double helperWidth = 2 * calculator.margin(sizes);

        const int replications = 1000;
        int turnoutCovered = 0;
        int shareCovered = 0;
        double widthSum = 0;
        std::vector<RatioEstimator::Stratum> turnoutStrata(size_t(frame.strata().size()));
        std::vector<RatioEstimator::Stratum> shareStrata(size_t(frame.strata().size()));
        for (quint64 seed = 1; seed <= quint64(replications); ++seed) {
            const std::vector<int> drawn = PrecinctSampler::drawUnits(frame, sizes, seed);
            size_t next = 0;
            for (int h = 0; h < frame.strata().size(); ++h) {
                RatioEstimator::Stratum &t = turnoutStrata[size_t(h)];
                RatioEstimator::Stratum &s = shareStrata[size_t(h)];
                t = {double(frame.strata().at(h).count), {}, {}};
                s = {double(frame.strata().at(h).count), {}, {}};
                for (int k = 0; k < sizes.at(h); ++k, ++next) {
                    const size_t i = size_t(drawn[next]);
                    t.x.push_back(voters[i]);
                    t.y.push_back(turnout[i]);
                    s.x.push_back(cast[i]);
                    s.y.push_back(votes[i]);
                }
            }
            const RatioEstimator::Result t = RatioEstimator::estimate(turnoutStrata);
            const RatioEstimator::Result s = RatioEstimator::estimate(shareStrata);
            turnoutCovered += t.contains(trueTurnout) ? 1 : 0;
            shareCovered += s.contains(trueShare) ? 1 : 0;
            widthSum += s.high - s.low;
        }
        const double turnoutCoverage = double(turnoutCovered) / replications;
        const double shareCoverage = double(shareCovered) / replications;
        const double meanWidth = widthSum / replications;
        qInfo("coverage: turnout %.3f, share %.3f; mean width %.5f, helper %.5f", turnoutCoverage, shareCoverage,
              meanWidth, helperWidth);
        QVERIFY2(turnoutCoverage >= 0.93 && turnoutCoverage <= 0.97, qPrintable(QString::number(turnoutCoverage)));
        QVERIFY2(shareCoverage >= 0.93 && shareCoverage <= 0.97, qPrintable(QString::number(shareCoverage)));
        QVERIFY2(std::abs(meanWidth / helperWidth - 1) < 0.10, qPrintable(QString::number(meanWidth / helperWidth)));
    }
};

QTEST_GUILESS_MAIN(TestSampleCoverageRealData)
#include "TestSampleCoverageRealData.moc"
