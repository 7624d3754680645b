// `saylau demo` and `saylau report` as a user runs them: the seed's numbers in the text table, CSV and JSON
// that parse, and exit code 2 with a message on stderr for a missing file or contest.

#include "analysis/NumberFormat.h"
#include "io/CsvReader.h"
#include "storage/CampaignStore.h"

#include "CliRunner.h"
#include "MovedPrecinct.h"
#include "TestEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>

using namespace saylau;
using namespace Qt::StringLiterals;
using saylau::test::TestEngine;

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_officialOnly;

    // In this process (tests/CliRunner.h); --lang, which main() handles, and the exit codes of failures go
    // through the real program.
    static Run saylau(const QStringList &arguments) { return test::execSaylau(arguments); }

    Run report(const QStringList &options) { return saylau(QStringList{u"report"_s, m_demo} + options); }

    // A kz-2021 campaign whose Mazhilis contest has the official figures of one precinct and no observer copy;
    // its other contests have nothing.
    QString officialOnlyCampaign()
    {
        if (m_officialOnly.isEmpty())
            m_officialOnly = test::writeKzCampaign(TestEngine::freshLocation(m_dir.path(), u"official-only.db"_s),
                                                   {{u"101"_s, SourceKind::Official, test::consistentKzFigures()}});
        return m_officialOnly;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = TestEngine::problem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_demo = TestEngine::freshLocation(m_dir.path(), u"demo.db"_s);
        const Run demo = saylau({u"demo"_s, m_demo});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.out.contains(u"mazhilis"_s));
    }

    void demoRefusesAnExistingFile()
    {
        const Run again = saylau({u"demo"_s, m_demo});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(!again.err.isEmpty());
    }

    void textTableShowsTheSeedNumbers()
    {
        const Run run = report({u"--contest"_s, u"mazhilis"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        // The child runs in this process's locale, so the same formatter tells how it writes the voters.
        const NumberFormat format;
        QVERIFY2(run.out.contains(format.count(433325)), qPrintable(run.out));
        for (const QString &line : {u"Precincts"_s, u"Voted"_s, u"Unused ballots"_s, u"Spoiled ballots"_s})
            QVERIFY2(run.out.contains(line), qPrintable(line));
        QVERIFY(run.out.contains(u"192"_s));
        for (const QString &figure : {u"32%"_s, u"68%"_s, u"50%"_s, u"10%"_s, u"18%"_s, u"12%"_s, u"8%"_s, u"3%"_s})
            QVERIFY2(run.out.contains(figure), qPrintable(figure));
        QVERIFY(run.out.contains(u"SYNTHETIC"_s));
    }

    void defaultSourcesAreTheOnesTheContestHas()
    {
        const QString official = officialOnlyCampaign();
        Run run = saylau({u"report"_s, official, u"--contest"_s, u"mazhilis"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Official"_s) && !run.out.contains(u"Observed"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(NumberFormat().count(1000)), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"40%"_s), qPrintable(run.out)); // turnout: 400 of 1,000

        // Both where both exist, observed first.
        run = report({u"--contest"_s, u"mazhilis"_s});
        QCOMPARE(run.exitCode, 0);
        const qsizetype observed = run.out.indexOf(u"Observed"_s);
        QVERIFY2(observed >= 0 && run.out.indexOf(u"Official"_s) > observed, qPrintable(run.out));
    }

    void missingSourcesAreExplainedNotDashed()
    {
        const QString official = officialOnlyCampaign();
        Run run = saylau({u"report"_s, official, u"--contest"_s, u"mazhilis"_s, u"--source"_s, u"observer"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"no observers' copies yet, only official figures"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Leave --source out"_s), qPrintable(run.err));

        run = saylau({u"report"_s, official, u"--contest"_s, u"city-maslikhat"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"has no protocols yet"_s), qPrintable(run.err));
    }

    void languageFollowsLangOptionAndEnvironment()
    {
        // Words, dates and numbers in one language: the demo's election day and voters, in Russian.
        const QLocale russian(QLocale::Russian);
        const QString date = russian.toString(QDate(2021, 1, 10), u"d MMMM yyyy"_s);
        const QString voters = russian.toString(qint64(433325));
        QVERIFY(date.contains(u"января"_s));
        Run run = test::runSaylau({u"report"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--lang"_s, u"ru"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(date) && run.out.contains(voters), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"January"_s) && !run.out.contains(u"Voters"_s), qPrintable(run.out));

        // LANG when nothing stronger is set; LANGUAGE over it; the C locale (as the tests run) stays English.
        const auto withEnvironment = [this](const QStringList &variables) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
                environment.remove(QString::fromLatin1(name));
            for (const QString &variable : variables)
                environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
            return test::runSaylau({u"report"_s, m_demo, u"--contest"_s, u"mazhilis"_s}, environment);
        };
        QVERIFY(withEnvironment({u"LANG=ru_RU.UTF-8"_s}).out.contains(date));
        QVERIFY(withEnvironment({u"LANG=en_US.UTF-8"_s, u"LC_MESSAGES=ru_RU.UTF-8"_s}).out.contains(date));
        QVERIFY(withEnvironment({u"LANG=ru_RU.UTF-8"_s, u"LC_ALL=en_GB.UTF-8"_s}).out.contains(u"10 January 2021"_s));
        QVERIFY(withEnvironment({u"LANG=en_US.UTF-8"_s, u"LANGUAGE=kk:ru"_s}).out.contains(
            QLocale(QLocale::Kazakh).toString(QDate(2021, 1, 10), u"d MMMM yyyy"_s)));
        QVERIFY(withEnvironment({u"LC_ALL=C.UTF-8"_s, u"LANGUAGE=ru"_s}).out.contains(u"10 January 2021"_s));
        // --lang wins over the environment.
        QVERIFY(test::runSaylau({u"--lang"_s, u"en"_s, u"report"_s, m_demo, u"--contest"_s, u"mazhilis"_s})
                    .out.contains(u"10 January 2021"_s));

        run = test::runSaylau({u"report"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--lang"_s, u"de"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--lang must be one of ru, kk, en"_s), qPrintable(run.err));
    }

    void oblastTableWarnsThatItDoesNotAddUp()
    {
        const Run run = report({u"--contest"_s, u"oblast-maslikhat"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"38%"_s));
        QVERIFY(run.out.contains(u"64%"_s));
        QVERIFY(run.out.contains(u"102%"_s));
    }

    void csvParsesWithOneRowPerRegionAndSource()
    {
        const Run run = report({u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"csv"_s, u"--by"_s, u"region"_s,
                                u"--source"_s, u"both"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        const QStringList header = lines.at(0).split(u',');
        QCOMPARE(header.mid(0, 11), (QStringList{u"contest"_s, u"source"_s, u"level"_s, u"region"_s, u"tik"_s,
                                                 u"code"_s, u"name"_s, u"stored_name"_s, u"precincts"_s,
                                                 u"protocols"_s, u"voters"_s}));
        QCOMPARE(lines.size(), 1 + 2 * (1 + 8)); // total and 8 regions, observer and official
        for (const QString &line : lines)
            QCOMPARE(line.split(u',').size(), header.size());
        const QStringList total = lines.at(1).split(u',');
        QCOMPARE(total.at(header.indexOf(u"source"_s)), u"observer"_s);
        QCOMPARE(total.at(header.indexOf(u"level"_s)), u"total"_s);
        QCOMPARE(total.at(header.indexOf(u"precincts"_s)), u"192"_s);
        QCOMPARE(total.at(header.indexOf(u"voters"_s)), u"433325"_s);
        QCOMPARE(total.at(header.indexOf(u"turnout_pct"_s)), u"32"_s);
        QCOMPARE(total.at(header.indexOf(u"synthetic"_s)), u"true"_s);
        QCOMPARE(lines.at(2).split(u',').at(header.indexOf(u"source"_s)), u"official"_s);
    }

    // A precinct moved under a district added after it stays in every total above it: the summary adds each
    // subtree into its parent, and the territory comes parents first whatever the ids.
    void aPrecinctMovedUnderANewerDistrictStaysInTheTotals()
    {
        const QString moved = TestEngine::freshLocation(m_dir.path(), u"moved.db"_s);
        QCOMPARE(saylau({u"demo"_s, moved}).exitCode, 0);
        const QStringList options{u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"csv"_s, u"--by"_s, u"region"_s,
                                  u"--source"_s, u"observer"_s};
        const auto rows = [&] {
            const Run run = saylau(QStringList{u"report"_s, moved} + options);
            QMap<QString, QString> precincts; // "total" or the region's name: its precincts and voters
            const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
            const QStringList header = lines.at(0).split(u',');
            for (const QString &line : lines.mid(1)) {
                const QStringList cells = line.split(u',');
                const QString level = cells.at(header.indexOf(u"level"_s));
                precincts.insert(level == u"total"_s ? level : cells.at(header.indexOf(u"name"_s)),
                                 cells.at(header.indexOf(u"precincts"_s)) + u' ' + cells.at(header.indexOf(u"voters"_s)));
            }
            return precincts;
        };
        const QMap<QString, QString> before = rows();
        const test::MovedPrecinct move = test::moveAPrecinctUnderANewDistrict(moved);
        const QMap<QString, QString> after = rows();
        QCOMPARE(after.value(u"total"_s), before.value(u"total"_s));
        QVERIFY2(after.value(move.fromRegion) != before.value(move.fromRegion), qPrintable(move.fromRegion));
        QVERIFY2(after.value(move.toRegion) != before.value(move.toRegion), qPrintable(move.toRegion));
    }

    // Rows of the CSV, each a map from the header's columns to its cells (names may hold commas).
    QList<QMap<QString, QString>> csvRows(const QString &csv, const QString &name)
    {
        CsvReader reader(test::writeFixture(m_dir.filePath(name), csv.toUtf8()));
        if (!reader.readRecord())
            return {};
        const QStringList header = reader.fields();
        QList<QMap<QString, QString>> rows;
        while (reader.readRecord()) {
            QMap<QString, QString> row;
            for (int c = 0; c < header.size(); ++c)
                row.insert(header.at(c), reader.fields().value(c));
            rows.append(row);
        }
        return rows;
    }

    // Every precinct and TIK row says where it lies, in names as stored: the same CSV whatever the language,
    // and the region and TIK beside the number name each precinct once. Shown names follow the language.
    void rowsNameTheirPlaceAsStoredInEveryLanguage()
    {
        const auto csv = [this](const QString &by, const QString &language) {
            const Run run = test::runSaylau({u"report"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--source"_s,
                                             u"observer"_s, u"--by"_s, by, u"--format"_s, u"csv"_s, u"--lang"_s,
                                             language});
            return run.exitCode == 0 ? run.out : QString();
        };
        const QString precinctsRu = csv(u"uik"_s, u"ru"_s);
        QCOMPARE(csv(u"uik"_s, u"en"_s), precinctsRu);
        const QList<QMap<QString, QString>> precincts = csvRows(precinctsRu, u"precincts.csv"_s);
        QCOMPARE(precincts.size(), 1 + 192);
        QSet<QString> places;
        int underTik = 0;
        for (const QMap<QString, QString> &row : precincts.mid(1)) {
            QCOMPARE(row.value(u"level"_s), u"precinct"_s);
            QVERIFY2(!row.value(u"region"_s).isEmpty(), qPrintable(row.value(u"code"_s)));
            underTik += row.value(u"tik"_s).isEmpty() ? 0 : 1;
            places.insert(row.value(u"region"_s) + u'/' + row.value(u"tik"_s) + u'/' + row.value(u"code"_s));
        }
        QVERIFY(underTik > 0);
        QCOMPARE(places.size(), 192);

        const QList<QMap<QString, QString>> tiks = csvRows(csv(u"tik"_s, u"en"_s), u"tiks.csv"_s);
        QVERIFY(tiks.size() > 1);
        for (const QMap<QString, QString> &row : tiks.mid(1)) {
            QVERIFY2(!row.value(u"region"_s).isEmpty(), qPrintable(row.value(u"stored_name"_s)));
            QCOMPARE(row.value(u"tik"_s), QString());
        }

        // Regions: the name in the language (the book of names gives the kz presets' English ones), the
        // stored name the same.
        const QList<QMap<QString, QString>> en = csvRows(csv(u"region"_s, u"en"_s), u"regions-en.csv"_s);
        const QList<QMap<QString, QString>> ru = csvRows(csv(u"region"_s, u"ru"_s), u"regions-ru.csv"_s);
        QCOMPARE(en.size(), ru.size());
        QVERIFY(en.size() > 2);
        for (int r = 1; r < en.size(); ++r) {
            QCOMPARE(en.at(r).value(u"stored_name"_s), ru.at(r).value(u"stored_name"_s));
            QCOMPARE(ru.at(r).value(u"name"_s), ru.at(r).value(u"stored_name"_s));
            QVERIFY2(en.at(r).value(u"name"_s) != ru.at(r).value(u"name"_s), qPrintable(en.at(r).value(u"name"_s)));
        }
    }

    void jsonParsesWithTheChosenDenominator()
    {
        const Run run = report({u"--contest"_s, u"city-maslikhat"_s, u"--format"_s, u"json"_s, u"--denominator"_s,
                                u"valid"_s, u"--precision"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"format"_s).toString(), u"saylau-summary-report"_s);
        QCOMPARE(json.value(u"share_base"_s).toString(), u"valid"_s);
        QCOMPARE(json.value(u"precision"_s).toInt(), 1);
        QVERIFY(json.value(u"election"_s).toObject().value(u"synthetic"_s).toBool());
        const QJsonObject total = json.value(u"rows"_s).toArray().at(0).toObject();
        QCOMPARE(total.value(u"precincts"_s).toInt(), 99);
        QCOMPARE(total.value(u"counts"_s).toObject().value(u"voters"_s).toInteger(), 225070);
        QCOMPARE(total.value(u"percent"_s).toObject().value(u"turnout"_s).toDouble(), 23.0);
        QCOMPARE(json.value(u"parties"_s).toArray().size(), 5);
    }

    // The coverage line's voter share is taken over the precincts whose official figures give the voters, and
    // says so when those are not all the precincts it counts; regions where the contest has no figures at all
    // are left out of both, and named as left out. It used to put 2,000 voters of two precincts beside five.
    void coverageSaysWhichPrecinctsItsVotersBelongTo()
    {
        const QList<qint64> figures = test::consistentKzFigures(); // 1,000 voters
        const QString path = test::writeKzCampaign(TestEngine::freshLocation(m_dir.path(), u"coverage.db"_s),
                                                   {{u"1"_s, SourceKind::Official, figures},
                                                    {u"1"_s, SourceKind::Observer, figures},
                                                    {u"2"_s, SourceKind::Official, figures},
                                                    {u"3"_s, SourceKind::Observer, figures}});
        {
            auto store = CampaignStore::open(path);
            const QList<TerritoryNode> regions = store->territoryChildren(store->territoryChildren(0).constFirst().id);
            store->addTerritory({0, regions.at(0).id, TerritoryNode::Level::Precinct, u"4"_s, {}, {}});
            store->addTerritory({0, regions.at(1).id, TerritoryNode::Level::Precinct, u"9"_s, {}, {}});
        }
        const NumberFormat format(QLocale(), 1);
        Run run = saylau({u"report"_s, path, u"--contest"_s, u"mazhilis"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"The copies cover 2 of 4 precincts (%1). The official figures of 2 of these "
                                  "precincts give %2 voters on the list; the copies cover 1 of those precincts (%1) "
                                  "and %3 of their voters (%1)."_s
                                      .arg(format.fraction(0.5), format.count(2000), format.count(1000))),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Left out: 1 region"_s) && run.out.contains(u"(1 precincts)"_s), qPrintable(run.out));

        run = saylau({u"estimate"_s, path, u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject coverage = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"coverage"_s).toObject();
        const QJsonObject total = coverage.value(u"total"_s).toObject();
        QCOMPARE(total.value(u"precincts"_s).toInt(), 4);
        QCOMPARE(total.value(u"precincts_with_official_voters"_s).toInt(), 2);
        QCOMPARE(total.value(u"observed_voters"_s).toDouble(), 2000.0);
        QCOMPARE(total.value(u"observed_voters_counted"_s).toDouble(), 1000.0);
        QCOMPARE(total.value(u"voter_share"_s).toDouble(), 0.5);
        QCOMPARE(coverage.value(u"regions"_s).toArray().size(), 1);
        QCOMPARE(coverage.value(u"regions_left_out"_s).toInt(), 1);

        // Official figures for every precinct counted: one set, one sentence.
        const QString full = test::writeKzCampaign(TestEngine::freshLocation(m_dir.path(), u"coverage-full.db"_s),
                                                   {{u"1"_s, SourceKind::Official, figures},
                                                    {u"1"_s, SourceKind::Observer, figures},
                                                    {u"2"_s, SourceKind::Official, figures}});
        run = saylau({u"report"_s, full, u"--contest"_s, u"mazhilis"_s});
        QVERIFY2(run.out.contains(u"The copies cover 1 of 2 precincts (%1) and %2 of %3 voters on the list (%1)."_s
                                      .arg(format.fraction(0.5), format.count(1000), format.count(2000))),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(u"Left out"_s));
    }

    void aHundredThousandCharacterNameMakesAnOrdinaryPdfInBoundedMemory()
    {
        if (TestEngine::isServer())
            QSKIP("imports a CSV file, which saylau import does not do into a server campaign yet");
        // A region whose name is 100,000 letters with no space to break at: the PDF writer once took 453 MB
        // for a fifth of it and died of std::bad_alloc on the whole. The report now runs under a 2 GB limit on
        // its address space and writes a file of ordinary size, with the name cut.
        const QString db = TestEngine::freshLocation(m_dir.path(), u"long-name.db"_s);
        QCOMPARE(saylau({u"init"_s, db, u"--preset"_s, u"ru-duma-2011"_s}).exitCode, 0);
        const QByteArray name = QString(100000, u'Я').toUtf8();
        const QString csv = test::writeFixture(
            m_dir.filePath(u"long-name.csv"_s),
            "region,tik,uik,\"Число избирателей, внесенных в список избирателей\",\"6. Всероссийская политическая "
            "партия \"\"ЕДИНАЯ РОССИЯ\"\"\"\n"
                + name + ",ТИК " + name + ",1,1000,400\n" + name + ",ТИК 2,2,900,300\n");
        const Run import = saylau({u"import"_s, db, csv, u"--source"_s, u"official"_s, u"--quiet"_s});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));

        const QString pdf = m_dir.filePath(u"long-name.pdf"_s);
        QProcess process;
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer reserves terabytes of address space for its shadow memory, so no limit on the address
        // space lets the program start (scripts/sanitize.sh); the release build checks the bound.
        qInfo("AddressSanitizer build: the report runs without the 2 GB address-space limit");
#else
        process.setChildProcessModifier([] {
            const rlimit limit{rlim_t(2) << 30, rlim_t(2) << 30};
            setrlimit(RLIMIT_AS, &limit);
        });
#endif
        process.start(QStringLiteral(SAYLAU_CLI_PATH), {u"report"_s, db, u"--source"_s, u"official"_s, u"--by"_s,
                                                         u"tik"_s, u"--out"_s, pdf});
        QVERIFY(process.waitForFinished(120000));
#ifdef SAYLAU_HAS_RENDER
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        QVERIFY2(file.size() < 4 << 20, qPrintable(QString::number(file.size())));
#else
        // A -DSAYLAU_GUI=OFF build draws nothing: it says so.
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("not in this build"));
#endif

        // The text table pads every line to its widest cell: the name is cut there too.
        const Run text = saylau({u"report"_s, db, u"--source"_s, u"official"_s, u"--by"_s, u"region"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.size() < 20000, qPrintable(QString::number(text.out.size())));
        QVERIFY(text.out.contains(QString(79, u'Я') + QChar(0x2026)));
    }

    void failuresExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("missing file") << QStringList{u"report"_s, u"/nonexistent/none.db"_s};
        QTest::newRow("unknown contest") << QStringList{u"report"_s, u"DEMO"_s, u"--contest"_s, u"senate"_s};
        QTest::newRow("contest left out of a three-contest file") << QStringList{u"report"_s, u"DEMO"_s};
        QTest::newRow("bad level") << QStringList{u"report"_s, u"DEMO"_s, u"--contest"_s, u"mazhilis"_s,
                                                  u"--by"_s, u"street"_s};
        QTest::newRow("bad denominator") << QStringList{u"report"_s, u"DEMO"_s, u"--contest"_s, u"mazhilis"_s,
                                                        u"--denominator"_s, u"voters"_s};
        QTest::newRow("no file") << QStringList{u"report"_s};
    }

    void failuresExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(u"DEMO"_s, m_demo);
        const Run run = test::runSaylau(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
