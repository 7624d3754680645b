#include "analysis/PrecinctSampler.h"
#include "analysis/SampleSizeCalculator.h"
#include "domain/SaylauError.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace saylau;

namespace {

// Three regions: A with 20 precincts of 500 voters (10,000), B with 10 of 500 (5,000), C with 4 of 250
// (1,000). Entries are handed over shuffled: the frame's order must not depend on it.
std::vector<SampleFrame::Entry> toyEntries()
{
    std::vector<SampleFrame::Entry> entries;
    const auto add = [&](const QString &region, int precincts, qint64 voters) {
        for (int i = 1; i <= precincts; ++i) {
            SampleFrame::Entry e;
            e.stratumKey = region;
            e.stratumName = QStringLiteral("Region ") + region;
            e.unit.territoryId = qint64(entries.size()) + 1;
            e.unit.key = region + QLatin1Char('/') + SampleFrame::keySegment(QString::number(i));
            e.unit.voters = voters;
            entries.push_back(e);
        }
    };
    add(QStringLiteral("A"), 20, 500);
    add(QStringLiteral("B"), 10, 500);
    add(QStringLiteral("C"), 4, 250);
    std::shuffle(entries.begin(), entries.end(), std::mt19937(7));
    return entries;
}

QList<qint64> drawnIds(const SampleFrame &frame, const QList<int> &sizes, quint64 seed)
{
    QList<qint64> ids;
    for (int index : PrecinctSampler::drawUnits(frame, sizes, seed))
        ids.append(frame.units()[size_t(index)].territoryId);
    return ids;
}

} // namespace

// Allocation, worked by hand, and the draw: reproducible, within strata, without repeats, each precinct of a
// stratum equally likely.
class TestPrecinctSampler : public QObject
{
    Q_OBJECT

private slots:
    void frameIsSortedByKeyWithNumbersByValue()
    {
        const SampleFrame frame(toyEntries());
        QCOMPARE(frame.strata().size(), 3);
        QCOMPARE(frame.strata().at(0).key, QStringLiteral("A"));
        QCOMPARE(frame.strata().at(0).count, 20);
        QCOMPARE(frame.strata().at(0).voters, 10000);
        QCOMPARE(frame.strata().at(2).first, 30);
        // Precinct 9 before precinct 10.
        QCOMPARE(frame.units()[8].key, QStringLiteral("A/000000000009"));
        QCOMPARE(frame.units()[9].key, QStringLiteral("A/000000000010"));
    }

    void proportionalAllocationKeepsTwoPerStratumAndRoundsByLargestRemainder()
    {
        const SampleFrame frame(toyEntries());
        // 8: C's quota 0.5 is raised to 2; A and B share 6 as 10,000 : 5,000 = 4 and 2.
        QCOMPARE(PrecinctSampler::allocate(frame, 8, SampleDesign::Allocation::Proportional), (QList<int>{4, 2, 2}));
        // 9: C 2; A and B share 7: 4.67 and 2.33, the larger remainder (A) gets the odd one.
        QCOMPARE(PrecinctSampler::allocate(frame, 9, SampleDesign::Allocation::Proportional), (QList<int>{5, 2, 2}));
        // 30: C 2 (quota 1.875); A and B share 28: 18.67 and 9.33 -> 19 and 9.
        QCOMPARE(PrecinctSampler::allocate(frame, 30, SampleDesign::Allocation::Proportional), (QList<int>{19, 9, 2}));
        // Every precinct.
        QCOMPARE(PrecinctSampler::allocate(frame, 34, SampleDesign::Allocation::Proportional), (QList<int>{20, 10, 4}));
    }

    void equalAllocationFillsSmallStrataAndSharesTheRest()
    {
        const SampleFrame frame(toyEntries());
        QCOMPARE(PrecinctSampler::allocate(frame, 9, SampleDesign::Allocation::Equal), (QList<int>{3, 3, 3}));
        // 14 / 3 = 4.67 is C's whole size: C gives its 4, A and B share 10.
        QCOMPARE(PrecinctSampler::allocate(frame, 14, SampleDesign::Allocation::Equal), (QList<int>{5, 5, 4}));
        QCOMPARE(PrecinctSampler::allocate(frame, 10, SampleDesign::Allocation::Equal), (QList<int>{4, 3, 3}));
    }

