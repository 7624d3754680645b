#include "RowPipeline.h"

#include "CsvReader.h"

#include "../domain/SaylauError.h"
#include "../storage/Sha256.h"

#include <QFileInfo>

namespace saylau {

namespace {

// Rows per batch, and batches in flight: enough to keep both threads busy, little enough to stay small.
constexpr qsizetype batchRows = 1024;
constexpr size_t queuedBatches = 4;

} // namespace

RowPipeline::RowPipeline(const QString &path, const ColumnMapping &mapping, const Contest &contest,
                         TerritoryNode::Level level, bool keepFields)
    : m_keepFields(keepFields)
    , m_size(QFileInfo(path).size())
{
    // The worker gets its own copies: the caller's may change or go while it runs.
    m_worker = std::thread([this, path, mapping, contest, level] { work(path, mapping, contest, level); });
}

RowPipeline::~RowPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void RowPipeline::work(const QString &path, const ColumnMapping &mapping, const Contest &contest,
                       TerritoryNode::Level level)
{
    try {
        Sha256 hash;
        CsvReader reader(path);
        reader.setBlockObserver([&hash](QByteArrayView block) { hash.addData(block); });
        reader.readRecord();
        const RowMapper mapper(mapping, contest, level, path);
        const int keyColumn = mapper.keyColumn();
        RowMapper::Row row;
        for (bool last = false; !last;) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_full.size() < queuedBatches; });
                if (m_stop)
                    return;
                if (!m_free.empty()) {
                    batch = std::move(m_free.back());
                    m_free.pop_back();
                }
            }
            if (!batch)
                batch = std::make_unique<Batch>();
            batch->bytes.resize(0);
            batch->used = 0;
            if (batch->entries.size() < size_t(batchRows))
                batch->entries.resize(size_t(batchRows));
            while (batch->used < batchRows) {
                if (!reader.readRecord()) {
                    last = true;
                    break;
                }
                Slot &slot = batch->entries[size_t(batch->used++)];
                slot.line = reader.recordLine();
                slot.bytesRead = reader.bytesRead();
                slot.status = mapper.map(reader, row, slot.error);
                if (m_keepFields || slot.status == RowMapper::Status::Bad)
                    slot.fields = reader.fields();
                if (slot.status != RowMapper::Status::Ok)
                    continue;
                const QByteArrayView cells[7] = {row.region, row.district, row.precinct, row.address,
                                                 reader.fieldBytes(keyColumn), row.extraJson, row.label};
                slot.countedByCommission = row.countedByCommission;
                for (int i = 0; i < 7; ++i) {
                    slot.cells[i][0] = batch->bytes.size();
                    slot.cells[i][1] = cells[i].size();
                    batch->bytes.append(cells[i]);
                }
                // A swap, not a copy: the mapper resets whatever it is given back.
                std::swap(slot.figures, row.figures);
            }
            if (last) {
                m_sha256 = hash.hexResult();
                batch->last = true;
            }
            {
                const std::lock_guard lock(m_mutex);
                m_full.push_back(std::move(batch));
            }
            m_changed.notify_all();
        }
    } catch (...) {
        {
            const std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
        m_changed.notify_all();
    }
}

const RowPipeline::Row *RowPipeline::next()
{
    while (!m_current || m_next == m_current->used) {
        if (m_current && m_current->last)
            return nullptr;
        std::unique_lock lock(m_mutex);
        if (m_current)
            m_free.push_back(std::move(m_current));
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return !m_full.empty() || m_error; });
        if (m_full.empty())
            std::rethrow_exception(m_error);
        m_current = std::move(m_full.front());
        m_full.pop_front();
        m_next = 0;
    }
    const Slot &slot = m_current->entries[size_t(m_next++)];
    m_row.status = slot.status;
    m_row.line = slot.line;
    m_row.bytesRead = slot.bytesRead;
    m_row.error = slot.error;
    m_row.fields = slot.fields;
    if (slot.status == RowMapper::Status::Ok) {
        const char *bytes = m_current->bytes.constData();
        QByteArrayView *views[7] = {&m_row.region, &m_row.district, &m_row.precinct, &m_row.address, &m_row.key,
                                    &m_row.extraJson, &m_row.label};
        m_row.countedByCommission = slot.countedByCommission;
        for (int i = 0; i < 7; ++i)
            *views[i] = QByteArrayView(bytes + slot.cells[i][0], slot.cells[i][1]);
        m_row.figures = &slot.figures;
    }
    return &m_row;
}

} // namespace saylau
