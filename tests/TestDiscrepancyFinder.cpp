// The comparison engine on a small campaign built in code on the real kz-2021 form: every kind of finding,
// doubtful copies (breaking the form's relations; another precinct's protocol), official figures published
// only for a TIK (fully and partly covered by copies), and the press release's summaries.

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "analysis/DiscrepancyReportWriter.h"
#include "domain/SaylauError.h"
#include "io/PresetLibrary.h"

#include <QTest>

#include <limits>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

using Kind = Discrepancy::Kind;
using L = TerritoryNode::Level;

// kz-2021 slots: lines 1..6, then the five parties in ballot order. Ballots in the boxes = issued;
// received = issued + unused.
Figures kz(qint64 voters, qint64 issued, qint64 invalid, const QList<qint64> &parties, qint64 unused)
{
    Figures f(11);
    const qint64 lines[] = {voters, issued + unused, issued, issued, invalid, unused};
    for (int i = 0; i < 6; ++i)
        f.set(i, lines[i]);
    for (int i = 0; i < parties.size(); ++i)
        f.set(6 + i, parties.at(i));
    return f;
}

Figures standard()
{
    return kz(1000, 400, 10, {200, 80, 50, 40, 20}, 500);
}

Contest kzContest()
{
    Contest contest;
    contest.id = u"mazhilis"_s;
    contest.name = u"Mazhilis"_s;
    contest.form = PresetLibrary::form(u"kz-2021"_s);
    contest.ballot = PresetLibrary::ballot(u"kz-2021"_s);
    return contest;
}

// country 1; North 2 (TIK 10: precincts 11-16); South 3 (TIK 20: 21-23); East 4 (TIK 30 with official figures
// of its own: 31-33); West 5 (TIK 40 with official figures of its own: 41-42).
QList<TerritoryNode> tree()
{
    QList<TerritoryNode> nodes{{1, 0, L::Country, u"KZ"_s, u"Kazakhstan"_s, {}}};
    const struct { qint64 region; QString name; QList<qint64> precincts; } regions[] = {
        {2, u"North"_s, {11, 12, 13, 14, 15, 16}},
        {3, u"South"_s, {21, 22, 23}},
        {4, u"East"_s, {31, 32, 33}},
        {5, u"West"_s, {41, 42}},
    };
    for (const auto &r : regions) {
        nodes.append({r.region, 1, L::Region, r.name.left(1), r.name, {}});
        const qint64 tik = r.precincts.constFirst() / 10 * 10;
        nodes.append({tik, r.region, L::District, QString::number(tik), u"TIK %1"_s.arg(tik), {}});
        for (qint64 p : r.precincts)
            nodes.append({p, tik, L::Precinct, QString::number(100 + p), {}, {}});
    }
    return nodes;
}

} // namespace

class TestDiscrepancyFinder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ComparisonInput> m_input;
    qint64 m_nextId = 1;

    void official(qint64 territory, const Figures &figures) { m_input->addOfficial(territory, m_nextId++, figures); }
    void copy(qint64 territory, const Figures &figures, const QString &label = {})
    {
        m_input->addCopy(territory, m_nextId++, label, figures);
    }

    static const Discrepancy &at(const DiscrepancyResult &result, qint64 territory)
    {
        for (const Discrepancy &d : result.discrepancies()) {
            if (d.territoryId == territory)
                return d;
        }
        qFatal("no comparison for territory %lld", territory);
    }

    static qint64 difference(const Discrepancy &d, int slot) { return d.differences.at(size_t(slot)).value_or(0); }

