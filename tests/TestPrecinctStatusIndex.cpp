#include "EntryFixture.h"

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "analysis/PrecinctStatusIndex.h"
#include "entry/EntryStore.h"
#include "forms/FormEvaluator.h"
#include "io/DemoCampaign.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace saylau;

// The navigator's statuses: a precinct is not entered, entered, verified, differs from the official figures,
// or fails a control relation (worst first when it has several copies), and every node counts its precincts
// of each status. Whether a precinct differs is the discrepancy engine's answer, so the navigator and the
// discrepancy window agree.
class TestPrecinctStatusIndex : public QObject
{
    Q_OBJECT

private slots:
    void statusesAndCountsFollowTheSaves();
    void aVerifiedProtocolFailingARelationIsCountedAsVerified();
    void onTheDemoExactlyTheDocumentedInflationsDiffer();
    void theNavigatorTakesTheDiscrepancyFindersVerdict();
    void aHundredThousandPrecinctsAreCountedByStatus();
};

void TestPrecinctStatusIndex::statusesAndCountsFollowTheSaves()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(dir.filePath(QStringLiteral("status.db")));
    EntryStore entries(*fixture.store);
    const qint64 a = fixture.precincts.at(0), b = fixture.precincts.at(1), c = fixture.precincts.at(2);

    const Protocol first = entries.save(EntryFixture::consistentProtocol(a), QStringLiteral("Айгерим"));
    entries.verify(first, first.figures, QStringLiteral("Бауыржан"));
    Protocol broken = EntryFixture::consistentProtocol(b);
    broken.figures.set(0, 900); // 1 >= 3 fails: 900 voters, 1 000 ballots issued
    entries.save(broken, QStringLiteral("Айгерим"));
    Protocol official = EntryFixture::consistentProtocol(c);
    official.source = SourceKind::Official;
    official.copy.clear();
    official.figures.set(9, 150);
    official.figures.set(5, 570);
    fixture.store->saveProtocol(official);
    entries.save(EntryFixture::consistentProtocol(c), QStringLiteral("Айгерим"));

    const FormEvaluator evaluator(fixture.store->contest(QStringLiteral("mazhilis")));
    PrecinctStatusIndex index;
    index.build(entries, evaluator, fixture.store->allTerritory());
    QCOMPARE(index.status(a), PrecinctStatus::Verified);
    QCOMPARE(index.status(b), PrecinctStatus::RelationError);
    QCOMPARE(index.status(c), PrecinctStatus::DiffersFromOfficial);

    PrecinctStatusIndex::Counts counts = index.counts(fixture.district);
    QCOMPARE(counts[size_t(PrecinctStatus::Verified)], 1);
    QCOMPARE(counts[size_t(PrecinctStatus::RelationError)], 1);
    QCOMPARE(counts[size_t(PrecinctStatus::DiffersFromOfficial)], 1);
    QCOMPARE(counts[size_t(PrecinctStatus::NotEntered)], 0);
    // The precincts behind each count, under the district and under the country alike; none under a
    // precinct of another status.
    QCOMPARE(index.precincts(fixture.district, PrecinctStatus::RelationError), QList<qint64>{b});
    const qint64 root = fixture.store->territoryChildren(0).constFirst().id;
    QCOMPARE(index.precincts(root, PrecinctStatus::DiffersFromOfficial), QList<qint64>{c});
    QVERIFY(index.precincts(a, PrecinctStatus::DiffersFromOfficial).isEmpty());
    QCOMPARE(index.precincts(a, PrecinctStatus::Verified), QList<qint64>{a});

    index.setStatus(b, PrecinctStatus::Entered);
    counts = index.counts(fixture.district);
    QCOMPARE(counts[size_t(PrecinctStatus::RelationError)], 0);
    QCOMPARE(counts[size_t(PrecinctStatus::Entered)], 1);
    const qint64 country = fixture.store->territoryChildren(0).constFirst().id;
    QCOMPARE(index.counts(country)[size_t(PrecinctStatus::Entered)], 1);
}

