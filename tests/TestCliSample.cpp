// `saylau sample` and `saylau estimate` as a user runs them on the demo campaign: the demo's copies are not a
// random sample and the estimate says so; a drawn sample is reproducible from its seed, stored, and written as
// a deployment list; estimates from it carry intervals; bad input exits 2 and leaves the stored sample alone.

#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestCliSample : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;

    QTemporaryDir m_dir;
    QString m_demo;

    // In this process (tests/CliRunner.h): no program to start for each of the many runs.
    static Run saylau(const QStringList &arguments) { return test::execSaylau(arguments); }

    QJsonObject estimateJson(const QString &file)
    {
        const Run run = saylau({u"estimate"_s, file, u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"json"_s});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString newDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Run demo = saylau({u"demo"_s, path});
        return demo.exitCode == 0 ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = newDemo(u"demo.db"_s);
        QVERIFY(!m_demo.isEmpty());
    }

    void demoCopiesAreNotARandomSampleAndGetNoMarginOfError()
    {
        const Run text = saylau({u"estimate"_s, m_demo, u"--contest"_s, u"mazhilis"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"do not come from a random sample"_s), qPrintable(text.out));
        QVERIFY(!text.out.contains(u"95% interval"_s));
        // Coverage: Kyzylorda's 22 precincts are all observed; the country's published voters are the base.
        QVERIFY(text.out.contains(u"Total"_s));

        const QJsonObject json = estimateJson(m_demo);
        QCOMPARE(json.value(u"design"_s).toObject().value(u"random_sample"_s).toBool(true), false);
        QCOMPARE(json.value(u"sampled"_s).toInt(-1), 0);
        const QJsonObject turnout = json.value(u"turnout"_s).toObject();
        QVERIFY(turnout.contains(u"estimate"_s) && turnout.value(u"estimate"_s).isNull());
        QVERIFY(turnout.value(u"low"_s).isNull() && turnout.value(u"high"_s).isNull());
        QVERIFY(turnout.value(u"official_inside"_s).isNull());
        // The official national turnout (CEC: 7,539,280 of 11,919,241) is still there to read.
        QVERIFY(std::abs(turnout.value(u"official"_s).toDouble() - 7539280.0 / 11919241.0) < 1e-9);
        const QJsonArray parties = json.value(u"parties"_s).toArray();
        QCOMPARE(parties.size(), 5);
        QVERIFY(parties.at(0).toObject().value(u"estimate"_s).isNull());
        const QJsonObject coverage = json.value(u"coverage"_s).toObject().value(u"total"_s).toObject();
        QCOMPARE(coverage.value(u"observed_precincts"_s).toInt(), 192);
        QCOMPARE(coverage.value(u"observed_voters"_s).toDouble(), 433325.0);
        QCOMPARE(coverage.value(u"voters"_s).toDouble(), 11919241.0);

        // The summary report says the same under its table.
        const Run report = saylau({u"report"_s, m_demo, u"--contest"_s, u"mazhilis"_s});
        QCOMPARE(report.exitCode, 0);
        QVERIFY(report.out.contains(u"do not come from a random sample"_s));
        // The voters are the country's published total, which counts precincts beyond the demo's list: said so.
        QVERIFY2(report.out.contains(u"The copies cover 192 of 370 precincts (51.9%) and 433,325 of the 11,919,241 "
                                     "voters on the list in the official figures, which include totals published"_s),
                 qPrintable(report.out));
    }

    void theSameSeedDrawsTheSameListInAnyCopyOfTheCampaign()
    {
        const QString first = m_dir.filePath(u"first.csv"_s);
        const QString second = m_dir.filePath(u"second.csv"_s);
        const QString other = newDemo(u"other.db"_s);
        const QStringList options{u"--contest"_s, u"mazhilis"_s, u"--size"_s, u"60"_s, u"--seed"_s, u"42"_s};
        const Run run = saylau(QStringList{u"sample"_s, m_demo} + options + QStringList{u"--out"_s, first});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"seed 42"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Expected margin of error"_s));
        QCOMPARE(saylau(QStringList{u"sample"_s, other} + options + QStringList{u"--out"_s, second}).exitCode, 0);
        const QByteArray list = read(first);
        QCOMPARE(list, read(second));
        const QList<QByteArray> lines = list.trimmed().split('\n');
        QCOMPARE(lines.size(), 61);
        QVERIFY(lines.first().startsWith("region,district,precinct,address,voters"));
        // Another seed, another list.
        const QString third = m_dir.filePath(u"third.csv"_s);
        QCOMPARE(saylau({u"sample"_s, other, u"--contest"_s, u"mazhilis"_s, u"--size"_s, u"60"_s, u"--seed"_s, u"43"_s,
                         u"--out"_s, third})
                     .exitCode,
                 0);
        QVERIFY(read(third) != list);

        const QJsonObject design = estimateJson(m_demo).value(u"design"_s).toObject();
        QCOMPARE(design.value(u"random_sample"_s).toBool(), true);
        QCOMPARE(design.value(u"seed"_s).toString(), u"42"_s);
        QCOMPARE(design.value(u"stratify"_s).toString(), u"region"_s);
        QCOMPARE(design.value(u"allocation"_s).toString(), u"proportional"_s);
        const QJsonArray strata = design.value(u"strata"_s).toArray();
        int sampled = 0;
        for (const QJsonValue &s : strata) {
            const QJsonObject o = s.toObject();
            QVERIFY(o.value(u"sample_size"_s).toInt() >= 2);
            QCOMPARE(o.value(u"inclusion_probability"_s).toDouble(),
                     double(o.value(u"sample_size"_s).toInt()) / o.value(u"precincts"_s).toInt());
            sampled += o.value(u"sample_size"_s).toInt();
        }
        QCOMPARE(sampled, 60);
    }

    void aCensusOfOneStratumEstimatesTheObservedFigures()
    {
        // All 370 precincts drawn without strata: the 192 with copies report, all weigh the same, so the
        // estimates are the observed figures (README: 138,664 of 433,325 voted; Nur Otan 68,916).
        const QString file = newDemo(u"census.db"_s);
        const Run run = saylau({u"sample"_s, file, u"--contest"_s, u"mazhilis"_s, u"--size"_s, u"370"_s,
                                u"--stratify"_s, u"none"_s, u"--seed"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = estimateJson(file);
        QCOMPARE(json.value(u"sampled"_s).toInt(), 370);
        QCOMPARE(json.value(u"reported"_s).toInt(), 192);
        QCOMPARE(json.value(u"reported_voters"_s).toDouble(), 433325.0);
        QCOMPARE(json.value(u"share_base"_s).toString(), u"cast"_s);
        const QJsonObject turnout = json.value(u"turnout"_s).toObject();
        QVERIFY(std::abs(turnout.value(u"estimate"_s).toDouble() - 138664.0 / 433325.0) < 1e-12);
        QVERIFY(turnout.value(u"low"_s).toDouble() < turnout.value(u"estimate"_s).toDouble());
        QVERIFY(turnout.value(u"high"_s).toDouble() > turnout.value(u"estimate"_s).toDouble());
        // The demo's official turnout (63%) is far outside what the copies support.
        QCOMPARE(turnout.value(u"official_inside"_s).toBool(true), false);
        bool foundLeader = false;
        for (const QJsonValue &p : json.value(u"parties"_s).toArray()) {
            const QJsonObject o = p.toObject();
            QVERIFY(o.contains(u"name"_s) && o.contains(u"official"_s) && o.contains(u"official_inside"_s));
            if (o.value(u"name"_s).toString() == u"Nur Otan"_s) {
                foundLeader = true;
                QVERIFY(std::abs(o.value(u"estimate"_s).toDouble() - 68916.0 / 138664.0) < 1e-12);
            }
        }
        QVERIFY(foundLeader);
        const Run csv = saylau({u"estimate"_s, file, u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(u"scope,name,figure,estimate,standard_error,low,high,official,official_inside,"_s));
        QVERIFY(csv.out.contains(u"total,Total,turnout,"_s));
        const Run report = saylau({u"report"_s, file, u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"json"_s});
        const QJsonArray sample = QJsonDocument::fromJson(report.out.toUtf8()).object().value(u"sample"_s).toArray();
        QCOMPARE(sample.size(), 7); // the statement, turnout and five parties
        QVERIFY2(sample.at(1).toString().startsWith(u"Turnout: estimate 32.0%"_s), qPrintable(sample.at(1).toString()));
        QVERIFY(sample.at(1).toString().contains(u"official 63.3%, OUTSIDE the interval"_s));
    }

    void theHelperSaysHowManyPrecinctsAMarginNeeds()
    {
        const Run run = saylau({u"sample"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--margin"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"for a margin of error of ±1 points"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"ratio estimator"_s));
    }

    void badInputExitsTwoAndKeepsTheStoredSample()
    {
        const QString before = QString::fromUtf8(QJsonDocument(estimateJson(m_demo).value(u"design"_s).toObject()).toJson());
        const QList<QPair<QStringList, QString>> cases{
            {{u"--size"_s, u"5"_s}, u"at least 16"_s},
            {{u"--size"_s, u"0"_s}, u"--size"_s},
            {{u"--size"_s, u"20"_s, u"--seed"_s, u"abc"_s}, u"--seed"_s},
            {{u"--size"_s, u"20"_s, u"--stratify"_s, u"county"_s}, u"--stratify"_s},
            {{u"--size"_s, u"20"_s, u"--allocation"_s, u"optimal"_s}, u"--allocation"_s},
            {{u"--size"_s, u"1000"_s}, u"more than the 370"_s},
            {{}, u"--size"_s},
        };
        for (const auto &[options, message] : cases) {
            const Run run = saylau(QStringList{u"sample"_s, m_demo, u"--contest"_s, u"mazhilis"_s} + options);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        }
        QCOMPARE(QString::fromUtf8(QJsonDocument(estimateJson(m_demo).value(u"design"_s).toObject()).toJson()), before);
        const Run format = saylau({u"estimate"_s, m_demo, u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"xml"_s});
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.err.contains(u"xml"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliSample)
#include "TestCliSample.moc"
