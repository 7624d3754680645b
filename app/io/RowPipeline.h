#pragma once

#include "ColumnMapping.h"
#include "RowMapper.h"

#include "../domain/Contest.h"
#include "../domain/Figures.h"
#include "../domain/TerritoryNode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace saylau {

// Reads and maps a results file on a worker thread (CsvReader, RowMapper, and the file's SHA-256 as its
// blocks go by) while the importing thread stores what it hands over: parsing and storing then share the
// machine's cores instead of taking turns. Rows come in batches through a short queue, so memory stays
// flat however large the file.
class RowPipeline
{
    Q_DECLARE_TR_FUNCTIONS(RowPipeline)

public:
    struct Row
    {
        RowMapper::Status status = RowMapper::Status::Ok;
        qint64 line = 0;
        qint64 bytesRead = 0;
        // Raw cells, in the file's encoding; valid until the next call of next().
        QByteArrayView region;
        QByteArrayView district;
        QByteArrayView precinct;
        QByteArrayView address;
        QByteArrayView key; // the cell of the level rows are at
        bool countedByCommission = false;
        QByteArrayView label;
        const Figures *figures = nullptr;
        QByteArrayView extraJson;
        QString error;      // Bad rows
        QStringList fields; // every row when fields are kept (for a rejects file), else Bad rows only
    };

    // Starts reading at once. keepFields: every row's cells are decoded for the rejects file.
    RowPipeline(const QString &path, const ColumnMapping &mapping, const Contest &contest, TerritoryNode::Level level,
                bool keepFields);
    // Stops the worker and waits for it.
    ~RowPipeline();
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    // The next data row, or nullptr at the end of the file. Rethrows the worker's SaylauError (an unclosed
    // quote, a read error).
    const Row *next();
    qint64 size() const { return m_size; }
    // The file's SHA-256 in hex, once next() has returned nullptr.
    QByteArray sha256() const { return m_sha256; }

private:
    struct Slot
    {
        RowMapper::Status status;
        qint64 line;
        qint64 bytesRead;
        qsizetype cells[7][2]; // region, district, precinct, address, key, extra, label: offset, size in `bytes`
        bool countedByCommission;
        Figures figures;
        QString error;
        QStringList fields;
    };
    struct Batch
    {
        QByteArray bytes;
        std::vector<Slot> entries;
        qsizetype used = 0;
        bool last = false;
    };

    void work(const QString &path, const ColumnMapping &mapping, const Contest &contest, TerritoryNode::Level level);

    bool m_keepFields;
    qint64 m_size = 0;
    QByteArray m_sha256;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_free;
    std::exception_ptr m_error;
    bool m_stop = false;

    std::unique_ptr<Batch> m_current;
    qsizetype m_next = 0;
    Row m_row;
    std::thread m_worker;
};

} // namespace saylau
