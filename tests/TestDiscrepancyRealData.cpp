// Real-data acceptance: the 2011 Duma results (95,225 precincts) imported as official figures, and beside them
// an observer data set made from every 30th precinct of the same file with a known set of values altered,
// imported through the project's importer. The comparison must report exactly the altered precincts, lines
// and amounts, and judge the altered copies' trust as planned. Skips when the shared data set is absent.

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "io/CsvReader.h"
#include "io/Importer.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"
#include "text/CsvWriter.h"

#include "TestHelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

// Columns of ru-duma-2011-uik.csv: region, tik, uik, lines 1-18, then the seven parties in ballot order.
constexpr int lineColumn(int line) { return 2 + line; }
constexpr int partyColumn(int position) { return 20 + position; }
constexpr int kprf = 4;
constexpr int unitedRussia = 6;

enum class Alteration {
    VotesMoved,   // the official figures moved votes from the KPRF to United Russia; the copy is clean
    TurnoutAdded, // the official figures added ballots to the boxes, all for United Russia; the copy is clean
    TypingSlip,   // the copy has 10 votes too many for the KPRF, which breaks "10 = sum(parties)"
    WrongPrecinct // the copy is another precinct's protocol, with far fewer voters
};

struct Planned
{
    Alteration alteration = Alteration::VotesMoved;
    // Expected official minus copy, by slot key; empty for a wrong precinct (every line may differ).
    QHash<QString, qint64> differences;
};

QString key(const QStringList &row)
{
    return row.at(0) + u'|' + row.at(1) + u'|' + row.at(2);
}

qint64 number(const QStringList &row, int column)
{
    return row.at(column).toLongLong();
}

void add(QStringList &row, int column, qint64 amount)
{
    row[column] = QString::number(number(row, column) + amount);
}

} // namespace

class TestDiscrepancyRealData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CampaignStore> m_store;
    QHash<QString, Planned> m_planned;
    int m_copied = 0;

    void import(const QString &csv, SourceKind source)
    {
        Importer::Options options;
        options.contestId = u"duma"_s;
        options.source = source;
        Importer importer(*m_store, csv, options);
        const Importer::Summary summary = importer.run();
        QVERIFY(summary.rejected == 0);
    }

    QString precinctKey(const ComparisonInput &input, qint64 territoryId) const
    {
        const TerritoryIndex &territory = input.territory();
        const TerritoryNode *region = territory.ancestorAt(territoryId, TerritoryNode::Level::Region);
        const TerritoryNode *district = territory.ancestorAt(territoryId, TerritoryNode::Level::District);
        return (region ? region->name : QString()) + u'|' + (district ? district->name : QString()) + u'|'
               + territory.node(territoryId)->code;
    }

