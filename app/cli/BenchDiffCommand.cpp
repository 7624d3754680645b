#include "BenchDiffCommand.h"
#include "Median.h"

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "domain/SaylauError.h"
#include "io/Importer.h"
#include "io/ObserverCopyGenerator.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"
#include "storage/ReferenceComparisonQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <limits>


namespace saylau {

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// A results file given instead of a campaign: a campaign made from it, untimed, with the file as official
// figures and generated observer copies (ObserverCopyGenerator) beside them.
QString prepareCampaign(const QString &csv, const QString &presetId, const QTemporaryDir &dir, QTextStream &err)
{
    const QString path = dir.filePath(QStringLiteral("bench-diff.db"));
    auto store = PresetLibrary::createCampaign(path, PresetLibrary::campaignPreset(presetId));
    Importer::Options options;
    options.contestId = store->contests().constFirst().id;
    options.source = SourceKind::Official;
    options.ballotFromFile = true;
    err << BenchDiffCommand::tr("importing %1 as official figures...").arg(csv) << Qt::endl;
    const qint64 imported = Importer(*store, csv, options).run().imported;
    const ObserverCopyGenerator::Summary copies = ObserverCopyGenerator::generate(*store, options.contestId);
    err << BenchDiffCommand::tr("%1 official protocols; %2 observer copies generated, %3 of them differing")
               .arg(imported)
               .arg(copies.copies)
               .arg(copies.altered)
        << Qt::endl;
    return path;
}

} // namespace

BenchDiffCommand::BenchDiffCommand()
    : Command(QStringLiteral("bench diff"), tr("Time saylau diff against a plain SQL join in the sqlite3 shell"))
{
    addArgument(QStringLiteral("FILE.db|DATA.csv"), tr("A campaign, or a results file to make one from."));
    addContestOption(tr("Contest to compare (may be left out when the file has one)."));
    addOption({QStringLiteral("runs"), tr("Runs of each; the median is reported."), tr("n"), QStringLiteral("3")});
    addOption({QStringLiteral("sqlite3"), tr("The sqlite3 shell to compare with."), tr("path"),
               QStringLiteral("/usr/bin/sqlite3")});
    addOption({QStringLiteral("preset"), tr("For a results file: the campaign preset to import it into."), tr("id"),
               QStringLiteral("ru-duma-2011")});
}

void BenchDiffCommand::readOptions()
{
    m_runs = int(wholeNumber(QStringLiteral("runs"), 1, std::numeric_limits<int>::max(), tr("--runs must be 1 or more")));
}

int BenchDiffCommand::run(QTextStream &out, QTextStream &err)
{
    const int runs = m_runs;
    QString sqlite3 = value(QStringLiteral("sqlite3"));
    if (!QFile::exists(sqlite3))
        sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        err << tr("saylau bench diff: the sqlite3 shell is needed as the reference (apt-get install sqlite3)")
            << Qt::endl;
        return Failure;
    }
    QString path = argument(0);
    QTemporaryDir dir;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        if (!dir.isValid())
            throw SaylauError(tr("cannot make a temporary folder: %1").arg(dir.errorString()));
        path = prepareCampaign(path, value(QStringLiteral("preset")), dir, err);
    }
    const auto store = CampaignStore::open(path, CampaignStore::Access::ReadOnly);
    const Contest contest = resolveContest(*store, value(QStringLiteral("contest")));
    const QString sql = ReferenceComparisonQuery::sql(contest.id, store->dialect());

    QList<double> shellTimes;
    QList<double> readTimes;
    QList<double> compareTimes;
    QList<double> totalTimes;
    int differing = 0;
    int regions = 0;
    int precincts = 0;
    err << tr("timing %1, contest %2 (%n run(s) each)...", nullptr, runs).arg(path, contest.id) << Qt::endl;
    for (int i = 0; i < runs; ++i) {
        QProcess shell;
        QElapsedTimer timer;
        timer.start();
        shell.start(sqlite3, {QStringLiteral("-readonly"), path, sql});
        if (!shell.waitForFinished(-1) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0)
            throw SaylauError(tr("%1 failed: %2").arg(sqlite3, QString::fromLocal8Bit(shell.readAllStandardError())));
        shellTimes.append(seconds(timer));

        timer.restart();
        const ComparisonInput input = ComparisonInput::load(*store, contest.id);
        readTimes.append(seconds(timer));
        QElapsedTimer compareTimer;
        compareTimer.start();
        const DiscrepancyResult result = DiscrepancyFinder(input).run();
        compareTimes.append(seconds(compareTimer));
        totalTimes.append(seconds(timer));
        differing = result.total().differing;
        precincts = result.total().compared;
        regions = int(result.regions().size());
    }
    const double shell = median(shellTimes);
    const double total = median(totalTimes);
    out << tr("Comparison of observer copies with official figures: %1, contest %2").arg(path, contest.id) << Qt::endl
        << tr("  sqlite3 shell, plain SQL join with per-line differences:  %1 s").arg(shell, 0, 'f', 3) << Qt::endl
        << tr("  saylau diff engine (read both sources, compare, judge copies, %1 regional summaries):  %2 s")
               .arg(regions)
               .arg(total, 0, 'f', 3)
        << Qt::endl
        << tr("    of which reading: %1 s, comparing and summing: %2 s")
               .arg(median(readTimes), 0, 'f', 3)
               .arg(median(compareTimes), 0, 'f', 3)
        << Qt::endl
        << tr("  precincts compared: %1, differing: %2").arg(precincts).arg(differing) << Qt::endl
        << tr("  ratio saylau / sqlite3:  %1").arg(total / shell, 0, 'f', 2) << Qt::endl;
    return Success;
}

} // namespace saylau