void TestPrecinctStatusIndex::aVerifiedProtocolFailingARelationIsCountedAsVerified()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(dir.filePath(QStringLiteral("verified.db")));
    EntryStore entries(*fixture.store);
    const qint64 a = fixture.precincts.at(0), b = fixture.precincts.at(1);
    const Protocol first = entries.save(EntryFixture::consistentProtocol(a), QStringLiteral("Айгерим"));
    entries.verify(first, first.figures, QStringLiteral("Бауыржан"));
    // Confirmed as the paper says it, 4 = 5 + sum(parties) broken (990 against 980).
    const Protocol second = entries.save(EntryFixture::consistentProtocol(b), QStringLiteral("Айгерим"));
    Figures broken = second.figures;
    broken.set(9, 110);
    entries.verify(second, broken, QStringLiteral("Бауыржан"), entries.brokenRelations(second.contestId, broken));
    QCOMPARE(entries.status(second.id), EntryStatus::Verified);

    const FormEvaluator evaluator(fixture.store->contest(QStringLiteral("mazhilis")));
    PrecinctStatusIndex index;
    index.build(entries, evaluator, fixture.store->allTerritory());
    // Marked by what needs attention most, and counted among the verified all the same.
    QCOMPARE(index.status(b), PrecinctStatus::RelationError);
    QCOMPARE(index.verifiedCount(fixture.district), 2);
    const qint64 country = fixture.store->territoryChildren(0).constFirst().id;
    QCOMPARE(index.verifiedCount(country), 2);
    QList<qint64> verified = index.verifiedPrecincts(country);
    std::sort(verified.begin(), verified.end());
    QCOMPARE(verified, (QList<qint64>{a, b}));

    // A figure changed by hand afterwards: entered again, and the count follows the refresh.
    Protocol changed = *entries.find(ProtocolKey::of(second));
    changed.figures.set(9, 120);
    entries.save(changed, QStringLiteral("Айгерим"));
    QCOMPARE(index.refresh(entries, evaluator, b), PrecinctStatus::Entered);
    QCOMPARE(index.verifiedCount(fixture.district), 1);
    QCOMPARE(index.verifiedPrecincts(country), QList<qint64>{a});
}

namespace {

// The differing precincts of a contest by status, as the navigator shows them and as the discrepancy engine
// (with its default options, as `saylau diff` runs it) finds them.
QHash<qint64, PrecinctStatus> differingInIndex(CampaignStore &store, const QString &contestId)
{
    EntryStore entries(store);
    const FormEvaluator evaluator(store.contest(contestId));
    const QList<TerritoryNode> territory = store.allTerritory();
    PrecinctStatusIndex index;
    index.build(entries, evaluator, territory);
    QHash<qint64, PrecinctStatus> differing;
    for (const TerritoryNode &node : territory) {
        const PrecinctStatus status = index.status(node.id);
        if (status == PrecinctStatus::DiffersFromOfficial || status == PrecinctStatus::DiffersOnDoubtfulCopy)
            differing.insert(node.id, status);
    }
    return differing;
}

QHash<qint64, PrecinctStatus> differingInFinder(const ComparisonInput &input)
{
    QHash<qint64, PrecinctStatus> differing;
    const DiscrepancyResult result = DiscrepancyFinder(input).run();
    for (const Discrepancy &d : result.discrepancies()) {
        if (!d.aggregate && d.kind == Discrepancy::Kind::Differs)
            differing.insert(d.territoryId, d.doubtful ? PrecinctStatus::DiffersOnDoubtfulCopy
                                                       : PrecinctStatus::DiffersFromOfficial);
    }
    return differing;
}

} // namespace

void TestPrecinctStatusIndex::onTheDemoExactlyTheDocumentedInflationsDiffer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    DemoCampaign::create(path);
    const std::unique_ptr<CampaignStore> store = CampaignStore::open(path);
    QSet<QString> expected;
    for (const DemoCampaign::Inflation &inflation : DemoCampaign::inflations())
        expected << inflation.contestId + u'/' + inflation.regionCode + u'/' + inflation.precinctCode;
    QVERIFY(!expected.isEmpty());

    QSet<QString> shown;
    for (const QString &contestId : DemoCampaign::contestIds()) {
        const ComparisonInput input = ComparisonInput::load(*store, contestId);
        const QHash<qint64, PrecinctStatus> inIndex = differingInIndex(*store, contestId);
        QCOMPARE(inIndex, differingInFinder(input));
        for (auto it = inIndex.cbegin(); it != inIndex.cend(); ++it) {
            // The demo's copies are sound: its differences are findings, not slips.
            QCOMPARE(it.value(), PrecinctStatus::DiffersFromOfficial);
            const TerritoryNode *region = input.territory().ancestorAt(it.key(), TerritoryNode::Level::Region);
            shown << contestId + u'/' + (region ? region->code : QString()) + u'/'
                         + input.territory().node(it.key())->code;
        }
    }
    QCOMPARE(shown, expected);
}

