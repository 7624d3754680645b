#include "BenchAnalysisCommand.h"

#include "ChildProcessTimer.h"

#include "analysis/ChartSpec.h"
#include "domain/SaylauError.h"
#include "forms/FormEvaluator.h"
#include "io/CsvScaler.h"
#include "io/Importer.h"
#include "io/ObserverCopyGenerator.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignLocation.h"
#include "storage/CampaignStore.h"
#include "storage/ReferenceAnalysisQuery.h"
#include "storage/ReferenceComparisonQuery.h"

#include <QFile>
#include <QTemporaryDir>

#include <limits>

namespace saylau {

namespace {

QString sqlOperator(FormEvaluator::Comparison comparison)
{
    switch (comparison) {
    case FormEvaluator::Comparison::Equal: return QStringLiteral("=");
    case FormEvaluator::Comparison::LessOrEqual: return QStringLiteral("<=");
    case FormEvaluator::Comparison::GreaterOrEqual: return QStringLiteral(">=");
    case FormEvaluator::Comparison::Less: return QStringLiteral("<");
    case FormEvaluator::Comparison::Greater: return QStringLiteral(">");
    }
    return QStringLiteral("=");
}

QList<ReferenceAnalysisQuery::Term> terms(const LinearExpression &expression)
{
    QList<ReferenceAnalysisQuery::Term> list;
    for (const LinearExpression::Term &term : expression.terms())
        list.append({term.slot, term.sign});
    return list;
}

// What one analysis runs, as a user types it, and the shell's equivalent.
struct Workload
{
    QStringList saylauArguments;
    QString referenceSql;
    QString reference; // the reference in words
    qint64 protocols = 0;
};

Workload workload(BenchAnalysisCommand::Analysis analysis, const QString &path, const QString &contestId,
                  const QString &chartKind, const QString &chartOut)
{
    using Analysis = BenchAnalysisCommand::Analysis;
    const auto store = CampaignStore::open(path, CampaignStore::Access::ReadOnly);
    const Contest contest = contestId.isEmpty() ? store->contests().constFirst() : store->contest(contestId);
    const SourceKind source = store->protocolCount(contest.id, SourceKind::Official) > 0 ? SourceKind::Official
                                                                                         : SourceKind::Observer;
    Workload work;
    work.protocols = store->protocolCount(contest.id, std::nullopt);
    work.saylauArguments = QStringList{BenchAnalysisCommand::analysisName(analysis), path, QStringLiteral("--contest"),
                                       contest.id};
    switch (analysis) {
    case Analysis::Report:
        work.saylauArguments += QStringList{QStringLiteral("--by"), QStringLiteral("region"),
                                            QStringLiteral("--format"), QStringLiteral("csv")};
        work.referenceSql = ReferenceAnalysisQuery::regionalSums(contest, source);
        work.reference = BenchAnalysisCommand::tr("every line summed per region");
        break;
    case Analysis::Chart:
        work.saylauArguments += QStringList{QStringLiteral("--kind"), chartKind, QStringLiteral("--out"), chartOut};
        work.referenceSql = ReferenceAnalysisQuery::regionalSums(contest, source);
        work.reference = BenchAnalysisCommand::tr("every line summed per region");
        break;
    case Analysis::Check: {
        QList<ReferenceAnalysisQuery::Relation> relations;
        const FormEvaluator evaluator(contest);
        for (const FormEvaluator::CompiledRelation &relation : evaluator.relations())
            relations.append({terms(relation.left), terms(relation.right), sqlOperator(relation.comparison)});
        work.referenceSql = ReferenceAnalysisQuery::relationViolations(contest, std::nullopt, relations);
        work.reference = BenchAnalysisCommand::tr("violations counted per control relation");
        break;
    }
    case Analysis::Diff:
        work.referenceSql = ReferenceComparisonQuery::sql(contest.id, store->dialect());
        work.reference = BenchAnalysisCommand::tr("observer copies joined to official figures, differences per line");
        break;
    }
    return work;
}

struct Measurement
{
    ChildProcessTimer::Sample shell;
    ChildProcessTimer::Sample saylau;
};

Measurement measure(const QString &sqlite3, const Workload &work, int runs)
{
    const QString saylau = QCoreApplication::applicationFilePath();
    // `check` and `diff` exit 1 when they find something: a run that found something is a complete run.
    const QList<int> completed{Command::Success, Command::Findings};
    QList<ChildProcessTimer::Sample> shell;
    QList<ChildProcessTimer::Sample> ours;
    // Interleaved, so that a change in the machine's load touches both alike.
    for (int i = 0; i < runs; ++i) {
        shell.append(
            ChildProcessTimer::run(sqlite3,
                                   {QStringLiteral("-readonly"), work.saylauArguments.at(1), work.referenceSql}, {0}));
        ours.append(ChildProcessTimer::run(saylau, work.saylauArguments, completed));
    }
    return {ChildProcessTimer::median(shell), ChildProcessTimer::median(ours)};
}

void printMeasurement(QTextStream &out, const QString &title, const Workload &work, const Measurement &m,
                      bool withQuery)
{
    const auto line = [](const ChildProcessTimer::Sample &s) {
        return BenchAnalysisCommand::tr("wall %1 s, CPU %2 s, peak memory %3 MB")
            .arg(s.wall, 0, 'f', 3)
            .arg(s.cpu, 0, 'f', 3)
            .arg(s.peakMegabytes, 0, 'f', 1);
    };
    out << title << Qt::endl
        << BenchAnalysisCommand::tr("  whole process, median of the runs; load average %1")
               .arg(BenchAnalysisCommand::loadAverage())
        << Qt::endl
        << BenchAnalysisCommand::tr("  sqlite3 shell (%1):  %2").arg(work.reference, line(m.shell)) << Qt::endl;
    if (withQuery)
        out << BenchAnalysisCommand::tr("    query: %1").arg(work.referenceSql) << Qt::endl;
    // The command as typed, less the file's temporary path.
    QStringList command = work.saylauArguments.mid(2);
    command.prepend(work.saylauArguments.constFirst());
    out << BenchAnalysisCommand::tr("  saylau %1:  %2").arg(command.join(QLatin1Char(' ')), line(m.saylau)) << Qt::endl
        << BenchAnalysisCommand::tr("  ratio saylau / sqlite3:  wall %1, CPU %2")
               .arg(m.saylau.wall / m.shell.wall, 0, 'f', 2)
               .arg(m.saylau.cpu / m.shell.cpu, 0, 'f', 2)
        << Qt::endl;
}

} // namespace

BenchAnalysisCommand::BenchAnalysisCommand(Analysis analysis)
    : Command(QStringLiteral("bench ") + analysisName(analysis),
              tr("Time saylau %1, whole process, against the sqlite3 shell's equivalent query")
                  .arg(analysisName(analysis)))
    , m_analysis(analysis)
{
    addArgument(QStringLiteral("FILE.db|DATA.csv"), tr("A campaign, or a results file to make one from."));
    addContestOption(tr("Contest to analyse (may be left out when the file has one)."));
    addOption({QStringLiteral("runs"), tr("Runs of each; the median is reported."), tr("n"), QStringLiteral("3")});
    addOption({QStringLiteral("sqlite3"), tr("The sqlite3 shell to compare with."), tr("path"),
               QStringLiteral("/usr/bin/sqlite3")});
    addOption({QStringLiteral("preset"), tr("For a results file: the campaign preset to import it into."), tr("id"),
               QStringLiteral("ru-duma-2011")});
    addOption({QStringLiteral("scale"), tr("For a results file: also time a generated file of this many precincts."),
               tr("rows")});
    if (analysis == Analysis::Chart) {
        QStringList kinds;
        for (const ChartSpec::Kind kind : ChartSpec::allKinds())
            kinds.append(ChartSpec::kindName(kind));
        addOption({QStringLiteral("kind"), tr("The chart drawn."), tr("kind"), QStringLiteral("shares-by-region")},
                  Presence::Optional, kinds);
    }
}

QList<BenchAnalysisCommand::Analysis> BenchAnalysisCommand::allAnalyses()
{
    return {Analysis::Report, Analysis::Check, Analysis::Chart, Analysis::Diff};
}

QString BenchAnalysisCommand::analysisName(Analysis analysis)
{
    switch (analysis) {
    case Analysis::Report: return QStringLiteral("report");
    case Analysis::Check: return QStringLiteral("check");
    case Analysis::Chart: return QStringLiteral("chart");
    case Analysis::Diff: return QStringLiteral("diff");
    }
    return {};
}

QString BenchAnalysisCommand::prepareCampaign(const QString &csv, const QString &presetId, bool withCopies,
                                              const QString &path, QTextStream &err)
{
    auto store = PresetLibrary::createCampaign(path, PresetLibrary::campaignPreset(presetId));
    Importer::Options options;
    options.contestId = store->contests().constFirst().id;
    options.source = SourceKind::Official;
    options.ballotFromFile = true;
    err << tr("importing %1 as official figures...").arg(csv) << Qt::endl;
    Importer(*store, csv, options).run();
    if (withCopies) {
        const ObserverCopyGenerator::Summary copies = ObserverCopyGenerator::generate(*store, options.contestId);
        err << tr("%1 observer copies generated, %2 of them differing")
                   .arg(copies.copies)
                   .arg(copies.altered)
            << Qt::endl;
    }
    return path;
}

QString BenchAnalysisCommand::loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

void BenchAnalysisCommand::readOptions()
{
    m_runs = int(
        wholeNumber(QStringLiteral("runs"), 1, std::numeric_limits<int>::max(), tr("--runs must be 1 or more")));
    if (isSet(QStringLiteral("scale"))) {
        if (!argument(0).endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            throw UsageError(tr("--scale needs a results file (DATA.csv) to generate from"));
        m_scale = wholeNumber(QStringLiteral("scale"), 1, std::numeric_limits<qint64>::max(),
                              tr("--scale must be 1 or more precincts"));
    }
}

int BenchAnalysisCommand::run(QTextStream &out, QTextStream &err)
{
    const QString analysis = analysisName(m_analysis);
    const QString sqlite3 = ChildProcessTimer::sqliteShell(value(QStringLiteral("sqlite3")));
    const QString input = argument(0);
    // The reference is the sqlite3 shell on the same file: a server campaign has no file for it to read.
    if (CampaignLocation::looksLikeServer(input))
        throw UsageError(tr("bench %1 times saylau against the sqlite3 shell on the same file, so it needs a campaign "
                            "file or a results file; copy a server campaign to a file first (saylau copy %2 FILE.db)")
                             .arg(analysis, input));
    const bool isResults = input.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    // Only `bench chart` declares --kind; the others pass no chart on.
    const QString chartKind = m_analysis == Analysis::Chart ? value(QStringLiteral("kind")) : QString();
    QTemporaryDir dir;
    if (!dir.isValid())
        throw SaylauError(tr("cannot make a temporary folder: %1").arg(dir.errorString()));
    const bool withCopies = m_analysis == Analysis::Diff;
    const QString chartOut = dir.filePath(QStringLiteral("chart.png"));
    const QString path = isResults ? prepareCampaign(input, value(QStringLiteral("preset")), withCopies,
                                                     dir.filePath(QStringLiteral("bench.db")), err)
                                   : input;

    const Workload work = workload(m_analysis, path, value(QStringLiteral("contest")), chartKind, chartOut);
    err << tr("timing saylau %1 on %2 (%n run(s) each)...", nullptr, m_runs).arg(analysis, path) << Qt::endl;
    const Measurement base = measure(sqlite3, work, m_runs);
    printMeasurement(out, tr("saylau %1 on %2: %3 protocols").arg(analysis, input).arg(work.protocols), work, base,
                     true);

    if (m_scale) {
        const QString scaled = dir.filePath(QStringLiteral("scaled.csv"));
        err << tr("generating %1 precincts...").arg(*m_scale) << Qt::endl;
        CsvScaler::write(input, scaled, *m_scale);
        const QString bigPath = prepareCampaign(scaled, value(QStringLiteral("preset")), withCopies,
                                                dir.filePath(QStringLiteral("scaled.db")), err);
        QFile::remove(scaled);
        const Workload bigWork = workload(m_analysis, bigPath, {}, chartKind, chartOut);
        err << tr("timing the generated campaign...") << Qt::endl;
        const Measurement big = measure(sqlite3, bigWork, m_runs);
        printMeasurement(out,
                         tr("saylau %1 on a generated campaign: %2 protocols").arg(analysis).arg(bigWork.protocols),
                         bigWork, big, false);
        out << tr("  growth: %1x the protocols took %2x the wall time, %3x the CPU time and %4x the memory")
                   .arg(double(bigWork.protocols) / double(work.protocols), 0, 'f', 2)
                   .arg(big.saylau.wall / base.saylau.wall, 0, 'f', 2)
                   .arg(big.saylau.cpu / base.saylau.cpu, 0, 'f', 2)
                   .arg(big.saylau.peakMegabytes / base.saylau.peakMegabytes, 0, 'f', 2)
            << Qt::endl;
    }
    return Success;
}

} // namespace saylau
