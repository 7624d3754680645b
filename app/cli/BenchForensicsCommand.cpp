#include "BenchForensicsCommand.h"
#include "ChildProcessTimer.h"
#include "Median.h"

#include "analysis/ForensicsReport.h"
#include "domain/SaylauError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <limits>

namespace saylau {

namespace {

// The reference: the same null drawn with numpy, vectorised over the precincts, one draw after another.
// Only the Monte Carlo loop is timed (reading the arrays is not), and the seconds are printed last.
const char numpyMonteCarlo[] = R"(
import sys, time
import numpy as np
V, B, L = np.loadtxt(sys.argv[1], dtype=np.int64, unpack=True, ndmin=2)
draws = int(sys.argv[2])
rng = np.random.default_rng(1)
start = time.perf_counter()
t, s = B / V, L / B
counts = np.empty((draws, 2), dtype=np.int64)
for d in range(draws):
    b = rng.binomial(V, t)
    l = rng.binomial(b, s)
    r = (100 * b) % V
    counts[d, 0] = np.count_nonzero(20 * np.minimum(r, V - r) <= V)
    q = np.maximum(b, 1)
    r = (100 * l) % q
    counts[d, 1] = np.count_nonzero((20 * np.minimum(r, q - r) <= q) & (b > 0))
elapsed = time.perf_counter() - start
print(counts[:, 0].mean(), counts[:, 0].std(ddof=1), counts[:, 1].mean(), counts[:, 1].std(ddof=1), elapsed)
)";

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The first python3 that imports numpy: on PATH, then Debian's own (a pyenv shim may shadow it without numpy).
QString pythonWithNumpy()
{
    for (const QString &candidate : {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}) {
        if (candidate.isEmpty() || !QFile::exists(candidate))
            continue;
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import numpy")});
        if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace

BenchForensicsCommand::BenchForensicsCommand()
    : CampaignCommand(QStringLiteral("bench forensics"),
                      tr("Time saylau forensics against the same Monte Carlo in numpy and against saylau report"),
                      CampaignStore::Access::ReadOnly, QStringLiteral("FILE.db"))
{
    addContestOption();
    addSourceOption(SourceChoice::ObserverOrOfficial, tr("official or observer."), QStringLiteral("official"));
    addOption({QStringLiteral("draws"), tr("Monte Carlo draws."), tr("N"), QStringLiteral("1000")});
    addOption({QStringLiteral("runs"), tr("Runs of each; the median is reported."), tr("n"), QStringLiteral("1")});
}

void BenchForensicsCommand::readOptions()
{
    m_draws = int(wholeNumber(QStringLiteral("draws"), 2, std::numeric_limits<int>::max(),
                              tr("--draws must be 2 or more")));
    m_runs = int(wholeNumber(QStringLiteral("runs"), 1, std::numeric_limits<int>::max(), tr("--runs must be 1 or more")));
}

int BenchForensicsCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &err)
{
    const QString path = argument(0);
    const Contest contest = selectedContest(store);
    const int draws = m_draws;
    const int runs = m_runs;
    const SourceKind sourceKind = *source();
    IntegerPercentTest::Options options;
    options.draws = draws;

    QList<double> wholeTimes;
    QList<double> monteCarloTimes;
    std::optional<ForensicsData> data;
    std::optional<IntegerPercentTest::Result> result;
    err << tr("timing saylau forensics, %n draw(s)...", nullptr, draws) << Qt::endl;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer whole;
        whole.start();
        data.emplace(ForensicsData::fromStore(store, contest, sourceKind));
        QElapsedTimer monteCarlo;
        monteCarlo.start();
        result.emplace(IntegerPercentTest::run(*data, options));
        monteCarloTimes.append(seconds(monteCarlo));
        ExcessVotesEstimate::estimate(*data);
        wholeTimes.append(seconds(whole));
    }
    out << tr("Forensics of %1, contest %2: %3 precincts tested, %4 Monte Carlo draws")
               .arg(path, contest.id)
               .arg(result->tested)
               .arg(draws)
        << Qt::endl
        << tr("  saylau, in-process (read, Monte Carlo, excess votes):    %1 s").arg(median(wholeTimes), 0, 'f', 3) << Qt::endl
        << tr("  saylau, Monte Carlo alone:                               %1 s (expected integer turnouts %2 ± %3)")
               .arg(median(monteCarloTimes), 0, 'f', 3)
               .arg(result->total.turnout.expectedMean, 0, 'f', 1)
               .arg(result->total.turnout.expectedSd, 0, 'f', 1)
        << Qt::endl;

    const QString python = pythonWithNumpy();
    if (python.isEmpty()) {
        out << tr("  numpy: not available (python3 with numpy; Debian: python3-numpy), ratio skipped") << Qt::endl;
    } else {
        QTemporaryDir dir;
        if (!dir.isValid())
            throw SaylauError(tr("cannot make a temporary folder: %1").arg(dir.errorString()));
        QFile arrays(dir.filePath(QStringLiteral("precincts.txt")));
        if (!arrays.open(QIODevice::WriteOnly))
            throw SaylauError(tr("cannot write %1: %2").arg(arrays.fileName(), arrays.errorString()));
        for (const ForensicsData::Precinct &p : data->precincts())
            if (p.voters >= ForensicsData::smallPrecinct && ForensicsData::testable(p))
                arrays.write(QByteArray::number(p.voters) + ' ' + QByteArray::number(p.ballots) + ' '
                             + QByteArray::number(p.leader) + '\n');
        arrays.close();
        QList<double> numpyTimes;
        QStringList figures;
        err << tr("timing the same Monte Carlo in numpy...") << Qt::endl;
        for (int i = 0; i < runs; ++i) {
            QProcess process;
            process.start(python, {QStringLiteral("-c"), QString::fromUtf8(numpyMonteCarlo), arrays.fileName(),
                                   QString::number(draws)});
            if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
                throw SaylauError(tr("%1 failed: %2").arg(python, QString::fromLocal8Bit(process.readAllStandardError())));
            figures = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            numpyTimes.append(figures.value(4).toDouble());
        }
        const double numpy = median(numpyTimes);
        out << tr("  numpy, the same Monte Carlo:                             %1 s (expected integer turnouts %2 ± %3)")
                   .arg(numpy, 0, 'f', 3)
                   .arg(figures.value(0).toDouble(), 0, 'f', 1)
                   .arg(figures.value(1).toDouble(), 0, 'f', 1)
            << Qt::endl
            << tr("  ratio saylau / numpy (Monte Carlo):                      %1").arg(median(monteCarloTimes) / numpy, 0, 'f', 2)
            << Qt::endl;
    }

    // The whole `saylau forensics` process beside `saylau report` on the same file, as a user runs them
    // (spawn to exit, CPU of the child alone), interleaved run by run so that a change in the machine's load
    // touches both alike: the yardstick the forensics must stay well within.
    const QString saylau = QCoreApplication::applicationFilePath();
    const QStringList common{path, QStringLiteral("--contest"), contest.id, QStringLiteral("--source"),
                             sourceKindName(sourceKind)};
    QList<ChildProcessTimer::Sample> forensicsRuns;
    QList<ChildProcessTimer::Sample> reportRuns;
    err << tr("timing saylau forensics and saylau report as processes...") << Qt::endl;
    for (int i = 0; i < runs; ++i) {
        forensicsRuns.append(ChildProcessTimer::run(
            saylau, QStringList{QStringLiteral("forensics")} + common + QStringList{QStringLiteral("--draws"), QString::number(draws)}, {0}));
        reportRuns.append(ChildProcessTimer::run(
            saylau, QStringList{QStringLiteral("report")} + common + QStringList{QStringLiteral("--by"), QStringLiteral("region"),
                                                                                  QStringLiteral("--format"), QStringLiteral("csv")},
            {0}));
    }
    const ChildProcessTimer::Sample forensicsProcess = ChildProcessTimer::median(forensicsRuns);
    const ChildProcessTimer::Sample reportProcess = ChildProcessTimer::median(reportRuns);
    const auto line = [](const ChildProcessTimer::Sample &s) {
        return tr("wall %1 s, CPU %2 s, peak memory %3 MB").arg(s.wall, 0, 'f', 3).arg(s.cpu, 0, 'f', 3).arg(s.peakMegabytes, 0, 'f', 1);
    };
    out << tr("  saylau forensics, whole process:                         %1").arg(line(forensicsProcess)) << Qt::endl
        << tr("  saylau report --by region --format csv, whole process:   %1").arg(line(reportProcess)) << Qt::endl
        << tr("  ratio forensics / report, whole processes:               wall %1, CPU %2")
               .arg(forensicsProcess.wall / reportProcess.wall, 0, 'f', 2)
               .arg(forensicsProcess.cpu / reportProcess.cpu, 0, 'f', 2)
        << Qt::endl;
    return Success;
}

} // namespace saylau
