#pragma once

#include "storage/BackupFolder.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace saylau {

class CampaignStore;

// Keeps the rotating backups of the open campaign (storage/BackupFolder, in the user's data folder): every
// few minutes when something changed since the last one, and when the campaign is closed or replaced. The
// interval and how many to keep are settings (minutes, default 10; backups, default 10).
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(QObject *parent = nullptr);

    static QString intervalKey();
    static QString keepKey();
    static int intervalMinutes();
    void setIntervalMinutes(int minutes);

    // Follows the campaign the window shows (nullptr: none). The previous one is backed up first if it changed.
    void setCampaign(const CampaignStore *store);
    BackupFolder folder() const;
    // The open campaign's backups, newest first: its folder's, then those an earlier version kept in the folder
    // it shared among campaign files of one name (BackupFolder::earlierEntries). Throws SaylauError.
    QList<BackupFolder::Entry> campaignBackups() const;

    // Takes a backup when the campaign changed since it was opened or last backed up. False when one was due
    // and failed (failed() says why).
    bool backUpIfChanged();

signals:
    void backedUp(const QString &path);
    void failed(const QString &message);

private:
    const CampaignStore *m_store = nullptr;
    // OnlineBackup::changeStamp when opened or at the last backup.
    QString m_stamp;
    QTimer m_timer;
};

} // namespace saylau
