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

#include <algorithm>

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

QString BenchDiffCommand::name() const
{
    return QStringLiteral("bench diff");
}

QString BenchDiffCommand::description() const
{
    return tr("Time saylau diff against a plain SQL join in the sqlite3 shell");
}

int BenchDiffCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption(QStringLiteral("contest"),
                                           tr("Contest to compare (may be left out when the file has one)."), tr("id"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), tr("Runs of each; the median is reported."), tr("n"),
                                        QStringLiteral("3"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), tr("The sqlite3 shell to compare with."),
                                          tr("path"), QStringLiteral("/usr/bin/sqlite3"));
    const QCommandLineOption presetOption(QStringLiteral("preset"),
                                          tr("For a results file: the campaign preset to import it into."), tr("id"),
                                          QStringLiteral("ru-duma-2011"));
    parser.addOptions({contestOption, runsOption, sqliteOption, presetOption});
    const QString usage = tr("Usage: saylau bench diff FILE.db|DATA.csv [--contest C] [--runs N] [--sqlite3 PATH] "
                             "[--preset ID]");
    // arguments: "diff", FILE.db, options (BenchCommand passes them on without its own name).
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!runsOk || runs < 1) {
        err << tr("saylau bench diff: --runs must be 1 or more") << Qt::endl;
        return Failure;
    }
    QString sqlite3 = parser.value(sqliteOption);
    if (!QFile::exists(sqlite3))
        sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        err << tr("saylau bench diff: the sqlite3 shell is needed as the reference (apt-get install sqlite3)")
            << Qt::endl;
        return Failure;
    }
    QString path = parser.positionalArguments().constFirst();
    QTemporaryDir dir;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        if (!dir.isValid())
            throw SaylauError(tr("cannot make a temporary folder: %1").arg(dir.errorString()));
        path = prepareCampaign(path, parser.value(presetOption), dir, err);
    }
    const auto store = CampaignStore::open(path, CampaignStore::Access::ReadOnly);
    const Contest contest = resolveContest(*store, parser.value(contestOption));
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
