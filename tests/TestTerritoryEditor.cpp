#include "EntryFixture.h"
#include "TestEngine.h"

#include "domain/SaylauError.h"
#include "entry/EntryStore.h"
#include "storage/CampaignNotifier.h"
#include "storage/TerritoryEditor.h"
#include "storage/TerritorySearch.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::TestEngine;

// Precincts and districts added, renamed, moved and deleted by hand, as a regional office does on election
// night: each change checked, kept in the history with who and when, announced to the views, and never
// taking a protocol with it.
class TestTerritoryEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addsAPrecinctAndRecordsWhoAndWhen();
    void refusesADuplicateNumberAWrongLevelAndAnEmptyNumber();
    void renamesAndMovesWithHistory();
    void refusesToDeleteWhatCarriesProtocols();
    void deletesAnEmptyDistrictWithItsEmptyPrecincts();
    void findsEveryPrecinctWithARepeatedNumber();

private:
    qint64 region() const { return m_fixture.store->territory(m_fixture.district)->parentId; }

    QTemporaryDir m_dir;
    EntryFixture m_fixture;
};

void TestTerritoryEditor::initTestCase()
{
    const QString problem = TestEngine::problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTerritoryEditor::init()
{
    static int file = 0;
    QVERIFY(m_dir.isValid());
    m_fixture = EntryFixture::create(TestEngine::freshLocation(m_dir.path(), QStringLiteral("editor%1.db").arg(++file)));
}

void TestTerritoryEditor::cleanup()
{
    m_fixture.store.reset();
}

void TestTerritoryEditor::addsAPrecinctAndRecordsWhoAndWhen()
{
    QSignalSpy announced(&m_fixture.store->notifier(), &CampaignNotifier::territoryChanged);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    TerritoryEditor editor(*m_fixture.store, QStringLiteral("Айгерим"));
    const TerritoryNode added = editor.add(
        {0, m_fixture.district, TerritoryNode::Level::Precinct, QStringLiteral(" 104 "), {}, QStringLiteral("школа №7")});

    const std::optional<TerritoryNode> stored = m_fixture.store->territory(added.id);
    QVERIFY(stored);
    QCOMPARE(stored->code, QStringLiteral("104"));
    QCOMPARE(stored->address, QStringLiteral("школа №7"));
    QCOMPARE(stored->parentId, m_fixture.district);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.at(0).at(0).toLongLong(), added.id);

    const QList<TerritoryChange> history = editor.history(added.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).action, TerritoryChange::Action::Create);
    QCOMPARE(history.at(0).changedBy, QStringLiteral("Айгерим"));
    QVERIFY(history.at(0).changedAt >= before);
    QVERIFY(!history.at(0).before);
    QCOMPARE(history.at(0).after->code, QStringLiteral("104"));
}

void TestTerritoryEditor::refusesADuplicateNumberAWrongLevelAndAnEmptyNumber()
{
    TerritoryEditor editor(*m_fixture.store, QStringLiteral("Айгерим"));
    const auto refusal = [&](const TerritoryNode &node) {
        try {
            editor.add(node);
        } catch (const SaylauError &error) {
            return error.message();
        }
        return QString();
    };
    QVERIFY(refusal({0, m_fixture.district, TerritoryNode::Level::Precinct, QStringLiteral("101"), {}, {}})
                .contains(QStringLiteral("already has precinct No. 101")));
    QVERIFY(refusal({0, m_fixture.precincts.at(0), TerritoryNode::Level::Precinct, QStringLiteral("9"), {}, {}})
                .contains(QStringLiteral("cannot be placed inside")));
    QVERIFY(refusal({0, m_fixture.district, TerritoryNode::Level::Precinct, QStringLiteral("  "), {}, {}})
                .contains(QStringLiteral("needs its number")));
    QVERIFY(editor.history().isEmpty());
    // The same number in another district is a different precinct, as in every real election.
    const TerritoryNode other = editor.add({0, region(), TerritoryNode::Level::District, {}, QStringLiteral("Район 2"), {}});
    editor.add({0, other.id, TerritoryNode::Level::Precinct, QStringLiteral("101"), {}, {}});
    QCOMPARE(TerritorySearch(*m_fixture.store).precinctsNumbered(QStringLiteral("101")).size(), 2);
}

