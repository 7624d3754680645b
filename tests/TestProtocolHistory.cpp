#include "EntryFixture.h"
#include "TestEngine.h"

#include "domain/SaveConflict.h"
#include "entry/EntryStore.h"
#include "storage/DraftStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::TestEngine;

// Every save of a typed protocol leaves a trace: who, when, the revision it made, and each changed line or
// source field from what to what. The status stored beside it says whether the form's relations hold.
class TestProtocolHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstSaveRecordsEveryTypedLine();
    void laterSaveRecordsOnlyWhatChanged();
    void savingUnchangedValuesMakesNoRevision();
    void statusCountsFailingRelationsAtSave();
    void staleSaveIsRefusedAndWritesNothing();
    void secondNewEntryOfTheSameProtocolIsAConflict();
    void saveRemovesTheOperatorsDraft();
    void aWriteOutsideEntryMakesTheStoredStatusStale();

private:
    QTemporaryDir m_dir;
    EntryFixture m_fixture;
    std::unique_ptr<EntryStore> m_entries;
};

void TestProtocolHistory::initTestCase()
{
    const QString problem = TestEngine::problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProtocolHistory::init()
{
    static int file = 0;
    m_fixture = EntryFixture::create(TestEngine::freshLocation(m_dir.path(), QStringLiteral("history%1.db").arg(++file)));
    m_entries = std::make_unique<EntryStore>(*m_fixture.store);
}

void TestProtocolHistory::cleanup()
{
    m_entries.reset();
    m_fixture.store.reset();
}

void TestProtocolHistory::firstSaveRecordsEveryTypedLine()
{
    const Protocol saved = m_entries->save(EntryFixture::consistentProtocol(m_fixture.precincts.at(0)),
                                           QStringLiteral("Айгерим"));
    QCOMPARE(saved.revision, 1);
    QCOMPARE(saved.enteredBy, QStringLiteral("Айгерим"));
    QCOMPARE(saved.figures.value(3), std::optional<qint64>(990));

    const QList<HistoryEntry> history = m_entries->history(saved.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).revision, 1);
    QCOMPARE(history.at(0).savedBy, QStringLiteral("Айгерим"));
    QVERIFY(history.at(0).savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QCOMPARE(history.at(0).changes.size(), 11);
    const ProtocolChange first{ProtocolChange::Kind::Figure, QStringLiteral("1"), QString(), QStringLiteral("1500")};
    QCOMPARE(history.at(0).changes.at(0), first);
    QCOMPARE(history.at(0).changes.at(10).key, QStringLiteral("p5"));
}

void TestProtocolHistory::laterSaveRecordsOnlyWhatChanged()
{
    Protocol protocol = m_entries->save(EntryFixture::consistentProtocol(m_fixture.precincts.at(0)),
                                        QStringLiteral("Айгерим"));
    protocol.figures.set(3, 991);
    protocol.figures.set(9, std::nullopt);
    protocol.remarks = QStringLiteral("Наблюдателя удалили до подсчёта");
    const Protocol saved = m_entries->save(protocol, QStringLiteral("Бауыржан"));
    QCOMPARE(saved.revision, 2);

    const QList<HistoryEntry> history = m_entries->history(saved.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).savedBy, QStringLiteral("Бауыржан"));
    QCOMPARE(history.at(1).revision, 2);
    const QList<ProtocolChange> expected = {
        {ProtocolChange::Kind::Figure, QStringLiteral("4"), QStringLiteral("990"), QStringLiteral("991")},
        {ProtocolChange::Kind::Figure, QStringLiteral("p4"), QStringLiteral("120"), QString()},
        {ProtocolChange::Kind::Field, QStringLiteral("remarks"), QString(),
         QStringLiteral("Наблюдателя удалили до подсчёта")},
    };
    QCOMPARE(history.at(1).changes, expected);
}

void TestProtocolHistory::savingUnchangedValuesMakesNoRevision()
{
    const Protocol saved = m_entries->save(EntryFixture::consistentProtocol(m_fixture.precincts.at(0)),
                                           QStringLiteral("Айгерим"));
    // Ctrl+S again with nothing changed: no revision, no empty row in the history, the first saver still named.
    const Protocol again = m_entries->save(saved, QStringLiteral("Бауыржан"));
    QCOMPARE(again.revision, 1);
    QCOMPARE(again.enteredBy, QStringLiteral("Айгерим"));
    QCOMPARE(m_entries->history(saved.id).size(), 1);
}

