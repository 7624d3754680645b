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
    };

    // keep 0 keeps every backup.
    BackupFolder(const QString &folder, const QString &campaignName, int keep);

    // The desktop program's folder for a campaign file's backups: backups/NAME under the user's application
    // data, NAME the file's name without its extension.
    static QString defaultFolder(const QString &campaignPath);
    static QString campaignName(const QString &campaignPath);

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
