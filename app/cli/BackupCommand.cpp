#include "BackupCommand.h"

#include "storage/BackupFolder.h"

#include <limits>

namespace saylau {

BackupCommand::BackupCommand()
    : CampaignCommand(QStringLiteral("backup"),
                      tr("Copy a campaign into a folder as a checked backup, even while it is being written"),
                      CampaignStore::Access::ReadWrite)
{
    addOption({QStringLiteral("to"), tr("The folder to write the backup into."), QStringLiteral("DIR")},
              Presence::Required);
    addOption({QStringLiteral("keep"), tr("Keep only the newest N backups of this campaign there (default: all)."),
               QStringLiteral("N"), QStringLiteral("0")});
}

void BackupCommand::readOptions()
{
    m_keep = int(wholeNumber(QStringLiteral("keep"), 0, std::numeric_limits<int>::max(),
                             tr("--keep takes a number of backups")));
}

int BackupCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const QString path = argument(0);
    out << BackupFolder(value(QStringLiteral("to")), BackupFolder::campaignName(path), m_keep).take(store) << Qt::endl;
    return Success;
}

} // namespace saylau
