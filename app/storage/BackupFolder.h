#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace saylau {

class CampaignStore;

// A folder of rotating backups of one campaign: NAME-yyyyMMddTHHmmss.zzzZ.db (the time in UTC, so the names
// sort as the times do), the newest `keep` kept. A new backup is checked (OnlineBackup) before the oldest is
// removed, so a failing disk never costs the backups that were good.
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    struct Entry
    {
        QString path;
        QDateTime takenAt;
        qint64 size = 0;
        // -1 when the file cannot be read as a campaign.
        int protocols = -1;
        // Found in the folder an earlier SaylauDesk shared among every campaign file of one name (earlierEntries).
        bool earlier = false;
    };

    // keep 0 keeps every backup.
    BackupFolder(const QString &folder, const QString &campaignName, int keep);

    // The desktop program's folder for a campaign file's backups: backups/NAME-KEY under the user's application
    // data, NAME the file's name without its extension, KEY from the file's canonical path. A campaign file
    // carries no identity of its own (the exchange's is shared by headquarters and every office kit, and exists
    // only once a kit is issued) and a copy would carry one along: keyed by what it carried, two copies would
    // share a folder and each one's rotation would delete the other's backups. A path names one file at a time.
    // A file moved or renamed starts a new folder; its old backups stay where they were.
    static QString defaultFolder(const QString &campaignPath);
    static QString campaignName(const QString &campaignPath);
    // Where every desktop program's backups go: the folders above, the earlier ones and nothing else.
    static QString allBackupsFolder();
    // The backups an earlier SaylauDesk kept in backups/NAME, one folder for every campaign file of that name:
    // those of the campaign's election (OnlineBackup::campaignIdentity equal to identity), newest first. Never
    // rotated any more, so nothing there is deleted.
    static QList<Entry> earlierEntries(const QString &campaignPath, const QString &identity);

    QString folder() const { return m_folder; }
    // Takes a backup of the open campaign and then removes the oldest beyond keep; returns the new file's
    // path. Throws SaylauError (the folder not writable, the copy failing its check), removing nothing.
    QString take(const CampaignStore &store) const;
    // This campaign's backups, newest first.
    QList<Entry> entries() const;

private:
    QString m_folder;
    QString m_name;
    int m_keep;
};

} // namespace saylau
