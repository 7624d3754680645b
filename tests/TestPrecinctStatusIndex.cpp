#include "EntryFixture.h"

#include "analysis/PrecinctStatusIndex.h"
#include "forms/FormEvaluator.h"
#include "storage/EntryStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// The navigator's statuses: a precinct is not entered, entered, verified, differs from the official figures,
// or fails a control relation (worst first when it has several copies), and every node counts its precincts
// of each status.
class TestPrecinctStatusIndex : public QObject
{
    Q_OBJECT

private slots:
    void statusesAndCountsFollowTheSaves();
    void aHundredThousandPrecinctsAreIndexedInAboutASecond();
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

    index.setStatus(b, PrecinctStatus::Entered);
    counts = index.counts(fixture.district);
    QCOMPARE(counts[size_t(PrecinctStatus::RelationError)], 0);
    QCOMPARE(counts[size_t(PrecinctStatus::Entered)], 1);
    const qint64 country = fixture.store->territoryChildren(0).constFirst().id;
    QCOMPARE(index.counts(country)[size_t(PrecinctStatus::Entered)], 1);
}

void TestPrecinctStatusIndex::aHundredThousandPrecinctsAreIndexedInAboutASecond()
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
    QElapsedTimer timer;
    timer.start();
    PrecinctStatusIndex index;
    index.build(entries, evaluator, fixture.store->allTerritory());
    const qint64 elapsed = timer.elapsed();
    qInfo("status index of 100,000 precincts built in %lld ms", elapsed);
    const qint64 country = fixture.store->territoryChildren(0).constFirst().id;
    const PrecinctStatusIndex::Counts counts = index.counts(country);
    // Every 97th observer copy has 900 voters for 1 000 ballots issued: "1 >= 3" fails, and it differs.
    QCOMPARE(counts[size_t(PrecinctStatus::RelationError)], 100 * 11);
    QCOMPARE(counts[size_t(PrecinctStatus::Entered)], 100000 - 100 * 11);
    QCOMPARE(counts[size_t(PrecinctStatus::NotEntered)], 3);
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestPrecinctStatusIndex)
#include "TestPrecinctStatusIndex.moc"
