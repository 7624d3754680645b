#include "SqliteBlob.h"

#include "../domain/SaylauError.h"

#include <QByteArray>

#include <sqlite3.h>

#include <memory>

namespace saylau {

namespace {

using Blob = std::unique_ptr<sqlite3_blob, int (*)(sqlite3_blob *)>;

Blob openBlob(sqlite3 *db, const char *table, qint64 row, bool writing)
{
    sqlite3_blob *raw = nullptr;
    if (sqlite3_blob_open(db, "main", table, "data", row, writing ? 1 : 0, &raw) != SQLITE_OK)
        throw SaylauError(writing ? SqliteBlob::tr("writing a photo failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))
                                  : SqliteBlob::tr("reading a photo failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return Blob(raw, sqlite3_blob_close);
}

} // namespace

void SqliteBlob::read(sqlite3 *db, const char *table, qint64 row, const Sink &sink)
{
    const Blob blob = openBlob(db, table, row, false);
    const int size = sqlite3_blob_bytes(blob.get());
    QByteArray buffer(chunkSize, '\0');
    for (int offset = 0; offset < size; offset += chunkSize) {
        const int length = qMin(chunkSize, size - offset);
        if (sqlite3_blob_read(blob.get(), buffer.data(), length, offset) != SQLITE_OK)
            throw SaylauError(tr("reading a photo failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        sink(QByteArrayView(buffer.constData(), length));
    }
}

void SqliteBlob::write(sqlite3 *db, const char *table, qint64 row, const std::function<void(const Sink &)> &fill)
{
    const Blob blob = openBlob(db, table, row, true);
    const qint64 size = sqlite3_blob_bytes(blob.get());
    qint64 offset = 0;
    fill([&](QByteArrayView chunk) {
        if (offset + chunk.size() > size
            || sqlite3_blob_write(blob.get(), chunk.data(), int(chunk.size()), int(offset)) != SQLITE_OK)
            throw SaylauError(tr("writing a photo failed: %1").arg(offset + chunk.size() > size
                                                                      ? tr("it is longer than the space made for it")
                                                                      : QString::fromUtf8(sqlite3_errmsg(db))));
        offset += chunk.size();
    });
    if (offset != size)
        throw SaylauError(tr("writing a photo failed: %1 bytes of %2 arrived").arg(offset).arg(size));
}

} // namespace saylau
