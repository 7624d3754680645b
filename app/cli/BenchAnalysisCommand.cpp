#include "BenchAnalysisCommand.h"

#include "ChildProcessTimer.h"

#include "domain/SaylauError.h"
#include "forms/FormEvaluator.h"
#include "io/CsvScaler.h"
#include "io/Importer.h"
#include "io/ObserverCopyGenerator.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"
#include "storage/ReferenceAnalysisQuery.h"
#include "storage/ReferenceComparisonQuery.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace saylau {

namespace {

const QStringList analyses{QStringLiteral("report"), QStringLiteral("check"), QStringLiteral("chart"),
                           QStringLiteral("diff")};

// A results file given instead of a campaign: a campaign made from it, untimed, as `saylau init` and
// `saylau import` would make it; for the comparison an observer copy of every precinct beside it.
QString prepareCampaign(const QString &csv, const QString &presetId, bool withCopies, const QString &path,
                        QTextStream &err)
{
    auto store = PresetLibrary::createCampaign(path, PresetLibrary::campaignPreset(presetId));
    Importer::Options options;
    options.contestId = store->contests().constFirst().id;
    options.source = SourceKind::Official;
    options.ballotFromFile = true;
    err << BenchAnalysisCommand::tr("importing %1 as official figures...").arg(csv) << Qt::endl;
    Importer(*store, csv, options).run();
    if (withCopies) {
        const ObserverCopyGenerator::Summary copies = ObserverCopyGenerator::generate(*store, options.contestId);
        err << BenchAnalysisCommand::tr("%1 observer copies generated, %2 of them differing")
                   .arg(copies.copies)
                   .arg(copies.altered)
            << Qt::endl;
    }
    return path;
}

QString sqlOperator(FormEvaluator::Comparison comparison)
{
    switch (comparison) {
    case FormEvaluator::Comparison::Equal:
        return QStringLiteral("=");
    case FormEvaluator::Comparison::LessOrEqual:
        return QStringLiteral("<=");
    case FormEvaluator::Comparison::GreaterOrEqual:
        return QStringLiteral(">=");
    case FormEvaluator::Comparison::Less:
        return QStringLiteral("<");
    case FormEvaluator::Comparison::Greater:
        return QStringLiteral(">");
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

Workload workload(const QString &analysis, const QString &path, const QString &contestId, const QString &chartKind,
                  const QString &chartOut)
{
    const auto store = CampaignStore::open(path, CampaignStore::Access::ReadOnly);
    const Contest contest = contestId.isEmpty() ? store->contests().constFirst() : store->contest(contestId);
    const SourceKind source = store->protocolCount(contest.id, SourceKind::Official) > 0 ? SourceKind::Official
                                                                                         : SourceKind::Observer;
    Workload work;
    work.protocols = store->protocolCount(contest.id, std::nullopt);
    const QStringList common{analysis, path, QStringLiteral("--contest"), contest.id};
    if (analysis == QLatin1String("report")) {
        work.saylauArguments = common + QStringList{QStringLiteral("--by"), QStringLiteral("region"),
                                                    QStringLiteral("--format"), QStringLiteral("csv")};
        work.referenceSql = ReferenceAnalysisQuery::regionalSums(contest, source);
        work.reference = BenchAnalysisCommand::tr("every line summed per region");
    } else if (analysis == QLatin1String("chart")) {
        work.saylauArguments = common + QStringList{QStringLiteral("--kind"), chartKind, QStringLiteral("--out"), chartOut};
        work.referenceSql = ReferenceAnalysisQuery::regionalSums(contest, source);
        work.reference = BenchAnalysisCommand::tr("every line summed per region");
    } else if (analysis == QLatin1String("check")) {
        work.saylauArguments = common;
        QList<ReferenceAnalysisQuery::Relation> relations;
        const FormEvaluator evaluator(contest);
        for (const FormEvaluator::CompiledRelation &relation : evaluator.relations())
            relations.append({terms(relation.left), terms(relation.right), sqlOperator(relation.comparison)});
        work.referenceSql = ReferenceAnalysisQuery::relationViolations(contest, std::nullopt, relations);
        work.reference = BenchAnalysisCommand::tr("violations counted per control relation");
    } else {
        work.saylauArguments = common;
        work.referenceSql = ReferenceComparisonQuery::sql(contest.id);
        work.reference = BenchAnalysisCommand::tr("observer copies joined to official figures, differences per line");
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
        shell.append(ChildProcessTimer::run(sqlite3, {QStringLiteral("-readonly"), work.saylauArguments.at(1),
                                                      work.referenceSql},
                                            {0}));
        ours.append(ChildProcessTimer::run(saylau, work.saylauArguments, completed));
    }
    return {ChildProcessTimer::median(shell), ChildProcessTimer::median(ours)};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return BenchAnalysisCommand::tr("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

void print(QTextStream &out, const QString &title, const Workload &work, const Measurement &m, bool withQuery)
{
    const auto line = [](const ChildProcessTimer::Sample &s) {
        return BenchAnalysisCommand::tr("wall %1 s, CPU %2 s, peak memory %3 MB")
            .arg(s.wall, 0, 'f', 3)
            .arg(s.cpu, 0, 'f', 3)
            .arg(s.peakMegabytes, 0, 'f', 1);
    };
    out << title << Qt::endl
        << BenchAnalysisCommand::tr("  whole process, median of the runs; load average %1").arg(loadAverage())
        << Qt::endl
        << BenchAnalysisCommand::tr("  sqlite3 shell (%1):  %2").arg(work.reference, line(m.shell)) << Qt::endl;
    if (withQuery)
        out << BenchAnalysisCommand::tr("    query: %1").arg(work.referenceSql) << Qt::endl;
    // The command as typed, less the file's temporary path.
    QStringList command = work.saylauArguments.mid(2);
    command.prepend(work.saylauArguments.constFirst());
    out << BenchAnalysisCommand::tr("  saylau %1:  %2").arg(command.join(QLatin1Char(' ')), line(m.saylau))
        << Qt::endl
        << BenchAnalysisCommand::tr("  ratio saylau / sqlite3:  wall %1, CPU %2")
               .arg(m.saylau.wall / m.shell.wall, 0, 'f', 2)
               .arg(m.saylau.cpu / m.shell.cpu, 0, 'f', 2)
        << Qt::endl;
}

} // namespace

QString BenchAnalysisCommand::name() const
{
    // Reached as `saylau bench report` and the like; its messages speak as `saylau bench`.
    return QStringLiteral("bench");
}

QString BenchAnalysisCommand::description() const
{
    return tr("Time saylau report, check, chart or diff, whole process, against the sqlite3 shell's equivalent query");
}

int BenchAnalysisCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), tr("Runs of each; the median is reported."), tr("n"),
                                        QStringLiteral("3"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), tr("The sqlite3 shell to compare with."),
                                          tr("path"), QStringLiteral("/usr/bin/sqlite3"));
    const QCommandLineOption presetOption(QStringLiteral("preset"),
                                          tr("For a results file: the campaign preset to import it into."), tr("id"),
                                          QStringLiteral("ru-duma-2011"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         tr("For a results file: also time a generated file of this many precincts."),
                                         tr("rows"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("The chart drawn by bench chart."), tr("kind"),
                                        QStringLiteral("shares-by-region"));
    const QCommandLineOption contestOption = Command::contestOption();
    parser.addOptions({contestOption, runsOption, sqliteOption, presetOption, scaleOption, kindOption});
    const QString usage = tr("Usage: saylau bench report|check|chart|diff FILE.db|DATA.csv [--contest C] [--runs N] [--sqlite3 PATH] "
                             "[--preset ID] [--scale ROWS] [--kind KIND]");
    // arguments: the analysis, FILE (BenchCommand passes them on without its own name).
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    const QString analysis = arguments.constFirst();
    if (!analyses.contains(analysis)) {
        err << usage << Qt::endl;
        return Failure;
    }
    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!runsOk || runs < 1) {
        err << tr("saylau bench %1: --runs must be 1 or more").arg(analysis) << Qt::endl;
        return Failure;
    }
    QString sqlite3 = parser.value(sqliteOption);
    if (!QFile::exists(sqlite3))
        sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        err << tr("saylau bench %1: the sqlite3 shell is needed as the reference (apt-get install sqlite3)").arg(analysis)
            << Qt::endl;
        return Failure;
    }
    const QString input = parser.positionalArguments().constFirst();
    const bool isResults = input.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (parser.isSet(scaleOption) && !isResults) {
        err << tr("saylau bench %1: --scale needs a results file (DATA.csv) to generate from").arg(analysis) << Qt::endl;
        return Failure;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        throw SaylauError(tr("cannot make a temporary folder: %1").arg(dir.errorString()));
    const bool withCopies = analysis == QLatin1String("diff");
    const QString chartOut = dir.filePath(QStringLiteral("chart.png"));
    const QString path = isResults ? prepareCampaign(input, parser.value(presetOption), withCopies,
                                                     dir.filePath(QStringLiteral("bench.db")), err)
                                   : input;

    const Workload work = workload(analysis, path, parser.value(contestOption), parser.value(kindOption), chartOut);
    err << tr("timing saylau %1 on %2 (%n run(s) each)...", nullptr, runs).arg(analysis, path) << Qt::endl;
    const Measurement base = measure(sqlite3, work, runs);
    print(out, tr("saylau %1 on %2: %3 protocols").arg(analysis, input).arg(work.protocols), work, base, true);

    if (parser.isSet(scaleOption)) {
        const qint64 rows = parser.value(scaleOption).toLongLong();
        const QString scaled = dir.filePath(QStringLiteral("scaled.csv"));
        err << tr("generating %1 precincts...").arg(rows) << Qt::endl;
        CsvScaler::write(input, scaled, rows);
        const QString bigPath = prepareCampaign(scaled, parser.value(presetOption), withCopies,
                                                dir.filePath(QStringLiteral("scaled.db")), err);
        QFile::remove(scaled);
        const Workload bigWork = workload(analysis, bigPath, {}, parser.value(kindOption), chartOut);
        err << tr("timing the generated campaign...") << Qt::endl;
        const Measurement big = measure(sqlite3, bigWork, runs);
        print(out, tr("saylau %1 on a generated campaign: %2 protocols").arg(analysis).arg(bigWork.protocols), bigWork,
              big, false);
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
