// What each press chart shows, computed in the core: series values, colours, category order, threshold and
// average lines, on a small campaign built in code and on the demo (whose official total is the CEC's).

#include "analysis/Aggregator.h"
#include "analysis/ChartDataBuilder.h"
#include "analysis/PartyColors.h"
#include "domain/Protocol.h"
#include "io/DemoCampaign.h"
#include "storage/CampaignStore.h"

#include "MazhilisFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

using Kind = ChartSpec::Kind;

// country 1 -> North 2 (precincts 4, 5), South 3 (precinct 6)
QList<TerritoryNode> smallTree()
{
    using L = TerritoryNode::Level;
    return {{1, 0, L::Country, u"KZ"_s, u"Kazakhstan"_s, {}}, {2, 1, L::Region, u"n"_s, u"North"_s, {}},
            {3, 1, L::Region, u"s"_s, u"South"_s, {}},        {4, 2, L::Precinct, u"1"_s, {}, {}},
            {5, 2, L::Precinct, u"2"_s, {}, {}},              {6, 3, L::Precinct, u"3"_s, {}, {}}};
}

// voters, cast, invalid and the votes of Nur Otan, Ak Zhol, People's Party, Auyl, Adal (by name).
Protocol protocol(const Contest &contest, qint64 territory, qint64 voters, qint64 cast, qint64 invalid,
                  const QList<qint64> &votes)
{
    Protocol p;
    p.contestId = contest.id;
    p.territoryId = territory;
    p.figures = Figures(contest.slotCount());
    const auto line = [&](Measure m) { return contest.slotOf(contest.form.measures.value(m)); };
    p.figures.set(line(Measure::Voters), voters);
    p.figures.set(line(Measure::Received), voters);
    p.figures.set(line(Measure::Issued), cast);
    p.figures.set(line(Measure::Cast), cast);
    p.figures.set(line(Measure::Invalid), invalid);
    p.figures.set(line(Measure::Unused), voters - cast);
    const QStringList names{u"Нур Отан"_s, u"Ак жол"_s, u"НПК"_s, u"Ауыл"_s, u"Адал"_s};
    for (int i = 0; i < names.size(); ++i)
        p.figures.set(contest.partySlot(contest.findParty(names.at(i))), votes.value(i));
    return p;
}

Aggregator observed(const Contest &contest)
{
    Aggregator aggregator(contest, smallTree());
    // North: 1000 voters, 300 + 200 cast; South: 1000 voters, 500 cast.
    aggregator.add(protocol(contest, 4, 500, 300, 10, {150, 60, 40, 30, 10}));
    aggregator.add(protocol(contest, 5, 500, 200, 0, {100, 50, 30, 10, 10}));
    aggregator.add(protocol(contest, 6, 1000, 500, 20, {200, 150, 60, 50, 20}));
    aggregator.finish();
    return aggregator;
}

ChartSpec smallChart(Kind kind, ChartDataBuilder::Options options = {})
{
    const Contest contest = mazhilisContest();
    Election election;
    election.name = u"Test election"_s;
    election.date = QDate(2021, 1, 10);
    options.kind = kind;
    options.sources = {SourceKind::Observer};
    return ChartDataBuilder::build(election, {observed(contest)}, options);
}

