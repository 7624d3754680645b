#include "BenchMergeCommand.h"

#include "domain/SaylauError.h"
#include "io/PresetLibrary.h"
#include "storage/AttachmentStore.h"
#include "storage/CampaignStore.h"
#include "storage/OfficeKit.h"
#include "storage/PackageWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <limits>

#include <sys/resource.h>
#include <unistd.h>

namespace saylau {

namespace {

// Runs a program to its end; returns its wall seconds. The disk is flushed first so that the writes of what
// came before are not charged to it.
double timedRun(const QString &program, const QStringList &arguments, int acceptedExit = 0)
{
    ::sync();
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() > acceptedExit)
        throw SaylauError(BenchMergeCommand::tr("%1 failed: %2")
                              .arg(program, QString::fromLocal8Bit(process.readAllStandardError())));
    return double(timer.nsecsElapsed()) / 1e9;
}

qint64 childrenPeakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

BenchMergeCommand::BenchMergeCommand()
    : Command(QStringLiteral("bench merge"),
              tr("Time packing and merging offices' packages against copying the same bytes"))
{
    addOption({QStringLiteral("offices"), tr("Offices (default 20)."), tr("n"), QStringLiteral("20")});
    addOption({QStringLiteral("protocols"), tr("Protocols per office, one photo each (default 25)."), tr("n"),
               QStringLiteral("25")});
    addOption({QStringLiteral("photo-mb"), tr("Size of each photo in MB (default 2)."), tr("n"), QStringLiteral("2")});
    addOption({QStringLiteral("full"), tr("The issue's full size: 1,000 protocols per office (40 GB of photos).")});
    addOption({QStringLiteral("dir"), tr("Where to generate the files (default: a temporary folder)."), tr("dir")});
}

void BenchMergeCommand::readOptions()
{
    const QString message = tr("--offices, --protocols and --photo-mb take positive numbers");
    constexpr int most = std::numeric_limits<int>::max();
    m_offices = int(wholeNumber(QStringLiteral("offices"), 1, most, message));
    m_protocols = isSet(QStringLiteral("full")) ? 1000 : int(wholeNumber(QStringLiteral("protocols"), 1, most, message));
    m_photoMb = int(wholeNumber(QStringLiteral("photo-mb"), 1, most, message));
}

int BenchMergeCommand::run(QTextStream &out, QTextStream &)
{
    const int offices = m_offices;
    const int protocols = m_protocols;
    const int photoMb = m_photoMb;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString cp = QStandardPaths::findExecutable(QStringLiteral("cp"));
    const QString sync = QStandardPaths::findExecutable(QStringLiteral("sync"));
    if (sqlite3.isEmpty() || cp.isEmpty() || sync.isEmpty())
        throw SaylauError(tr("the reference needs the sqlite3 shell and cp (Debian: sqlite3, coreutils)"));
    QTemporaryDir temporary(isSet(QStringLiteral("dir"))
                                ? value(QStringLiteral("dir")) + QStringLiteral("/bench-merge-XXXXXX")
                                : QDir::tempPath() + QStringLiteral("/saylau-bench-merge-XXXXXX"));
    if (!temporary.isValid())
        throw SaylauError(tr("cannot make a working folder: %1").arg(temporary.errorString()));
    const QDir dir(temporary.path());

    out << tr("Generating headquarters and %1 offices, %2 protocols each with a %3 MB photo…")
               .arg(offices)
               .arg(protocols)
               .arg(photoMb)
        << Qt::endl;
    const QString hqPath = dir.filePath(QStringLiteral("hq.db"));
    QList<QList<qint64>> precincts;
    {
        auto hq = PresetLibrary::createCampaign(hqPath, PresetLibrary::campaignPreset(QStringLiteral("kz-2021")));
        const qint64 country = hq->territoryChildren(0).constFirst().id;
        const qint64 region = hq->territoryChildren(country).constFirst().id;
        auto transaction = std::make_unique<CampaignStore::Transaction>(*hq);
        for (int office = 0; office < offices; ++office) {
            const qint64 district = hq->addTerritory(
                {0, region, TerritoryNode::Level::District, QStringLiteral("O%1").arg(office), {}, {}});
            QList<qint64> ids;
            for (int i = 0; i < protocols; ++i)
                ids.append(hq->addTerritory(
                    {0, district, TerritoryNode::Level::Precinct, QString::number(office * 10000 + i), {}, {}}));
            precincts.append(ids);
        }
        transaction->commit();
        transaction.reset();
        for (int office = 0; office < offices; ++office)
            OfficeKit::issue(*hq, QStringLiteral("office-%1").arg(office), {},
                             dir.filePath(QStringLiteral("office-%1.db").arg(office)));
    }
    QByteArray photo(photoMb * 1024 * 1024, '\0');
    QRandomGenerator random(13);
    random.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
    const Contest contest = CampaignStore::open(hqPath)->contests().constFirst();
    for (int office = 0; office < offices; ++office) {
        auto store = CampaignStore::open(dir.filePath(QStringLiteral("office-%1.db").arg(office)));
        CampaignStore::Transaction transaction(*store);
        AttachmentStore attachments(*store);
        for (int i = 0; i < protocols; ++i) {
            Protocol protocol;
            protocol.contestId = contest.id;
            protocol.territoryId = precincts.at(office).at(i);
            protocol.copy = QStringLiteral("1");
            protocol.figures = Figures(contest.slotCount());
            for (int slot = 0; slot < contest.slotCount(); ++slot)
                protocol.figures.set(slot, random.bounded(1000));
            store->saveProtocol(protocol);
            // Each photo differs in its first bytes, as real ones do everywhere.
            *reinterpret_cast<quint64 *>(photo.data()) = random.generate64();
            Attachment attachment;
            attachment.key = ProtocolKey::of(protocol);
            attachment.fileName = QStringLiteral("protocol-%1.jpg").arg(i);
            attachment.mimeType = QStringLiteral("image/jpeg");
            attachment.data = photo;
            attachment.addedBy = QStringLiteral("bench");
            attachments.add(attachment);
        }
        transaction.commit();
    }
    photo.clear();
    photo.squeeze();

    // Timed: each office's package (the day's work), in this process.
    QStringList packages;
    qint64 packageBytes = 0;
    ::sync();
    QElapsedTimer timer;
    timer.start();
    for (int office = 0; office < offices; ++office) {
        const QString package = dir.filePath(QStringLiteral("office-%1.pkg").arg(office));
        auto store = CampaignStore::open(dir.filePath(QStringLiteral("office-%1.db").arg(office)));
        PackageWriter(*store).write(package, QStringLiteral("headquarters"), false);
        packages.append(package);
        packageBytes += QFileInfo(package).size();
    }
    const double packSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Timed: all packages merged at headquarters by `saylau merge`, a process of its own for its memory.
    const double mergeSeconds =
        timedRun(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("merge"), hqPath} + packages);
    const qint64 mergePeakKb = childrenPeakKilobytes();

