// Acceptance on the demo campaign: the comparison finds every deliberate difference the demo documents
// (DemoCampaign::inflations), with its amounts on the right lines, and nothing else.

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "io/DemoCampaign.h"
#include "storage/CampaignStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestDiscrepancyDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CampaignStore> m_store;

    // "contest/region code/precinct code"
    static QString key(const QString &contest, const ComparisonInput &input, qint64 territoryId)
    {
        const TerritoryIndex &territory = input.territory();
        const TerritoryNode *region = territory.ancestorAt(territoryId, TerritoryNode::Level::Region);
        return contest + u'/' + (region ? region->code : QString()) + u'/' + territory.node(territoryId)->code;
    }

    static int leaderSlot(const Contest &contest)
    {
        for (int i = 0; i < contest.ballot.size(); ++i) {
            if (contest.ballot.at(i).shortName == DemoCampaign::leaderShortName())
                return contest.partySlot(i);
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"demo.db"_s);
        DemoCampaign::create(path);
        m_store = CampaignStore::open(path);
        QVERIFY(!DemoCampaign::inflations().isEmpty());
    }

    void everyDeliberateDifferenceIsFoundAndNothingElse_data()
    {
        QTest::addColumn<bool>("includeDoubtful");
        QTest::newRow("doubtful copies included") << true;
        QTest::newRow("doubtful copies set aside") << false;
    }

    void everyDeliberateDifferenceIsFoundAndNothingElse()
    {
        QFETCH(bool, includeDoubtful);
        QHash<QString, qint64> expected;
        for (const DemoCampaign::Inflation &inflation : DemoCampaign::inflations())
            expected.insert(inflation.contestId + u'/' + inflation.regionCode + u'/' + inflation.precinctCode,
                            inflation.ballots);

        QHash<QString, qint64> found;
        for (const QString &contestId : DemoCampaign::contestIds()) {
            const ComparisonInput input = ComparisonInput::load(*m_store, contestId);
            DiscrepancyFinder::Options options;
            options.includeDoubtful = includeDoubtful;
            const DiscrepancyResult result = DiscrepancyFinder(input).run(options);
            const int leader = leaderSlot(input.contest());
            QVERIFY(leader >= 0);
            qint64 inflatedHere = 0;
            for (const Discrepancy &d : result.discrepancies()) {
                QVERIFY2(!d.doubtful, qPrintable(key(contestId, input, d.territoryId)));
                if (d.aggregate) {
                    // The CEC's national total: the demo's precincts are a sample of the country, never a
                    // like-for-like comparison.
                    QCOMPARE(d.kind, Discrepancy::Kind::PartialCoverage);
                    continue;
                }
                QVERIFY2(d.compared(), qPrintable(key(contestId, input, d.territoryId) + u' ' + Discrepancy::kindName(d.kind)));
                if (d.kind != Discrepancy::Kind::Differs)
                    continue;
                const qint64 ballots = d.votesAdded;
                found.insert(key(contestId, input, d.territoryId), ballots);
                inflatedHere += ballots;
                // Ballots issued, voters who took part and the leader's votes up; unused ballots down; nothing
                // else moved.
                QCOMPARE(d.votesTaken, 0);
                QCOMPARE(d.differences.at(size_t(leader)), std::optional<qint64>(ballots));
                QCOMPARE(d.measureDifference(Measure::Issued), std::optional<qint64>(ballots));
                QCOMPARE(d.measureDifference(Measure::Cast), std::optional<qint64>(ballots));
                QCOMPARE(d.measureDifference(Measure::Unused), std::optional<qint64>(-ballots));
                QCOMPARE(d.measureDifference(Measure::Voters), std::optional<qint64>(0));
                QCOMPARE(d.measureDifference(Measure::Invalid), std::optional<qint64>(0));
                QCOMPARE(d.differingSlots, 4);
            }
            const DiscrepancySummary &total = result.total();
            QCOMPARE(total.compared, m_store->protocolCount(contestId, SourceKind::Observer));
            QCOMPARE(total.officialMissing + total.observerMissing + total.copiesDisagree + total.doubtfulCopies, 0);
            QCOMPARE(total.added[size_t(leader)], inflatedHere);
            QCOMPARE(total.measureNet(input.contest().form.turnoutMeasure), inflatedHere);
            QCOMPARE(result.hasDifferences(), inflatedHere > 0);
        }
        QCOMPARE(found, expected);
    }

    void largestShiftIsTheLargestInflation()
    {
        const ComparisonInput input = ComparisonInput::load(*m_store, u"mazhilis"_s);
        const DiscrepancyResult result = DiscrepancyFinder(input).run();
        qint64 largest = 0;
        for (const DemoCampaign::Inflation &inflation : DemoCampaign::inflations()) {
            if (inflation.contestId == u"mazhilis"_s)
                largest = std::max(largest, inflation.ballots);
        }
        const QList<int> top = result.largestShifts(1);
        QCOMPARE(top.size(), 1);
        QCOMPARE(result.discrepancies().at(top.constFirst()).shift(), largest);
    }
};

QTEST_GUILESS_MAIN(TestDiscrepancyDemo)
#include "TestDiscrepancyDemo.moc"