const ChartSpec::Series *series(const ChartSpec &spec, const QString &name)
{
    for (const ChartSpec::Series &s : spec.series)
        if (s.name == name || s.name.startsWith(name + u':'))
            return &s;
    return nullptr;
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void sharesByRegionSortsRegionsByTheChosenParty()
    {
        ChartDataBuilder::Options options;
        options.sortParty = u"Ак жол"_s;
        const ChartSpec spec = smallChart(Kind::SharesByRegion, options);
        QVERIFY(spec.horizontal);
        // Ak Zhol: North 110/500 = 22%, South 150/500 = 30%; ascending, so the highest is drawn on top.
        QCOMPARE(spec.categories, (QStringList{u"North"_s, u"South"_s}));
        const ChartSpec::Series *akZhol = series(spec, u"Ak Zhol"_s);
        QVERIFY(akZhol);
        QCOMPARE(akZhol->values, (QList<double>{22.0, 30.0}));
        QCOMPARE(akZhol->color, u"#e6a817"_s);
        // A colour chosen for a party replaces the ballot's; a malformed one does not.
        options.partyColors = {{u"Ак жол"_s, u"#123456"_s}, {u"Адал"_s, u"purple"_s}};
        const ChartSpec recoloured = smallChart(Kind::SharesByRegion, options);
        QCOMPARE(series(recoloured, u"Ak Zhol"_s)->color, u"#123456"_s);
        QCOMPARE(series(recoloured, u"ADAL"_s)->color, u"#8e44ad"_s);
        // Legend in the order of votes: Nur Otan (450) first.
        QCOMPARE(spec.series.first().name, u"Nur Otan"_s);
        QCOMPARE(spec.series.first().values, (QList<double>{50.0, 40.0}));
        QCOMPARE(spec.markers.size(), 1);
        QCOMPARE(spec.markers.first().value, 7.0);
        QVERIFY(spec.subtitle.contains(u"Test election"_s));
        // Three precincts observed, said in words (the subtitle's date holds digits of its own).
        QVERIFY2(spec.subtitle.endsWith(QCoreApplication::translate("ChartDataBuilder", "%Ln precinct(s) observed", nullptr, 3)),
                 qPrintable(spec.subtitle));
    }

    void sharesByRegionFindsTheLeaderByVotesNotPosition()
    {
        const ChartSpec spec = smallChart(Kind::SharesByRegion);
        // Sorted by Nur Otan, the leader, though it is second on the ballot: North 50%, South 40%.
        QCOMPARE(spec.categories, (QStringList{u"South"_s, u"North"_s}));
    }

    void turnoutByRegionMarksTheRangeAndTheAverage()
    {
        const ChartSpec spec = smallChart(Kind::TurnoutByRegion);
        // North 500/1000 = 50%, South 500/1000 = 50%; overall 1000/2000.
        QCOMPARE(spec.series.size(), 1);
        QCOMPARE(spec.series.first().values, (QList<double>{50.0, 50.0}));
        QCOMPARE(spec.markers.size(), 1);
        QCOMPARE(spec.markers.first().value, 50.0);
        // What the observers cover, then the range of turnout by region.
        QCOMPARE(spec.notes.size(), 2);
        QVERIFY(spec.notes.at(1).contains(u"North"_s));
    }

    void sharesIncludeSpoiledOnRequest()
    {
        const ChartSpec spec = smallChart(Kind::Shares);
        QCOMPARE(spec.categories.size(), 1);
        // Nur Otan 450 of 1000 cast; spoiled 30 of 1000.
        QCOMPARE(series(spec, u"Nur Otan"_s)->values, (QList<double>{45.0}));
        QCOMPARE(spec.series.last().values, (QList<double>{3.0}));
        ChartDataBuilder::Options valid;
        valid.shareBase = SummaryReport::ShareBase::Valid;
        valid.showSpoiled = false;
        const ChartSpec ofValid = smallChart(Kind::Shares, valid);
        // 450 of 970 valid votes = 46.4%.
        QCOMPARE(series(ofValid, u"Nur Otan"_s)->values, (QList<double>{46.4}));
        QCOMPARE(ofValid.series.size(), 5);
    }

    void histogramCountsPrecinctsPerBin()
    {
        const ChartSpec spec = smallChart(Kind::TurnoutHistogram);
        // Turnouts 60%, 40%, 50%: bins 40-45, 45-50, 50-55, 55-60, 60-65.
        QCOMPARE(spec.categories.size(), 5);
        QCOMPARE(spec.series.first().values, (QList<double>{1, 0, 1, 0, 1}));
        QVERIFY(!spec.percentValues);
    }

    void histogramBinsTurnoutsUnrounded()
    {
        // 1299 of 2362 is 54.996%, 611 of 1111 54.995% (two 2011 precincts): shown as 55.00% at two decimals,
        // but below 55, so in 50-55; 100% and more, in the last bin.
        const Contest contest = mazhilisContest();
        Aggregator aggregator(contest, smallTree());
        aggregator.add(protocol(contest, 4, 2362, 1299, 10, {600}));
        aggregator.add(protocol(contest, 5, 1111, 611, 0, {300}));
        aggregator.add(protocol(contest, 6, 1000, 1000, 0, {500}));
        aggregator.finish();
        Election election;
        ChartDataBuilder::Options options;
        options.kind = Kind::TurnoutHistogram;
        options.sources = {SourceKind::Observer};
        const ChartSpec spec = ChartDataBuilder::build(election, {aggregator}, options);
        QCOMPARE(spec.categories.constFirst(), u"50–55"_s);
        QCOMPARE(spec.categories.constLast(), u"95–100"_s);
        QCOMPARE(spec.series.first().values.constFirst(), 2.0);
        QCOMPARE(spec.series.first().values.constLast(), 1.0);
        // The note names the form's turnout measure (the Mazhilis form: ballots cast).
        QVERIFY2(spec.notes.constLast().startsWith(u"Turnout: ballots cast (spoiled included) of voters on the list"_s),
                 qPrintable(spec.notes.constLast()));
    }

    void labelsShareTheChartsPrecision()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        ChartDataBuilder::Options options;
        options.precision = 1;
        const ChartSpec spec = smallChart(Kind::Shares, options);
        QLocale::setDefault(before);
        // Nur Otan 45% exactly, Ak Zhol 26.0%: the trailing zero stays, in the locale's decimal comma; the
        // parties by their Russian names, as the Russian session shows them.
        const ChartSpec::Series *nurOtan = series(spec, u"Нур Отан"_s);
        QCOMPARE(nurOtan->labels, (QStringList{u"45,0%"_s}));
        QCOMPARE(series(spec, u"Ак жол"_s)->labels, (QStringList{u"26,0%"_s}));
        for (const ChartSpec::Series &s : spec.series)
            QCOMPARE(s.labels.size(), s.values.size());
        options.precision = 2;
        QCOMPARE(series(smallChart(Kind::Shares, options), u"Nur Otan"_s)->labels, (QStringList{u"45.00%"_s}));
        // Counts have no decimals whatever the precision.
        QCOMPARE(smallChart(Kind::TurnoutHistogram, options).series.first().labels,
                 (QStringList{u"1"_s, u"0"_s, u"1"_s, u"0"_s, u"1"_s}));
    }

    void nearPartyColoursAreToldApart()
    {
        // Ak Zhol given a blue next to Nur Otan's #1f5fbf: the leader keeps its own, Ak Zhol takes another.
        Contest contest = mazhilisContest();
        contest.ballot[contest.findParty(u"Ак жол"_s)].color = u"#2a5caa"_s;
        ChartDataBuilder::Options options;
        options.sources = {SourceKind::Observer};
        for (Kind kind : {Kind::Shares, Kind::SharesByRegion}) {
            options.kind = kind;
            const ChartSpec spec = ChartDataBuilder::build(Election(), {observed(contest)}, options);
            QCOMPARE(series(spec, u"Nur Otan"_s)->color, u"#1f5fbf"_s);
            const QString akZhol = series(spec, u"Ak Zhol"_s)->color;
            QVERIFY(PartyColors::contrastPalette().contains(akZhol));
            QVERIFY(PartyColors::distance(akZhol, u"#1f5fbf"_s) >= PartyColors::minimumDistance);
            QCOMPARE(series(spec, u"PPK"_s)->color, u"#d62728"_s);
        }
    }

    void percentAxesStopAtAHundred()
    {
        const Contest contest = mazhilisContest();
        // North: 98% turnout, 95% of it for Nur Otan; South: 50%.
        Aggregator high(contest, smallTree());
        high.add(protocol(contest, 4, 500, 490, 0, {466, 6, 6, 6, 6}));
        high.add(protocol(contest, 6, 1000, 500, 20, {200, 150, 60, 50, 20}));
        high.finish();
        Election election;
        ChartDataBuilder::Options options;
        options.sources = {SourceKind::Observer};
        for (Kind kind : {Kind::TurnoutByRegion, Kind::SharesByRegion}) {
            options.kind = kind;
            const ChartSpec spec = ChartDataBuilder::build(election, {high}, options);
            QCOMPARE(spec.valueMax, 100.0);
        }
        // Far from 100, the axis keeps its room above the largest bar: 50% turnout ends at 60%.
        options.kind = Kind::TurnoutByRegion;
        QCOMPARE(ChartDataBuilder::build(election, {observed(contest)}, options).valueMax, 60.0);
    }

    void demoShowsTheSeedsContrast()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.db"_s);
        DemoCampaign::create(path);
        const auto store = CampaignStore::open(path);
        ChartDataBuilder::Options options;
        options.kind = Kind::Shares;
        options.sources = {SourceKind::Observer, SourceKind::Official};
        options.shareBase = SummaryReport::ShareBase::Valid;
        options.precision = 2;
        const ChartSpec shares = ChartDataBuilder::build(*store, u"mazhilis"_s, options);
        QVERIFY(!shares.syntheticLabel.isEmpty());
        QVERIFY(shares.subtitle.contains(u"192"_s));
        // The CEC's shares of valid votes, exactly as published.
        QCOMPARE(series(shares, u"Nur Otan"_s)->values.at(1), 71.09);
        QCOMPARE(series(shares, u"Ak Zhol"_s)->values.at(1), 10.95);
        QCOMPARE(series(shares, u"PPK"_s)->values.at(1), 9.10);
        QCOMPARE(series(shares, u"Auyl"_s)->values.at(1), 5.29);
        QCOMPARE(series(shares, u"ADAL"_s)->values.at(1), 3.57);
        // Seats in the notes: 76 / 12 / 10 officially.
        QVERIFY2(shares.notes.last().contains(u"Nur Otan 76, Ak Zhol 12, PPK 10."_s), qPrintable(shares.notes.last()));

        options.kind = Kind::TurnoutByRegion;
        const ChartSpec turnout = ChartDataBuilder::build(*store, u"mazhilis"_s, options);
        QCOMPARE(turnout.markers.size(), 2);
        QCOMPARE(qRound(turnout.markers.at(0).value), 32);
        QCOMPARE(turnout.markers.at(1).value, 63.25);
        QCOMPARE(turnout.categories.size(), 8);
        for (double v : turnout.series.first().values)
            QVERIFY(v >= 15.0 && v <= 36.0);

        // A slide holds the extremes: of the 8 regions, the 2 lowest and the 2 highest shares of Nur Otan.
        ChartDataBuilder::Options byRegion;
        byRegion.kind = Kind::SharesByRegion;
        byRegion.maxRegions = 4;
        const ChartSpec extremes = ChartDataBuilder::build(*store, u"mazhilis"_s, byRegion);
        // Between the two groups a "…" category with nothing drawn, so that they do not read as neighbours.
        QCOMPARE(extremes.categories.size(), 5);
        QCOMPARE(extremes.breakCategory, 2);
        QCOMPARE(extremes.categories.at(2), u"…"_s);
        const ChartSpec::Series &leaderSeries = *series(extremes, u"Nur Otan"_s);
        const QList<double> &leader = leaderSeries.values;
        QVERIFY(leader.at(0) <= leader.at(1) && leader.at(1) <= leader.at(3) && leader.at(3) <= leader.at(4));
        QCOMPARE(leader.at(2), 0.0);
        QVERIFY(leaderSeries.labels.at(2).isEmpty());
        QVERIFY(!leaderSeries.labels.at(3).isEmpty());
        // Turnout by region: the extremes stay marked on either side of the break.
        byRegion.kind = Kind::TurnoutByRegion;
        const ChartSpec turnoutExtremes = ChartDataBuilder::build(*store, u"mazhilis"_s, byRegion);
        QCOMPARE(turnoutExtremes.breakCategory, 2);
        QCOMPARE(turnoutExtremes.series.first().highlighted, (QList<int>{0, 4}));
        byRegion.kind = Kind::SharesByRegion;
        // One article in the sentence, whatever the regions are sorted by (it read "the highest the share of").
        QCOMPARE(extremes.notes.first(),
                 u"Shown: the 2 regions with the lowest and the 2 with the highest share of Nur Otan, of 8."_s);
        QCOMPARE(turnoutExtremes.notes.first(),
                 u"Shown: the 2 regions with the lowest and the 2 with the highest turnout, of 8."_s);
        // By region one source is drawn, the first: the source line names that one only.
        byRegion.sources = {SourceKind::Observer, SourceKind::Official};
        const QString sourceLine = ChartDataBuilder::build(*store, u"mazhilis"_s, byRegion).sourceLine;
        QVERIFY2(sourceLine.contains(u"observers"_s) && !sourceLine.contains(u"official"_s), qPrintable(sourceLine));

        options.kind = Kind::TurnoutHistogram;
        const ChartSpec histogram = ChartDataBuilder::build(*store, u"mazhilis"_s, options);
        double precincts = 0;
        for (double v : histogram.series.first().values)
            precincts += v;
        QCOMPARE(precincts, 192.0);
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "TestChartData.moc"
