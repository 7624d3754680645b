// The summary report's arithmetic on a small campaign built in code: sums over the tree, missing lines that
// are not zeros, one copy per precinct, published aggregates, both share bases, the threshold rule, exact
// half-up rounding, and the warnings when the rounded figures do not add up.

#include "analysis/Aggregator.h"
#include "analysis/NumberFormat.h"
#include "analysis/OverviewFigures.h"
#include "analysis/SummaryReport.h"
#include "analysis/SummaryReportWriter.h"
#include "domain/Protocol.h"
#include "domain/SaylauError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

#include <limits>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

// A form shaped like the Kazakh one: 1 voters, 2 received, 3 issued, 4 cast, 5 invalid, 6 unused.
Contest testContest()
{
    const QByteArray json = R"json({
        "id": "test", "name": "Test form",
        "lines": [{"key": "1", "label": "voters"}, {"key": "2", "label": "received"},
                  {"key": "3", "label": "issued"}, {"key": "4", "label": "cast"},
                  {"key": "5", "label": "invalid"}, {"key": "6", "label": "unused"}],
        "relations": [{"formula": "2 = 3 + 6"}, {"formula": "4 = 5 + sum(parties)"}],
        "measures": {"voters": "1", "received": "2", "issued": "3", "cast": "4", "invalid": "5",
                     "valid": "4 - 5", "unused": "6"},
        "turnout": "cast", "threshold": {"percent": 7, "of": "cast"}
    })json";
    Contest contest;
    contest.id = u"test"_s;
    contest.name = u"Test contest"_s;
    contest.form = ProtocolForm::fromJson(QJsonDocument::fromJson(json).object());
    contest.ballot = {{1, u"Alpha"_s, u"A"_s, u"#ff0000"_s}, {2, u"Beta"_s, u"B"_s, u"#00ff00"_s},
                      {3, u"Gamma"_s, u"G"_s, u"#0000ff"_s}};
    return contest;
}

// country 1 -> regions 2, 3 -> precincts 4, 5 (in 2) and 6 (in 3)
QList<TerritoryNode> testTree()
{
    using L = TerritoryNode::Level;
    return {{1, 0, L::Country, u"T"_s, u"Testland"_s, {}}, {2, 1, L::Region, u"north"_s, u"North"_s, {}},
            {3, 1, L::Region, u"south"_s, u"South"_s, {}},   {4, 2, L::Precinct, u"101"_s, {}, {}},
            {5, 2, L::Precinct, u"102"_s, {}, {}},           {6, 3, L::Precinct, u"201"_s, {}, {}}};
}

// Values per slot (lines 1..6, then parties A, B, G); -1 leaves the slot missing.
Protocol protocol(qint64 territory, const QList<qint64> &values, SourceKind source = SourceKind::Observer,
                  const QString &copy = {})
{
    Protocol p;
    p.contestId = u"test"_s;
    p.territoryId = territory;
    p.source = source;
    p.copy = copy;
    p.figures = Figures(int(values.size()));
    for (int slot = 0; slot < values.size(); ++slot)
        p.figures.set(slot, values.at(slot) < 0 ? std::nullopt : std::optional<qint64>(values.at(slot)));
    return p;
}

Aggregator aggregate(const QList<Protocol> &protocols, const QList<TerritoryNode> &tree = testTree())
{
    Aggregator aggregator(testContest(), tree);
    for (const Protocol &p : protocols)
        aggregator.add(p);
    aggregator.finish();
    return aggregator;
}

SummaryReport report(const QList<Protocol> &protocols, SummaryReport::Options options = {},
                     const QList<TerritoryNode> &tree = testTree())
{
    Election election;
    election.name = u"Test election"_s;
    return SummaryReport::build(election, {aggregate(protocols, tree)}, options);
}

