#include "DeskBenchmark.h"

#include "cli/BenchAnalysisCommand.h"
#include "cli/ChildProcessTimer.h"
#include "domain/SaylauError.h"
#include "main/LanguageManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace saylau;

int main(int argc, char *argv[])
{
    // No screen needed: the windows are drawn all the same, on the offscreen platform, unless one is asked for.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("saylau-desk-bench"));
    // The user's own settings (last territory, recent files) and backups stay untouched.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(DeskBenchmark::tr(
        "Times the desktop program on a campaign: opening, the totals after a save, every chart redrawn."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE.db|DATA.csv"),
                                 DeskBenchmark::tr("A campaign, or a results file to make one from."));
    const QCommandLineOption runs(QStringLiteral("runs"), DeskBenchmark::tr("Runs of each; the median is reported."),
                                  DeskBenchmark::tr("n"), QStringLiteral("3"));
    const QCommandLineOption sqlite3(QStringLiteral("sqlite3"), DeskBenchmark::tr("The sqlite3 shell to compare with."),
                                     DeskBenchmark::tr("path"), QStringLiteral("/usr/bin/sqlite3"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    DeskBenchmark::tr("For a results file: the campaign preset to import it into."),
                                    DeskBenchmark::tr("id"), QStringLiteral("ru-duma-2011"));
    parser.addOptions({runs, sqlite3, preset});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool isNumber = false;
    const int runCount = parser.value(runs).toInt(&isNumber);
    if (parser.positionalArguments().size() != 1 || !isNumber || runCount < 1) {
        err << DeskBenchmark::tr("usage: saylau-desk-bench FILE.db|DATA.csv [--runs n], n 1 or more") << Qt::endl;
        return 2;
    }
    const QString input = parser.positionalArguments().constFirst();
    try {
        QTemporaryDir dir;
        if (!dir.isValid())
            throw SaylauError(DeskBenchmark::tr("cannot make a temporary folder: %1").arg(dir.errorString()));
        // Every run saves a protocol: the benchmark works on a copy, never on the user's file.
        const QString path = dir.filePath(QStringLiteral("desk.db"));
        if (input.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            BenchAnalysisCommand::prepareCampaign(input, parser.value(preset), false, path, err);
        else if (!QFile::copy(input, path))
            throw SaylauError(DeskBenchmark::tr("cannot copy %1 to %2").arg(input, path));

        LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        DeskBenchmark benchmark(languages, path, ChildProcessTimer::sqliteShell(parser.value(sqlite3)));
        for (int i = 0; i < runCount; ++i) {
            err << DeskBenchmark::tr("run %1 of %2...").arg(i + 1).arg(runCount) << Qt::endl;
            benchmark.run(i);
        }
        benchmark.print(out, input);
    } catch (const SaylauError &error) {
        err << DeskBenchmark::tr("saylau-desk-bench: %1").arg(error.message()) << Qt::endl;
        return 1;
    }
    return 0;
}
