#include "BulkProtocolWriter.h"

#include "CampaignStore.h"
#include "HistoryChain.h"
#include "ProtocolWriter.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"

#include "../domain/SaylauError.h"

#include <QDateTime>

#include <sqlite3.h>

#include <string>

namespace saylau {

namespace {

// Rows per statement: past a few dozen the gain flattens, and 64 rows stay far below SQLite's limit on
// bound parameters.
constexpr int batchRows = 64;

const char *levelText(TerritoryNode::Level level)
{
    switch (level) {
    case TerritoryNode::Level::Country: return "country";
    case TerritoryNode::Level::Region: return "region";
    case TerritoryNode::Level::District: return "district";
    case TerritoryNode::Level::Precinct: return "precinct";
    }
    return "precinct";
}

void bindText(sqlite3_stmt *statement, int index, QByteArrayView text)
{
    // An empty view may have no data pointer, which SQLite would store as NULL; the columns want ''.
    sqlite3_bind_text(statement, index, text.isEmpty() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
}

// Parameters ?1..?7 are the same for every row (contest, source, copy, origin, time, status, operator); each
// row adds four (territory, figures, extra, revision).
constexpr int sharedParameters = 7;
constexpr int rowParameters = 4;

// The revision, status and time are the ProtocolWriter's (bound per row or once); relation_errors is left
// NULL, unchecked, as it rules for any write that is not a person's. Where no stored protocol can be replaced
// the insert is a plain one: the upsert's conflict test is an extra look into the unique index for every row.
std::string protocolSql(int rows, bool mayReplace)
{
    std::string sql = "INSERT INTO protocol (contest_id, territory_id, source, copy, figures, extra, received_how,"
                      " updated_at, entry_status, revision, entered_by) VALUES ";
    for (int row = 0; row < rows; ++row) {
        const int first = sharedParameters + 1 + rowParameters * row;
        sql += (row ? ", (?1, ?" : "(?1, ?") + std::to_string(first) + ", ?2, ?3, ?" + std::to_string(first + 1)
            + ", ?" + std::to_string(first + 2) + ", ?4, ?5, ?6, ?" + std::to_string(first + 3) + ", ?7)";
    }
    if (!mayReplace)
        return sql;
    static_assert(!ProtocolWriter::revisesUnchanged(ProtocolWriter::Origin::Import),
                  "the upsert's WHERE clause leaves an unchanged protocol as it is");
    return sql
        + " ON CONFLICT (contest_id, territory_id, source, copy) DO UPDATE SET"
          " figures = excluded.figures, extra = excluded.extra, received_how = excluded.received_how,"
          " updated_at = excluded.updated_at, revision = excluded.revision, entry_status = excluded.entry_status,"
          " relation_errors = excluded.relation_errors, entered_by = excluded.entered_by"
          // The same figures again change nothing, not even the revision: re-importing a file is a no-op.
          " WHERE protocol.figures <> excluded.figures OR protocol.extra <> excluded.extra";
}

// ?1..?3 as in protocolSql, ?4 the territory.
constexpr const char *storedProtocolSql = "SELECT id, revision, figures, extra, received_how FROM protocol"
                                          " WHERE contest_id = ?1 AND territory_id = ?4 AND source = ?2 AND copy = ?3";

QByteArrayView columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
}

std::string territorySql(int rows)
{
    std::string sql = "INSERT INTO territory (id, parent_id, level, code, name, address, kind) VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += row ? ", (?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

} // namespace

BulkProtocolWriter::BulkProtocolWriter(CampaignStore &store, const Contest &contest, SourceKind source,
                                       const QString &copy, const QString &origin, const QString &savedBy)
    : ImportWriter(contest, source, copy, origin, savedBy)
    , m_store(store)
{
    m_db = SqliteHandle::of(store.database());

    sqlite3_stmt *maxId = nullptr;
    bool read = sqlite3_prepare_v2(m_db, "SELECT coalesce(max(id), 0) FROM territory", -1, &maxId, nullptr) == SQLITE_OK
        && sqlite3_step(maxId) == SQLITE_ROW;
    m_nextId = read ? sqlite3_column_int64(maxId, 0) + 1 : 0;
    m_firstNewTerritory = m_nextId;
    sqlite3_finalize(maxId);
    sqlite3_stmt *any = nullptr;
    read = read
        && sqlite3_prepare_v2(m_db, "SELECT EXISTS (SELECT 1 FROM protocol WHERE contest_id = ?1 AND source = ?2"
                                    " AND copy = ?3)", -1, &any, nullptr) == SQLITE_OK;
    if (read) {
        bindText(any, 1, m_contestId);
        bindText(any, 2, m_source);
        bindText(any, 3, m_copy);
        read = sqlite3_step(any) == SQLITE_ROW;
        m_mayReplace = read && sqlite3_column_int(any, 0) != 0;
    }
    sqlite3_finalize(any);
    if (!read)
        throw SaylauError(tr("reading the territory failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));

    // SQLite 3.40 checks territory's "level IN (four names)" by building a temporary index for every row it
    // inserts: that was 30% of the import's instructions (callgrind), more than the rows themselves. Every
    // value this writer puts in a checked column is a constant of the code (levelText, the kind, the source,
    // the status, the history action), and so is every other value the importer writes while the writer
    // lives (the import record, the saved mapping, a precinct list's address changes): the checks are left to
    // the statements of people and other programs. All restored when the writer goes; SQLite compiles the
    // checks in when it prepares a statement, and recompiles every statement when the setting changes.
    sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);

    const std::string statements[] = {territorySql(1), territorySql(batchRows), protocolSql(1, m_mayReplace),
                                      protocolSql(batchRows, m_mayReplace), storedProtocolSql};
    sqlite3_stmt **targets[] = {&m_territoryOne, &m_territoryBatch, &m_protocolOne, &m_protocolBatch,
                                &m_storedProtocol};
    for (int i = 0; i < 5; ++i) {
        if (sqlite3_prepare_v2(m_db, statements[i].c_str(), -1, targets[i], nullptr) != SQLITE_OK) {
            // The destructor does not run for a half-built writer; unfinalised statements would keep the
            // connection from closing, and the checks would stay off.
            const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
            for (sqlite3_stmt **target : targets)
                sqlite3_finalize(*target);
            sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
            throw SaylauError(tr("preparing the import failed: %1").arg(why));
        }
    }
    for (sqlite3_stmt *statement : {m_protocolOne, m_protocolBatch}) {
        bindText(statement, 4, m_origin);
        bindText(statement, 5, m_savedAt);
        bindText(statement, 6, m_status);
        bindText(statement, 7, m_savedBy);
    }
    for (sqlite3_stmt *statement : {m_protocolOne, m_protocolBatch, m_storedProtocol}) {
        bindText(statement, 1, m_contestId);
        bindText(statement, 2, m_source);
        bindText(statement, 3, m_copy);
    }

}

BulkProtocolWriter::~BulkProtocolWriter()
{
    for (sqlite3_stmt *statement :
         {m_territoryOne, m_territoryBatch, m_protocolOne, m_protocolBatch, m_storedProtocol})
        sqlite3_finalize(statement);
    sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
}

void BulkProtocolWriter::fail(const QString &what) const
{
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
    for (sqlite3_stmt *statement :
         {m_territoryOne, m_territoryBatch, m_protocolOne, m_protocolBatch, m_storedProtocol})
        sqlite3_reset(statement);
    const int code = sqlite3_errcode(m_db) & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        throw SaylauError(CampaignStore::busyMessage(m_store.path(), m_store.wait()));
    throw SaylauError(tr("%1 failed: %2").arg(what, why));
}

BulkProtocolWriter::Text BulkProtocolWriter::keep(QByteArrayView text)
{
    const Text kept{m_texts.size(), text.size()};
    m_texts.append(text);
    return kept;
}

void BulkProtocolWriter::bindKept(sqlite3_stmt *statement, int index, Text text) const
{
    bindText(statement, index, QByteArrayView(m_texts.constData() + text.offset, text.size));
}

void BulkProtocolWriter::step(sqlite3_stmt *statement, const QString &what)
{
    const int status = sqlite3_step(statement);
    if (status != SQLITE_DONE)
        fail(what);
    sqlite3_reset(statement);
}

qint64 BulkProtocolWriter::addTerritory(qint64 parentId, TerritoryNode::Level level, QByteArrayView code,
                                        QByteArrayView name, QByteArrayView address, bool countedByCommission)
{
    m_nodes.push_back({m_nextId, parentId, level, keep(code), keep(name), keep(address), countedByCommission});
    return m_nextId++;
}

void BulkProtocolWriter::saveProtocol(qint64 territoryId, const Figures &figures, QByteArrayView extraJson)
{
    m_codec.encodeInto(figures, m_figures);
    m_protocols.push_back({territoryId, keep(m_figures), keep(extraJson.isEmpty() ? QByteArrayView("{}") : extraJson),
                           ProtocolWriter::revisionAfter(std::nullopt)});
    if (m_protocols.size() == size_t(batchRows))
        flush();
}

qint64 BulkProtocolWriter::writeRows(size_t count, sqlite3_stmt *one, sqlite3_stmt *batch,
                                     const std::function<void(sqlite3_stmt *, int, size_t)> &bindRow,
                                     const QString &what)
{
    qint64 changes = 0;
    for (size_t done = 0; done < count;) {
        const bool full = count - done >= size_t(batchRows);
        sqlite3_stmt *statement = full ? batch : one;
        const int rows = full ? batchRows : 1;
        for (int row = 0; row < rows; ++row)
            bindRow(statement, row, done + size_t(row));
        step(statement, what);
        changes += sqlite3_changes(m_db);
        done += size_t(rows);
    }
    return changes;
}

void BulkProtocolWriter::flushTerritory()
{
    writeRows(m_nodes.size(), m_territoryOne, m_territoryBatch, [this](sqlite3_stmt *statement, int row, size_t index) {
        const PendingNode &node = m_nodes[index];
        const int first = 1 + 7 * row;
        sqlite3_bind_int64(statement, first, node.id);
        if (node.parentId > 0)
            sqlite3_bind_int64(statement, first + 1, node.parentId);
        else
            sqlite3_bind_null(statement, first + 1);
        sqlite3_bind_text(statement, first + 2, levelText(node.level), -1, SQLITE_STATIC);
        bindKept(statement, first + 3, node.code);
        bindKept(statement, first + 4, node.name);
        bindKept(statement, first + 5, node.address);
        sqlite3_bind_text(statement, first + 6, node.countedByCommission ? "commission" : "", -1, SQLITE_STATIC);
    }, tr("adding territory"));
    m_nodes.clear();
}

void BulkProtocolWriter::collectReplacements()
{
    static_assert(!ProtocolWriter::recordsCreation(ProtocolWriter::Origin::Import),
                  "only replaced protocols are looked up and given a history row");
    if (!m_mayReplace)
        return;
    for (PendingProtocol &protocol : m_protocols) {
        if (protocol.territoryId >= m_firstNewTerritory)
            continue;
        sqlite3_bind_int64(m_storedProtocol, 4, protocol.territoryId);
        const int status = sqlite3_step(m_storedProtocol);
        if (status != SQLITE_ROW && status != SQLITE_DONE)
            fail(tr("reading the protocols being replaced"));
        if (status == SQLITE_ROW) {
            protocol.revision = ProtocolWriter::revisionAfter(
                ProtocolWriter::Stored{sqlite3_column_int(m_storedProtocol, 1), std::nullopt});
            const QByteArrayView figures(m_texts.constData() + protocol.figures.offset, protocol.figures.size);
            const QByteArrayView extra(m_texts.constData() + protocol.extra.offset, protocol.extra.size);
            const QByteArrayView storedFigures = columnText(m_storedProtocol, 2);
            const QByteArrayView storedExtra = columnText(m_storedProtocol, 3);
            // The same test as the upsert's WHERE clause: exactly the rows it will change.
            if (storedFigures != figures || storedExtra != extra) {
                const QByteArray changes = ProtocolWriter::importChanges(
                    m_contest,
                    m_store.storedFigures(m_codec, storedFigures, sqlite3_column_int64(m_storedProtocol, 0)),
                    m_codec.decode(figures), storedExtra, extra, columnText(m_storedProtocol, 4), m_origin);
                m_replacements.push_back({sqlite3_column_int64(m_storedProtocol, 0), protocol.revision, changes,
                                          protocol.figures});
            }
        }
        sqlite3_reset(m_storedProtocol);
    }
}

void BulkProtocolWriter::writeHistory()
{
    if (m_replacements.empty())
        return;
    if (!m_history)
        m_history = std::make_unique<HistoryChain>(m_db);
    const qint64 run = importRunId();
    for (const Replacement &replacement : m_replacements) {
        m_history->append({replacement.protocolId, replacement.revision, m_savedAt, m_savedBy, m_historyAction,
                           replacement.changes,
                           QByteArrayView(m_texts.constData() + replacement.figures.offset, replacement.figures.size),
                           run});
    }
    m_history->seal();
    m_replacements.clear();
}

qint64 BulkProtocolWriter::importRunId()
{
    if (m_importRunId)
        return m_importRunId;
    // The run is recorded after its rows (its counts are known only then), yet the history rows name it, and
    // each row's hash covers that name: so its id is taken now, as the territory ids are, and the foreign key
    // is checked at commit instead of at each row. SQLite switches the deferral off again at commit.
    sqlite3_stmt *next = nullptr;
    const QByteArray take = m_store.dialect().takeNextIdsStatement(QStringLiteral("import_run"), 1).toUtf8();
    const bool read = sqlite3_exec(m_db, "PRAGMA defer_foreign_keys = ON", nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(m_db, take.constData(), -1, &next, nullptr) == SQLITE_OK
        && sqlite3_step(next) == SQLITE_ROW;
    if (read)
        m_importRunId = sqlite3_column_int64(next, 0);
    sqlite3_finalize(next);
    if (!read)
        fail(tr("numbering the import"));
    return m_importRunId;
}

void BulkProtocolWriter::flushProtocols()
{
    collectReplacements();
    const qint64 changes = writeRows(m_protocols.size(), m_protocolOne, m_protocolBatch,
                                     [this](sqlite3_stmt *statement, int row, size_t index) {
                                         const PendingProtocol &protocol = m_protocols[index];
                                         const int first = sharedParameters + 1 + rowParameters * row;
                                         sqlite3_bind_int64(statement, first, protocol.territoryId);
                                         bindKept(statement, first + 1, protocol.figures);
                                         bindKept(statement, first + 2, protocol.extra);
                                         sqlite3_bind_int(statement, first + 3, protocol.revision);
                                     },
                                     tr("saving protocols"));
    // Rows inserted or replaced count as changes; those the WHERE clause left alone do not.
    m_unchanged += qint64(m_protocols.size()) - changes;
    m_protocols.clear();
    writeHistory();
}

void BulkProtocolWriter::flush()
{
    // Nodes first: the protocols refer to them.
    flushTerritory();
    flushProtocols();
    m_texts.resize(0);
}

} // namespace saylau