// As the 2011 Duma's: TIKs of one name in two regions, each with a precinct 101. Country 1 -> regions 2
// («Северная», shown as "North" in English), 3 -> TIKs 4 in 2, 5 in 3, both «1 Центральная» -> precincts 6
// (101) in 4, 7 (101) in 5.
QList<TerritoryNode> namesakeTree()
{
    using L = TerritoryNode::Level;
    TerritoryNode north{2, 1, L::Region, {}, u"Северная"_s, {}};
    north.nameTranslations.setTranslation(u"en"_s, u"North"_s);
    return {{1, 0, L::Country, u"T"_s, u"Testland"_s, {}},      north,
            {3, 1, L::Region, {}, u"Южная"_s, {}},              {4, 2, L::District, {}, u"1 Центральная"_s, {}},
            {5, 3, L::District, {}, u"1 Центральная"_s, {}},   {6, 4, L::Precinct, u"101"_s, {}, {}},
            {7, 5, L::Precinct, u"101"_s, {}, {}}};
}

// voters 1000, received 1000, cast = issued = 400, invalid 8, A 200, B 140, G 52, unused 600: 40% voted,
// 60% unused, shares 50 + 35 + 13 + 2 spoiled = 100.
const QList<qint64> cleanPrecinct{1000, 1000, 400, 400, 8, 600, 200, 140, 52};

} // namespace

class TestSummaryReport : public QObject
{
    Q_OBJECT

private slots:
    void aggregationSumsEveryNodeOfTheTree()
    {
        const Aggregator a = aggregate({protocol(4, cleanPrecinct), protocol(5, cleanPrecinct),
                                        protocol(6, {500, 500, 100, 100, 5, 400, 50, 30, 15})});
        QCOMPARE(a.totals(2).measure(Measure::Voters), 2000);
        QCOMPARE(a.totals(2).precincts, 2);
        QCOMPARE(a.totals(3).measure(Measure::Cast), 100);
        QCOMPARE(a.totals(1).measure(Measure::Voters), 2500);
        QCOMPARE(a.totals(1).measure(Measure::Valid), 392 + 392 + 95);
        QCOMPARE(a.totals(1).slot(6), 450);
        QCOMPARE(a.totals(1).slot(8), 52 + 52 + 15);
        QCOMPARE(a.grandTotal().precincts, 3);
        QCOMPARE(a.grandTotal().protocols, 3);
        QVERIFY(!a.grandTotal().published);
    }

    void sumsAreExactAtTheCountBoundAndRefuseToWrapBeyondIt()
    {
        // Every cell at the bound: the sums and the report's figures are exact.
        const qint64 max = Figures::maxCount;
        const QList<qint64> full(9, max);
        const Aggregator a = aggregate({protocol(4, full), protocol(5, full), protocol(6, full)});
        QCOMPARE(a.grandTotal().measure(Measure::Voters), 3 * max);
        QCOMPARE(a.grandTotal().slot(6), 3 * max);
        QCOMPARE(a.grandTotal().measure(Measure::Valid), 0);
        const SummaryReport r = report({protocol(4, full), protocol(5, full), protocol(6, full)});
        const QString text = SummaryReportWriter(r, QLocale::c()).text();
        QVERIFY2(text.contains(u"Voters           3,000,000,000"_s), qPrintable(text));
        QVERIFY2(!text.contains(u'-') && !text.contains(u'\u2212'), qPrintable(text));

        // Stored counts far beyond the bound (an old or hand-edited campaign) used to wrap round into
        // "Voters -446,744,073,709,551,616"; the sum now refuses with a message.
        QList<qint64> huge = cleanPrecinct;
        huge[0] = std::numeric_limits<qint64>::max() / 2;
        try {
            aggregate({protocol(4, huge), protocol(5, huge), protocol(6, huge)});
            QFAIL("a sum past 2^63 was accepted");
        } catch (const SaylauError &error) {
            QVERIFY2(error.message().contains(u"1000000000"_s), qPrintable(error.message()));
        }
    }

