#include "BulkProtocolWriter.h"

#include "CampaignStore.h"
#include "HistoryChanges.h"

#include "../domain/SaylauError.h"
#include "../forms/ProtocolDiff.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>
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

// Parameters ?1..?5 are the same for every row (contest, source, copy, origin, time); each row adds three.
std::string protocolSql(int rows)
{
    std::string sql = "INSERT INTO protocol (contest_id, territory_id, source, copy, figures, extra, received_how,"
                      " updated_at) VALUES ";
    for (int row = 0; row < rows; ++row) {
        const int first = 6 + 3 * row;
        sql += (row ? ", (?1, ?" : "(?1, ?") + std::to_string(first) + ", ?2, ?3, ?" + std::to_string(first + 1)
            + ", ?" + std::to_string(first + 2) + ", ?4, ?5)";
    }
    return sql
        + " ON CONFLICT (contest_id, territory_id, source, copy) DO UPDATE SET"
          " figures = excluded.figures, extra = excluded.extra, received_how = excluded.received_how,"
          " updated_at = excluded.updated_at, revision = protocol.revision + 1,"
          // Figures no person has checked: the stamp of the last typed save no longer holds.
          " entry_status = 'entered', relation_errors = NULL"
          // The same figures again change nothing, not even the revision: re-importing a file is a no-op.
          " WHERE protocol.figures <> excluded.figures OR protocol.extra <> excluded.extra";
}

// ?1..?3 as in protocolSql, ?4 the territory.
constexpr const char *storedProtocolSql = "SELECT id, revision, figures, extra, received_how FROM protocol"
                                          " WHERE contest_id = ?1 AND territory_id = ?4 AND source = ?2 AND copy = ?3";

// ?3 and ?4 (when, who) are the same for every row.
constexpr const char *historySql = "INSERT INTO protocol_history (protocol_id, revision, saved_at, saved_by, action,"
                                   " changes, figures) VALUES (?1, ?2, ?3, ?4, 'save', ?5, ?6)";

QByteArrayView columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
}

std::string territorySql(int rows)
{
    std::string sql = "INSERT INTO territory (id, parent_id, level, code, name, address) VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += row ? ", (?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?)";
    return sql;
}

} // namespace

BulkProtocolWriter::BulkProtocolWriter(CampaignStore &store, const Contest &contest, SourceKind source,
                                       const QString &copy, const QString &origin, const QString &savedBy)
    : m_store(store)
    , m_contest(contest)
    , m_codec(contest)
    , m_contestId(contest.id.toUtf8())
    , m_source(sourceKindName(source).toUtf8())
    , m_copy(copy.toUtf8())
    , m_origin(origin.toUtf8())
    , m_savedBy(savedBy.toUtf8())
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_updatedAt = now.toString(Qt::ISODate).toUtf8();
    // As EntryStore stamps its history rows.
    m_savedAt = now.toString(Qt::ISODateWithMs).toUtf8();
    const QVariant handle = store.database().driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        throw SaylauError(tr("bulk import is written for SQLite campaign files only"));
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db)
        throw SaylauError(tr("the campaign file is not open"));
    // The handle is only safe to use with the SQLite the driver itself runs on; a Qt built with its own copy
    // of SQLite would show another version here.
    QSqlQuery version(store.database());
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QString::fromLatin1(sqlite3_libversion()))
        throw SaylauError(tr("bulk import needs Qt's SQLite driver to use the system SQLite %1")
                              .arg(QString::fromLatin1(sqlite3_libversion())));

    // A whole-country import touches some 60 MB of pages in one transaction; with SQLite's default 2 MB
    // cache the dirty pages spill to the WAL mid-way and are written twice. And every multi-row statement
    // keeps a journal of the pages it changes (to undo just itself on a constraint error); in memory
    // rather than in a temporary file, that is a quarter of the system time of a million-row import. Both
    // restored when the writer goes.
    sqlite3_exec(m_db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);

    const std::string statements[] = {territorySql(1), territorySql(batchRows), protocolSql(1), protocolSql(batchRows),
                                      storedProtocolSql, historySql};
    sqlite3_stmt **targets[] = {&m_territoryOne, &m_territoryBatch, &m_protocolOne, &m_protocolBatch,
                                &m_storedProtocol, &m_history};
    for (int i = 0; i < 6; ++i) {
        if (sqlite3_prepare_v2(m_db, statements[i].c_str(), -1, targets[i], nullptr) != SQLITE_OK) {
            // The destructor does not run for a half-built writer; unfinalised statements would keep the
            // connection from closing.
            const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
            for (sqlite3_stmt **target : targets)
                sqlite3_finalize(*target);
            throw SaylauError(tr("preparing the import failed: %1").arg(why));
        }
    }
    for (sqlite3_stmt *statement : {m_protocolOne, m_protocolBatch}) {
        bindText(statement, 4, m_origin);
        bindText(statement, 5, m_updatedAt);
    }
    for (sqlite3_stmt *statement : {m_protocolOne, m_protocolBatch, m_storedProtocol}) {
        bindText(statement, 1, m_contestId);
        bindText(statement, 2, m_source);
        bindText(statement, 3, m_copy);
    }
    bindText(m_history, 3, m_savedAt);
    bindText(m_history, 4, m_savedBy);

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
    if (!read) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
        for (sqlite3_stmt **target : targets)
            sqlite3_finalize(*target);
        throw SaylauError(tr("reading the territory failed: %1").arg(why));
    }
}