private slots:
    void init()
    {
        m_input = std::make_unique<ComparisonInput>(kzContest(), tree());
        // 11: the same figures on both sides.
        official(11, standard());
        copy(11, standard());
        // 12: the official protocol adds 100 ballots, all to party 1, taken from the unused ones.
        official(12, kz(1000, 500, 10, {300, 80, 50, 40, 20}, 400));
        copy(12, standard());
        // 13: a copy, no official figures; 14: official figures, no copy.
        copy(13, standard());
        official(14, standard());
        // 15: two copies that differ; 16: two copies that agree.
        official(15, standard());
        copy(15, standard(), u"A"_s);
        copy(15, kz(1000, 400, 10, {190, 90, 50, 40, 20}, 500), u"B"_s);
        official(16, standard());
        copy(16, standard(), u"A"_s);
        copy(16, standard(), u"B"_s);
        // 21: a typing slip on the copy (party 5: 21 for 20) breaks "4 = 5 + sum(parties)".
        official(21, standard());
        copy(21, kz(1000, 400, 10, {200, 80, 50, 40, 21}, 500));
        // 22: another precinct's protocol filed under this number: 1500 voters against 1000.
        official(22, standard());
        copy(22, kz(1500, 600, 10, {300, 150, 80, 40, 20}, 700));
        // 23: 50 votes moved from party 2 to party 1, totals untouched.
        official(23, kz(1000, 400, 10, {250, 30, 50, 40, 20}, 500));
        copy(23, standard());
        // TIK 30: official total only, 30 ballots more for party 1 than its three precincts' copies add up to.
        official(30, kz(3000, 1230, 30, {630, 240, 150, 120, 60}, 1470));
        for (qint64 p : {31, 32, 33})
            copy(p, standard());
        // TIK 40: official total only; a copy from one of its two precincts.
        official(40, kz(2000, 800, 20, {400, 160, 100, 80, 40}, 1000));
        copy(41, standard());
    }

    void everyKindIsClassified()
    {
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        QCOMPARE(at(result, 11).kind, Kind::Match);
        QCOMPARE(at(result, 12).kind, Kind::Differs);
        QCOMPARE(at(result, 13).kind, Kind::OfficialMissing);
        QVERIFY(!at(result, 13).coveredByAggregate);
        QCOMPARE(at(result, 14).kind, Kind::ObserverMissing);
        QCOMPARE(at(result, 15).kind, Kind::CopiesDisagree);
        QCOMPARE(at(result, 16).kind, Kind::Match);
        QCOMPARE(at(result, 16).copies.size(), 2);
        QCOMPARE(at(result, 23).kind, Kind::Differs);
        QVERIFY(result.hasDifferences());
    }

    void differencesAreOfficialMinusCopyPerLineAndParty()
    {
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        const Discrepancy &inflated = at(result, 12);
        // Slots: 0 voters, 1 received, 2 issued, 3 cast, 4 invalid, 5 unused, 6.. parties.
        QCOMPARE(difference(inflated, 0), 0);
        QCOMPARE(difference(inflated, 1), 0);
        QCOMPARE(difference(inflated, 2), 100);
        QCOMPARE(difference(inflated, 3), 100);
        QCOMPARE(difference(inflated, 5), -100);
        QCOMPARE(difference(inflated, 6), 100);
        QCOMPARE(inflated.differingSlots, 4);
        QCOMPARE(inflated.votesAdded, 100);
        QCOMPARE(inflated.votesTaken, 0);
        QCOMPARE(inflated.measureDifference(Measure::Cast), std::optional<qint64>(100));
        QVERIFY(!inflated.doubtful);

        const Discrepancy &moved = at(result, 23);
        QCOMPARE(difference(moved, 6), 50);
        QCOMPARE(difference(moved, 7), -50);
        QCOMPARE(moved.shift(), 50);
        QCOMPARE(moved.measureDifference(Measure::Cast), std::optional<qint64>(0));
    }

    void differencesAreExactAtTheCountBoundAndRefuseToWrapBeyondIt()
    {
        m_input = std::make_unique<ComparisonInput>(kzContest(), tree());
        const qint64 max = Figures::maxCount;
        const Figures top = kz(max, max / 2, 0, {max / 2, 0, 0, 0, 0}, max / 2);
        const Figures bottom = kz(max, 0, 0, {0, 0, 0, 0, 0}, max);
        for (qint64 p : {11, 12, 13}) {
            official(p, top);
            copy(p, bottom);
        }
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        QCOMPARE(difference(at(result, 11), 5), -max / 2);
        QCOMPARE(at(result, 11).votesAdded, max / 2);
        QCOMPARE(result.total().observerTotal[size_t(Measure::Voters)], 3 * max);

        // Stored counts far beyond the bound: the difference of 2^63 - 1 and -(2^63 - 1) used to wrap round.
        m_input = std::make_unique<ComparisonInput>(kzContest(), tree());
        const qint64 huge = std::numeric_limits<qint64>::max();
        Figures high = standard();
        high.set(6, huge);
        Figures low = standard();
        low.set(6, -huge);
        official(11, high);
        copy(11, low);
        QVERIFY_THROWS_EXCEPTION(SaylauError, DiscrepancyFinder(*m_input).run());
    }

    void missingLineIsNotComparedAsZero()
    {
        Figures official = standard();
        Figures observer = standard();
        observer.set(4, std::nullopt); // invalid ballots left empty on the copy
        ComparisonInput input(kzContest(), tree());
        input.addOfficial(11, 1, official);
        input.addCopy(11, 2, {}, observer);
        const DiscrepancyResult result = DiscrepancyFinder(input).run();
        QCOMPARE(at(result, 11).kind, Kind::Match);
        QVERIFY(!at(result, 11).differences.at(4).has_value());
        // Not a difference, and not a match to keep quiet about either: the line is named.
        QCOMPARE(at(result, 11).oneSidedSlots, (QList<int>{4}));
        QCOMPARE(at(result, 11).shift(), 0);
        QVERIFY(DiscrepancyReportWriter::listed(at(result, 11), {}));
    }

    void copiesThatDisagreeNameTheLinesTheyDifferOn()
    {
        // 15: copies A and B differ on parties 1 (200, 190) and 2 (80, 90), nowhere else.
        DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        const int party1 = kzContest().partySlot(0);
        QCOMPARE(at(result, 15).disagreeingSlots, (QList<int>{party1, party1 + 1}));
        QVERIFY(at(result, 16).disagreeingSlots.isEmpty());

        // A line left empty on one copy and filled on the other is a line they disagree on.
        ComparisonInput input(kzContest(), tree());
        Figures empty = standard();
        empty.set(party1 + 4, std::nullopt);
        input.addOfficial(11, 1, standard());
        input.addCopy(11, 2, u"A"_s, standard());
        input.addCopy(11, 3, u"B"_s, empty);
        result = DiscrepancyFinder(input).run();
        QCOMPARE(at(result, 11).kind, Kind::CopiesDisagree);
        QCOMPARE(at(result, 11).disagreeingSlots, (QList<int>{party1 + 4}));
    }

    void copyBreakingItsOwnRelationsIsDoubtful()
    {
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        const Discrepancy &slip = at(result, 21);
        QCOMPARE(slip.kind, Kind::Differs);
        QVERIFY(slip.doubtful);
        QCOMPARE(slip.copies.constFirst().failedRelations, 1);
        QVERIFY(!slip.copies.constFirst().votersFarOff);
        QCOMPARE(difference(slip, 10), -1);
        // A copy whose only oddity is a warning relation is not doubtful: that is evidence, not a slip.
        QVERIFY(!at(result, 12).doubtful);
    }

    void copyOfAnotherPrecinctIsDoubtful()
    {
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        const Discrepancy &wrong = at(result, 22);
        QVERIFY(wrong.doubtful);
        QVERIFY(wrong.copies.constFirst().votersFarOff);
        QCOMPARE(wrong.copies.constFirst().votersDifference, std::optional<qint64>(-500));
        QCOMPARE(wrong.copies.constFirst().failedRelations, 0);
    }

    void votersToleranceIsTenPercentAndFiftyVoters_data()
    {
        QTest::addColumn<qint64>("officialVoters");
        QTest::addColumn<qint64>("copyVoters");
        QTest::addColumn<bool>("farOff");
        QTest::newRow("10% exactly") << qint64(1000) << qint64(900) << false;
        QTest::newRow("just over 10%") << qint64(1000) << qint64(899) << true;
        QTest::newRow("over 10% but within 50 voters") << qint64(300) << qint64(251) << false;
        QTest::newRow("51 voters and over 10%") << qint64(300) << qint64(249) << true;
    }

    void votersToleranceIsTenPercentAndFiftyVoters()
    {
        QFETCH(qint64, officialVoters);
        QFETCH(qint64, copyVoters);
        QFETCH(bool, farOff);
        ComparisonInput input(kzContest(), tree());
        input.addOfficial(11, 1, kz(officialVoters, 200, 0, {200, 0, 0, 0, 0}, 0));
        input.addCopy(11, 2, {}, kz(copyVoters, 200, 0, {200, 0, 0, 0, 0}, 0));
        const DiscrepancyResult result = DiscrepancyFinder(input).run();
        QCOMPARE(at(result, 11).copies.constFirst().votersFarOff, farOff);
    }

    void doubtfulCopiesCanBeSetAside()
    {
        DiscrepancyFinder::Options options;
        options.includeDoubtful = false;
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run(options);
        for (qint64 territory : {21, 22}) {
            const Discrepancy &d = at(result, territory);
            QCOMPARE(d.kind, Kind::ObserverMissing);
            QCOMPARE(d.copiesSetAside, 1);
            // The set-aside copy is still listed with its verdict.
            QVERIFY(d.copies.constFirst().doubtful());
        }
        QCOMPARE(at(result, 12).kind, Kind::Differs);
    }

    void settingAsideADoubtfulCopyResolvesADisagreement()
    {
        ComparisonInput input(kzContest(), tree());
        input.addOfficial(11, 1, standard());
        input.addCopy(11, 2, u"good"_s, standard());
        input.addCopy(11, 3, u"slip"_s, kz(1000, 400, 10, {200, 80, 50, 40, 29}, 500));
        QCOMPARE(at(DiscrepancyFinder(input).run(), 11).kind, Kind::CopiesDisagree);
        DiscrepancyFinder::Options options;
        options.includeDoubtful = false;
        const DiscrepancyResult result = DiscrepancyFinder(input).run(options);
        QCOMPARE(at(result, 11).kind, Kind::Match);
        QCOMPARE(at(result, 11).comparedCopy, 0);
        QCOMPARE(at(result, 11).copiesSetAside, 1);
    }

    void aggregateComparedWithTheSumOfItsPrecinctsCopies()
    {
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        const Discrepancy &tik = at(result, 30);
        QVERIFY(tik.aggregate);
        QCOMPARE(tik.kind, Kind::Differs);
        QCOMPARE(tik.precinctsUnder, 3);
        QCOMPARE(tik.precinctsCovered, 3);
        QCOMPARE(difference(tik, 6), 30);
        QCOMPARE(difference(tik, 0), 0);
        QCOMPARE(result.observerFigures(tik).value(0), std::optional<qint64>(3000));
        for (qint64 p : {31, 32, 33}) {
            QCOMPARE(at(result, p).kind, Kind::OfficialMissing);
            QVERIFY(at(result, p).coveredByAggregate);
        }
    }

    void partialSumIsNeverALikeForLikeComparison()
    {
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        const Discrepancy &tik = at(result, 40);
        QVERIFY(tik.aggregate);
        QCOMPARE(tik.kind, Kind::PartialCoverage);
        QCOMPARE(tik.precinctsUnder, 2);
        QCOMPARE(tik.precinctsCovered, 1);
        QVERIFY(!tik.compared());
        QVERIFY(tik.differences.empty());
        QCOMPARE(tik.shift(), 0);
        QCOMPARE(result.observerFigures(tik).value(0), std::optional<qint64>(1000));
        QCOMPARE(tik.observerMeasures[size_t(Measure::Voters)], std::optional<qint64>(1000));
        const DiscrepancySummary *west = result.region(5);
        QVERIFY(west);
        QCOMPARE(west->aggregatesPartial, 1);
        QCOMPARE(west->aggregatesCompared, 0);
        QCOMPARE(west->compared, 0);
        QCOMPARE(result.total().aggregatesCompared, 1);
        QCOMPARE(result.total().aggregatesDiffering, 1);
    }

    void summariesCountPrecinctsAndVotesAddedAndTaken()
    {
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        const DiscrepancySummary &total = result.total();
        QCOMPARE(total.compared, 6); // 11, 12, 16, 21, 22, 23
        QCOMPARE(total.differing, 4); // 12, 21, 22, 23
        QCOMPARE(total.differingDoubtful, 2);
        QCOMPARE(total.officialMissing, 1); // 13; 31-33 and 41 are covered by their TIK's figures
        QCOMPARE(total.observerMissing, 1);
        QCOMPARE(total.copiesDisagree, 1);
        QCOMPARE(total.doubtfulCopies, 2);
        const int p1 = 6, p2 = 7, p5 = 10;
        QCOMPARE(total.added[p1], 150); // 12: +100, 23: +50
        QCOMPARE(total.taken[p1], 100); // 22: 200 against 300 on the other precinct's copy
        QCOMPARE(total.taken[p2], 120); // 22: 70, 23: 50
        QCOMPARE(total.taken[p5], 1);

        const DiscrepancySummary *north = result.region(2);
        QVERIFY(north);
        QCOMPARE(north->compared, 3);
        QCOMPARE(north->differing, 1);
        QCOMPARE(north->net(p1), 100);
        QCOMPARE(north->measureNet(Measure::Cast), 100);
        QCOMPARE(result.regions().size(), 4);
        QCOMPARE(result.regions().constFirst().regionId, 2);
    }

    void summariesWithoutDoubtfulCopies()
    {
        DiscrepancyFinder::Options options;
        options.includeDoubtful = false;
        const DiscrepancySummary total = DiscrepancyFinder(*m_input).run(options).total();
        QCOMPARE(total.compared, 4); // 11, 12, 16, 23
        QCOMPARE(total.differing, 2);
        QCOMPARE(total.differingDoubtful, 0);
        QCOMPARE(total.copiesSetAside, 2);
        QCOMPARE(total.added[6], 150);
        QCOMPARE(total.taken[6], 0);
        QCOMPARE(total.taken[7], 50);
        // Turnout added: 100 ballots more in the boxes on 4,000 voters: 40% by the copies, 42.5% official.
        QCOMPARE(total.measureNet(Measure::Cast), 100);
        QCOMPARE(total.observerTurnout(Measure::Cast).rounded(1), 40.0);
        QCOMPARE(total.officialTurnout(Measure::Cast).rounded(1), 42.5);
    }

    void largestShiftsFirst()
    {
        const DiscrepancyResult result = DiscrepancyFinder(*m_input).run();
        const QList<int> top = result.largestShifts(10);
        QList<qint64> territories;
        for (int i : top)
            territories.append(result.discrepancies().at(i).territoryId);
        // 22 moved 170 (100 + 70 taken), 12 added 100, 23 moved 50, 21 took 1.
        QCOMPARE(territories, (QList<qint64>{22, 12, 23, 21}));
        QCOMPARE(result.largestShifts(1).size(), 1);
        QCOMPARE(result.largestShifts(10, 2).size(), 1);
    }

    void keptComparisonsAreTheChosenOnesAndTheSummariesCountAll()
    {
        const DiscrepancyFinder finder(*m_input);
        const DiscrepancyResult all = finder.run();
        const DiscrepancyResult differing = finder.run(DiscrepancyFinder::Options(), [](const Discrepancy &d) {
            return d.kind == Kind::Differs;
        });
        QList<qint64> kept;
        for (const Discrepancy &d : differing.discrepancies())
            kept.append(d.territoryId);
        // In territory order, then the aggregates: TIK 30's total is 30 above its precincts' copies.
        QCOMPARE(kept, (QList<qint64>{12, 21, 22, 23, 30}));
        QList<qint64> top;
        for (int i : differing.largestShifts(10))
            top.append(differing.discrepancies().at(i).territoryId);
        QCOMPARE(top, (QList<qint64>{22, 12, 23, 21}));

        const DiscrepancyResult none = finder.run(DiscrepancyFinder::Options(), [](const Discrepancy &) { return false; });
        QVERIFY(none.discrepancies().isEmpty());
        QVERIFY(none.hasDifferences());
        QList<const DiscrepancySummary *> summaries{&none.total()};
        QList<const DiscrepancySummary *> expected{&all.total()};
        QCOMPARE(none.regions().size(), all.regions().size());
        for (int i = 0; i < all.regions().size(); ++i) {
            summaries.append(&none.regions().at(i));
            expected.append(&all.regions().at(i));
        }
        for (int i = 0; i < expected.size(); ++i) {
            const DiscrepancySummary &s = *summaries.at(i);
            const DiscrepancySummary &e = *expected.at(i);
            QCOMPARE(s.regionId, e.regionId);
            QCOMPARE(s.precinctsWithCopies, e.precinctsWithCopies);
            QCOMPARE(s.compared, e.compared);
            QCOMPARE(s.differing, e.differing);
            QCOMPARE(s.officialMissing, e.officialMissing);
            QCOMPARE(s.copiesDisagree, e.copiesDisagree);
            QCOMPARE(s.aggregatesDiffering, e.aggregatesDiffering);
            QCOMPARE(s.added, e.added);
            QCOMPARE(s.taken, e.taken);
            QCOMPARE(s.measureAdded, e.measureAdded);
        }
    }

    void noDifferencesWhenTheSourcesAgree()
    {
        ComparisonInput input(kzContest(), tree());
        input.addOfficial(11, 1, standard());
        input.addCopy(11, 2, {}, standard());
        input.addOfficial(14, 3, standard());
        const DiscrepancyResult result = DiscrepancyFinder(input).run();
        QVERIFY(!result.hasDifferences());
        QCOMPARE(result.total().compared, 1);
        QCOMPARE(result.total().observerMissing, 1);
    }
};

QTEST_GUILESS_MAIN(TestDiscrepancyFinder)
#include "TestDiscrepancyFinder.moc"