    void missingLineIsNotZero()
    {
        QList<qint64> noGamma = cleanPrecinct;
        noGamma[8] = -1;
        QList<qint64> noCast = cleanPrecinct;
        noCast[3] = -1;
        const Aggregator a = aggregate({protocol(4, cleanPrecinct), protocol(5, noGamma), protocol(6, noCast)});
        const Totals &total = a.grandTotal();
        QCOMPARE(total.slot(8), 104);
        QCOMPARE(total.slotCoverage(8), 2);
        QCOMPARE(total.measure(Measure::Cast), 800);
        QCOMPARE(total.measureCoverage(Measure::Cast), 2);
        // valid = 4 - 5 cannot be read where line 4 is missing
        QCOMPARE(total.measureCoverage(Measure::Valid), 2);

        QList<qint64> empty(9, -1);
        const Aggregator none = aggregate({protocol(4, empty)});
        QCOMPARE(none.grandTotal().protocols, 1);
        QCOMPARE(none.grandTotal().measure(Measure::Voters), std::nullopt);

        const SummaryReport r = report({protocol(4, cleanPrecinct), protocol(6, noCast)});
        // The measure by its description, never by its internal key.
        QVERIFY(r.warnings().join(u'\n').contains(u"\"ballots cast (spoiled included)\""_s));
        QVERIFY(!r.warnings().join(u'\n').contains(u"\"cast\""_s));
    }

    void aPercentageTakesOnlyTheProtocolsThatGiveBothItsFigures()
    {
        // The tester's Kazakh file: one precinct of ten gives no unused ballots but its ballots received.
        // 1,200 unused of the 2,000 ballots the other two received is 60%, not 1,200 of all 3,000 (40%).
        QList<qint64> noUnused = cleanPrecinct;
        noUnused[5] = -1;
        QList<qint64> noGamma = cleanPrecinct;
        noGamma[8] = -1;
        noGamma[3] = 348; // cast without Gamma's 52: the others' shares keep their own whole
        const QList<Protocol> protocols{protocol(4, cleanPrecinct), protocol(5, noUnused), protocol(6, noGamma)};
        SummaryReport::Options options;
        options.by = TerritoryNode::Level::Region;
        const SummaryReport r = report(protocols, options);
        const SummaryReport::Cell &total = r.total().cells.at(0);
        QCOMPARE(total.totals.measure(Measure::Unused), 1200);
        QCOMPARE(total.unused.part(), 1200);
        QCOMPARE(total.unused.whole(), 2000);
        QCOMPARE(total.turnout.whole(), 3000);
        // Gamma over the two protocols that give it: 104 of 800 cast; Alpha over all three.
        QCOMPARE(total.parties.at(2).part(), 104);
        QCOMPARE(total.parties.at(2).whole(), 800);
        QCOMPARE(total.parties.at(0).whole(), 1148);
        // The same in a region's row, summed from its precincts (North: 4 and 5).
        const SummaryReport::Cell &north = r.rows().at(0).cells.at(0);
        QCOMPARE(north.unused.part(), 600);
        QCOMPARE(north.unused.whole(), 1000);
        const QString warnings = r.warnings().join(u'\n');
        QVERIFY2(warnings.contains(u"1 of 3 protocol(s) give no \"unused ballots\""_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"1 of 3 protocol(s) give no \"G\""_s), qPrintable(warnings));

        // The overview of the main window shares the rule.
        const QList<OverviewFigures::Line> lines = OverviewFigures::lines(testContest(), aggregate(protocols).grandTotal());
        QCOMPARE(lines.last().share.whole(), 800);

        // A precinct saved again takes its gaps out of the sums above it, as a new read would sum them.
        Aggregator a = aggregate(protocols);
        QVERIFY(a.replacePrecinct(5, {protocol(5, cleanPrecinct).figures}));
        const Totals::Paired unused = a.grandTotal().paired(Measure::Unused, Measure::Received);
        QCOMPARE(unused.part, 1800);
        QCOMPARE(unused.whole, 3000);
        QCOMPARE(unused.protocols, 3);
        QVERIFY(a.replacePrecinct(4, {protocol(4, noUnused).figures}));
        QCOMPARE(a.totals(2).paired(Measure::Unused, Measure::Received).whole, 1000);
        QCOMPARE(a.grandTotal().paired(Measure::Unused, Measure::Received).whole, 2000);
    }

