#pragma once

#include <QCoreApplication>
#include <QString>

namespace saylau {

class CampaignStore;

// Copies of a campaign file taken with SQLite's online backup API on the store's own connection: the copy is
// one consistent snapshot (the whole file copied inside one read transaction, so another program importing
// at the same time leaves it either before or after its import, never between), made a single file (rollback
// journal, no -wal beside it) and checked with integrity_check before it counts as taken.
class OnlineBackup
{
    Q_DECLARE_TR_FUNCTIONS(OnlineBackup)

public:
    // Copies the open campaign into target, a file that must not exist yet. Written under a temporary name and
    // renamed when checked, so a failure or a crash never leaves a half copy under target. Throws SaylauError.
    static void copy(const CampaignStore &store, const QString &target);
    // Copies the backup into target, a new campaign file; refuses an existing target, and a backup that is not
    // a SaylauDesk campaign or fails its integrity check. Throws SaylauError.
    static void restore(const QString &backup, const QString &target);
    // The protocols in a backup, read without changing it. Throws SaylauError when it is not a campaign.
    static int protocolCount(const QString &backup);
    // What the file says of the campaign it holds (the election's name, date and country): what tells the backups
    // of one campaign from another's where both files had the same name. Throws SaylauError when the file is not
    // a campaign.
    static QString campaignIdentity(const QString &file);
    static QString campaignIdentity(const CampaignStore &store);
    // Changes whenever the campaign changes, by this connection or another program: a backup is worth taking
    // only when this differs from the stamp at the last one.
    static QString changeStamp(const CampaignStore &store);
};

} // namespace saylau
