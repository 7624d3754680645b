// The demo campaign against the seed press release's tables: after rounding to whole percent its aggregates
// must be the published ones, its observer protocols clean, and its official figures must differ from them
// exactly where DemoCampaign says they do.

#include "analysis/Aggregator.h"
#include "analysis/SummaryReport.h"
#include "domain/Election.h"
#include "domain/SaylauError.h"
#include "forms/FormEvaluator.h"
#include "io/DemoCampaign.h"
#include "storage/CampaignStore.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

struct Share
{
    QString party; // short name on the kz-2021 ballot
    int percent;
};

QString protocolKey(const Protocol &p)
{
    return p.contestId + u'/' + QString::number(p.territoryId) + u'/' + sourceKindName(p.source);
}

} // namespace

Q_DECLARE_METATYPE(QList<Share>)

class TestDemoCampaign : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CampaignStore> m_store;
    QHash<qint64, TerritoryNode> m_nodes;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoCampaign::create(m_dir.filePath(u"demo.db"_s));
        m_store = CampaignStore::open(m_dir.filePath(u"demo.db"_s));
        for (const TerritoryNode &node : m_store->allTerritory())
            m_nodes.insert(node.id, node);
    }

    void isLabelledSyntheticWithThreeContests()
    {
        QVERIFY(m_store->election().synthetic);
        // The seed's copies came from wherever observers could go: the demo says they are no random sample.
        QVERIFY(m_store->election().notes.contains(QStringLiteral("not a random sample")));
        QCOMPARE(m_store->election().date, QDate(2021, 1, 10));
        QStringList ids;
        for (const Contest &c : m_store->contests())
            ids.append(c.id);
        ids.sort();
        QCOMPARE(ids, (QStringList{u"city-maslikhat"_s, u"mazhilis"_s, u"oblast-maslikhat"_s}));
        for (const Contest &c : m_store->contests())
            QCOMPARE(c.form.id, u"kz-2021"_s);
    }

    void precinctsHaveNumbersAndAddresses()
    {
        int precincts = 0;
        QSet<QString> codes;
        for (const TerritoryNode &node : std::as_const(m_nodes)) {
            if (node.level != TerritoryNode::Level::Precinct)
                continue;
            ++precincts;
            QVERIFY(!node.code.isEmpty());
            QVERIFY(!node.address.isEmpty());
            codes.insert(node.code);
            const TerritoryNode &district = m_nodes.value(node.parentId);
            QCOMPARE(district.level, TerritoryNode::Level::District);
            QCOMPARE(m_nodes.value(district.parentId).level, TerritoryNode::Level::Region);
        }
        QCOMPARE(precincts, 192 + 99 + 79);
        QCOMPARE(codes.size(), precincts);
    }

    void reproducesTheSeedTables_data()
    {
        QTest::addColumn<QString>("contest");
        QTest::addColumn<int>("precincts");
        QTest::addColumn<qint64>("voters");
        QTest::addColumn<int>("turnout");
        QTest::addColumn<int>("unused");
        QTest::addColumn<QList<Share>>("shares");
        QTest::addColumn<int>("spoiled");
        // The press release, section III (shares of all ballots cast, spoiled included).
        QTest::newRow("mazhilis") << u"mazhilis"_s << 192 << qint64(433325) << 32 << 68
                                  << QList<Share>{{u"Нур Отан"_s, 50}, {u"Ауыл"_s, 10}, {u"Ак жол"_s, 18},
                                                  {u"Адал"_s, 12}, {u"НПК"_s, 8}}
                                  << 3;
        QTest::newRow("city") << u"city-maslikhat"_s << 99 << qint64(225070) << 23 << 77
                              << QList<Share>{{u"Нур Отан"_s, 44}, {u"Ауыл"_s, 14}, {u"Ак жол"_s, 21},
                                              {u"Адал"_s, 14}, {u"НПК"_s, 3}}
                              << 4;
        QTest::newRow("oblast") << u"oblast-maslikhat"_s << 79 << qint64(167228) << 38 << 64
                                << QList<Share>{{u"Нур Отан"_s, 58}, {u"Ауыл"_s, 9}, {u"Ак жол"_s, 16},
                                                {u"Адал"_s, 10}, {u"НПК"_s, 3}}
                                << 3;
    }

    void reproducesTheSeedTables()
    {
        QFETCH(QString, contest);
        QFETCH(int, precincts);
        QFETCH(qint64, voters);
        QFETCH(int, turnout);
        QFETCH(int, unused);
        QFETCH(QList<Share>, shares);
        QFETCH(int, spoiled);

        const SummaryReport report = SummaryReport::fromStore(*m_store, contest, {});
        const SummaryReport::Cell &cell = report.total().cells.at(0);
        QCOMPARE(cell.totals.precincts, precincts);
        QCOMPARE(cell.totals.protocols, precincts);
        QCOMPARE(cell.totals.measure(Measure::Voters), voters);
        QCOMPARE(cell.turnout.roundedUnits(0), turnout);
        QCOMPARE(cell.unused.roundedUnits(0), unused);
        QCOMPARE(cell.invalid.roundedUnits(0), spoiled);
        for (const Share &share : shares) {
            int index = -1;
            for (int i = 0; i < report.contest().ballot.size(); ++i)
                if (report.contest().ballot.at(i).shortName == share.party)
                    index = i;
            QVERIFY2(index >= 0, qPrintable(share.party));
            QCOMPARE(cell.parties.at(index).roundedUnits(0), share.percent);
        }
        // The seed's oblast table shows 38% voted and 64% unused: the report says that it adds up to 102%.
        const bool addsUp = turnout + unused == 100;
        QCOMPARE(report.warnings().join(u'\n').contains(u"102%"_s), !addsUp);
    }

    void regionalTurnoutWithinTheSeedRange_data()
    {
        QTest::addColumn<QString>("contest");
        QTest::newRow("mazhilis") << u"mazhilis"_s;
        QTest::newRow("city") << u"city-maslikhat"_s;
    }

    void regionalTurnoutWithinTheSeedRange()
    {
        // "явка избирателей была по разным регионам от 15% до 36%". (Not for the oblast maslikhat, whose 38%
        // overall cannot come from regions that all stay at 36% or below.)
        QFETCH(QString, contest);
        const Aggregator aggregator = Aggregator::fromStore(*m_store, contest, SourceKind::Observer);
        int regions = 0;
        for (const TerritoryNode &node : aggregator.tree()) {
            const Totals &totals = aggregator.totals(node.id);
            if (node.level != TerritoryNode::Level::Region || totals.isEmpty())
                continue;
            ++regions;
            const double turnout = Percentage(*totals.measure(Measure::Cast), *totals.measure(Measure::Voters)).value();
            QVERIFY2(turnout >= 15.0 && turnout <= 36.0, qPrintable(node.code + u' ' + QString::number(turnout)));
        }
        QVERIFY(regions >= 3);
    }

    void everyProtocolSatisfiesItsRelations()
    {
        int checked = 0;
        for (const Contest &contest : m_store->contests()) {
            const FormEvaluator evaluator(contest);
            m_store->forEachProtocol(contest.id, std::nullopt, [&](const Protocol &p) {
                // A published national total gives only the lines the CEC published: what it cannot check
                // is not checked, but nothing it gives may break a relation.
                const bool published = m_nodes.value(p.territoryId).level != TerritoryNode::Level::Precinct;
                checked += published ? 0 : 1;
                const QList<FormEvaluator::Outcome> outcomes = evaluator.evaluateAll(p.figures);
                for (int i = 0; i < outcomes.size(); ++i)
                    if (outcomes.at(i).status != FormEvaluator::Outcome::Status::Holds
                        && !(published && outcomes.at(i).status == FormEvaluator::Outcome::Status::NotChecked))
                        QFAIL(qPrintable(u"%1 at %2 (%3): %4"_s.arg(contest.id, m_nodes.value(p.territoryId).code,
                                                                   sourceKindName(p.source),
                                                                   evaluator.relations().at(i).relation.formula)));
            });
        }
        QCOMPARE(checked, 2 * (192 + 99 + 79));
    }

    void officialFiguresDifferExactlyWhereDocumented()
    {
        // Line by line on the kz-2021 form: 3 ballots issued, 4 voters who took part, 6 unused ballots, and
        // the leader's votes; nothing else.
        QSet<QString> expected;
        for (const DemoCampaign::Inflation &inflation : DemoCampaign::inflations()) {
            const Contest contest = m_store->contest(inflation.contestId);
            int leader = -1;
            for (int i = 0; i < contest.ballot.size(); ++i)
                if (contest.ballot.at(i).shortName == DemoCampaign::leaderShortName())
                    leader = i;
            const QString at = inflation.contestId + u'/' + inflation.precinctCode + u'/';
            const QString plus = u"+"_s + QString::number(inflation.ballots);
            expected << at + u"3 "_s + plus << at + u"4 "_s + plus
                     << at + u"6 -"_s + QString::number(inflation.ballots)
                     << at + contest.slotKey(contest.partySlot(leader)) + u' ' + plus;
        }
        QCOMPARE(DemoCampaign::inflations().size(), 7);
        QCOMPARE(expected.size(), 4 * 7);

        QSet<QString> found;
        for (const Contest &contest : m_store->contests()) {
            QHash<qint64, Figures> observed;
            m_store->forEachProtocol(contest.id, SourceKind::Observer,
                                     [&](const Protocol &p) { observed.insert(p.territoryId, p.figures); });
            int official = 0;
            m_store->forEachProtocol(contest.id, SourceKind::Official, [&](const Protocol &p) {
                // The CEC's national result is a published total, not a precinct's copy (see below).
                if (m_nodes.value(p.territoryId).level != TerritoryNode::Level::Precinct)
                    return;
                ++official;
                QVERIFY(observed.contains(p.territoryId));
                const Figures &o = observed.value(p.territoryId);
                for (int slot = 0; slot < contest.slotCount(); ++slot) {
                    const qint64 delta = p.figures.valueOr(slot, 0) - o.valueOr(slot, 0);
                    if (delta != 0)
                        found << contest.id + u'/' + m_nodes.value(p.territoryId).code + u'/'
                                     + contest.slotKey(slot) + (delta > 0 ? u" +"_s : u" "_s) + QString::number(delta);
                }
            });
            QCOMPARE(official, observed.size());
        }
        QCOMPARE(found, expected);
    }

    void officialMazhilisTotalIsTheCecsNationalResult()
    {
        // The only official result the CEC published for 2021 is national: it is the official total of the
        // Mazhilis, in place of the sum of the synthetic official precincts.
        const Aggregator official = Aggregator::fromStore(*m_store, u"mazhilis"_s, SourceKind::Official);
        const Totals &total = official.grandTotal();
        QVERIFY(total.published);
        QCOMPARE(total.measure(Measure::Voters), 11919241);
        QCOMPARE(total.measure(Measure::Cast), 7539280);
        const Contest contest = m_store->contest(u"mazhilis"_s);
        QCOMPARE(total.slot(contest.partySlot(contest.findParty(u"Нур Отан"_s))), 5148074);
        QCOMPARE(total.slot(contest.partySlot(contest.findParty(u"Адал"_s))), 258618);
        QCOMPARE(total.measure(Measure::Valid), 5148074 + 792828 + 659019 + 383023 + 258618);
        // The other contests have no published total.
        QVERIFY(!Aggregator::fromStore(*m_store, u"city-maslikhat"_s, SourceKind::Official).grandTotal().published);
    }

    void isTheSameFileEveryTime()
    {
        const QString second = m_dir.filePath(u"again.db"_s);
        DemoCampaign::create(second);
        const auto again = CampaignStore::open(second);
        QCOMPARE(again->allTerritory().size(), m_store->allTerritory().size());
        for (const Contest &contest : m_store->contests()) {
            QHash<QString, Figures> first;
            m_store->forEachProtocol(contest.id, std::nullopt,
                                     [&](const Protocol &p) { first.insert(protocolKey(p), p.figures); });
            int compared = 0;
            again->forEachProtocol(contest.id, std::nullopt, [&](const Protocol &p) {
                ++compared;
                QCOMPARE(p.figures, first.value(protocolKey(p)));
            });
            QCOMPARE(compared, first.size());
        }
        const auto territory = again->allTerritory();
        const auto original = m_store->allTerritory();
        for (int i = 0; i < territory.size(); ++i)
            QCOMPARE(territory.at(i).address, original.at(i).address);
    }

    void refusesAnExistingFile()
    {
        QVERIFY_THROWS_EXCEPTION(SaylauError, DemoCampaign::create(m_dir.filePath(u"demo.db"_s)));
    }
};

QTEST_GUILESS_MAIN(TestDemoCampaign)
#include "TestDemoCampaign.moc"