    void furtherCopiesOfAPrecinctAreNotAddedTwice()
    {
        QList<qint64> other = cleanPrecinct;
        other[0] = 999;
        const Aggregator a = aggregate({protocol(4, cleanPrecinct, SourceKind::Observer, u"a"_s),
                                        protocol(4, other, SourceKind::Observer, u"b"_s)});
        QCOMPARE(a.grandTotal().measure(Measure::Voters), 1000);
        QCOMPARE(a.grandTotal().precincts, 1);
        QCOMPARE(a.skippedCopies(), 1);
    }

    void publishedTotalOfANodeTakesPrecedence()
    {
        const Aggregator a = aggregate({protocol(2, {5000, 5000, 3000, 3000, 50, 2000, 2000, 800, 150},
                                                 SourceKind::Official),
                                        protocol(4, cleanPrecinct, SourceKind::Official),
                                        protocol(6, cleanPrecinct, SourceKind::Official)});
        QVERIFY(a.totals(2).published);
        QCOMPARE(a.totals(2).measure(Measure::Voters), 5000);
        QCOMPARE(a.grandTotal().measure(Measure::Voters), 6000);
        QCOMPARE(a.grandTotal().precincts, 1);
    }

    void percentagesRoundHalfUpExactly()
    {
        QCOMPARE(Percentage(1, 8).roundedUnits(0), 13);  // 12.5
        QCOMPARE(Percentage(1, 8).roundedUnits(1), 125);
        QCOMPARE(Percentage(1, 8).roundedUnits(2), 1250);
        QCOMPARE(Percentage(1, 200).roundedUnits(0), 1); // 0.5
        QCOMPARE(Percentage(1, 201).roundedUnits(0), 0); // 0.4975...
        QCOMPARE(Percentage(-1, 8).roundedUnits(0), -13);
        // 32.5% exactly, where floating point would risk 32.4999...
        QCOMPARE(Percentage(65, 200).roundedUnits(0), 33);
        QCOMPARE(Percentage(138664, 433325).rounded(2), 32.0);
        QVERIFY(!Percentage(5, 0).isDefined());
    }

    void numbersFollowTheLocale()
    {
        const QChar nbsp(0x00A0);
        QCOMPARE(NumberFormat(QLocale(QLocale::Russian), 0).count(433325), u"433"_s + nbsp + u"325"_s);
        QCOMPARE(NumberFormat(QLocale(QLocale::English), 0).count(433325), u"433,325"_s);
        QCOMPARE(NumberFormat(QLocale::c(), 0).count(433325), u"433,325"_s);
        QCOMPARE(NumberFormat::machine(0).count(433325), u"433325"_s);
        QCOMPARE(NumberFormat(QLocale(QLocale::English), 0).percent(Percentage(32, 100)), u"32%"_s);
        QCOMPARE(NumberFormat(QLocale(QLocale::Russian), 1).percentNumber(Percentage(1, 8)), u"12,5"_s);
        QCOMPARE(NumberFormat::machine(1).percentNumber(Percentage(1, 8)), u"12.5"_s);
        QCOMPARE(NumberFormat(QLocale(QLocale::English), 0).percent(Percentage()), NumberFormat::undefined());
    }

    void sharesOfCastOrOfValidVotes()
    {
        const SummaryReport cast = report({protocol(4, cleanPrecinct)});
        QCOMPARE(cast.total().cells.at(0).parties.at(0).part(), 200);
        QCOMPARE(cast.total().cells.at(0).parties.at(0).whole(), 400);
        QCOMPARE(cast.total().cells.at(0).invalid.whole(), 400);

        SummaryReport::Options options;
        options.shareBase = SummaryReport::ShareBase::Valid;
        const SummaryReport valid = report({protocol(4, cleanPrecinct)}, options);
        QCOMPARE(valid.total().cells.at(0).parties.at(0).whole(), 392);
        // spoiled ballots stay a share of all ballots cast
        QCOMPARE(valid.total().cells.at(0).invalid.whole(), 400);
        QCOMPARE(valid.shareBaseMeasure(), Measure::Valid);
    }

