#include "ServerImportBench.h"

#include "ChildProcessTimer.h"
#include "Command.h"

#include "domain/SaylauError.h"
#include "io/CsvReader.h"
#include "storage/CampaignLocation.h"
#include "storage/CampaignStore.h"
#include "storage/ServerScratchDatabase.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

namespace saylau {

namespace {

// The \copy options that read the file as saylau's CsvReader reads it: its delimiter and encoding.
QString copyCommand(const QString &csv)
{
    CsvReader reader(csv);
    if (!reader.readRecord())
        throw SaylauError(ServerImportBench::tr("%1 is empty").arg(csv));
    const char delimiter = reader.delimiter();
    const QString encoding = reader.encoding() == CsvReader::Encoding::Windows1251 ? QStringLiteral("WIN1251")
                                                                                   : QStringLiteral("UTF8");
    QString path = QFileInfo(csv).absoluteFilePath();
    path.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("\\copy raw FROM '%1' WITH (FORMAT csv, HEADER true, DELIMITER '%2', ENCODING '%3')")
        .arg(path, QString(QLatin1Char(delimiter)), encoding);
}

int columnCount(const QString &csv)
{
    CsvReader reader(csv);
    reader.readRecord();
    return reader.fieldCount();
}

} // namespace

ServerImportBench::ServerImportBench(QString csv, PresetLibrary::CampaignPreset preset, QString target, int runs)
    : m_csv(std::move(csv))
    , m_preset(std::move(preset))
    , m_target(std::move(target))
    , m_runs(runs)
{
}

void ServerImportBench::run(QTextStream &out, QTextStream &err) const
{
    const CampaignLocation server = CampaignLocation::parse(m_target);
    if (!server.isServer())
        throw SaylauError(tr("%1 is no server address (postgresql://user@host:port/database)").arg(m_target));
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty())
        throw SaylauError(tr("psql is needed as the reference (apt-get install postgresql-client-15)"));
    const QString copy = copyCommand(m_csv);
    const int columns = columnCount(m_csv);

    err << tr("timing %1 against %2 (%n run(s) each)...", nullptr, m_runs).arg(m_csv, m_target) << Qt::endl;
    QList<ChildProcessTimer::Sample> reference;
    QList<ChildProcessTimer::Sample> ours;
    int rows = 0;
    // Interleaved run by run, so that a change in the machine's load touches both alike.
    for (int i = 0; i < m_runs; ++i) {
        const QString suffix = QStringLiteral("_%1_%2").arg(::getpid()).arg(i);
        ServerScratchDatabase raw(server, QStringLiteral("saylau_bench_raw") + suffix);
        raw.addTextTable(QStringLiteral("raw"), columns);
        const ServerScratchDatabase campaign(server, QStringLiteral("saylau_bench_campaign") + suffix);
        QString contestId;
        {
            // Made beforehand, untimed, as `saylau init-server --preset` makes it.
            const auto store = PresetLibrary::createCampaign(campaign.address(), m_preset);
            contestId = store->contests().constFirst().id;
        }
        ::sync();
        reference.append(ChildProcessTimer::run(
            psql, {QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"), QStringLiteral("--set=ON_ERROR_STOP=1"),
                   QStringLiteral("--dbname=") + raw.address(), QStringLiteral("--command=") + copy},
            {0}));
        ::sync();
        ours.append(ChildProcessTimer::run(QCoreApplication::applicationFilePath(),
                                           {QStringLiteral("import"), campaign.address(), m_csv,
                                            QStringLiteral("--contest"), contestId, QStringLiteral("--source"),
                                            QStringLiteral("official"), QStringLiteral("--ballot-from-file")},
                                           {Command::Success}));
        rows = CampaignStore::open(campaign.address(), CampaignStore::Access::ReadOnly)
                   ->protocolCount(contestId, std::nullopt);
    }
    const ChildProcessTimer::Sample psqlTime = ChildProcessTimer::median(reference);
    const ChildProcessTimer::Sample saylauTime = ChildProcessTimer::median(ours);
    out << tr("Import of %1 into a campaign on %2").arg(m_csv, m_target) << Qt::endl
        << tr("  whole process, median of the runs") << Qt::endl
        << tr("  psql \\copy (raw, untyped):       %1 s").arg(psqlTime.wall, 0, 'f', 3) << Qt::endl
        << tr("  saylau import (full, %1 rows):  %2 s").arg(rows).arg(saylauTime.wall, 0, 'f', 3) << Qt::endl
        << tr("  ratio saylau / psql:             %1").arg(saylauTime.wall / psqlTime.wall, 0, 'f', 2) << Qt::endl
        // The server's own work (parsing COPY, checking keys, writing) is in neither process's CPU time: the
        // wall time is the comparison, the CPU time what each client costs its machine.
        << tr("  CPU time of the client (user + system): psql %1 s, saylau %2 s")
               .arg(psqlTime.cpu, 0, 'f', 3)
               .arg(saylauTime.cpu, 0, 'f', 3)
        << Qt::endl
        << tr("  peak memory (RSS) of the client: psql %1 MB, saylau %2 MB")
               .arg(psqlTime.peakMegabytes, 0, 'f', 1)
               .arg(saylauTime.peakMegabytes, 0, 'f', 1)
        << Qt::endl;
}

} // namespace saylau
