// Observer copies generated from official figures (for the comparison benchmark): one copy per precinct and
// none for a published total, every n-th with votes moved back from the leader to the runner-up, all of them
// keeping their form's relations, and the comparison finding exactly those.

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "io/DemoCampaign.h"
#include "io/ObserverCopyGenerator.h"
#include "storage/CampaignStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestObserverCopyGenerator : public QObject
{
    Q_OBJECT

private slots:
    void copiesDifferExactlyWhereVotesWereMoved()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"demo.db"_s);
        DemoCampaign::create(path);
        auto store = CampaignStore::open(path);
        const int precincts = store->protocolCount(u"mazhilis"_s, SourceKind::Observer);

        // The demo's own copies are replaced: afterwards a copy differs from its official record only where
        // the generator moved votes.
        const ObserverCopyGenerator::Summary summary = ObserverCopyGenerator::generate(*store, u"mazhilis"_s, 20);
        QCOMPARE(summary.copies, precincts);
        QCOMPARE(summary.altered, (precincts + 19) / 20);
        QCOMPARE(store->protocolCount(u"mazhilis"_s, SourceKind::Observer), precincts);

        const ComparisonInput input = ComparisonInput::load(*store, u"mazhilis"_s);
        const DiscrepancyResult result = DiscrepancyFinder(input).run();
        QCOMPARE(result.total().compared, precincts);
        QCOMPARE(result.total().differing, summary.altered);
        QCOMPARE(result.total().doubtfulCopies, 0);
        for (const Discrepancy &d : result.discrepancies()) {
            if (d.kind != Discrepancy::Kind::Differs)
                continue;
            // Official minus copy: the leader up, the runner-up down by as much; totals untouched.
            QVERIFY(d.votesAdded > 0);
            QCOMPARE(d.votesTaken, d.votesAdded);
            QCOMPARE(d.differingSlots, 2);
            QCOMPARE(d.measureDifference(Measure::Cast), std::optional<qint64>(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestObserverCopyGenerator)
#include "TestObserverCopyGenerator.moc"