    // The note names the base of each share: with valid votes as the parties' base, spoiled ballots stay a
    // share of the ballots cast, and the note said "of valid votes" for both.
    void theNoteNamesTheBaseOfPartiesAndOfSpoiledBallotsApart()
    {
        const QStringList cast = SummaryReportWriter(report({protocol(4, cleanPrecinct)})).notes();
        QVERIFY2(cast.contains(u"Shares of parties and spoiled ballots: of ballots cast (spoiled included). Voted: of "
                               "voters on the list. Unused ballots: of ballots received."_s),
                 qPrintable(cast.join(u'\n')));

        SummaryReport::Options options;
        options.shareBase = SummaryReport::ShareBase::Valid;
        const QStringList valid = SummaryReportWriter(report({protocol(4, cleanPrecinct)}, options)).notes();
        QVERIFY2(valid.contains(u"Shares of parties: of valid votes. Spoiled ballots: of ballots cast (spoiled "
                                "included). Voted: of voters on the list. Unused ballots: of ballots received."_s),
                 qPrintable(valid.join(u'\n')));
        for (const QString &line : valid)
            QVERIFY2(!line.contains(u"spoiled ballots: of valid"_s, Qt::CaseInsensitive), qPrintable(line));
    }

    void theOverviewTakesTheReportsDefaultBase()
    {
        // The main window's overview and the report print the same share for the same sum: the press
        // release's base (ballots cast), named under the overview's table.
        const QList<Protocol> protocols{protocol(4, cleanPrecinct)};
        const SummaryReport byDefault = report(protocols);
        QCOMPARE(byDefault.shareBaseMeasure(), Measure::Cast);
        const QList<OverviewFigures::Line> lines = OverviewFigures::lines(testContest(), aggregate(protocols).grandTotal());
        const int firstParty = int(lines.size()) - 3;
        for (int p = 0; p < 3; ++p) {
            const Percentage &reported = byDefault.total().cells.at(0).parties.at(p);
            QCOMPARE(lines.at(firstParty + p).share.part(), reported.part());
            QCOMPARE(lines.at(firstParty + p).share.whole(), reported.whole());
        }
        QCOMPARE(lines.at(firstParty).share.whole(), 400);
        QVERIFY(OverviewFigures::shareBases().contains(byDefault.shareBaseDescription()));
    }

    void thresholdFollowsTheFormWhateverTheDenominator()
    {
        // Gamma: 28 of 400 cast = 7.0% (over), and with 30 spoiled 28 of 370 valid = 7.6%. Beta: 27 of 400 =
        // 6.75% of cast (under) but 7.3% of valid: still under, by the form's rule.
        const QList<qint64> values{1000, 1000, 400, 400, 30, 600, 315, 27, 28};
        for (auto base : {SummaryReport::ShareBase::Cast, SummaryReport::ShareBase::Valid}) {
            SummaryReport::Options options;
            options.shareBase = base;
            const SummaryReport r = report({protocol(4, values)}, options);
            QCOMPARE(r.total().cells.at(0).overThreshold, (QList<int>{0, 2}));
        }
    }

    void warnsWhenTurnoutAndUnusedDoNotMakeAHundred()
    {
        // The seed's oblast table: 38% voted and 64% unused, because more ballots came than voters.
        const QList<qint64> values{1000, 1056, 380, 380, 10, 676, 300, 50, 20};
        const SummaryReport r = report({protocol(4, values)});
        QCOMPARE(r.total().cells.at(0).turnout.roundedUnits(0), 38);
        QCOMPARE(r.total().cells.at(0).unused.roundedUnits(0), 64);
        const QString warnings = r.warnings().join(u'\n');
        QVERIFY2(warnings.contains(u"102%"_s), qPrintable(warnings));
        QVERIFY(warnings.contains(u"1,056"_s) || warnings.contains(u"1056"_s) || warnings.contains(u"1 056"_s)
                || warnings.contains(u"1\u00a0056"_s));

        const SummaryReport clean = report({protocol(4, cleanPrecinct)});
        QVERIFY2(clean.warnings().isEmpty(), qPrintable(clean.warnings().join(u'\n')));
    }

