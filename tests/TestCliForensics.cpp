// `saylau forensics` as a user runs it on the demo campaign: text, CSV and JSON, the same numbers for the
// same seed, and the usage errors.

#include "io/DemoCampaign.h"

#include "MovedPrecinct.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestCliForensics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int forensics(const QStringList &arguments, QByteArray *output = nullptr, QByteArray *error = nullptr) const
    {
        QProcess cli;
        cli.start(QStringLiteral(SAYLAU_CLI_PATH), QStringList{u"forensics"_s, m_dir.filePath(u"demo.db"_s)} + arguments);
        if (!cli.waitForFinished(120000))
            return -1;
        if (output)
            *output = cli.readAllStandardOutput();
        if (error)
            *error = cli.readAllStandardError();
        return cli.exitCode();
    }

private slots:
    void initTestCase() { DemoCampaign::create(m_dir.filePath(u"demo.db"_s)); }

    void jsonHasTheDocumentedKeys()
    {
        QByteArray output;
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"json"_s, u"--draws"_s, u"200"_s}, &output), 0);
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        QCOMPARE(json.value(u"format"_s).toString(), u"saylau-forensics"_s);
        QCOMPARE(json.value(u"source"_s).toString(), u"official"_s);
        QCOMPARE(json.value(u"draws"_s).toInt(), 200);
        QCOMPARE(json.value(u"seed"_s).toString(), u"1"_s);
        const int precincts = json.value(u"precincts"_s).toInt();
        QVERIFY(precincts > 0);
        QCOMPARE(json.value(u"tested"_s).toInt() + json.value(u"left_out_small"_s).toInt()
                     + json.value(u"left_out_other"_s).toInt(),
                 precincts);
        const QJsonArray tests = json.value(u"integer_test"_s).toArray();
        QCOMPARE(tests.size(), 2);
        for (const QJsonValue &test : tests) {
            const QJsonObject row = test.toObject();
            const double excess = row.value(u"observed"_s).toDouble() - row.value(u"expected_mean"_s).toDouble();
            QVERIFY(qFuzzyCompare(1 + row.value(u"excess"_s).toDouble(), 1 + excess));
            QVERIFY(row.value(u"expected_sd"_s).toDouble() > 0);
        }
        const QJsonObject excess = json.value(u"excess_votes"_s).toObject();
        QVERIFY(excess.value(u"model_based"_s).toBool());
        QVERIFY(!excess.value(u"assumptions"_s).toArray().isEmpty());
        QVERIFY(!json.value(u"regions"_s).toArray().isEmpty());
    }

    void sameSeedSameNumbers()
    {
        QByteArray first;
        QByteArray second;
        QByteArray other;
        const QStringList arguments{u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"csv"_s, u"--draws"_s, u"100"_s};
        QCOMPARE(forensics(arguments + QStringList{u"--seed"_s, u"9"_s}, &first), 0);
        QCOMPARE(forensics(arguments + QStringList{u"--seed"_s, u"9"_s}, &second), 0);
        QCOMPARE(forensics(arguments + QStringList{u"--seed"_s, u"10"_s}, &other), 0);
        QVERIFY(first.startsWith("level,region,stored_region,precincts,measure,observed,expected_mean,expected_sd,excess,z"));
        QCOMPARE(first, second);
        QVERIFY(first != other);
    }

    // The contest, the leader and the regions are shown in the language, and given as stored beside: those
    // are the same whatever the language, so that a script can join on them.
    void storedNamesAreTheSameInEveryLanguage()
    {
        QMap<QString, QJsonObject> json;
        QMap<QString, QList<QStringList>> csv;
        for (const QString &language : {u"ru"_s, u"en"_s}) {
            const QStringList arguments{u"--contest"_s, u"mazhilis"_s, u"--draws"_s, u"20"_s, u"--lang"_s, language};
            QByteArray output;
            QCOMPARE(forensics(arguments + QStringList{u"--format"_s, u"json"_s}, &output), 0);
            json.insert(language, QJsonDocument::fromJson(output).object());
            QCOMPARE(forensics(arguments + QStringList{u"--format"_s, u"csv"_s}, &output), 0);
            QList<QStringList> rows;
            for (const QByteArray &line : output.split('\n'))
                if (!line.trimmed().isEmpty())
                    rows.append(QString::fromUtf8(line.trimmed()).split(u','));
            csv.insert(language, rows);
        }
        const QJsonObject ru = json.value(u"ru"_s);
        const QJsonObject en = json.value(u"en"_s);
        for (const QString &key : {u"stored_contest"_s, u"stored_leader"_s}) {
            QVERIFY2(!ru.value(key).toString().isEmpty(), qPrintable(key));
            QCOMPARE(en.value(key), ru.value(key));
        }
        QVERIFY(en.value(u"contest"_s) != ru.value(u"contest"_s));
        const QJsonArray ruRegions = ru.value(u"regions"_s).toArray();
        const QJsonArray enRegions = en.value(u"regions"_s).toArray();
        QCOMPARE(enRegions.size(), ruRegions.size());
        bool translated = false;
        for (int r = 0; r < ruRegions.size(); ++r) {
            const QJsonObject ruRegion = ruRegions.at(r).toObject();
            const QJsonObject enRegion = enRegions.at(r).toObject();
            QCOMPARE(enRegion.value(u"stored_region"_s), ruRegion.value(u"stored_region"_s));
            QCOMPARE(ruRegion.value(u"stored_region"_s), ruRegion.value(u"region"_s));
            translated = translated || enRegion.value(u"region"_s) != ruRegion.value(u"region"_s);
        }
        QVERIFY(translated);

        const QList<QStringList> ruCsv = csv.value(u"ru"_s);
        const QList<QStringList> enCsv = csv.value(u"en"_s);
        QCOMPARE(enCsv.size(), ruCsv.size());
        QCOMPARE(ruCsv.at(0), enCsv.at(0));
        const qsizetype stored = ruCsv.at(0).indexOf(u"stored_region"_s);
        QVERIFY(stored > 0);
        for (int r = 0; r < ruCsv.size(); ++r)
            QCOMPARE(enCsv.at(r).at(stored), ruCsv.at(r).at(stored));
    }

    void textSaysWhatItIs()
    {
        QByteArray output;
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--draws"_s, u"50"_s, u"--source"_s, u"observer"_s}, &output), 0);
        const QString text = QString::fromUtf8(output);
        QVERIFY(text.contains(u"model-based estimate"_s));
        QVERIFY(text.contains(u"fewer than 100 voters"_s));
        QVERIFY(text.contains(u"50 Monte Carlo draw"_s));
    }

    void oneRegion()
    {
        QByteArray all;
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"json"_s, u"--draws"_s, u"20"_s}, &all), 0);
        const QJsonObject first = QJsonDocument::fromJson(all).object().value(u"regions"_s).toArray().at(0).toObject();
        QByteArray one;
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"json"_s, u"--draws"_s, u"20"_s, u"--region"_s,
                            first.value(u"region"_s).toString()},
                           &one),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(one).object();
        QCOMPARE(json.value(u"tested"_s).toInt(), first.value(u"precincts"_s).toInt());
        QCOMPARE(json.value(u"integer_test"_s).toArray().at(0).toObject().value(u"observed"_s),
                 first.value(u"integer_test"_s).toArray().at(0).toObject().value(u"observed"_s));
    }

    // A precinct moved under a district added after it (so with a lower id than its new parent) counts in its
    // new region: the regions are not found by reading the tree in id order alone.
    void aMovedPrecinctCountsInItsNewRegion()
    {
        const QString moved = m_dir.filePath(u"moved.db"_s);
        QVERIFY(QFile::copy(m_dir.filePath(u"demo.db"_s), moved));
        const test::MovedPrecinct move = test::moveAPrecinctUnderANewDistrict(moved);
        const QString &from = move.fromRegion;
        const QString &to = move.toRegion;
        const auto precinctsByRegion = [](const QString &file) {
            QProcess cli;
            cli.start(QStringLiteral(SAYLAU_CLI_PATH), {u"forensics"_s, file, u"--contest"_s, u"mazhilis"_s, u"--format"_s,
                                                       u"json"_s, u"--draws"_s, u"20"_s});
            cli.waitForFinished(120000);
            QMap<QString, int> counts;
            for (const QJsonValue &region : QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"regions"_s).toArray())
                counts.insert(region.toObject().value(u"region"_s).toString(), region.toObject().value(u"precincts"_s).toInt());
            return counts;
        };
        const QMap<QString, int> before = precinctsByRegion(m_dir.filePath(u"demo.db"_s));
        const QMap<QString, int> after = precinctsByRegion(moved);
        QVERIFY(!before.isEmpty());
        QCOMPARE(after.value(from), before.value(from) - 1);
        QCOMPARE(after.value(to), before.value(to) + 1);
        // No precinct lost its region (before the fix the moved one fell under "(no region)").
        QCOMPARE(after.size(), before.size() + (before.contains(to) ? 0 : 1));
    }

    // `saylau bench forensics` times the whole `saylau forensics` and `saylau report` processes on the same file
    // and prints their ratio: the figure issue 15's goal is stated in. It starts both as processes of their own,
    // so it runs from the real program.
    void benchPrintsTheWholeProcessesAndTheirRatio()
    {
        QProcess bench;
        bench.start(QStringLiteral(SAYLAU_CLI_PATH),
                    {u"bench"_s, u"forensics"_s, m_dir.filePath(u"demo.db"_s), u"--contest"_s, u"mazhilis"_s, u"--draws"_s,
                     u"20"_s, u"--runs"_s, u"1"_s});
        QVERIFY(bench.waitForFinished(300000));
        const QString out = QString::fromUtf8(bench.readAllStandardOutput());
        QVERIFY2(bench.exitCode() == 0, qPrintable(out + QString::fromUtf8(bench.readAllStandardError())));
        const auto figures = [&out](const QString &label) {
            const qsizetype at = out.indexOf(label);
            return at < 0 ? QStringList() : out.mid(at + label.size()).section(QLatin1Char('\n'), 0, 0).trimmed().split(u", "_s);
        };
        const QStringList forensics = figures(u"saylau forensics, whole process:"_s);
        const QStringList report = figures(u"saylau report --by region --format csv, whole process:"_s);
        const QStringList ratio = figures(u"ratio forensics / report, whole processes:"_s);
        QVERIFY2(forensics.size() == 3 && report.size() == 3 && ratio.size() == 2, qPrintable(out));
        // "wall 0.123 s", "CPU 0.045 s"; the ratio "wall 0.87", "CPU 0.91", to two decimals.
        const auto number = [](const QString &field) { return field.section(QLatin1Char(' '), 1, 1).toDouble(); };
        QVERIFY(number(forensics.at(0)) > 0 && number(report.at(0)) > 0 && number(report.at(1)) > 0);
        // The ratio of the figures printed, within their rounding (times to 0.0005 s, the ratio to 0.005).
        for (int i : {0, 1}) {
            const double ours = number(forensics.at(i));
            const double theirs = number(report.at(i));
            const double printed = number(ratio.at(i));
            QVERIFY2(std::abs(printed - ours / theirs) <= 0.0051 + printed * 0.0005 * (1 / ours + 1 / theirs), qPrintable(out));
        }
    }

    void usageErrorsExitWithTwo()
    {
        QByteArray error;
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"xml"_s}, nullptr, &error), 2);
        QVERIFY(error.contains("xml"));
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--draws"_s, u"1"_s}, nullptr, &error), 2);
        QVERIFY(error.contains("--draws"));
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--seed"_s, u"-4"_s}, nullptr, &error), 2);
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--source"_s, u"both"_s}, nullptr, &error), 2);
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--leader"_s, u"Nobody"_s}, nullptr, &error), 2);
        QVERIFY(error.contains("Nobody"));
        QCOMPARE(forensics({u"--contest"_s, u"mazhilis"_s, u"--region"_s, u"Atlantis"_s}, nullptr, &error), 2);
        QVERIFY(error.contains("Atlantis"));
        QCOMPARE(forensics({u"--contest"_s, u"nowhere"_s}, nullptr, &error), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliForensics)
#include "TestCliForensics.moc"