void TestPrecinctStatusIndex::theNavigatorTakesTheDiscrepancyFindersVerdict()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(dir.filePath(QStringLiteral("verdict.db")));
    EntryStore entries(*fixture.store);
    const qint64 missingLine = fixture.precincts.at(0), twoCopies = fixture.precincts.at(1),
                 wrongPrecinct = fixture.precincts.at(2);
    const auto saveOfficial = [&](qint64 precinct, int slot, qint64 value) {
        Protocol official = EntryFixture::consistentProtocol(precinct);
        official.source = SourceKind::Official;
        official.copy.clear();
        official.figures.set(slot, value);
        fixture.store->saveProtocol(official);
    };

    // The observer could not read the fourth party's line; the official record has it, with another number.
    // A missing line is unknown, not zero: nothing to compare there.
    saveOfficial(missingLine, 9, 150);
    Protocol unread = EntryFixture::consistentProtocol(missingLine);
    unread.figures.set(9, std::nullopt);
    entries.save(unread, QStringLiteral("Айгерим"));

    // Two copies of one precinct that disagree among themselves, one of them equal to the official record:
    // nothing to hold against the official figures until the copies are reconciled.
    saveOfficial(twoCopies, 9, 120);
    entries.save(EntryFixture::consistentProtocol(twoCopies), QStringLiteral("Айгерим"));
    Protocol second = EntryFixture::consistentProtocol(twoCopies);
    second.copy = QStringLiteral("2");
    // 30 votes read under the first party instead of the fourth: the arithmetic holds either way.
    second.figures.set(6, 430);
    second.figures.set(9, 90);
    const Protocol secondSaved = entries.save(second, QStringLiteral("Айгерим"));

    // A copy whose arithmetic holds but whose voters on the list are 300 short of the official 1 500: likely
    // the protocol of another precinct. It differs, but the difference rests on a doubtful copy.
    saveOfficial(wrongPrecinct, 0, 1500);
    Protocol elsewhere = EntryFixture::consistentProtocol(wrongPrecinct);
    elsewhere.figures.set(0, 1200);
    entries.save(elsewhere, QStringLiteral("Айгерим"));

    const FormEvaluator evaluator(fixture.store->contest(QStringLiteral("mazhilis")));
    PrecinctStatusIndex index;
    index.build(entries, evaluator, fixture.store->allTerritory());
    QCOMPARE(index.status(missingLine), PrecinctStatus::Entered);
    QCOMPARE(index.status(twoCopies), PrecinctStatus::Entered);
    QCOMPARE(index.status(wrongPrecinct), PrecinctStatus::DiffersOnDoubtfulCopy);
    const QHash<qint64, PrecinctStatus> inFinder =
        differingInFinder(ComparisonInput::load(*fixture.store, QStringLiteral("mazhilis")));
    QCOMPARE(differingInIndex(*fixture.store, QStringLiteral("mazhilis")), inFinder);
    QCOMPARE(inFinder.keys(), QList<qint64>{wrongPrecinct});

    // A save of one precinct asks the same question again.
    Protocol reconciled = secondSaved;
    reconciled.figures = EntryFixture::consistentProtocol(twoCopies).figures;
    entries.save(reconciled, QStringLiteral("Айгерим"));
    QCOMPARE(index.refresh(entries, evaluator, twoCopies), PrecinctStatus::Entered);
    saveOfficial(twoCopies, 9, 150);
    QCOMPARE(index.refresh(entries, evaluator, twoCopies), PrecinctStatus::DiffersFromOfficial);
    QCOMPARE(index.counts(fixture.district)[size_t(PrecinctStatus::DiffersFromOfficial)], 1);
}

void TestPrecinctStatusIndex::aHundredThousandPrecinctsAreCountedByStatus()
{
    // The size of Russia's 2011 election, each precinct with an observer copy saved by an import (so the
    // relations are evaluated here, the slow path) and an official record to compare with.
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(dir.filePath(QStringLiteral("large.db")));
    const qint64 region = fixture.store->territory(fixture.district)->parentId;
    {
        CampaignStore::Transaction transaction(*fixture.store);
        Protocol protocol = EntryFixture::consistentProtocol(0);
        protocol.copy.clear();
        for (int d = 0; d < 100; ++d) {
            const qint64 district = fixture.store->addTerritory(
                {0, region, TerritoryNode::Level::District, QStringLiteral("L%1").arg(d), {}, {}});
            for (int p = 0; p < 1000; ++p) {
                protocol.territoryId = fixture.store->addTerritory(
                    {0, district, TerritoryNode::Level::Precinct, QString::number(100000 + d * 1000 + p), {}, {}});
                protocol.source = SourceKind::Observer;
                protocol.figures.set(0, p % 97 == 0 ? 900 : 1500);
                fixture.store->saveProtocol(protocol);
                protocol.source = SourceKind::Official;
                protocol.figures.set(0, 1500);
                fixture.store->saveProtocol(protocol);
            }
        }
        transaction.commit();
    }
    EntryStore entries(*fixture.store);
    const FormEvaluator evaluator(fixture.store->contest(QStringLiteral("mazhilis")));
    PrecinctStatusIndex index;
    index.build(entries, evaluator, fixture.store->allTerritory());
    const qint64 country = fixture.store->territoryChildren(0).constFirst().id;
    const PrecinctStatusIndex::Counts counts = index.counts(country);
    // Every 97th observer copy has 900 voters for 1 000 ballots issued: "1 >= 3" fails, and it differs.
    QCOMPARE(counts[size_t(PrecinctStatus::RelationError)], 100 * 11);
    QCOMPARE(counts[size_t(PrecinctStatus::Entered)], 100000 - 100 * 11);
    QCOMPARE(counts[size_t(PrecinctStatus::NotEntered)], 3);
}

QTEST_GUILESS_MAIN(TestPrecinctStatusIndex)
#include "TestPrecinctStatusIndex.moc"