    void impossibleSizesAreRefusedWithAReason()
    {
        const SampleFrame frame(toyEntries());
        QVERIFY_THROWS_EXCEPTION(SaylauError, PrecinctSampler::allocate(frame, 5, SampleDesign::Allocation::Proportional));
        QVERIFY_THROWS_EXCEPTION(SaylauError, PrecinctSampler::allocate(frame, 35, SampleDesign::Allocation::Proportional));
        try {
            PrecinctSampler::allocate(frame, 5, SampleDesign::Allocation::Proportional);
        } catch (const SaylauError &e) {
            QVERIFY2(e.message().contains(QLatin1String("at least 6")), qPrintable(e.message()));
        }
    }

    void theSameSeedDrawsTheSamePrecinctsWhateverTheInputOrder()
    {
        const SampleFrame frame(toyEntries());
        std::vector<SampleFrame::Entry> reordered = toyEntries();
        std::reverse(reordered.begin(), reordered.end());
        const SampleFrame again(reordered);
        const QList<int> sizes{5, 3, 2};
        QCOMPARE(drawnIds(frame, sizes, 2026), drawnIds(again, sizes, 2026));
        QVERIFY(drawnIds(frame, sizes, 2026) != drawnIds(frame, sizes, 2027));

        const SampleDesign design = PrecinctSampler::draw(frame, QStringLiteral("c"), SampleDesign::Stratification::Region,
                                                          {10, SampleDesign::Allocation::Proportional, 99});
        QCOMPARE(design.sampleSize(), 10);
        QCOMPARE(design.seed, quint64(99));
        QCOMPARE(design.sizeMeasure, QStringLiteral("voters"));
        QCOMPARE(design.strata.at(0).sampleSize, 5);
        QCOMPARE(design.strata.at(0).inclusionProbability(), 5.0 / 20.0);
        QSet<int> drawOrders;
        for (const SampleDesign::Member &m : design.members) {
            const SampleFrame::Stratum &s = frame.strata().at(m.stratum);
            // The member's precinct lies in its stratum.
            bool inside = false;
            for (int i = s.first; i < s.first + s.count; ++i)
                inside = inside || frame.units()[size_t(i)].territoryId == m.territoryId;
            QVERIFY(inside);
            drawOrders.insert(m.drawOrder);
        }
        QCOMPARE(drawOrders.size(), 10);
    }

    void everyPrecinctOfAStratumIsEquallyLikely()
    {
        // Over 4,000 seeds, each of B's 10 precincts should be drawn 3/10 of the time: 1,200 times, with a
        // standard deviation of about 29. Each draw has no repeats.
        const SampleFrame frame(toyEntries());
        const QList<int> sizes{2, 3, 2};
        QHash<qint64, int> hits;
        for (quint64 seed = 1; seed <= 4000; ++seed) {
            const QList<qint64> ids = drawnIds(frame, sizes, seed);
            QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
            for (int i = 2; i < 5; ++i)
                ++hits[ids.at(i)];
        }
        QCOMPARE(hits.size(), 10);
        for (int count : std::as_const(hits))
            QVERIFY2(std::abs(count - 1200) < 120, qPrintable(QString::number(count)));
    }

    void uniformBelowStaysInRange()
    {
        std::mt19937_64 engine(1);
        const quint64 bound = (quint64(1) << 63) + 1; // rejects almost half of the outputs
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(PrecinctSampler::uniformBelow(engine, bound) < bound);
            QVERIFY(PrecinctSampler::uniformBelow(engine, 3) < 3);
        }
        QCOMPARE(PrecinctSampler::uniformBelow(engine, 1), quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPrecinctSampler)
#include "TestPrecinctSampler.moc"