BulkProtocolWriter::~BulkProtocolWriter()
{
    for (sqlite3_stmt *statement :
         {m_territoryOne, m_territoryBatch, m_protocolOne, m_protocolBatch, m_storedProtocol, m_history})
        sqlite3_finalize(statement);
    sqlite3_exec(m_db, "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, "PRAGMA temp_store = DEFAULT", nullptr, nullptr, nullptr);
}

void BulkProtocolWriter::fail(const QString &what) const
{
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
    for (sqlite3_stmt *statement :
         {m_territoryOne, m_territoryBatch, m_protocolOne, m_protocolBatch, m_storedProtocol, m_history})
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
                                        QByteArrayView name, QByteArrayView address)
{
    m_nodes.push_back({m_nextId, parentId, level, keep(code), keep(name), keep(address)});
    return m_nextId++;
}

void BulkProtocolWriter::saveProtocol(qint64 territoryId, const Figures &figures, QByteArrayView extraJson)
{
    m_codec.encodeInto(figures, m_figures);
    m_protocols.push_back({territoryId, keep(m_figures), keep(extraJson.isEmpty() ? QByteArrayView("{}") : extraJson)});
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
        const int first = 1 + 6 * row;
        sqlite3_bind_int64(statement, first, node.id);
        if (node.parentId > 0)
            sqlite3_bind_int64(statement, first + 1, node.parentId);
        else
            sqlite3_bind_null(statement, first + 1);
        sqlite3_bind_text(statement, first + 2, levelText(node.level), -1, SQLITE_STATIC);
        bindKept(statement, first + 3, node.code);
        bindKept(statement, first + 4, node.name);
        bindKept(statement, first + 5, node.address);
    }, tr("adding territory"));
    m_nodes.clear();
}

void BulkProtocolWriter::collectReplacements()
{
    if (!m_mayReplace)
        return;
    for (const PendingProtocol &protocol : m_protocols) {
        if (protocol.territoryId >= m_firstNewTerritory)
            continue;
        sqlite3_bind_int64(m_storedProtocol, 4, protocol.territoryId);
        const int status = sqlite3_step(m_storedProtocol);
        if (status != SQLITE_ROW && status != SQLITE_DONE)
            fail(tr("reading the protocols being replaced"));
        if (status == SQLITE_ROW) {
            const QByteArrayView figures(m_texts.constData() + protocol.figures.offset, protocol.figures.size);
            const QByteArrayView extra(m_texts.constData() + protocol.extra.offset, protocol.extra.size);
            const QByteArrayView storedFigures = columnText(m_storedProtocol, 2);
            const QByteArrayView storedExtra = columnText(m_storedProtocol, 3);
            // The same test as the upsert's WHERE clause: exactly the rows it will change.
            if (storedFigures != figures || storedExtra != extra) {
                QList<ProtocolChange> changes =
                    ProtocolDiff::betweenFigures(m_contest,
                                                 m_store.storedFigures(m_codec, storedFigures,
                                                                       sqlite3_column_int64(m_storedProtocol, 0)),
                                                 m_codec.decode(figures));
                // The unmapped cells and the origin are overwritten too; kept as the text they were.
                const std::pair<QLatin1String, std::pair<QByteArrayView, QByteArrayView>> fields[] = {
                    {QLatin1String("extra"), {storedExtra, extra}},
                    {QLatin1String("received_how"), {columnText(m_storedProtocol, 4), QByteArrayView(m_origin)}},
                };
                for (const auto &[key, values] : fields) {
                    if (values.first != values.second)
                        changes.append({ProtocolChange::Kind::Field, QString(key), QString::fromUtf8(values.first),
                                        QString::fromUtf8(values.second)});
                }
                m_replacements.push_back({sqlite3_column_int64(m_storedProtocol, 0),
                                          sqlite3_column_int64(m_storedProtocol, 1) + 1,
                                          HistoryChanges::toJson(changes), protocol.figures});
            }
        }
        sqlite3_reset(m_storedProtocol);
    }
}

void BulkProtocolWriter::writeHistory()
{
    for (const Replacement &replacement : m_replacements) {
        sqlite3_bind_int64(m_history, 1, replacement.protocolId);
        sqlite3_bind_int64(m_history, 2, replacement.revision);
        bindText(m_history, 5, replacement.changes);
        bindKept(m_history, 6, replacement.figures);
        step(m_history, tr("recording the replaced protocols' history"));
        if (!m_firstHistoryId)
            m_firstHistoryId = sqlite3_last_insert_rowid(m_db);
    }
    m_replacements.clear();
}

void BulkProtocolWriter::attributeHistoryTo(qint64 importRunId)
{
    if (!m_firstHistoryId)
        return;
    // Every history row from the first this writer added is its own: the transaction holds the write lock.
    sqlite3_stmt *link = nullptr;
    const bool done = sqlite3_prepare_v2(m_db, "UPDATE protocol_history SET import_run_id = ?1 WHERE id >= ?2", -1,
                                         &link, nullptr) == SQLITE_OK
        && sqlite3_bind_int64(link, 1, importRunId) == SQLITE_OK
        && sqlite3_bind_int64(link, 2, m_firstHistoryId) == SQLITE_OK && sqlite3_step(link) == SQLITE_DONE;
    sqlite3_finalize(link);
    if (!done)
        fail(tr("naming the import in the protocols' history"));
}

void BulkProtocolWriter::flushProtocols()
{
    collectReplacements();
    const qint64 changes = writeRows(m_protocols.size(), m_protocolOne, m_protocolBatch,
                                     [this](sqlite3_stmt *statement, int row, size_t index) {
                                         const PendingProtocol &protocol = m_protocols[index];
                                         const int first = 6 + 3 * row;
                                         sqlite3_bind_int64(statement, first, protocol.territoryId);
                                         bindKept(statement, first + 1, protocol.figures);
                                         bindKept(statement, first + 2, protocol.extra);
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
