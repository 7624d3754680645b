#include "OnlineBackup.h"

#include "CampaignStore.h"
#include "Migrations.h"
#include "SqliteHandle.h"

#include "../domain/SaylauError.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

namespace saylau {

namespace {

using Connection = std::unique_ptr<sqlite3, int (*)(sqlite3 *)>;

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

Connection openFile(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int status = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Connection db(raw, sqlite3_close);
    if (status != SQLITE_OK)
        throw SaylauError(OnlineBackup::tr("cannot open %1: %2").arg(path, raw ? errorOf(raw) : QString()));
    return db;
}

// The first column of the first row of a statement without parameters, as text.
QString single(sqlite3 *db, const char *sql, const QString &path)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        throw SaylauError(OnlineBackup::tr("%1 is damaged or not a campaign: %2").arg(path, errorOf(db)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    if (sqlite3_step(raw) != SQLITE_ROW)
        throw SaylauError(OnlineBackup::tr("%1 is damaged or not a campaign: %2").arg(path, errorOf(db)));
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
}

// Refuses, naming the file, what SaylauDesk would refuse to open.
void requireCampaign(sqlite3 *db, const QString &path)
{
    if (single(db, "PRAGMA application_id", path).toInt() != CampaignStore::applicationId)
        throw SaylauError(OnlineBackup::tr("%1 is not a SaylauDesk campaign").arg(path));
    if (single(db, "PRAGMA user_version", path).toInt() > Migrations::latestVersion())
        throw SaylauError(OnlineBackup::tr("%1 was written by a newer SaylauDesk").arg(path));
}

constexpr const char *identitySql =
    "SELECT coalesce(group_concat(key || '=' || value, char(10)), '') FROM"
    " (SELECT key, value FROM meta WHERE key IN ('name', 'date', 'country') ORDER BY key)";

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Copies source into target (new) through a temporary file, checks the copy, renames it into place.
void copyDatabase(sqlite3 *source, const QString &target)
{
    if (QFileInfo::exists(target))
        throw SaylauError(OnlineBackup::tr("%1 already exists; choose a new file").arg(target));
    const QString part = target + QStringLiteral(".part");
    removeWithCompanions(part);
    try {
        {
            const Connection copy = openFile(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            sqlite3_backup *backup = sqlite3_backup_init(copy.get(), "main", source, "main");
            if (!backup)
                throw SaylauError(OnlineBackup::tr("cannot copy into %1: %2").arg(target, errorOf(copy.get())));
            // All pages in one step: one read transaction on the source, so one snapshot of it. Step by step,
            // another program's commit in between would make SQLite start over (or, on this connection, copy a
            // mixture).
            const int stepped = sqlite3_backup_step(backup, -1);
            const int finished = sqlite3_backup_finish(backup);
            if (stepped != SQLITE_DONE || finished != SQLITE_OK)
                throw SaylauError(OnlineBackup::tr("copying into %1 failed: %2")
                                      .arg(target, QString::fromUtf8(sqlite3_errstr(stepped != SQLITE_DONE ? stepped
                                                                                                            : finished))));
            // The copy carries the source's WAL flag; one self-contained file is what a backup should be.
            if (single(copy.get(), "PRAGMA journal_mode = DELETE", part) != QLatin1String("delete"))
                throw SaylauError(OnlineBackup::tr("cannot make %1 a single file").arg(target));
            const QString integrity = single(copy.get(), "PRAGMA integrity_check", part);
            if (integrity != QLatin1String("ok"))
                throw SaylauError(OnlineBackup::tr("the copy %1 fails its integrity check: %2").arg(target, integrity));
        }
        if (!QFile::rename(part, target))
            throw SaylauError(OnlineBackup::tr("cannot name the copy %1").arg(target));
    } catch (const SaylauError &) {
        removeWithCompanions(part);
        throw;
    }
}

} // namespace

void OnlineBackup::copy(const CampaignStore &store, const QString &target)
{
    copyDatabase(SqliteHandle::of(store.database()), target);
}

void OnlineBackup::restore(const QString &backup, const QString &target)
{
    if (!QFileInfo(backup).isFile())
        throw SaylauError(tr("%1: no such file").arg(backup));
    const Connection source = openFile(backup, SQLITE_OPEN_READONLY);
    requireCampaign(source.get(), backup);
    copyDatabase(source.get(), target);
}

int OnlineBackup::protocolCount(const QString &backup)
{
    if (!QFileInfo(backup).isFile())
        throw SaylauError(tr("%1: no such file").arg(backup));
    const Connection db = openFile(backup, SQLITE_OPEN_READONLY);
    requireCampaign(db.get(), backup);
    return single(db.get(), "SELECT count(*) FROM protocol", backup).toInt();
}

QString OnlineBackup::campaignIdentity(const QString &file)
{
    if (!QFileInfo(file).isFile())
        throw SaylauError(tr("%1: no such file").arg(file));
    const Connection db = openFile(file, SQLITE_OPEN_READONLY);
    requireCampaign(db.get(), file);
    return single(db.get(), identitySql, file);
}

QString OnlineBackup::campaignIdentity(const CampaignStore &store)
{
    return single(SqliteHandle::of(store.database()), identitySql, store.path());
}

QString OnlineBackup::changeStamp(const CampaignStore &store)
{
    // data_version moves when another connection commits; the total counts this connection's own changes.
    sqlite3 *db = SqliteHandle::of(store.database());
    return single(db, "PRAGMA data_version", store.path()) + QLatin1Char(':')
        + QString::number(sqlite3_total_changes64(db));
}

} // namespace saylau
