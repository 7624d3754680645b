#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include "CliRunner.h"
#include "TestEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::TestEngine;

// `saylau init`, `presets`, `contests` and `check` as a user runs them: exit codes, stdout/stderr, and the
// machine formats. The campaign is the kz-2021 preset with three protocols written through the store.
class TestCliCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_campaign;

    using Run = test::CliRun;

    // In this process (tests/CliRunner.h); badInputExitsTwoWithAMessage and the benchmark run the real program.
    static Run saylau(const QStringList &arguments) { return test::execSaylau(arguments); }

    // kz-2021 Mazhilis figures: lines 1-6, then the five parties.
    const QList<qint64> m_clean = test::consistentKzFigures();
    // Arithmetic slip: 402 took part, but invalid + parties = 400 (error); and more in the boxes than issued
    // (warning).
    const QList<qint64> m_slip{1000, 900, 400, 402, 10, 500, 40, 200, 50, 60, 40};
    // Only a warning: more in the boxes than issued, sums right.
    const QList<qint64> m_warningOnly{1000, 900, 400, 405, 5, 500, 40, 200, 50, 60, 50};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = TestEngine::problem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_campaign = test::writeKzCampaign(TestEngine::freshLocation(m_dir.path(), QStringLiteral("kz.db")),
                                           {{QStringLiteral("101"), SourceKind::Observer, m_clean},
                                            {QStringLiteral("102"), SourceKind::Observer, m_slip},
                                            {QStringLiteral("103"), SourceKind::Observer, m_warningOnly}});
    }

    void initNamesThePreset()
    {
        const Run init = saylau({QStringLiteral("init"), TestEngine::freshLocation(m_dir.path(), QStringLiteral("new.db")), QStringLiteral("--preset"),
                                 QStringLiteral("kz-2021")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(QStringLiteral("kz-2021")));
    }

    void initStartsAnElectionThePresetsDoNotDescribe()
    {
        // A 2016 Duma file has no preset: the 2011 one gives the form, territory names and contest, the
        // election is named and dated anew, and its ballot is left for the file to fill.
        const QString location = TestEngine::freshLocation(m_dir.path(), QStringLiteral("duma2016.db"));
        const Run init = saylau({QStringLiteral("init"), location, QStringLiteral("--preset"), QStringLiteral("ru-duma-2011"),
                                 QStringLiteral("--empty-ballots"), QStringLiteral("--name"), QStringLiteral("State Duma 2016"),
                                 QStringLiteral("--date"), QStringLiteral("2016-09-18")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const auto store = CampaignStore::open(location);
        QCOMPARE(store->election().displayName(), QStringLiteral("State Duma 2016"));
        QCOMPARE(store->election().date, QDate(2016, 9, 18));
        const QList<Contest> contests = store->contests();
        QCOMPARE(contests.size(), 1);
        QVERIFY(contests.first().ballot.isEmpty());
        QCOMPARE(contests.first().form.id, PresetLibrary::form(QStringLiteral("ru-duma-2011")).id);

        const Run badDate = saylau({QStringLiteral("init"), TestEngine::freshLocation(m_dir.path(), QStringLiteral("bad-date.db")),
                                    QStringLiteral("--preset"), QStringLiteral("ru-duma-2011"), QStringLiteral("--date"),
                                    QStringLiteral("18.09.2016")});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY2(badDate.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(badDate.err));
    }

    void presetsListsEveryPreset()
    {
        const Run run = saylau({QStringLiteral("presets")});
        QCOMPARE(run.exitCode, 0);
        for (const QString &id : PresetLibrary::campaignPresetIds())
            QVERIFY2(run.out.contains(id + u'\t'), qPrintable(run.out));
    }

    void contestsPrintsIdFirst()
    {
        const Run run = saylau({QStringLiteral("contests"), m_campaign});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("mazhilis\t")));
    }

    void checkReportsViolationsAndExitsOne()
    {
        const Run run = saylau({QStringLiteral("check"), m_campaign, QStringLiteral("--contest"), QStringLiteral("mazhilis")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("UIK 102")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("4 = 5 + sum(parties)")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("UIK 101 ")), qPrintable(run.out));
    }

    void checkJsonCountsPerRelation()
    {
        const Run run = saylau({QStringLiteral("check"), m_campaign, QStringLiteral("--contest"), QStringLiteral("mazhilis"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray violations = root.value(QStringLiteral("violations")).toArray();
        QCOMPARE(violations.size(), 3);
        QJsonObject slip;
        for (const QJsonValue &v : violations)
            if (v.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error"))
                slip = v.toObject();
        QCOMPARE(slip.value(QStringLiteral("precinct")).toString(), QStringLiteral("102"));
        QCOMPARE(slip.value(QStringLiteral("left")).toInteger(), 402);
        QCOMPARE(slip.value(QStringLiteral("right")).toInteger(), 400);
        QCOMPARE(slip.value(QStringLiteral("difference")).toInteger(), 2);
    }

    // `saylau bench check` times the sqlite3 shell on a query it prints: that query must count what `saylau
    // check` counts, or the ratio compares unequal work. It starts `saylau check` as a process of its own, so it
    // runs from the real program.
    void benchCheckTimesAReferenceThatCountsTheSameViolations()
    {
        SAYLAU_FILE_ONLY("the benchmark's reference run is the sqlite3 shell on the file");
        const Run bench = test::runSaylau({QStringLiteral("bench"), QStringLiteral("check"), m_campaign, QStringLiteral("--contest"),
                                  QStringLiteral("mazhilis"), QStringLiteral("--runs"), QStringLiteral("1")});
        QCOMPARE(bench.exitCode, 0);
        QVERIFY2(bench.out.contains(QLatin1String("ratio saylau / sqlite3")), qPrintable(bench.out));
        QVERIFY2(bench.out.contains(QLatin1String("peak memory")), qPrintable(bench.out));
        const qsizetype at = bench.out.indexOf(QLatin1String("query: "));
        QVERIFY(at >= 0);
        const QString query = bench.out.mid(at + 7).section(QLatin1Char('\n'), 0, 0);
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), m_campaign, query});
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.exitCode(), 0);
        const QStringList counts = QString::fromUtf8(shell.readAllStandardOutput()).trimmed().split(QLatin1Char('|'));

        const Run check = saylau({QStringLiteral("check"), m_campaign, QStringLiteral("--contest"), QStringLiteral("mazhilis"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray summary = QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("summary")).toArray();
        QCOMPARE(counts.size(), summary.size() + 1);
        QCOMPARE(counts.first().toInt(), 3); // protocols read
        int violated = 0;
        for (int i = 0; i < summary.size(); ++i) {
            const int expected = summary.at(i).toObject().value(QStringLiteral("violated")).toInt();
            QCOMPARE(counts.at(i + 1).toInt(), expected);
            violated += expected;
        }
        QCOMPARE(violated, 3);
    }

    void checkCsvHasAStableHeader()
    {
        const Run run = saylau({QStringLiteral("check"), m_campaign, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 1);
        // RFC 4180, as every CSV the program writes: CRLF after every record, fields with commas quoted.
        QVERIFY(run.out.startsWith(QStringLiteral("contest,source,copy,territory,stored_territory,precinct,relation,severity,left,right,difference\r\n")));
        QCOMPARE(run.out.count(QStringLiteral("\r\n")), 1 + 3);
        QCOMPARE(run.out.count(u'\n'), 1 + 3);
        QVERIFY2(run.out.contains(QStringLiteral(",102,4 = 5 + sum(parties),error,402,400,2\r\n")), qPrintable(run.out));
    }

    void warningsAloneExitZero()
    {
        const QString campaign = test::writeKzCampaign(TestEngine::freshLocation(m_dir.path(), QStringLiteral("warnings.db")),
                                                       {{QStringLiteral("101"), SourceKind::Observer, m_clean},
                                                        {QStringLiteral("103"), SourceKind::Observer, m_warningOnly}});
        const Run run = saylau({QStringLiteral("check"), campaign, QStringLiteral("--contest"), QStringLiteral("mazhilis")});
        QCOMPARE(run.exitCode, 0);
        // Checked and found: the warning is listed, both protocols counted.
        QVERIFY2(run.out.contains(QStringLiteral("UIK 103")) && run.out.contains(QStringLiteral("3 >= 4")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Contest Mazhilis of Parliament (party lists): 2 protocol")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("UIK 101 ")), qPrintable(run.out));
    }

    void badInputExitsTwoWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/x.db")} << QStringLiteral("no such file");
        QTest::newRow("unknown contest") << QStringList{QStringLiteral("check"), QString(), QStringLiteral("--contest"), QStringLiteral("senate")} << QStringLiteral("no contest \"senate\"");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("check"), QString(), QStringLiteral("--format"), QStringLiteral("xml")} << QStringLiteral("unknown format");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("unknown preset") << QStringList{QStringLiteral("init"), QStringLiteral("/tmp/never-created.db"), QStringLiteral("--preset"), QStringLiteral("xx")} << QStringLiteral("no campaigns preset");
        // The benchmark's reference reads a file: a server campaign is refused before anything runs.
        QTest::newRow("bench on a server") << QStringList{QStringLiteral("bench"), QStringLiteral("check"), QStringLiteral("postgresql://hq@/hq?host=/tmp")} << QStringLiteral("saylau copy postgresql://hq@/hq?host=/tmp FILE.db");
    }

    void badInputExitsTwoWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        for (QString &a : arguments)
            if (a.isEmpty())
                a = m_campaign;
        const Run run = test::runSaylau(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-created.db")));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "TestCliCheck.moc"
