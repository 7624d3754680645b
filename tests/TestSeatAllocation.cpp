// Seats by the largest-remainder (Hare) method among the lists over the threshold: the CEC's published 2021
// Mazhilis allocation from its published votes, and the edge cases (ties, lists under the threshold).

#include "analysis/Aggregator.h"
#include "analysis/SeatAllocation.h"
#include "domain/LargestRemainder.h"
#include "domain/Protocol.h"

#include "MazhilisFixture.h"

#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

// One published national total: voters, ballots cast, spoiled, and the votes by short name.
Totals nationalTotals(const Contest &contest, qint64 cast, const QMap<QString, qint64> &votes)
{
    const QList<TerritoryNode> tree{{1, 0, TerritoryNode::Level::Country, u"KZ"_s, u"Kazakhstan"_s, {}}};
    Aggregator aggregator(contest, tree);
    Protocol protocol;
    protocol.contestId = contest.id;
    protocol.territoryId = 1;
    protocol.source = SourceKind::Official;
    protocol.figures = Figures(contest.slotCount());
    qint64 valid = 0;
    for (auto it = votes.begin(); it != votes.end(); ++it) {
        protocol.figures.set(contest.partySlot(contest.findParty(it.key())), it.value());
        valid += it.value();
    }
    protocol.figures.set(contest.slotOf(contest.form.measures.value(Measure::Cast)), cast);
    protocol.figures.set(contest.slotOf(contest.form.measures.value(Measure::Invalid)), cast - valid);
    aggregator.add(protocol);
    aggregator.finish();
    return aggregator.grandTotal();
}

int seatsOf(const Contest &contest, const SeatAllocation &allocation, const QString &shortName)
{
    return allocation.parties().at(contest.findParty(shortName)).seats;
}

} // namespace

class TestSeatAllocation : public QObject
{
    Q_OBJECT

private slots:
    void cecResultGives76_12_10()
    {
        // CEC, final result of 10 January 2021: 7,539,280 took part. The ballot is in the drawn order
        // (People's Party first), so parties are found by name.
        const Contest contest = mazhilisContest();
        const SeatAllocation allocation = SeatAllocation::compute(
            contest, nationalTotals(contest, 7539280,
                                    {{u"Нур Отан"_s, 5148074}, {u"Ак жол"_s, 792828}, {u"НПК"_s, 659019},
                                     {u"Ауыл"_s, 383023}, {u"Адал"_s, 258618}}));
        QVERIFY(allocation.isDefined());
        QCOMPARE(allocation.seats(), 98);
        QCOMPARE(seatsOf(contest, allocation, u"Нур Отан"_s), 76);
        QCOMPARE(seatsOf(contest, allocation, u"Ак жол"_s), 12);
        QCOMPARE(seatsOf(contest, allocation, u"НПК"_s), 10);
        // Auyl 5.08% and Adal 3.43% of the ballots cast: under 7%, no seats.
        QVERIFY(!allocation.parties().at(contest.findParty(u"Ауыл"_s)).overThreshold);
        QCOMPARE(seatsOf(contest, allocation, u"Ауыл"_s), 0);
        QCOMPARE(seatsOf(contest, allocation, u"Адал"_s), 0);
        QCOMPARE(allocation.qualifyingVotes(), 5148074 + 792828 + 659019);
        QVERIFY(!allocation.tieAtCutoff());
    }

    void thresholdCountsSpoiledBallotsInItsBase()
    {
        // 7% of 1000 ballots cast is 70 votes: 70 passes, 69 does not, however many ballots were spoiled.
        const Contest contest = mazhilisContest();
        const SeatAllocation allocation = SeatAllocation::compute(
            contest, nationalTotals(contest, 1000,
                                    {{u"Нур Отан"_s, 700}, {u"Ак жол"_s, 70}, {u"НПК"_s, 69}, {u"Ауыл"_s, 0},
                                     {u"Адал"_s, 0}}));
        QVERIFY(allocation.parties().at(contest.findParty(u"Ак жол"_s)).overThreshold);
        QVERIFY(!allocation.parties().at(contest.findParty(u"НПК"_s)).overThreshold);
        QCOMPARE(seatsOf(contest, allocation, u"НПК"_s), 0);
        QCOMPARE(seatsOf(contest, allocation, u"Нур Отан"_s) + seatsOf(contest, allocation, u"Ак жол"_s), 98);
        // 98 * 700 / 770 = 89.09, 98 * 70 / 770 = 8.91: the remaining seat goes to the larger remainder.
        QCOMPARE(seatsOf(contest, allocation, u"Ак жол"_s), 9);
    }

    void equalRemaindersAreATie()
    {
        // Three equal lists, one seat each short: 10 seats as 4 + 3 + 3, and the fourth seat is a tie.
        const LargestRemainder::Result thirds = LargestRemainder::apportion({100, 100, 100}, 10);
        QCOMPARE(thirds.units, (QList<qint64>{4, 3, 3}));
        QVERIFY(thirds.tieAtCutoff);
        // Exact quotas leave nothing to decide.
        const LargestRemainder::Result exact = LargestRemainder::apportion({50, 30, 20}, 10);
        QCOMPARE(exact.units, (QList<qint64>{5, 3, 2}));
        QVERIFY(!exact.tieAtCutoff);
    }

    void percentagesAddUpToAHundred()
    {
        // The demo's Mazhilis shares in tenths of a percent add up to 1000; in whole percent each rounded
        // on its own gives 50 + 10 + 18 + 12 + 8 + 3 = 101, the largest remainder exactly 100, at the
        // price of Nur Otan's 49.7 shown as 49 (its remainder, .7, is the smallest).
        const LargestRemainder::Result shares = LargestRemainder::apportion({497, 99, 178, 118, 79, 29}, 100);
        qint64 sum = 0;
        for (qint64 u : shares.units)
            sum += u;
        QCOMPARE(sum, 100);
        QCOMPARE(shares.units, (QList<qint64>{49, 10, 18, 12, 8, 3}));
    }

    void noSeatsWithoutVotesOrSeats()
    {
        Contest contest = mazhilisContest();
        QVERIFY(!SeatAllocation::compute(contest, Totals(contest.slotCount())).isDefined());
        contest.seats = 0;
        QVERIFY(!SeatAllocation::compute(contest, nationalTotals(contest, 100, {{u"Нур Отан"_s, 100}})).isDefined());
        QCOMPARE(LargestRemainder::apportion({0, 0}, 5).units, (QList<qint64>{0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestSeatAllocation)
#include "TestSeatAllocation.moc"
