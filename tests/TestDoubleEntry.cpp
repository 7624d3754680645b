#include "EntryFixture.h"
#include "TestEngine.h"

#include "domain/SaylauError.h"
#include "entry/EntryStore.h"
#include "forms/DoubleEntryReconciliation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::TestEngine;

// Double entry, the tally centres' defence against typing errors: a second operator types the protocol blind,
// the two entries are compared slot by slot, each mismatch is resolved on its own, and only then is the
// protocol verified. A figure changed by hand afterwards makes it merely entered again.
class TestDoubleEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theFirstOperatorCannotBeTheSecond();
    void mismatchesAreListedAndResolvedOneByOne();
    void matchingEntriesVerifyAtOnce();
    void aLaterChangeOfAFigureUndoesVerification();
    void figuresBreakingARelationAreVerifiedOnlyWhenConfirmedByName();

private:
    QTemporaryDir m_dir;
    EntryFixture m_fixture;
    std::unique_ptr<EntryStore> m_entries;
    Protocol m_first;
};

void TestDoubleEntry::initTestCase()
{
    const QString problem = TestEngine::problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDoubleEntry::init()
{
    static int file = 0;
    m_fixture = EntryFixture::create(TestEngine::freshLocation(m_dir.path(), QStringLiteral("double%1.db").arg(++file)));
    m_entries = std::make_unique<EntryStore>(*m_fixture.store);
    m_first = m_entries->save(EntryFixture::consistentProtocol(m_fixture.precincts.at(0)), QStringLiteral("Айгерим"));
}

void TestDoubleEntry::cleanup()
{
    m_entries.reset();
    m_fixture.store.reset();
}

void TestDoubleEntry::theFirstOperatorCannotBeTheSecond()
{
    QVERIFY_THROWS_EXCEPTION(SaylauError,
                             m_entries->saveSecondEntry(m_first.id, QStringLiteral("Айгерим"), m_first.figures));
    QVERIFY(m_entries->secondEntries(m_first.id).isEmpty());
}

void TestDoubleEntry::mismatchesAreListedAndResolvedOneByOne()
{
    Figures second = m_first.figures;
    second.set(1, 1700);          // line 2 misread: 1 700 for 1 600
    second.set(7, std::nullopt);  // party 2 skipped
    m_entries->saveSecondEntry(m_first.id, QStringLiteral("Бауыржан"), second);
    const QList<EntryStore::SecondEntry> entries = m_entries->secondEntries(m_first.id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).operatorName, QStringLiteral("Бауыржан"));

    const Contest contest = m_fixture.store->contest(QStringLiteral("mazhilis"));
    DoubleEntryReconciliation reconciliation(contest, m_first.figures, entries.at(0).figures);
    QCOMPARE(reconciliation.mismatches().size(), 2);
    QCOMPARE(reconciliation.mismatches().at(0).slot, 1);
    QCOMPARE(reconciliation.mismatches().at(0).first, std::optional<qint64>(1600));
    QCOMPARE(reconciliation.mismatches().at(0).second, std::optional<qint64>(1700));
    QCOMPARE(reconciliation.mismatches().at(1).slot, 7);
    QCOMPARE(reconciliation.mismatches().at(1).second, std::nullopt);

    reconciliation.resolve(0, 1600);
    QCOMPARE(reconciliation.unresolvedCount(), 1);
    QVERIFY_THROWS_EXCEPTION(SaylauError, reconciliation.result());
    // Both misread the paper: the person at the desk looks at the photo and types a third value.
    reconciliation.resolve(1, 201);
    QVERIFY(reconciliation.isComplete());

    // 201 breaks 4 = 5 + sum(parties) by one, as the paper itself then does: confirmed so, by name.
    const QStringList broken = m_entries->brokenRelations(m_first.contestId, reconciliation.result());
    QCOMPARE(broken, QStringList{QStringLiteral("4 = 5 + sum(parties)")});
    const Protocol verified =
        m_entries->verify(m_first, reconciliation.result(), QStringLiteral("Бауыржан"), broken);
    QCOMPARE(m_entries->status(verified.id), EntryStatus::Verified);
    QCOMPARE(verified.figures.value(1), std::optional<qint64>(1600));
    QCOMPARE(verified.figures.value(7), std::optional<qint64>(201));
    QVERIFY(m_entries->secondEntries(m_first.id).isEmpty());

    const QList<HistoryEntry> history = m_entries->history(verified.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).action, HistoryEntry::Action::Verify);
    QCOMPARE(history.at(1).changes.size(), 1);
    QCOMPARE(history.at(1).changes.at(0).key, QStringLiteral("p2"));
}

void TestDoubleEntry::matchingEntriesVerifyAtOnce()
{
    m_entries->saveSecondEntry(m_first.id, QStringLiteral("Бауыржан"), m_first.figures);
    const Contest contest = m_fixture.store->contest(QStringLiteral("mazhilis"));
    DoubleEntryReconciliation reconciliation(contest, m_first.figures,
                                             m_entries->secondEntries(m_first.id).at(0).figures);
    QVERIFY(reconciliation.isComplete());
    m_entries->verify(m_first, reconciliation.result(), QStringLiteral("Бауыржан"));
    QCOMPARE(m_entries->status(m_first.id), EntryStatus::Verified);
}

void TestDoubleEntry::aLaterChangeOfAFigureUndoesVerification()
{
    Protocol verified = m_entries->verify(m_first, m_first.figures, QStringLiteral("Бауыржан"));
    verified.remarks = QStringLiteral("Фото получено позже");
    verified = m_entries->save(verified, QStringLiteral("Айгерим"));
    QCOMPARE(m_entries->status(verified.id), EntryStatus::Verified);
    verified.figures.set(0, 1501);
    verified = m_entries->save(verified, QStringLiteral("Айгерим"));
    QCOMPARE(m_entries->status(verified.id), EntryStatus::Entered);
}

void TestDoubleEntry::figuresBreakingARelationAreVerifiedOnlyWhenConfirmedByName()
{
    // The second operator read party 2 as 210 and party 4 as 110 where the first read 200 and 120; taking one
    // of each leaves 4 = 5 + sum(parties) broken: 990 against 10 + 400 + 200 + 180 + 110 + 80 = 980.
    Figures reconciled = m_first.figures;
    reconciled.set(9, 110);
    const QStringList broken = m_entries->brokenRelations(m_first.contestId, reconciled);
    QCOMPARE(broken, QStringList{QStringLiteral("4 = 5 + sum(parties)")});

    // Not named: refused, saying which relation, and nothing is written.
    try {
        m_entries->verify(m_first, reconciled, QStringLiteral("Бауыржан"));
        QFAIL("figures breaking a relation were verified without a word");
    } catch (const SaylauError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("4 = 5 + sum(parties) (990 against 980)")),
                 qPrintable(error.message()));
    }
    QCOMPARE(m_entries->status(m_first.id), EntryStatus::Entered);
    QCOMPARE(m_entries->find(ProtocolKey::of(m_first))->revision, m_first.revision);
    QCOMPARE(m_entries->history(m_first.id).size(), 1);

    // Confirmed by name, as the paper may really say it: verified, its error counted.
    const Protocol verified = m_entries->verify(m_first, reconciled, QStringLiteral("Бауыржан"), broken);
    QCOMPARE(m_entries->status(verified.id), EntryStatus::Verified);
    QCOMPARE(m_entries->relationErrors(verified.id), std::optional<int>(1));
    QCOMPARE(verified.figures.value(9), std::optional<qint64>(110));
}

QTEST_GUILESS_MAIN(TestDoubleEntry)
#include "TestDoubleEntry.moc"
