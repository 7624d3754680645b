// `saylau diff` and `saylau bench diff` as a user runs them: exit codes (1 differences, 0 none, 2 bad input),
// and the text, CSV and JSON formats on the demo campaign.

#include "CliRunner.h"
#include "TestEngine.h"

#include "analysis/DiscrepancyReportWriter.h"
#include "io/CsvReader.h"
#include "io/DemoCampaign.h"
#include "storage/CampaignStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;
using saylau::test::TestEngine;

class TestCliDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_clean;
    QString m_doubtful;
    int m_mazhilisInflations = 0;

    // In this process (tests/CliRunner.h): no program to start for each of the many runs.
    static test::CliRun saylau(const QStringList &arguments) { return test::execSaylau(arguments); }

    struct Precinct
    {
        QString number;
        QList<qint64> observer; // kz-2021 slots: lines 1-6, then the five parties
        QList<qint64> official;
    };

    // A kz-2021 campaign with these precincts in its first region, each with a copy and official figures.
    QString makeCampaign(const QString &name, const QList<Precinct> &precincts)
    {
        QList<test::MazhilisProtocol> protocols;
        for (const Precinct &precinct : precincts) {
            protocols.append({precinct.number, SourceKind::Observer, precinct.observer});
            protocols.append({precinct.number, SourceKind::Official, precinct.official});
        }
        return test::writeKzCampaign(TestEngine::freshLocation(m_dir.path(), name), protocols);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = TestEngine::problem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_demo = TestEngine::freshLocation(m_dir.path(), u"demo.db"_s);
        QCOMPARE(saylau({u"demo"_s, m_demo}).exitCode, 0);
        for (const DemoCampaign::Inflation &inflation : DemoCampaign::inflations())
            m_mazhilisInflations += inflation.contestId == u"mazhilis"_s ? 1 : 0;
        QVERIFY(m_mazhilisInflations > 0);

        // One precinct whose official figures are the observer's copy.
        const QList<qint64> clean = test::consistentKzFigures();
        m_clean = makeCampaign(u"clean.db"_s, {{u"101"_s, clean, clean}});
        // 101: the official figures add 30 ballots to party 2; 102: the copy has a slip (party 5: 41 for 40)
        // that breaks "4 = 5 + sum(parties)", so the copy is doubtful.
        m_doubtful = makeCampaign(u"doubtful.db"_s,
                                  {{u"101"_s, clean, {1000, 900, 430, 430, 10, 470, 40, 230, 50, 60, 40}},
                                   {u"102"_s, {1000, 900, 400, 400, 10, 500, 40, 200, 50, 60, 41}, clean}});
    }

    void differencesGiveExitCodeOne()
    {
        const test::CliRun run = saylau({u"diff"_s, m_demo, u"--contest"_s, u"mazhilis"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(u"SYNTHETIC"_s));
        QCOMPARE(run.out.count(u": differs: "_s), m_mazhilisInflations);
        QVERIFY(run.out.contains(u"Largest shifts:"_s));
        QCOMPARE(saylau({u"diff"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--without-doubtful"_s}).exitCode, 1);
    }

    void noDifferencesGiveExitCodeZero()
    {
        const test::CliRun run = saylau({u"diff"_s, m_clean, u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"has_differences"_s).toBool(true), false);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"compared"_s).toInt(), 1);
        QCOMPARE(json.value(u"discrepancies"_s).toArray().size(), 0);
    }

    void summariesWithAndWithoutDoubtfulCopies()
    {
        const QStringList base{u"diff"_s, m_doubtful, u"--contest"_s, u"mazhilis"_s};
        test::CliRun run = saylau(base + QStringList{u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 1);
        QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"differing"_s).toInt(), 2);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"differing_doubtful"_s).toInt(), 1);
        QCOMPARE(json.value(u"summary_without_doubtful"_s).toObject().value(u"differing"_s).toInt(), 1);
        QCOMPARE(json.value(u"summary_without_doubtful"_s).toObject().value(u"copies_set_aside"_s).toInt(), 1);
        for (const QJsonValue &d : json.value(u"discrepancies"_s).toArray()) {
            const QJsonObject object = d.toObject();
            const bool slip = object.value(u"precinct"_s).toString() == u"102"_s;
            QCOMPARE(object.value(u"doubtful"_s).toBool(), slip);
            QCOMPARE(object.value(u"doubt"_s).toArray(), slip ? QJsonArray{u"relations"_s} : QJsonArray());
        }

        run = saylau(base);
        QVERIFY(run.out.contains(u"Without the doubtful copies: 1 compared, 1 differing"_s));
        QVERIFY(run.out.contains(u"UIK 102 *: differs"_s));

        run = saylau(base + QStringList{u"--without-doubtful"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 1);
        json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"differing"_s).toInt(), 1);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"observer_missing"_s).toInt(), 1);
        QVERIFY(!json.contains(u"summary_without_doubtful"_s));
    }

    void byRegionListsTheRegionsWithCopies()
    {
        // Copies in the first region only; the second and third have official figures alone.
        const QList<qint64> figures = test::consistentKzFigures();
        const QString path = test::writeKzCampaign(TestEngine::freshLocation(m_dir.path(), u"regions.db"_s),
                                                   {{u"101"_s, SourceKind::Observer, figures, 0},
                                                    {u"101"_s, SourceKind::Official, figures, 0},
                                                    {u"201"_s, SourceKind::Official, figures, 1},
                                                    {u"301"_s, SourceKind::Official, figures, 2}});
        auto store = CampaignStore::open(path);
        const QList<TerritoryNode> regions = store->territoryChildren(store->territoryChildren(0).constFirst().id);
        const QString observed = regions.at(0).displayName();
        const QString officialOnly = regions.at(1).displayName();
        store.reset();
        const QStringList base{u"diff"_s, path, u"--contest"_s, u"mazhilis"_s};

        test::CliRun run = saylau(base);
        QCOMPARE(run.exitCode, 0);
        const QString byRegion = run.out.section(u"By region"_s, 1);
        QVERIFY2(byRegion.contains(observed) && !byRegion.contains(officialOnly), qPrintable(run.out));
        QVERIFY2(byRegion.contains(u"2 region"_s) && byRegion.contains(u"not listed (--all-regions lists them)."_s),
                 qPrintable(run.out));
        run = saylau(base + QStringList{u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"regions"_s).toArray().size(), 1);

        run = saylau(base + QStringList{u"--all-regions"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.section(u"By region"_s, 1).contains(officialOnly), qPrintable(run.out));
        QVERIFY(!run.out.contains(u"not listed"_s));
        run = saylau(base + QStringList{u"--format"_s, u"json"_s, u"--all-regions"_s});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"regions"_s).toArray().size(), 3);
    }

    void badInputGivesExitCodeTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no such file") << QStringList{u"diff"_s, u"/nonexistent/x.db"_s};
        QTest::newRow("unknown format") << QStringList{u"diff"_s, u"DEMO"_s, u"--contest"_s, u"mazhilis"_s,
                                                       u"--format"_s, u"xml"_s};
        QTest::newRow("bad --top") << QStringList{u"diff"_s, u"DEMO"_s, u"--contest"_s, u"mazhilis"_s, u"--top"_s, u"x"_s};
        QTest::newRow("unknown contest") << QStringList{u"diff"_s, u"DEMO"_s, u"--contest"_s, u"senate"_s};
        QTest::newRow("several contests, none chosen") << QStringList{u"diff"_s, u"DEMO"_s};
        QTest::newRow("no file") << QStringList{u"diff"_s};
    }

    void badInputGivesExitCodeTwo()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(u"DEMO"_s, m_demo);
        const test::CliRun run = saylau(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void csvHasOneRowPerDifferingLine()
    {
        const test::CliRun run = saylau({u"diff"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 1);
        CsvReader reader(test::writeFixture(m_dir.filePath(u"diff.csv"_s), run.out.toUtf8()));
        QVERIFY(reader.readRecord());
        QStringList record = reader.fields();
        QCOMPARE(record, DiscrepancyReportWriter::csvColumns());
        const int kind = int(record.indexOf(u"kind"_s));
        const int line = int(record.indexOf(u"line"_s));
        const int difference = int(record.indexOf(u"difference"_s));
        const int covered = int(record.indexOf(u"precincts_covered"_s));
        int differing = 0;
        int partial = 0;
        QSet<QString> lines;
        while (reader.readRecord()) {
            record = reader.fields();
            QCOMPARE(record.size(), DiscrepancyReportWriter::csvColumns().size());
            if (record.at(kind) == u"differs"_s) {
                ++differing;
                lines.insert(record.at(line));
                QVERIFY(record.at(difference).toLongLong() != 0);
            } else {
                // The national total, compared with the copies of part of its precincts: no difference given.
                QCOMPARE(record.at(kind), u"partial_coverage"_s);
                QVERIFY(record.at(difference).isEmpty());
                QVERIFY(record.at(covered).toInt() > 0);
                ++partial;
            }
        }
        // Four lines at each inflated precinct: issued, took part, unused, the leader's votes.
        QCOMPARE(differing, 4 * m_mazhilisInflations);
        QCOMPARE(lines, (QSet<QString>{u"3"_s, u"4"_s, u"6"_s, u"p2"_s}));
        QCOMPARE(partial, 1);
    }

    // Territories, regions and lines are shown in the language and given as stored beside: the stored ones
    // are the same whatever the language, so that a script can join on them.
    void storedNamesAreTheSameInEveryLanguage()
    {
        QMap<QString, QList<QStringList>> csv;
        QMap<QString, QJsonObject> json;
        for (const QString &language : {u"ru"_s, u"en"_s}) {
            const QStringList arguments{u"diff"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--lang"_s, language};
            const test::CliRun table = test::runSaylau(arguments + QStringList{u"--format"_s, u"csv"_s});
            QCOMPARE(table.exitCode, 1);
            CsvReader reader(test::writeFixture(m_dir.filePath(u"diff-"_s + language + u".csv"_s), table.out.toUtf8()));
            QList<QStringList> records;
            while (reader.readRecord())
                records.append(reader.fields());
            csv.insert(language, records);
            const test::CliRun object = test::runSaylau(arguments + QStringList{u"--format"_s, u"json"_s});
            QCOMPARE(object.exitCode, 1);
            json.insert(language, QJsonDocument::fromJson(object.out.toUtf8()).object());
        }
        const QList<QStringList> ru = csv.value(u"ru"_s);
        const QList<QStringList> en = csv.value(u"en"_s);
        QCOMPARE(en.size(), ru.size());
        QVERIFY(ru.size() > 1);
        const QStringList header = ru.at(0);
        QCOMPARE(en.at(0), header);
        QSet<QString> shownDiffer;
        for (const QString &column : {u"region"_s, u"territory"_s, u"label"_s}) {
            const qsizetype shown = header.indexOf(column);
            const qsizetype stored = header.indexOf(u"stored_"_s + column);
            QCOMPARE(stored, shown + 1);
            for (int r = 1; r < ru.size(); ++r) {
                QCOMPARE(en.at(r).at(stored), ru.at(r).at(stored));
                if (en.at(r).at(shown) != ru.at(r).at(shown))
                    shownDiffer.insert(column);
            }
        }
        QCOMPARE(shownDiffer, (QSet<QString>{u"region"_s, u"territory"_s, u"label"_s}));

        const auto first = [](const QJsonObject &o) { return o.value(u"discrepancies"_s).toArray().at(0).toObject(); };
        const QJsonObject ruJson = json.value(u"ru"_s);
        const QJsonObject enJson = json.value(u"en"_s);
        for (const QString &key : {u"stored_territory"_s, u"stored_region"_s})
            QCOMPARE(first(enJson).value(key), first(ruJson).value(key));
        QCOMPARE(first(enJson).value(u"lines"_s).toArray().at(0).toObject().value(u"stored_label"_s),
                 first(ruJson).value(u"lines"_s).toArray().at(0).toObject().value(u"stored_label"_s));
        QCOMPARE(enJson.value(u"contest"_s).toObject().value(u"stored_name"_s),
                 ruJson.value(u"contest"_s).toObject().value(u"stored_name"_s));
        QCOMPARE(enJson.value(u"regions"_s).toArray().at(0).toObject().value(u"stored_region"_s),
                 ruJson.value(u"regions"_s).toArray().at(0).toObject().value(u"stored_region"_s));
        QCOMPARE(enJson.value(u"largest_shifts"_s).toArray().at(0).toObject().value(u"stored_territory"_s),
                 ruJson.value(u"largest_shifts"_s).toArray().at(0).toObject().value(u"stored_territory"_s));
    }

    void jsonCarriesSummariesAndFindings()
    {
        const test::CliRun run = saylau({u"diff"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"json"_s,
                                u"--top"_s, u"3"_s});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"format_version"_s).toInt(), DiscrepancyReportWriter::formatVersion);
        QCOMPARE(json.value(u"synthetic"_s).toBool(), true);
        QCOMPARE(json.value(u"has_differences"_s).toBool(), true);
        const QJsonObject summary = json.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"compared"_s).toInt(), 192);
        QCOMPARE(summary.value(u"differing"_s).toInt(), m_mazhilisInflations);
        qint64 leaderAdded = 0;
        for (const QJsonValue &party : summary.value(u"parties"_s).toArray()) {
            if (party.toObject().value(u"short_name"_s).toString() == DemoCampaign::leaderShortName())
                leaderAdded = party.toObject().value(u"added"_s).toInteger();
        }
        qint64 inflated = 0;
        for (const DemoCampaign::Inflation &inflation : DemoCampaign::inflations())
            inflated += inflation.contestId == u"mazhilis"_s ? inflation.ballots : 0;
        QCOMPARE(leaderAdded, inflated);
        QCOMPARE(summary.value(u"turnout"_s).toObject().value(u"ballots_added"_s).toInteger(), inflated);
        QVERIFY(!json.value(u"regions"_s).toArray().isEmpty());
        QCOMPARE(json.value(u"largest_shifts"_s).toArray().size(), std::min(3, m_mazhilisInflations));
        int differs = 0;
        for (const QJsonValue &d : json.value(u"discrepancies"_s).toArray())
            differs += d.toObject().value(u"kind"_s).toString() == u"differs"_s ? 1 : 0;
        QCOMPARE(differs, m_mazhilisInflations);
    }

    // 101: copies "" and "B" differ on parties 1 and 2 (B: +3, −3); 102: the copy leaves party 2 empty, the
    // official figures give 200. Diff said only "observer copies disagree" for the first and nothing at all
    // for the second.
    void linesTheCopiesDisagreeOnAndLinesGivenOnOneSideAreNamed()
    {
        const QList<qint64> clean = test::consistentKzFigures(); // parties 40, 200, 50, 60, 40
        const QString path = test::writeKzCampaign(TestEngine::freshLocation(m_dir.path(), u"lines.db"_s),
                                                   {{u"101"_s, SourceKind::Official, clean},
                                                    {u"101"_s, SourceKind::Observer, clean},
                                                    {u"102"_s, SourceKind::Official, clean}});
        {
            auto store = CampaignStore::open(path);
            const qint64 region = store->territoryChildren(store->territoryChildren(0).constFirst().id).constFirst().id;
            QHash<QString, qint64> precinct;
            for (const TerritoryNode &node : store->territoryChildren(region))
                precinct.insert(node.code, node.id);
            const auto save = [&](const QString &code, const QString &copy, Figures figures) {
                Protocol p;
                p.contestId = u"mazhilis"_s;
                p.territoryId = precinct.value(code);
                p.source = SourceKind::Observer;
                p.copy = copy;
                p.figures = figures;
                store->saveProtocol(p);
            };
            Figures figures(int(clean.size()));
            for (int i = 0; i < clean.size(); ++i)
                figures.set(i, clean.at(i));
            Figures b = figures;
            b.set(6, 43);
            b.set(7, 197);
            save(u"101"_s, u"B"_s, b);
            Figures empty = figures;
            empty.set(7, std::nullopt);
            save(u"102"_s, {}, empty);
        }
        const QStringList base{u"diff"_s, path, u"--contest"_s, u"mazhilis"_s};
        test::CliRun run = saylau(base);
        QVERIFY2(run.out.contains(u": observer copies disagree: p1 "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u": 40 (unlabelled copy), 43 (copy \"B\"); p2 "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u": 200 (unlabelled copy), 197 (copy \"B\")"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"UIK 102"_s) && run.out.contains(u": empty on the copy, 200 official"_s),
                 qPrintable(run.out));

        run = saylau(base + QStringList{u"--format"_s, u"csv"_s});
        CsvReader reader(test::writeFixture(m_dir.filePath(u"lines.csv"_s), run.out.toUtf8()));
        QVERIFY(reader.readRecord());
        const QStringList header = reader.fields();
        QCOMPARE(header, DiscrepancyReportWriter::csvColumns());
        QStringList rows;
        const QStringList shown{u"precinct"_s, u"kind"_s, u"line"_s, u"observer"_s, u"official"_s, u"difference"_s,
                                u"copy_labels"_s, u"copy_values"_s};
        while (reader.readRecord()) {
            QStringList cells;
            for (const QString &column : shown)
                cells.append(reader.fields().at(header.indexOf(column)));
            rows.append(cells.join(u'|'));
        }
        QCOMPARE(rows, (QStringList{u"101|copies_disagree|p1||||;B|40;43"_s, u"101|copies_disagree|p2||||;B|200;197"_s,
                                    u"102|match|p2||200|||"_s}));

        run = saylau(base + QStringList{u"--format"_s, u"json"_s});
        const QJsonArray listed = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"discrepancies"_s).toArray();
        QCOMPARE(listed.size(), 2);
        const QJsonObject disagree = listed.at(0).toObject();
        QCOMPARE(disagree.value(u"kind"_s).toString(), u"copies_disagree"_s);
        const QJsonObject p1 = disagree.value(u"copy_lines"_s).toArray().at(0).toObject();
        QCOMPARE(p1.value(u"line"_s).toString(), u"p1"_s);
        QCOMPARE(p1.value(u"values"_s).toArray(), (QJsonArray{40, 43}));
        const QJsonObject oneSided = listed.at(1).toObject().value(u"one_sided_lines"_s).toArray().at(0).toObject();
        QCOMPARE(oneSided.value(u"line"_s).toString(), u"p2"_s);
        QVERIFY(oneSided.value(u"observer"_s).isNull());
        QCOMPARE(oneSided.value(u"official"_s).toInteger(), 200);
    }

    // The benchmark starts `saylau diff` as a process of its own, so it runs from the real program.
    void benchDiffPrintsBothTimesAndTheRatio()
    {
        SAYLAU_FILE_ONLY("the benchmark's reference run is the sqlite3 shell on the file");
        const test::CliRun run = test::runSaylau({u"bench"_s, u"diff"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--runs"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"sqlite3"_s));
        QVERIFY(run.out.contains(u"ratio"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "TestCliDiff.moc"
