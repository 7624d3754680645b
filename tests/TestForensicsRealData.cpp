// The forensics of the 2011 State Duma results against an independent recomputation over the CSV itself
// (tests/forensics_reference.py, Python with numpy's binomial sampler), not over SaylauDesk's store: observed
// integer counts and the fingerprint's bins exactly, the Monte Carlo means within 3 standard errors. Also the
// summary report's Forensics page against `saylau forensics --format json` on the same campaign.

#include "CliRunner.h"
#include "ForensicsPageCheck.h"
#include "analysis/ForensicsChartBuilder.h"
#include "analysis/IntegerPercentTest.h"
#include "io/Importer.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestForensicsRealData : public QObject
{
    Q_OBJECT

private:
    static constexpr int draws = 200;
    QTemporaryDir m_dir;
    std::unique_ptr<CampaignStore> m_store;
    ForensicsData m_data;
    QJsonObject m_reference;
    bool m_referenceHasMonteCarlo = false;

    static QString csvPath() { return QStringLiteral(SAYLAU_SHARED_DATA_DIR "/ru-duma-2011-uik.csv"); }

    // The first Python 3 on this machine that has numpy (a pyenv shim may come first on PATH without it).
    static QString python()
    {
        QStringList candidates{QStandardPaths::findExecutable(u"python3"_s), u"/usr/bin/python3"_s};
        for (const QString &candidate : candidates) {
            if (candidate.isEmpty())
                continue;
            QProcess probe;
            probe.start(candidate, {u"-c"_s, u"import numpy"_s});
            if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
                return candidate;
        }
        return QStandardPaths::findExecutable(u"python3"_s);
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(csvPath()))
            QSKIP("ru-duma-2011-uik.csv is not present (set SAYLAU_SHARED_DATA_DIR)");
        m_store = CampaignStore::create(m_dir.filePath(u"duma.db"_s));
        PresetLibrary::apply(*m_store, PresetLibrary::campaignPreset(u"ru-duma-2011"_s));
        Importer::Options options;
        options.contestId = m_store->contests().constFirst().id;
        options.source = SourceKind::Official;
        Importer(*m_store, csvPath(), options).run();
        m_data = ForensicsData::fromStore(*m_store, m_store->contests().constFirst(), SourceKind::Official);

        const QString interpreter = python();
        QVERIFY2(!interpreter.isEmpty(), "python3 is needed for the independent recomputation");
        QProcess reference;
        reference.start(interpreter, {QStringLiteral(SAYLAU_TESTS_DIR "/forensics_reference.py"), csvPath(),
                                      QString::number(draws), u"11"_s});
        QVERIFY(reference.waitForFinished(600000));
        QVERIFY2(reference.exitCode() == 0, reference.readAllStandardError().constData());
        m_reference = QJsonDocument::fromJson(reference.readAllStandardOutput()).object();
        QVERIFY(!m_reference.isEmpty());
        m_referenceHasMonteCarlo = m_reference.contains(u"turnout_mean"_s);
    }

    void observedCountsAgreeExactly()
    {
        const IntegerPercentTest::Result result = IntegerPercentTest::run(m_data, {1, 2, 0});
        QCOMPARE(result.precincts, m_reference.value(u"precincts"_s).toInt());
        QCOMPARE(result.tested, m_reference.value(u"tested"_s).toInt());
        QCOMPARE(result.leftOutSmall, m_reference.value(u"left_out_small"_s).toInt());
        QCOMPARE(m_data.leader() + 1, m_reference.value(u"leader_position"_s).toInt());
        QCOMPARE(result.total.turnout.observed, m_reference.value(u"turnout_observed"_s).toInteger());
        QCOMPARE(result.total.leaderShare.observed, m_reference.value(u"share_observed"_s).toInteger());
        // As published for 2011 by Kobak et al.: far more integer shares than chance, in this file 10,372.
        QCOMPARE(result.total.leaderShare.observed, 10372);
    }

    void fingerprintBinsAgreeExactly()
    {
        const QList<int> ours = ForensicsChartBuilder::fingerprint(m_data);
        const QJsonArray theirs = m_reference.value(u"fingerprint"_s).toArray();
        QCOMPARE(ours.size(), theirs.size());
        int differing = 0;
        for (int i = 0; i < ours.size(); ++i)
            differing += ours.at(i) != theirs.at(i).toInt() ? 1 : 0;
        QCOMPARE(differing, 0);
        QCOMPARE(std::accumulate(ours.cbegin(), ours.cend(), 0), 95224);
    }

    void regionFingerprintsHoldEachRegionsPrecincts()
    {
        ChartDataBuilder::Options options;
        options.kind = ChartSpec::Kind::FingerprintByRegion;
        const ChartSpec spec = ForensicsChartBuilder::build(m_data, options);
        QCOMPARE(spec.panels.size(), 84);
        QList<int> perRegion(m_data.regions().size(), 0);
        for (const ForensicsData::Precinct &p : m_data.precincts())
            perRegion[p.region] += p.ballots > 0 && p.ballots <= p.voters ? 1 : 0;
        int total = 0;
        for (const ChartSpec::Panel &panel : spec.panels) {
            const int sum = std::accumulate(panel.heatMap.counts.cbegin(), panel.heatMap.counts.cend(), 0);
            QCOMPARE(sum, perRegion.at(m_data.regions().indexOf(panel.title)));
            total += sum;
        }
        QCOMPARE(total, 95224);
    }

    void monteCarloMeansAgreeWithNumpy()
    {
        if (!m_referenceHasMonteCarlo)
            QFAIL("numpy is missing (python3-numpy, installed by scripts/setup.sh): the Monte Carlo cannot be checked");
        IntegerPercentTest::Options options;
        options.draws = draws;
        options.seed = 5;
        const IntegerPercentTest::Result result = IntegerPercentTest::run(m_data, options);
        const auto agree = [&](const IntegerPercentTest::Statistic &ours, const QString &prefix) {
            const double mean = m_reference.value(prefix + u"_mean"_s).toDouble();
            const double sd = m_reference.value(prefix + u"_sd"_s).toDouble();
            // Two independent means of `draws` draws each: their difference has this standard error.
            const double standardError = std::sqrt((ours.expectedSd * ours.expectedSd + sd * sd) / draws);
            const QByteArray message = QStringLiteral("%1: ours %2 ± %3, numpy %4 ± %5").arg(prefix).arg(ours.expectedMean)
                                           .arg(ours.expectedSd).arg(mean).arg(sd).toUtf8();
            QVERIFY2(std::abs(ours.expectedMean - mean) <= 3 * standardError, message.constData());
            // The spreads are those of the same null too (within a quarter: 200 draws estimate an SD to ±5%).
            QVERIFY2(std::abs(ours.expectedSd - sd) <= 0.25 * sd, message.constData());
        };
        agree(result.total.turnout, u"turnout"_s);
        agree(result.total.leaderShare, u"share"_s);
    }

    void reportPageHoldsTheForensicsCommandsNumbers()
    {
        const test::CliRun run = test::execSaylau({u"forensics"_s, m_dir.filePath(u"duma.db"_s), u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        SummaryReport::Options options;
        options.sources = {SourceKind::Official};
        const SummaryReport report = SummaryReport::fromStore(*m_store, m_store->contests().constFirst().id, options);
        SummaryReportWriter writer(report);
        writer.setForensics(ForensicsReport::forSummary(*m_store, m_store->contests().constFirst(), options.sources));
        const SummaryReportWriter::Table table = writer.forensicsTable();
        QCOMPARE(table.size(), 1 + 2 + 2 * 10);
        const QString differs = test::forensicsPageDiffers(table, QJsonDocument::fromJson(run.out.toUtf8()).object());
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }
};

QTEST_GUILESS_MAIN(TestForensicsRealData)
#include "TestForensicsRealData.moc"
