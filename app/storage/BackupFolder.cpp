#include "BackupFolder.h"

#include "OnlineBackup.h"

#include "../domain/SaylauError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace saylau {

namespace {

const QString timeFormat = QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'");

} // namespace

BackupFolder::BackupFolder(const QString &folder, const QString &campaignName, int keep)
    : m_folder(folder)
    , m_name(campaignName)
    , m_keep(keep)
{
}

QString BackupFolder::campaignName(const QString &campaignPath)
{
    return QFileInfo(campaignPath).completeBaseName();
}

QString BackupFolder::allBackupsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

QString BackupFolder::defaultFolder(const QString &campaignPath)
{
    const QFileInfo file(campaignPath);
    // Canonical: a symbolic link, "..", or a relative path are the one file they name.
    const QString path = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    const QByteArray key = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(allBackupsFolder()).filePath(campaignName(campaignPath) + QLatin1Char('-') + QString::fromLatin1(key));
}

QList<BackupFolder::Entry> BackupFolder::earlierEntries(const QString &campaignPath, const QString &identity)
{
    const QString name = campaignName(campaignPath);
    QList<Entry> list;
    for (Entry entry : BackupFolder(QDir(allBackupsFolder()).filePath(name), name, 0).entries()) {
        try {
            if (OnlineBackup::campaignIdentity(entry.path) != identity)
                continue;
        } catch (const SaylauError &) {
            continue;
        }
        entry.earlier = true;
        list.append(entry);
    }
    return list;
}

QString BackupFolder::take(const CampaignStore &store) const
{
    const QFileInfo folder(m_folder);
    if (!QDir().mkpath(m_folder) || !folder.isDir() || !folder.isWritable())
        throw SaylauError(tr("%1 is not a folder SaylauDesk can write backups into").arg(m_folder));
    const QString path = QDir(m_folder).filePath(
        m_name + QLatin1Char('-') + QDateTime::currentDateTimeUtc().toString(timeFormat) + QStringLiteral(".db"));
    OnlineBackup::copy(store, path);
    if (m_keep > 0) {
        const QList<Entry> all = entries();
        for (qsizetype i = m_keep; i < all.size(); ++i)
            QFile::remove(all.at(i).path);
    }
    return path;
}

QList<BackupFolder::Entry> BackupFolder::entries() const
{
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{8}T\\d{6}\\.\\d{3}Z)\\.db$")
                                         .arg(QRegularExpression::escape(m_name)));
    QList<Entry> list;
    const QFileInfoList files = QDir(m_folder).entryInfoList({m_name + QStringLiteral("-*.db")}, QDir::Files,
                                                             QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        Entry entry;
        entry.path = file.filePath();
        entry.takenAt = QDateTime::fromString(match.captured(1), timeFormat);
        entry.takenAt.setTimeSpec(Qt::UTC);
        entry.size = file.size();
        try {
            entry.protocols = OnlineBackup::protocolCount(entry.path);
        } catch (const SaylauError &) {
            entry.protocols = -1;
        }
        list.append(entry);
    }
    return list;
}

} // namespace saylau
