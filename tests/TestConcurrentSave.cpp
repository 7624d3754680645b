#include "EntryFixture.h"
#include "PostgresTestServer.h"

#include "domain/SaveConflict.h"
#include "entry/EntrySession.h"
#include "entry/EntryStore.h"
#include "storage/CampaignNotifier.h"

#include <QSignalSpy>

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::PostgresTestServer;

// Two copies of the program on one campaign, each with its own connection: on a file (a shared folder in a
// regional office) and on a server (a headquarters), every test on both. The second of two saves based on the
// same revision is refused with a conflict naming who saved first, the first save stays as it was, and a save
// based on the re-read protocol goes through. On a server, each program hears the other's saves.
class TestConcurrentSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staleSaveFromAnotherConnectionIsRefused_data() { PostgresTestServer::addEngines(); }
    void staleSaveFromAnotherConnectionIsRefused();
    void simultaneousFirstEntriesDoNotOverwriteEachOther_data() { PostgresTestServer::addEngines(); }
    void simultaneousFirstEntriesDoNotOverwriteEachOther();
    void keepingMyValuesTakesTheLinesOnlyTheOtherChanged_data() { PostgresTestServer::addEngines(); }
    void keepingMyValuesTakesTheLinesOnlyTheOtherChanged();
    void otherOperatorsSavesReachThisProgram();

private:
    QTemporaryDir m_dir;
};

void TestConcurrentSave::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString problem = PostgresTestServer::problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestConcurrentSave::staleSaveFromAnotherConnectionIsRefused()
{
    QFETCH(QString, engine);
    const QString path = PostgresTestServer::freshLocation(engine, m_dir.path(), QStringLiteral("stale"));
    EntryFixture fixture = EntryFixture::create(path);
    EntryStore(*fixture.store).save(EntryFixture::consistentProtocol(fixture.precincts.at(0)), QStringLiteral("setup"));
    fixture.store.reset();

    auto office = CampaignStore::open(path);
    auto laptop = CampaignStore::open(path);
    EntryStore officeEntries(*office);
    EntryStore laptopEntries(*laptop);
    const ProtocolKey key = ProtocolKey::of(EntryFixture::consistentProtocol(fixture.precincts.at(0)));

    Protocol atOffice = *officeEntries.find(key);
    Protocol onLaptop = *laptopEntries.find(key);
    QCOMPARE(atOffice.revision, onLaptop.revision);

    atOffice.figures.set(4, 11);
    officeEntries.save(atOffice, QStringLiteral("Айгерим"));

    onLaptop.figures.set(4, 12);
    try {
        laptopEntries.save(onLaptop, QStringLiteral("Бауыржан"));
        QFAIL("the laptop's stale save overwrote the office's");
    } catch (const SaveConflict &conflict) {
        QCOMPARE(conflict.storedBy(), QStringLiteral("Айгерим"));
        QCOMPARE(conflict.storedRevision(), 2);
    }
    QCOMPARE(officeEntries.find(key)->figures.value(4), std::optional<qint64>(11));

    // Re-read, decide, save again: now based on the office's revision.
    Protocol reread = *laptopEntries.find(key);
    reread.figures.set(4, 12);
    const Protocol saved = laptopEntries.save(reread, QStringLiteral("Бауыржан"));
    QCOMPARE(saved.revision, 3);
    QCOMPARE(officeEntries.history(saved.id).size(), 3);
}

void TestConcurrentSave::simultaneousFirstEntriesDoNotOverwriteEachOther()
{
    QFETCH(QString, engine);
    const QString path = PostgresTestServer::freshLocation(engine, m_dir.path(), QStringLiteral("first"));
    EntryFixture fixture = EntryFixture::create(path);
    auto other = CampaignStore::open(path);
    EntryStore one(*fixture.store);
    EntryStore two(*other);

    Protocol first = EntryFixture::consistentProtocol(fixture.precincts.at(1));
    Protocol second = first;
    second.figures.set(0, 1400);
    one.save(first, QStringLiteral("Айгерим"));
    QVERIFY_THROWS_EXCEPTION(SaveConflict, two.save(second, QStringLiteral("Бауыржан")));
    QCOMPARE(two.find(ProtocolKey::of(first))->figures.value(0), std::optional<qint64>(1500));
}