void TestProtocolHistory::statusCountsFailingRelationsAtSave()
{
    Protocol protocol = m_entries->save(EntryFixture::consistentProtocol(m_fixture.precincts.at(0)),
                                        QStringLiteral("Айгерим"));
    QCOMPARE(m_entries->relationErrors(protocol.id), std::optional<int>(0));
    QCOMPARE(m_entries->status(protocol.id), EntryStatus::Entered);

    // 4 = 5 + sum(parties) now fails (991 against 990); the warning 3 >= 4 still holds.
    protocol.figures.set(3, 991);
    protocol = m_entries->save(protocol, QStringLiteral("Айгерим"));
    QCOMPARE(m_entries->relationErrors(protocol.id), std::optional<int>(1));
}

void TestProtocolHistory::staleSaveIsRefusedAndWritesNothing()
{
    const Protocol first = m_entries->save(EntryFixture::consistentProtocol(m_fixture.precincts.at(0)),
                                           QStringLiteral("Айгерим"));
    Protocol mine = first;
    Protocol theirs = first;
    theirs.figures.set(0, 1501);
    m_entries->save(theirs, QStringLiteral("Бауыржан"));

    mine.figures.set(0, 1499);
    try {
        m_entries->save(mine, QStringLiteral("Айгерим"));
        QFAIL("a save based on revision 1 overwrote revision 2");
    } catch (const SaveConflict &conflict) {
        QCOMPARE(conflict.baseRevision(), 1);
        QCOMPARE(conflict.storedRevision(), 2);
        QCOMPARE(conflict.storedBy(), QStringLiteral("Бауыржан"));
        QVERIFY2(conflict.message().contains(QStringLiteral("Бауыржан")), qPrintable(conflict.message()));
    }
    const Protocol stored = *m_entries->find(ProtocolKey::of(first));
    QCOMPARE(stored.figures.value(0), std::optional<qint64>(1501));
    QCOMPARE(m_entries->history(first.id).size(), 2);
}

void TestProtocolHistory::secondNewEntryOfTheSameProtocolIsAConflict()
{
    const Protocol typed = EntryFixture::consistentProtocol(m_fixture.precincts.at(1));
    m_entries->save(typed, QStringLiteral("Айгерим"));
    QVERIFY_THROWS_EXCEPTION(SaveConflict, m_entries->save(typed, QStringLiteral("Бауыржан")));
}

void TestProtocolHistory::saveRemovesTheOperatorsDraft()
{
    DraftStore drafts(*m_fixture.store);
    const Protocol typed = EntryFixture::consistentProtocol(m_fixture.precincts.at(2));
    drafts.save({typed, QStringLiteral("Айгерим"), {}});
    drafts.save({typed, QStringLiteral("Бауыржан"), {}});
    m_entries->save(typed, QStringLiteral("Айгерим"));
    QVERIFY(!drafts.draft(ProtocolKey::of(typed), QStringLiteral("Айгерим")));
    QVERIFY(drafts.draft(ProtocolKey::of(typed), QStringLiteral("Бауыржан")));
}

void TestProtocolHistory::aWriteOutsideEntryMakesTheStoredStatusStale()
{
    Protocol typed = EntryFixture::consistentProtocol(m_fixture.precincts.at(0));
    typed.figures.set(0, 900); // "1 >= 3" fails
    const Protocol saved = m_entries->save(typed, QStringLiteral("Айгерим"));
    // Confirmed with its broken relation named, as the paper says it.
    m_entries->verify(saved, saved.figures, QStringLiteral("Бауыржан"), {QStringLiteral("1 >= 3")});
    QCOMPARE(m_entries->relationErrors(saved.id), std::optional<int>(1));
    QCOMPARE(m_entries->status(saved.id), EntryStatus::Verified);

    // An import replaces the figures: what the typed save checked and verified no longer describes them.
    m_fixture.store->saveProtocol(EntryFixture::consistentProtocol(m_fixture.precincts.at(0)));
    QCOMPARE(m_entries->relationErrors(saved.id), std::nullopt);
    QCOMPARE(m_entries->status(saved.id), EntryStatus::Entered);
    int visited = 0;
    m_entries->forEachObserverState(QStringLiteral("mazhilis"), [&](const EntryStore::ObserverState &state) {
        ++visited;
        QCOMPARE(state.status, EntryStatus::Entered);
    });
    QCOMPARE(visited, 1);
}

QTEST_GUILESS_MAIN(TestProtocolHistory)
#include "TestProtocolHistory.moc"