private slots:
    void initTestCase()
    {
        const QString source = QDir(QStringLiteral(SAYLAU_SHARED_DATA_DIR)).filePath(u"ru-duma-2011-uik.csv"_s);
        if (!QFile::exists(source))
            QSKIP("ru-duma-2011-uik.csv is not in SAYLAU_SHARED_DATA_DIR");
        QVERIFY(m_dir.isValid());
        m_store = PresetLibrary::createCampaign(m_dir.filePath(u"ru.db"_s), PresetLibrary::campaignPreset(u"ru-duma-2011"_s));

        // Every 30th precinct copied; among those, a known few altered.
        CsvReader reader(source);
        QVERIFY(reader.readRecord());
        QList<QStringList> rows;
        const QStringList header = reader.fields();
        while (reader.readRecord())
            rows.append(reader.fields());
        QCOMPARE(rows.size(), 95225);

        QFile observer(m_dir.filePath(u"observer.csv"_s));
        QVERIFY(observer.open(QIODevice::WriteOnly));
        observer.write(CsvWriter::record(header));
        int sampled = 0;
        for (int r = 0; r < rows.size(); r += 30, ++sampled) {
            QStringList row = rows.at(r);
            std::optional<Planned> plan;
            // Altered only where the amounts are not zero (a precinct with no United Russia votes is left alone).
            if (sampled % 97 == 5 && number(row, partyColumn(unitedRussia)) > 0) {
                // The copy as signed: m votes fewer for United Russia, m more for the KPRF than official.
                const qint64 m = std::min<qint64>(5 + sampled % 40, number(row, partyColumn(unitedRussia)));
                add(row, partyColumn(unitedRussia), -m);
                add(row, partyColumn(kprf), m);
                plan = Planned{Alteration::VotesMoved, {{u"p6"_s, m}, {u"p4"_s, -m}}};
            } else if (sampled % 389 == 11 && number(row, lineColumn(4)) > 0 && number(row, lineColumn(8)) > 0
                       && number(row, partyColumn(unitedRussia)) > 0) {
                // The copy as signed: x ballots fewer issued in the premises and in the stationary boxes, x more
                // cancelled, x fewer valid, all of them United Russia's. Every relation still holds.
                const qint64 x = std::min<qint64>(
                    {50, number(row, lineColumn(4)), number(row, lineColumn(8)), number(row, partyColumn(unitedRussia))});
                add(row, lineColumn(4), -x);
                add(row, lineColumn(6), x);
                add(row, lineColumn(8), -x);
                add(row, lineColumn(10), -x);
                add(row, partyColumn(unitedRussia), -x);
                plan = Planned{Alteration::TurnoutAdded,
                        {{u"4"_s, x}, {u"6"_s, -x}, {u"8"_s, x}, {u"10"_s, x}, {u"p6"_s, x}}};
            } else if (sampled % 601 == 17) {
                add(row, partyColumn(kprf), 10);
                plan = Planned{Alteration::TypingSlip, {{u"p4"_s, -10}}};
            } else if (sampled % 1009 == 23) {
                // Another precinct's figures under this number: the first later one with under half the voters.
                int donor = r + 1;
                while (donor < rows.size() && number(rows.at(donor), lineColumn(1)) * 2 >= number(row, lineColumn(1)))
                    ++donor;
                QVERIFY(donor < rows.size());
                for (int c = lineColumn(1); c <= partyColumn(7); ++c)
                    row[c] = rows.at(donor).at(c);
                plan = Planned{Alteration::WrongPrecinct, {}};
            }
            if (plan)
                m_planned.insert(key(rows.at(r)), *plan);
            observer.write(CsvWriter::record(row));
        }
        observer.close();
        m_copied = sampled;
        QVERIFY(m_copied > 3000);
        // A few of each kind, a few dozen in all.
        QHash<Alteration, int> kinds;
        for (const Planned &plan : std::as_const(m_planned))
            ++kinds[plan.alteration];
        for (Alteration a : {Alteration::VotesMoved, Alteration::TurnoutAdded, Alteration::TypingSlip,
                             Alteration::WrongPrecinct})
            QVERIFY(kinds.value(a) >= 2);
        qInfo("%d precincts copied, %lld altered", m_copied, qint64(m_planned.size()));

        import(source, SourceKind::Official);
        import(observer.fileName(), SourceKind::Observer);
    }

    void exactlyTheAlteredPrecinctsLinesAndAmountsAreReported()
    {
        const ComparisonInput input = ComparisonInput::load(*m_store, u"duma"_s);
        QElapsedTimer timer;
        timer.start();
        const DiscrepancyResult result = DiscrepancyFinder(input).run();
        qInfo("compared %d precincts with regional summaries in %lld ms", result.total().compared, timer.elapsed());
        const Contest &contest = input.contest();

        QCOMPARE(result.total().compared, m_copied);
        QCOMPARE(result.total().observerMissing, 95225 - m_copied);
        QCOMPARE(result.total().officialMissing + result.total().copiesDisagree, 0);

        QSet<QString> reported;
        for (const Discrepancy &d : result.discrepancies()) {
            if (d.kind != Discrepancy::Kind::Differs)
                continue;
            const QString where = precinctKey(input, d.territoryId);
            reported.insert(where);
            QVERIFY2(m_planned.contains(where), qPrintable(u"unexpected difference at "_s + where));
            const Planned &plan = m_planned.value(where);
            const Discrepancy::Copy &copy = d.copies.constFirst();
            switch (plan.alteration) {
            case Alteration::VotesMoved:
            case Alteration::TurnoutAdded:
                QVERIFY2(!d.doubtful, qPrintable(where));
                break;
            case Alteration::TypingSlip:
                QVERIFY(d.doubtful);
                QVERIFY(copy.failedRelations > 0);
                QVERIFY(!copy.votersFarOff);
                break;
            case Alteration::WrongPrecinct:
                QVERIFY(d.doubtful);
                QVERIFY(copy.votersFarOff);
                continue;
            }
            QHash<QString, qint64> found;
            for (int s = 0; s < contest.slotCount(); ++s) {
                const qint64 difference = d.differences.at(size_t(s)).value_or(0);
                if (difference != 0)
                    found.insert(contest.slotKey(s), difference);
            }
            QCOMPARE(found, plan.differences);
        }
        QCOMPARE(reported.size(), m_planned.size());
    }

    void summariesAddUpTheAlterations()
    {
        const ComparisonInput input = ComparisonInput::load(*m_store, u"duma"_s);
        DiscrepancyFinder::Options options;
        options.includeDoubtful = false;
        const DiscrepancyResult result = DiscrepancyFinder(input).run(options);
        const Contest &contest = input.contest();
        qint64 unitedRussiaAdded = 0;
        qint64 kprfTaken = 0;
        qint64 ballotsAdded = 0;
        int trusted = 0;
        for (const Planned &plan : std::as_const(m_planned)) {
            if (plan.alteration == Alteration::VotesMoved || plan.alteration == Alteration::TurnoutAdded) {
                ++trusted;
                unitedRussiaAdded += plan.differences.value(u"p6"_s);
                kprfTaken -= plan.differences.value(u"p4"_s);
                ballotsAdded += plan.differences.value(u"4"_s);
            }
        }
        const DiscrepancySummary &total = result.total();
        QCOMPARE(total.differing, trusted);
        QCOMPARE(total.differingDoubtful, 0);
        QCOMPARE(total.added[size_t(contest.slotOf(u"p6"_s))], unitedRussiaAdded);
        QCOMPARE(total.taken[size_t(contest.slotOf(u"p4"_s))], kprfTaken);
        // Turnout on this form is ballots issued (3 + 4 + 5): what the official figures added to it.
        QCOMPARE(contest.form.turnoutMeasure, Measure::Issued);
        QCOMPARE(total.measureNet(Measure::Issued), ballotsAdded);
        int regionalDiffering = 0;
        for (const DiscrepancySummary &region : result.regions())
            regionalDiffering += region.differing;
        QCOMPARE(regionalDiffering, trusted);
    }

    void benchDiffOnAResultsFileGeneratesTheCopies()
    {
        const QString csv = QDir(QStringLiteral(SAYLAU_SHARED_DATA_DIR)).filePath(u"ru-duma-2011-uik.csv"_s);
        const test::CliRun run = test::runSaylau({u"bench"_s, u"diff"_s, csv, u"--runs"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        // An observer copy of each of the 95,225 precincts beside its official record; every 20th differs.
        QVERIFY2(run.out.contains(u"190450 protocols"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"ratio saylau / sqlite3"_s), qPrintable(run.out));
        QVERIFY(run.err.contains(u"95225 observer copies generated, 4761 of them differing"_s));
    }
};

QTEST_GUILESS_MAIN(TestDiscrepancyRealData)
#include "TestDiscrepancyRealData.moc"
