#pragma once

#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>

struct sqlite3;

namespace saylau {

// A BLOB column of an SQLite file (a package's photos, a campaign file's attachments) read or written through
// SQLite's incremental BLOB I/O, a chunk at a time, so that a photo of any size is never held whole.
class SqliteBlob
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBlob)

public:
    using Sink = std::function<void(QByteArrayView chunk)>;
    static constexpr int chunkSize = 256 * 1024;

    // Hands the column data of row to sink, chunk by chunk. Throws SaylauError.
    static void read(sqlite3 *db, const char *table, qint64 row, const Sink &sink);
    // Fills the column data of row, made as zeroblob of its final size: fill is given a sink and hands it
    // every chunk in order. Throws SaylauError when the chunks do not add up to the size made.
    static void write(sqlite3 *db, const char *table, qint64 row, const std::function<void(const Sink &)> &fill);
};

} // namespace saylau