void TestTerritoryEditor::renamesAndMovesWithHistory()
{
    TerritoryEditor editor(*m_fixture.store, QStringLiteral("Бауыржан"));
    const TerritoryNode other = editor.add({0, region(), TerritoryNode::Level::District, {}, QStringLiteral("Район 2"), {}});
    editor.rename(m_fixture.precincts.at(0), QStringLiteral("111"), {}, QStringLiteral("ул. Абая, 1"));
    QCOMPARE(m_fixture.store->territory(m_fixture.precincts.at(0))->code, QStringLiteral("111"));
    editor.move(m_fixture.precincts.at(0), other.id);
    QCOMPARE(m_fixture.store->territory(m_fixture.precincts.at(0))->parentId, other.id);

    const QList<TerritoryChange> history = editor.history(m_fixture.precincts.at(0));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).action, TerritoryChange::Action::Rename);
    QCOMPARE(history.at(0).before->code, QStringLiteral("101"));
    QCOMPARE(history.at(0).after->code, QStringLiteral("111"));
    QCOMPARE(history.at(1).action, TerritoryChange::Action::Move);
    QCOMPARE(history.at(1).before->parentId, m_fixture.district);
    QCOMPARE(history.at(1).after->parentId, other.id);

    // A move may not clash with a number already in the target district, nor climb above its level.
    editor.add({0, other.id, TerritoryNode::Level::Precinct, QStringLiteral("102"), {}, {}});
    QVERIFY_THROWS_EXCEPTION(SaylauError, editor.move(m_fixture.precincts.at(1), other.id));
    QVERIFY_THROWS_EXCEPTION(SaylauError, editor.move(other.id, m_fixture.district));
    QCOMPARE(m_fixture.store->territory(m_fixture.precincts.at(1))->parentId, m_fixture.district);
}

void TestTerritoryEditor::refusesToDeleteWhatCarriesProtocols()
{
    EntryStore(*m_fixture.store).save(EntryFixture::consistentProtocol(m_fixture.precincts.at(0)), QStringLiteral("А"));
    TerritoryEditor editor(*m_fixture.store, QStringLiteral("Айгерим"));
    for (const qint64 id : {m_fixture.precincts.at(0), m_fixture.district, region()}) {
        try {
            editor.remove(id);
            QFAIL("a node with a protocol below it was deleted");
        } catch (const SaylauError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("1 protocol(s)")), qPrintable(error.message()));
        }
        QVERIFY(m_fixture.store->territory(id));
    }
    QCOMPARE(m_fixture.store->protocolCount(QStringLiteral("mazhilis"), std::nullopt), 1);
    QVERIFY(editor.history().isEmpty());
}

void TestTerritoryEditor::deletesAnEmptyDistrictWithItsEmptyPrecincts()
{
    TerritoryEditor editor(*m_fixture.store, QStringLiteral("Айгерим"));
    QSignalSpy announced(&m_fixture.store->notifier(), &CampaignNotifier::territoryChanged);
    editor.remove(m_fixture.district);
    QVERIFY(!m_fixture.store->territory(m_fixture.district));
    for (const qint64 precinct : std::as_const(m_fixture.precincts))
        QVERIFY(!m_fixture.store->territory(precinct));
    const QList<TerritoryChange> history = editor.history();
    QCOMPARE(history.size(), 4);
    for (const TerritoryChange &change : history) {
        QCOMPARE(change.action, TerritoryChange::Action::Delete);
        QVERIFY(change.before);
        QVERIFY(!change.after);
    }
    QCOMPARE(history.at(0).before->name, QStringLiteral("Район 1"));
    QCOMPARE(announced.size(), 1);
}

void TestTerritoryEditor::findsEveryPrecinctWithARepeatedNumber()
{
    TerritoryEditor editor(*m_fixture.store, QStringLiteral("Айгерим"));
    const TerritoryNode other = editor.add({0, region(), TerritoryNode::Level::District, {}, QStringLiteral("Район 2"), {}});
    const TerritoryNode twin = editor.add({0, other.id, TerritoryNode::Level::Precinct, QStringLiteral("102"), {}, {}});
    const TerritorySearch search(*m_fixture.store);
    const QList<TerritoryNode> found = search.precinctsNumbered(QStringLiteral("102"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).id, m_fixture.precincts.at(1));
    QCOMPARE(found.at(1).id, twin.id);
    const QList<TerritoryNode> lineage = search.lineage(twin.id);
    QCOMPARE(lineage.size(), 4);
    QCOMPARE(lineage.at(0).level, TerritoryNode::Level::Country);
    QCOMPARE(lineage.at(2).name, QStringLiteral("Район 2"));
    QCOMPARE(lineage.at(3).id, twin.id);
}

QTEST_MAIN(TestTerritoryEditor)
#include "TestTerritoryEditor.moc"