    // The reference, the same bytes: cp of every package, and the sqlite3 shell's .backup of each.
    QDir(dir.filePath(QStringLiteral("copies"))).mkpath(QStringLiteral("."));
    const double cpSeconds = timedRun(cp, QStringList(packages) << dir.filePath(QStringLiteral("copies")));
    // A merge is durable when it returns (its commit is on disk); cp is, only once sync has written it.
    const double syncSeconds = timedRun(sync, {});
    double backupSeconds = 0;
    for (int office = 0; office < offices; ++office)
        backupSeconds += timedRun(sqlite3, {packages.at(office), QStringLiteral(".backup '%1'").arg(
                                                                     dir.filePath(QStringLiteral("copies/b%1.db").arg(office)))});

    const double total = double(offices) * protocols;
    const double gigabytes = double(packageBytes) / (1024.0 * 1024.0 * 1024.0);
    out << tr("%1 offices × %2 protocols, %3 GB of packages").arg(offices).arg(protocols).arg(gigabytes, 0, 'f', 2)
        << Qt::endl;
    out << tr("pack (all offices):  %1 s  = %2 s per 1,000 protocols, %3 s per GB")
               .arg(packSeconds, 0, 'f', 2)
               .arg(packSeconds / total * 1000, 0, 'f', 2)
               .arg(packSeconds / gigabytes, 0, 'f', 2)
        << Qt::endl;
    out << tr("merge at headquarters: %1 s  = %2 s per 1,000 protocols, %3 s per GB; peak memory %4 MB")
               .arg(mergeSeconds, 0, 'f', 2)
               .arg(mergeSeconds / total * 1000, 0, 'f', 2)
               .arg(mergeSeconds / gigabytes, 0, 'f', 2)
               .arg(double(mergePeakKb) / 1024, 0, 'f', 1)
        << Qt::endl;
    out << tr("reference cp:          %1 s  (merge / cp = %2)").arg(cpSeconds, 0, 'f', 2).arg(mergeSeconds / cpSeconds, 0, 'f', 2)
        << Qt::endl;
    out << tr("reference cp + sync:   %1 s  (merge / (cp + sync) = %2)")
               .arg(cpSeconds + syncSeconds, 0, 'f', 2)
               .arg(mergeSeconds / (cpSeconds + syncSeconds), 0, 'f', 2)
        << Qt::endl;
    out << tr("reference .backup:     %1 s  (merge / .backup = %2)")
               .arg(backupSeconds, 0, 'f', 2)
               .arg(mergeSeconds / backupSeconds, 0, 'f', 2)
        << Qt::endl;
    return Success;
}

} // namespace saylau