    void warnsWhenRoundedSharesDoNotMakeAHundred()
    {
        // 1/3 each: 33% + 33% + 33% + 0% spoiled = 99%.
        const QList<qint64> values{1000, 1000, 300, 300, 0, 700, 100, 100, 100};
        const SummaryReport r = report({protocol(4, values)});
        QVERIFY2(r.warnings().join(u'\n').contains(u"99%"_s), qPrintable(r.warnings().join(u'\n')));
        SummaryReport::Options precise;
        precise.precision = 1;
        const SummaryReport p = report({protocol(4, values)}, precise);
        QVERIFY(p.warnings().join(u'\n').contains(u"99.9%"_s));
    }

    void rowsPerRegionAndMachineFormats()
    {
        SummaryReport::Options options;
        options.by = TerritoryNode::Level::Region;
        const SummaryReport r = report({protocol(4, cleanPrecinct), protocol(5, cleanPrecinct)}, options);
        QCOMPARE(r.rows().size(), 1); // South has no protocol
        QCOMPARE(r.rows().at(0).node.code, u"north"_s);

        const SummaryReportWriter writer(r, QLocale(QLocale::English));
        const QList<QByteArray> lines = writer.csv().split('\n');
        QVERIFY(lines.at(0).startsWith("contest,source,level,region,tik,code,name,stored_name,precincts,protocols,voters,received,"));
        QVERIFY(lines.at(1).startsWith("test,observer,total,,,,,,2,2,2000,2000,800,800,16,784,1200,,40,60,2,,400,50,"));
        QVERIFY(lines.at(2).startsWith("test,observer,region,,,north,North,North,2,2,"));

        const QJsonObject json = writer.json();
        QCOMPARE(json.value(u"format"_s).toString(), u"saylau-summary-report"_s);
        QCOMPARE(json.value(u"share_base"_s).toString(), u"cast"_s);
        const QJsonObject total = json.value(u"rows"_s).toArray().at(0).toObject();
        QCOMPARE(total.value(u"counts"_s).toObject().value(u"voters"_s).toInteger(), 2000);
        QCOMPARE(total.value(u"percent"_s).toObject().value(u"p1"_s).toDouble(), 50.0);
        QCOMPARE(total.value(u"over_threshold"_s).toArray().size(), 3);

        const QString text = writer.text();
        QVERIFY(text.contains(u"2,000"_s));
        QVERIFY(text.contains(u"North"_s));
    }