void TestConcurrentSave::keepingMyValuesTakesTheLinesOnlyTheOtherChanged()
{
    QFETCH(QString, engine);
    const QString path = PostgresTestServer::freshLocation(engine, m_dir.path(), QStringLiteral("merge"));
    EntryFixture fixture = EntryFixture::create(path);
    const Protocol setup =
        EntryStore(*fixture.store).save(EntryFixture::consistentProtocol(fixture.precincts.at(2)), QStringLiteral("setup"));
    const Contest contest = fixture.store->contest(QStringLiteral("mazhilis"));
    fixture.store.reset();
    auto deskA = CampaignStore::open(path);
    auto deskB = CampaignStore::open(path);
    EntrySession aigerim(*deskA, QStringLiteral("Айгерим"));
    EntrySession bolat(*deskB, QStringLiteral("Болат"));
    const ProtocolKey key = ProtocolKey::of(setup);
    aigerim.open(contest, key);
    bolat.open(contest, key);

    // She corrects parties 1 and 2 (slots 6, 7); he corrects parties 3 and 4 (slots 8, 9) and saves first.
    aigerim.setFigure(6, 405);
    aigerim.setFigure(7, 195);
    bolat.setFigure(8, 185);
    bolat.setFigure(9, 115);
    QCOMPARE(bolat.save().revision, 2);
    QVERIFY_THROWS_EXCEPTION(SaveConflict, aigerim.save());

    // No line changed by both: nothing to dispute, and his lines are named as kept.
    const ProtocolMerge merge = aigerim.mergeWithStored();
    QVERIFY(merge.disputes().isEmpty());
    QCOMPARE(merge.takenFromStored(), (QStringList{contest.slotShortLabel(8), contest.slotShortLabel(9)}));
    aigerim.takeMerge(merge, ProtocolMerge::OnDisputed::KeepMine);
    const Protocol merged = aigerim.save();
    QCOMPARE(merged.revision, 3);
    QCOMPARE(merged.figures.value(6), std::optional<qint64>(405));
    QCOMPARE(merged.figures.value(7), std::optional<qint64>(195));
    QCOMPARE(merged.figures.value(8), std::optional<qint64>(185));
    QCOMPARE(merged.figures.value(9), std::optional<qint64>(115));
    // Her history row names her lines only: his stay his.
    const QList<HistoryEntry> history = EntryStore(*deskB).history(merged.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(2).savedBy, QStringLiteral("Айгерим"));
    QCOMPARE(history.at(2).changes.size(), 2);
    QCOMPARE(history.at(2).changes.at(0).key, QStringLiteral("p1"));
    QCOMPARE(history.at(2).changes.at(1).key, QStringLiteral("p2"));

    // Both change party 1, differently: the one real dispute, named as the form names the party, with the
    // stored value and hers. She takes the stored one; her remark, which nobody else touched, stays.
    bolat.open(contest, key);
    bolat.setFigure(6, 410);
    QCOMPARE(bolat.save().revision, 4);
    aigerim.setFigure(6, 407);
    Protocol fields = aigerim.current();
    fields.remarks = QStringLiteral("сверено с фото");
    aigerim.setSourceFields(fields);
    QVERIFY_THROWS_EXCEPTION(SaveConflict, aigerim.save());
    const ProtocolMerge dispute = aigerim.mergeWithStored();
    QCOMPARE(dispute.disputes().size(), 1);
    QCOMPARE(dispute.disputes().at(0).name, contest.slotShortLabel(6));
    QCOMPARE(dispute.disputes().at(0).change.before, QStringLiteral("410"));
    QCOMPARE(dispute.disputes().at(0).change.after, QStringLiteral("407"));
    aigerim.takeMerge(dispute, ProtocolMerge::OnDisputed::TakeStored);
    const Protocol settled = aigerim.save();
    QCOMPARE(settled.revision, 5);
    QCOMPARE(settled.figures.value(6), std::optional<qint64>(410));
    QCOMPARE(settled.remarks, QStringLiteral("сверено с фото"));
}

void TestConcurrentSave::otherOperatorsSavesReachThisProgram()
{
    const QString url = PostgresTestServer::freshLocation(QStringLiteral("postgresql"), m_dir.path(), QStringLiteral("heard"));
    EntryFixture fixture = EntryFixture::create(url);
    auto other = CampaignStore::open(url);
    QSignalSpy heardHere(&fixture.store->notifier(), &CampaignNotifier::protocolsChanged);
    QSignalSpy heardThere(&other->notifier(), &CampaignNotifier::protocolsChanged);
    QSignalSpy territoryHere(&fixture.store->notifier(), &CampaignNotifier::territoryChanged);
    QSignalSpy territoryThere(&other->notifier(), &CampaignNotifier::territoryChanged);

    const Protocol saved = EntryStore(*fixture.store).save(EntryFixture::consistentProtocol(fixture.precincts.at(2)),
                                                           QStringLiteral("Айгерим"));
    fixture.store->notifier().announceProtocolSaved(saved.contestId, saved.territoryId);
    QCOMPARE(heardHere.size(), 1);
    // Counted, not waited for: a notification that came in before a wait() would make it fail.
    QTRY_COMPARE_WITH_TIMEOUT(heardThere.size(), 1, 10000);
    QCOMPARE(heardThere.constFirst().at(0).toString(), QStringLiteral("mazhilis"));
    QCOMPARE(heardThere.constFirst().at(1).toLongLong(), fixture.precincts.at(2));
    // The other program reads the save it heard of.
    QCOMPARE(EntryStore(*other).find(ProtocolKey::of(saved))->revision, saved.revision);

    // And the other way round.
    other->notifier().announceTerritoryChanged(fixture.district);
    QCOMPARE(territoryThere.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(territoryHere.size(), 1, 10000);
    QCOMPARE(territoryHere.constFirst().at(0).toLongLong(), fixture.district);
    // Each announcement is emitted once in each program: the server's echo of our own is left out.
    QTest::qWait(200);
    QCOMPARE(heardHere.size(), 1);
    QCOMPARE(heardThere.size(), 1);
    QCOMPARE(territoryHere.size(), 1);
    QCOMPARE(territoryThere.size(), 1);
}

QTEST_GUILESS_MAIN(TestConcurrentSave)
#include "TestConcurrentSave.moc"
