#include "BackupCommand.h"

#include "storage/BackupFolder.h"
#include "storage/CampaignLocation.h"
#include "storage/ServerDump.h"

#include <limits>

namespace saylau {

BackupCommand::BackupCommand()
    : CampaignCommand(QStringLiteral("backup"),
                      tr("Copy a campaign into a folder as a checked backup, even while it is being written"),
                      CampaignStore::Access::ReadWrite)
{
    addOption({QStringLiteral("to"), tr("The folder to write the backup of a campaign file into."),
               QStringLiteral("DIR")});
    addOption({QStringLiteral("keep"), tr("Keep only the newest N backups of this campaign there (default: all)."),
               QStringLiteral("N"), QStringLiteral("0")});
    addOption({QStringLiteral("out"),
               tr("For a campaign on a server: the file to write pg_dump's dump of its database into (restore it "
                  "with pg_restore)."),
               QStringLiteral("FILE")});
}

void BackupCommand::readOptions()
{
    m_keep = int(wholeNumber(QStringLiteral("keep"), 0, std::numeric_limits<int>::max(),
                             tr("--keep takes a number of backups")));
    // A server's backup is the server's dump, one file; a campaign file's, a checked copy in a folder of them.
    if (CampaignLocation::looksLikeServer(argument(0))) {
        if (!isSet(QStringLiteral("out")) || isSet(QStringLiteral("to")) || isSet(QStringLiteral("keep")))
            throw UsageError(tr("a campaign on a server is backed up with --out FILE (a pg_dump file), not --to or "
                                "--keep"));
    } else if (!isSet(QStringLiteral("to"))) {
        throw UsageError(tr("--to DIR is required (--out FILE is for a campaign on a server)"));
    } else if (isSet(QStringLiteral("out"))) {
        throw UsageError(tr("--out is for a campaign on a server; a campaign file is backed up with --to DIR"));
    }
}

int BackupCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const QString path = argument(0);
    if (store.isServer()) {
        const QString file = value(QStringLiteral("out"));
        ServerDump::write(CampaignLocation::parse(path), file);
        out << file << Qt::endl;
        return Success;
    }
    out << BackupFolder(value(QStringLiteral("to")), BackupFolder::campaignName(path), m_keep).take(store) << Qt::endl;
    return Success;
}

} // namespace saylau