    // A precinct or TIK row names the region and TIK it lies in, so that "UIK 101" of one TIK can be told
    // from another's: as columns of the text table, as columns of CSV and keys of JSON (names as stored).
    void rowsNameTheirRegionAndTik()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::English));
        SummaryReport::Options options;
        options.by = TerritoryNode::Level::Precinct;
        const SummaryReport precincts = report({protocol(6, cleanPrecinct), protocol(7, cleanPrecinct)}, options,
                                               namesakeTree());
        QCOMPARE(precincts.rows().size(), 2);
        QCOMPARE(precincts.rows().at(0).region.id, 2);
        QCOMPARE(precincts.rows().at(0).district.id, 4);
        QCOMPARE(precincts.rows().at(1).region.id, 3);
        QCOMPARE(precincts.rows().at(1).district.id, 5);

        const SummaryReportWriter writer(precincts, QLocale(QLocale::English));
        const QList<QByteArray> lines = writer.csv().split('\n');
        QVERIFY2(lines.at(0).startsWith("contest,source,level,region,tik,code,name,stored_name,precincts,protocols,"),
                 lines.at(0).constData());
        QVERIFY(lines.at(1).startsWith("test,observer,total,,,,,,2,2,"));
        QVERIFY2(lines.at(2).startsWith("test,observer,precinct,Северная,1 Центральная,101,,,1,1,1000,"),
                 lines.at(2).constData());
        QVERIFY2(lines.at(3).startsWith("test,observer,precinct,Южная,1 Центральная,101,,,1,1,1000,"),
                 lines.at(3).constData());

        const QJsonArray rows = writer.json().value(u"rows"_s).toArray();
        QCOMPARE(rows.at(0).toObject().value(u"region"_s).toString(), QString());
        QCOMPARE(rows.at(1).toObject().value(u"region"_s).toString(), u"Северная"_s);
        QCOMPARE(rows.at(1).toObject().value(u"tik"_s).toString(), u"1 Центральная"_s);
        QCOMPARE(rows.at(2).toObject().value(u"region"_s).toString(), u"Южная"_s);
        QCOMPARE(rows.at(2).toObject().value(u"code"_s).toString(), u"101"_s);

        // The text table: region and TIK in columns before the precinct, left-aligned, shown in the language.
        QCOMPARE(writer.rowsLabelColumns(), 3);
        const QStringList text = writer.text().split(u'\n');
        const auto lineOf = [&text](const QString &start) {
            for (const QString &line : text)
                if (line.startsWith(start))
                    return line.simplified();
            return QString();
        };
        QVERIFY2(lineOf(u"Region "_s).startsWith(u"Region TIK Territory Precincts"_s), qPrintable(writer.text()));
        QVERIFY2(lineOf(u"North "_s).startsWith(u"North 1 Центральная UIK 101 1 1,000"_s), qPrintable(writer.text()));
        QVERIFY2(lineOf(u"Южная "_s).startsWith(u"Южная 1 Центральная UIK 101 1 1,000"_s), qPrintable(writer.text()));

        // TIK rows name their region; regions and the total name nothing above them.
        options.by = TerritoryNode::Level::District;
        const SummaryReport districts = report({protocol(6, cleanPrecinct), protocol(7, cleanPrecinct)}, options,
                                               namesakeTree());
        const QList<QByteArray> tiks = SummaryReportWriter(districts).csv().split('\n');
        QVERIFY2(tiks.at(2).startsWith("test,observer,district,Северная,,,1 Центральная,1 Центральная,1,1,"),
                 tiks.at(2).constData());
        QVERIFY2(tiks.at(3).startsWith("test,observer,district,Южная,,,1 Центральная,1 Центральная,1,1,"),
                 tiks.at(3).constData());
        QCOMPARE(SummaryReportWriter(districts).rowsLabelColumns(), 2);
        options.by = TerritoryNode::Level::Region;
        const SummaryReport regions = report({protocol(6, cleanPrecinct)}, options, namesakeTree());
        QVERIFY(SummaryReportWriter(regions).csv().split('\n').at(2).startsWith(
            "test,observer,region,,,,North,Северная,1,1,"));
        QCOMPARE(SummaryReportWriter(regions).rowsLabelColumns(), 1);
    }

    // The shown names follow the language; the stored ones (and the region and TIK columns, which are for
    // joining) are the same in every language, as are the keys of the election and the contest.
    void machineFormatsGiveStoredNamesInEveryLanguage()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        SummaryReport::Options options;
        options.by = TerritoryNode::Level::Region;
        QMap<QString, QJsonObject> json;
        QMap<QString, QList<QByteArray>> csv;
        for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::Russian)}) {
            QLocale::setDefault(locale);
            Election election;
            election.name = u"Выборы"_s;
            election.nameTranslations.setTranslation(u"en"_s, u"Elections"_s);
            Contest contest = testContest();
            contest.nameTranslations.setTranslation(u"en"_s, u"Test contest (en)"_s);
            Aggregator aggregator(contest, namesakeTree());
            aggregator.add(protocol(6, cleanPrecinct));
            aggregator.finish();
            const SummaryReport r = SummaryReport::build(election, {aggregator}, options);
            const SummaryReportWriter writer(r, locale);
            json.insert(locale.name(), writer.json());
            csv.insert(locale.name(), writer.csv().split('\n'));
        }
        const QJsonObject en = json.value(QLocale(QLocale::English).name());
        const QJsonObject ru = json.value(QLocale(QLocale::Russian).name());
        const auto row = [](const QJsonObject &o) { return o.value(u"rows"_s).toArray().at(1).toObject(); };
        QCOMPARE(row(en).value(u"name"_s).toString(), u"North"_s);
        QCOMPARE(row(ru).value(u"name"_s).toString(), u"Северная"_s);
        QCOMPARE(row(en).value(u"stored_name"_s).toString(), u"Северная"_s);
        QCOMPARE(row(ru).value(u"stored_name"_s).toString(), u"Северная"_s);
        for (const QString &object : {u"election"_s, u"contest"_s}) {
            QVERIFY(en.value(object).toObject().value(u"name"_s) != ru.value(object).toObject().value(u"name"_s));
            QCOMPARE(en.value(object).toObject().value(u"stored_name"_s), ru.value(object).toObject().value(u"stored_name"_s));
        }
        QCOMPARE(en.value(u"election"_s).toObject().value(u"stored_name"_s).toString(), u"Выборы"_s);
        QCOMPARE(en.value(u"contest"_s).toObject().value(u"stored_name"_s).toString(), u"Test contest"_s);
        const QList<QByteArray> enCsv = csv.value(QLocale(QLocale::English).name());
        const QList<QByteArray> ruCsv = csv.value(QLocale(QLocale::Russian).name());
        QCOMPARE(enCsv.at(0), ruCsv.at(0));
        QVERIFY2(enCsv.at(2).startsWith("test,observer,region,,,,North,Северная,"), enCsv.at(2).constData());
        QVERIFY2(ruCsv.at(2).startsWith("test,observer,region,,,,Северная,Северная,"), ruCsv.at(2).constData());
    }

    void rangesTakeTheDecimalsThatTellTheirEndsApart()
    {
        SummaryReport::Options options;
        options.by = TerritoryNode::Level::Region;
        options.precision = 0;
        // North 40.0% (800 of 2000), South 40.3% (403 of 1000): "from 40% to 40%" says nothing.
        const QList<qint64> south{1000, 1000, 403, 403, 8, 597, 200, 140, 55};
        const SummaryReport close = report({protocol(4, cleanPrecinct), protocol(5, cleanPrecinct), protocol(6, south)}, options);
        const QString text = SummaryReportWriter(close, QLocale(QLocale::English)).text();
        QVERIFY2(text.contains(u"turnout by region from 40.0% (North) to 40.3% (South)"_s), qPrintable(text));
        // Ends apart at the report's precision keep it: 40% and 45%.
        const QList<qint64> higher{1000, 1000, 450, 450, 8, 550, 200, 140, 102};
        const SummaryReport apart = report({protocol(4, cleanPrecinct), protocol(6, higher)}, options);
        const QString plain = SummaryReportWriter(apart, QLocale(QLocale::English)).text();
        QVERIFY2(plain.contains(u"turnout by region from 40% (North) to 45% (South)"_s), qPrintable(plain));

        SummaryReport::Range range;
        range.regions = 2;
        range.min = Percentage(400, 1000);
        range.max = Percentage(40001, 100000);
        // At most two decimals, even when the ends agree to them.
        QCOMPARE(range.informativePrecision(0), 2);
        QCOMPARE(range.informativePrecision(3), 3);
        // Equal ends (one region's figure twice) need no decimals.
        range.max = Percentage(800, 2000);
        QCOMPARE(range.informativePrecision(0), 0);
        range.max = Percentage(430, 1000);
        QCOMPARE(range.informativePrecision(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestSummaryReport)
#include "TestSummaryReport.moc"
