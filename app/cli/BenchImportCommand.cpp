#include "BenchImportCommand.h"

#include "ChildProcessTimer.h"
#include "ServerImportBench.h"

#include "domain/SaylauError.h"
#include "io/CsvScaler.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

#include <limits>

namespace saylau {

namespace {

struct Timing
{
    ChildProcessTimer::Sample sqlite;
    ChildProcessTimer::Sample saylau;
    qint64 rows = 0;
};

// The reference: the sqlite3 shell loading the same file into a plain, untyped table. Against it, the whole
// `saylau import` process as a user runs it, from start to the committed, closed campaign; the campaign is
// made from the preset beforehand, untimed, as `saylau init` makes it. Interleaved run by run, so that a
// change in the machine's load touches both alike.
Timing measure(const QString &sqlite3, const PresetLibrary::CampaignPreset &preset, const QString &csv,
               const QTemporaryDir &dir, int runs)
{
    QList<ChildProcessTimer::Sample> shell;
    QList<ChildProcessTimer::Sample> ours;
    Timing timing;
    for (int i = 0; i < runs; ++i) {
        const QString suffix = QString::number(i);
        const QString raw = dir.filePath(QStringLiteral("raw") + suffix + QStringLiteral(".db"));
        const QString campaign = dir.filePath(QStringLiteral("campaign") + suffix + QStringLiteral(".db"));
        QString contestId;
        {
            const auto store = PresetLibrary::createCampaign(campaign, preset);
            contestId = store->contests().constFirst().id;
        }
        // Each measurement starts with the disk idle: the writes of the one before (or of a generated file)
        // would otherwise be flushed during the next, and charged to it.
        ::sync();
        shell.append(ChildProcessTimer::run(sqlite3, {raw, QStringLiteral(".import --csv '%1' raw").arg(csv)}, {0}));
        ::sync();
        ours.append(ChildProcessTimer::run(QCoreApplication::applicationFilePath(),
                                           {QStringLiteral("import"), campaign, csv, QStringLiteral("--contest"),
                                            contestId, QStringLiteral("--source"), QStringLiteral("official"),
                                            QStringLiteral("--ballot-from-file")},
                                           {Command::Success}));
        timing.rows = CampaignStore::open(campaign, CampaignStore::Access::ReadOnly)
                          ->protocolCount(contestId, std::nullopt);
        for (const QString &name : {raw, campaign}) {
            for (const QString &tail : {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(name + tail);
        }
    }
    timing.sqlite = ChildProcessTimer::median(shell);
    timing.saylau = ChildProcessTimer::median(ours);
    return timing;
}

} // namespace

BenchImportCommand::BenchImportCommand()
    : Command(QStringLiteral("bench import"),
              tr("Time saylau import against the sqlite3 shell's raw .import of the same file"))
{
    addArgument(QStringLiteral("DATA.csv"), tr("The results file to import."));
    addOption(
        {QStringLiteral("preset"), tr("Campaign preset to import into."), tr("id"), QStringLiteral("ru-duma-2011")});
    addOption({QStringLiteral("runs"), tr("Runs of each; the median is reported."), tr("n"), QStringLiteral("3")});
    addOption(
        {QStringLiteral("scale"), tr("Also time a generated file of this many precincts (e.g. 1000000)."), tr("rows")});
    addOption({QStringLiteral("sqlite3"), tr("The sqlite3 shell to compare with."), tr("path"),
               QStringLiteral("/usr/bin/sqlite3")});
    addOption({QStringLiteral("target"),
               tr("Import into a campaign on this PostgreSQL server instead, against psql's \\copy of the file "
                  "(a postgresql:// address whose user may create databases)."),
               tr("address")});
}

void BenchImportCommand::readOptions()
{
    m_runs = int(
        wholeNumber(QStringLiteral("runs"), 1, std::numeric_limits<int>::max(), tr("--runs must be 1 or more")));
    if (isSet(QStringLiteral("scale")))
        m_scale = wholeNumber(QStringLiteral("scale"), 1, std::numeric_limits<qint64>::max(),
                              tr("--scale must be 1 or more precincts"));
}

int BenchImportCommand::run(QTextStream &out, QTextStream &err)
{
    const QString csv = argument(0);
    if (isSet(QStringLiteral("target"))) {
        ServerImportBench(csv, PresetLibrary::campaignPreset(value(QStringLiteral("preset"))),
                          value(QStringLiteral("target")), m_runs)
            .run(out, err);
        return Success;
    }
    const QString sqlite3 = ChildProcessTimer::sqliteShell(value(QStringLiteral("sqlite3")));
    const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(value(QStringLiteral("preset")));
    QTemporaryDir dir;
    if (!dir.isValid())
        throw SaylauError(tr("cannot make a temporary folder: %1").arg(dir.errorString()));

    auto report = [&out](const QString &title, const Timing &timing) {
        out << title << Qt::endl
            << tr("  whole process, median of the runs") << Qt::endl
            << tr("  sqlite3 .import (raw, untyped):  %1 s").arg(timing.sqlite.wall, 0, 'f', 3) << Qt::endl
            << tr("  saylau import (full, %1 rows):  %2 s").arg(timing.rows).arg(timing.saylau.wall, 0, 'f', 3)
            << Qt::endl
            << tr("  ratio saylau / sqlite3:          %1").arg(timing.saylau.wall / timing.sqlite.wall, 0, 'f', 2)
            << Qt::endl
            // CPU time says the same without the disk and the other programs of a busy machine.
            << tr("  CPU time (user + system):        sqlite3 %1 s, saylau %2 s (ratio %3)")
                   .arg(timing.sqlite.cpu, 0, 'f', 3)
                   .arg(timing.saylau.cpu, 0, 'f', 3)
                   .arg(timing.saylau.cpu / timing.sqlite.cpu, 0, 'f', 2)
            << Qt::endl;
    };

    err << tr("timing %1 (%n run(s) each)...", nullptr, m_runs).arg(csv) << Qt::endl;
    const Timing base = measure(sqlite3, preset, csv, dir, m_runs);
    report(tr("Import of %1").arg(csv), base);
    out << tr("  peak memory (RSS) of saylau:     %1 MB").arg(base.saylau.peakMegabytes, 0, 'f', 1) << Qt::endl;

    if (m_scale) {
        const QString scaled = dir.filePath(QStringLiteral("scaled.csv"));
        err << tr("generating %1 precincts...").arg(*m_scale) << Qt::endl;
        CsvScaler::write(csv, scaled, *m_scale);
        err << tr("timing the generated file...") << Qt::endl;
        const Timing big = measure(sqlite3, preset, scaled, dir, 1);
        report(tr("Scaling: generated file of %1 precincts").arg(*m_scale), big);
        out << tr("  growth: %1x the rows took %2x the time (linear: %3x)")
                   .arg(double(big.rows) / double(base.rows), 0, 'f', 2)
                   .arg(big.saylau.wall / base.saylau.wall, 0, 'f', 2)
                   .arg(double(big.rows) / double(base.rows), 0, 'f', 2)
            << Qt::endl;
        out << tr("  peak memory (RSS) of saylau:     %1 MB (growth %2x)")
                   .arg(big.saylau.peakMegabytes, 0, 'f', 1)
                   .arg(big.saylau.peakMegabytes / base.saylau.peakMegabytes, 0, 'f', 2)
            << Qt::endl;
    }
    return Success;
}

} // namespace saylau
