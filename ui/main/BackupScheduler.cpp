#include "BackupScheduler.h"

#include "domain/SaylauError.h"
#include "storage/CampaignStore.h"
#include "storage/OnlineBackup.h"

#include <QSettings>

namespace saylau {

namespace {

constexpr int defaultIntervalMinutes = 10;
constexpr int defaultKeep = 10;

} // namespace

BackupScheduler::BackupScheduler(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("backupScheduler"));
    m_timer.setInterval(intervalMinutes() * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::backUpIfChanged);
}

QString BackupScheduler::intervalKey()
{
    return QStringLiteral("backup/intervalMinutes");
}

QString BackupScheduler::keepKey()
{
    return QStringLiteral("backup/keep");
}

int BackupScheduler::intervalMinutes()
{
    return qMax(1, QSettings().value(intervalKey(), defaultIntervalMinutes).toInt());
}

void BackupScheduler::setIntervalMinutes(int minutes)
{
    QSettings().setValue(intervalKey(), minutes);
    m_timer.setInterval(intervalMinutes() * 60 * 1000);
}

BackupFolder BackupScheduler::folder() const
{
    const QString path = m_store ? m_store->path() : QString();
    return BackupFolder(BackupFolder::defaultFolder(path), BackupFolder::campaignName(path),
                        qMax(1, QSettings().value(keepKey(), defaultKeep).toInt()));
}

QList<BackupFolder::Entry> BackupScheduler::campaignBackups() const
{
    if (!m_store)
        return {};
    return folder().entries()
        + BackupFolder::earlierEntries(m_store->path(), OnlineBackup::campaignIdentity(*m_store));
}

void BackupScheduler::setCampaign(const CampaignStore *store)
{
    backUpIfChanged();
    // A server's campaign is backed up by its administrator (pg_dump, see the README), not copied by each
    // desktop connected to it.
    m_store = store && !store->isServer() ? store : nullptr;
    m_timer.stop();
    if (!m_store)
        return;
    // Opening a campaign is no reason for a backup; the first change is.
    try {
        m_stamp = OnlineBackup::changeStamp(*m_store);
    } catch (const SaylauError &error) {
        m_stamp.clear();
        emit failed(error.message());
    }
    m_timer.start(intervalMinutes() * 60 * 1000);
}

bool BackupScheduler::backUpIfChanged()
{
    if (!m_store)
        return true;
    try {
        const QString stamp = OnlineBackup::changeStamp(*m_store);
        if (stamp == m_stamp)
            return true;
        const QString path = folder().take(*m_store);
        m_stamp = stamp;
        emit backedUp(path);
        return true;
    } catch (const SaylauError &error) {
        emit failed(error.message());
        return false;
    }
}

} // namespace saylau
