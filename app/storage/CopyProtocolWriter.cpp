#include "CopyProtocolWriter.h"

#include "CampaignStore.h"
#include "HistoryChain.h"
#include "PostgresHandle.h"
#include "ProtocolWriter.h"
#include "SqlStatement.h"

#include "../domain/SaylauError.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <utility>

#include <libpq-fe.h>
#include <poll.h>

namespace saylau {

namespace {

// Bytes of queued rows sent in one COPY, and rows of existing precincts looked up in one query: large enough
// that the statements' own cost vanishes, small enough to keep a million-row import's memory flat. The first
// sends are smaller, twice as large each time up to the most: the server starts loading after a thousand rows
// are read, not sixteen thousand.
constexpr qsizetype firstSendBytes = 512 * 1024;
constexpr qsizetype mostSendBytes = 8 * 1024 * 1024;
constexpr size_t lookupRows = 4096;
// Territory ids taken from the server's sequence at a time: a block, twice as many the next time, up to the
// most. Taking them waits for the COPYs in flight (one connection), which must stay rare for the server to load
// rows while the file is read: five takes for the 2011 file's 98,055 nodes, where 4,096 at a time took 24.
constexpr int firstIdBlock = 4096;
constexpr int mostIdBlock = 65536;

// A field in COPY's text format: the four bytes that would end a field or a row are escaped.
void appendField(QByteArray &rows, QByteArrayView text)
{
    for (const char c : text) {
        switch (c) {
        case '\\': rows.append("\\\\"); break;
        case '\t': rows.append("\\t"); break;
        case '\n': rows.append("\\n"); break;
        case '\r': rows.append("\\r"); break;
        default: rows.append(c);
        }
    }
}

// An element of an array literal ('{"a","b"}') the server parses as text[].
void appendArrayText(QByteArray &array, QByteArrayView text)
{
    array.append(array.size() > 1 ? ",\"" : "\"");
    for (const char c : text) {
        if (c == '"' || c == '\\')
            array.append('\\');
        array.append(c);
    }
    array.append('"');
}

void appendArrayNumber(QByteArray &array, qint64 number)
{
    if (array.size() > 1)
        array.append(',');
    array.append(QByteArray::number(number));
}

// The columns all of an import's protocol rows share come last, so that they are escaped once.
// Rows read between two looks at the COPY in flight: often enough to keep the server fed (its socket holds a
// few hundred kilobytes), rare enough that the looks cost nothing.
constexpr int advanceRows = 64;
// Bytes of a COPY handed to libpq at a time (see feedCopy).
constexpr qsizetype pieceBytes = 256 * 1024;

constexpr const char *copyProtocolSql = "COPY protocol (territory_id, figures, extra, revision, contest_id, source, copy,"
                                        " received_how, updated_at, entry_status, entered_by) FROM STDIN";
constexpr const char *copyTerritorySql = "COPY territory (id, parent_id, level, code, name, address, kind) FROM STDIN";
// The columns in the order of HistoryChain::Row, then the chain's two hashes.
constexpr const char *copyHistorySql = "COPY protocol_history (id, protocol_id, revision, saved_at, saved_by, action,"
                                       " changes, figures, import_run_id, prev_hash, row_hash) FROM STDIN";
constexpr const char *storedProtocolsSql = "SELECT id, territory_id, revision, figures, extra, received_how FROM protocol"
                                           " WHERE contest_id = $1 AND source = $2 AND copy = $3"
                                           " AND territory_id = ANY ($4::bigint[])";
// relation_errors NULL: unchecked, as ProtocolWriter rules for any write that is not a person's.
constexpr const char *replaceSql = "UPDATE protocol AS p SET figures = u.figures, extra = u.extra, received_how = $1,"
                                   " updated_at = $2, entry_status = $3, relation_errors = NULL, revision = u.revision,"
                                   " entered_by = $8"
                                   " FROM unnest($4::bigint[], $5::text[], $6::text[], $7::int[])"
                                   " AS u (id, figures, extra, revision) WHERE p.id = u.id";

QByteArrayView cell(const pg_result *result, int row, int column)
{
    return QByteArrayView(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

} // namespace

CopyProtocolWriter::CopyProtocolWriter(CampaignStore &store, const Contest &contest, SourceKind source,
                                       const QString &copy, const QString &origin, const QString &savedBy)
    : ImportWriter(contest, source, copy, origin, savedBy)
    , m_store(store)
    , m_connection(PostgresHandle::of(store.database()))
    , m_idBlock(firstIdBlock)
    , m_sendBytes(firstSendBytes)
{
    for (const QByteArray *shared : {&m_contestId, &m_source, &m_copy, &m_origin, &m_savedAt, &m_status, &m_savedBy}) {
        m_protocolTail.append('\t');
        appendField(m_protocolTail, *shared);
    }
    m_protocolTail.append('\n');

    const Result any = exec("SELECT EXISTS (SELECT 1 FROM protocol WHERE contest_id = $1 AND source = $2 AND copy = $3)",
                            {m_contestId, m_source, m_copy}, tr("reading the protocols"));
    m_mayReplace = cell(any.get(), 0, 0) == "t";
}

CopyProtocolWriter::~CopyProtocolWriter()
{
    // An import stopped (a bad row further on, say) while the server still reads a COPY or runs an update: a
    // COPY is called off, and the answer taken, so that the connection is free for the rollback.
    if (!m_inFlight)
        return;
    PendingStatement &copy = m_pending.front();
    if (!copy.ended)
        PQputCopyEnd(m_connection, "the import stopped");
    copy.ended = true;
    sendRest();
    while (Result(PQgetResult(m_connection), PQclear)) {
    }
}

CopyProtocolWriter::Result CopyProtocolWriter::exec(const QByteArray &sql, const std::vector<QByteArray> &parameters,
                                                    const QString &what)
{
    advancePending(true);
    std::vector<const char *> values;
    for (const QByteArray &parameter : parameters)
        values.push_back(parameter.constData());
    Result result(PQexecParams(m_connection, sql.constData(), int(values.size()), nullptr, values.data(), nullptr,
                               nullptr, 0),
                  PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(result.get(), what);
    return result;
}

void CopyProtocolWriter::fail(const pg_result *result, const QString &what) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString why = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection))
                            .trimmed();
    // The server's own word for "another writer held the lock too long", read as Qt's driver reports it.
    if (SqlDialect::isBusy(QSqlError(QString(), why, QSqlError::StatementError,
                                     QString::fromLatin1(state ? state : ""))))
        throw SaylauError(CampaignStore::busyMessage(m_store.path(), m_store.wait()));
    throw SaylauError(tr("%1 failed: %2").arg(what, why));
}

qint64 CopyProtocolWriter::addTerritory(qint64 parentId, TerritoryNode::Level level, QByteArrayView code,
                                        QByteArrayView name, QByteArrayView address, bool countedByCommission)
{
    if (m_ids.empty()) {
        const Result taken = exec(m_store.dialect().takeNextIdsStatement(QStringLiteral("territory"), m_idBlock).toUtf8(),
                                  {}, tr("adding territory"));
        for (int row = PQntuples(taken.get()) - 1; row >= 0; --row)
            m_ids.push_back(cell(taken.get(), row, 0).toLongLong());
        // The sequence is ahead of every node there is: from its first id on, nodes are this import's.
        m_firstNewTerritory = std::min(m_firstNewTerritory, m_ids.back());
        m_idBlock = std::min(m_idBlock * 2, mostIdBlock);
    }
    const qint64 id = m_ids.back();
    m_ids.pop_back();
    m_territoryRows.append(QByteArray::number(id));
    m_territoryRows.append('\t');
    m_territoryRows.append(parentId > 0 ? QByteArray::number(parentId) : QByteArrayLiteral("\\N"));
    m_territoryRows.append('\t');
    m_territoryRows.append(TerritoryNode::levelName(level).toLatin1());
    for (const QByteArrayView text : {code, name, address}) {
        m_territoryRows.append('\t');
        appendField(m_territoryRows, text);
    }
    m_territoryRows.append('\t');
    if (countedByCommission)
        m_territoryRows.append(TerritoryNode::commissionKind().toLatin1());
    m_territoryRows.append('\n');
    return id;
}

void CopyProtocolWriter::saveProtocol(qint64 territoryId, const Figures &figures, QByteArrayView extraJson)
{
    m_codec.encodeInto(figures, m_figures);
    const QByteArrayView extra = extraJson.isEmpty() ? QByteArrayView("{}") : extraJson;
    static_assert(!ProtocolWriter::recordsCreation(ProtocolWriter::Origin::Import),
                  "a protocol that cannot exist yet is only inserted, with no history row");
    if (!m_mayReplace || territoryId >= m_firstNewTerritory)
        queueProtocol(territoryId, m_figures, extra, ProtocolWriter::revisionAfter(std::nullopt));
    else
        m_candidates.push_back({territoryId, m_figures, extra.toByteArray()});
    if (m_territoryRows.size() + m_protocolRows.size() >= m_sendBytes || m_candidates.size() >= lookupRows) {
        sendQueued();
        m_sendBytes = std::min(m_sendBytes * 2, mostSendBytes);
    }
    else if (!m_pending.empty() && ++m_rowsSinceAdvance == advanceRows)
        advancePending(false);
}

void CopyProtocolWriter::queueProtocol(qint64 territoryId, QByteArrayView figures, QByteArrayView extra, int revision)
{
    m_protocolRows.append(QByteArray::number(territoryId));
    m_protocolRows.append('\t');
    appendField(m_protocolRows, figures);
    m_protocolRows.append('\t');
    appendField(m_protocolRows, extra);
    m_protocolRows.append('\t');
    m_protocolRows.append(QByteArray::number(revision));
    m_protocolRows.append(m_protocolTail);
}

void CopyProtocolWriter::queueCopy(const char *sql, QByteArray &rows, const QString &what)
{
    if (rows.isEmpty())
        return;
    m_pending.push_back({sql, std::exchange(rows, QByteArray()), {}, what});
    advancePending(false);
}

void CopyProtocolWriter::queueStatement(const char *sql, std::vector<QByteArray> parameters, const QString &what)
{
    PendingStatement statement{sql, {}, std::move(parameters), what};
    // Nothing to feed after the statement itself.
    statement.ended = true;
    m_pending.push_back(std::move(statement));
    advancePending(false);
}

void CopyProtocolWriter::advancePending(bool wait)
{
    m_rowsSinceAdvance = 0;
    while (!m_pending.empty()) {
        if (!m_inFlight)
            startPending();
        if (!wait && !pendingAnswered())
            return;
        finishPending();
    }
}

void CopyProtocolWriter::startPending()
{
    const PendingStatement &next = m_pending.front();
    if (next.ended) {
        std::vector<const char *> values;
        for (const QByteArray &parameter : next.parameters)
            values.push_back(parameter.constData());
        if (!PQsendQueryParams(m_connection, next.sql, int(values.size()), nullptr, values.data(), nullptr, nullptr,
                               0))
            fail(nullptr, next.what);
    } else {
        Result start(PQexec(m_connection, next.sql), PQclear);
        if (PQresultStatus(start.get()) != PGRES_COPY_IN)
            fail(start.get(), next.what);
    }
    m_inFlight = true;
    // Non-blocking: the calls return at once, and a COPY's rows go out as the server takes them, at each
    // advancePending().
    PQsetnonblocking(m_connection, 1);
    feedCopy();
}

bool CopyProtocolWriter::feedCopy()
{
    // libpq is handed a piece at a time, once it has sent the last: given megabytes at once, a non-blocking
    // libpq moves the unsent rest to the front of its buffer after every partial send, which made a re-import's
    // COPY of 95,000 history rows spend seconds in memmove.
    PendingStatement &copy = m_pending.front();
    while (!copy.ended) {
        const int flushed = PQflush(m_connection);
        if (flushed == 1)
            return false;
        const qsizetype piece = std::min(pieceBytes, copy.rows.size() - copy.sent);
        if (flushed == 0 && piece > 0
            && PQputCopyData(m_connection, copy.rows.constData() + copy.sent, int(piece)) == 1) {
            copy.sent += piece;
            continue;
        }
        // All handed over, or the connection broke (the server's answer, or libpq's, then says how).
        PQputCopyEnd(m_connection, copy.sent == copy.rows.size() ? nullptr : "the import stopped sending");
        copy.ended = true;
    }
    return true;
}

bool CopyProtocolWriter::pendingAnswered()
{
    if (!feedCopy() || PQflush(m_connection) == 1)
        return false;
    // A broken connection counts as answered: finishPending() says what broke.
    return !PQconsumeInput(m_connection) || !PQisBusy(m_connection);
}

void CopyProtocolWriter::sendRest()
{
    // As libpq asks of a non-blocking sender: wait until the socket takes more, reading what the server says
    // meanwhile (it may be waiting to send a notice).
    while (!feedCopy() || PQflush(m_connection) == 1) {
        pollfd socket{PQsocket(m_connection), POLLIN | POLLOUT, 0};
        if (::poll(&socket, 1, -1) > 0 && (socket.revents & POLLIN))
            PQconsumeInput(m_connection);
    }
    // Blocking again, as Qt's driver and every other statement expect.
    PQsetnonblocking(m_connection, 0);
}

void CopyProtocolWriter::finishPending()
{
    sendRest();
    // The statement's outcome, then the end of its results: the connection is free for the next one.
    Result outcome(PQgetResult(m_connection), PQclear);
    while (Result(PQgetResult(m_connection), PQclear)) {
    }
    m_inFlight = false;
    const QString what = m_pending.front().what;
    m_pending.pop_front();
    if (PQresultStatus(outcome.get()) != PGRES_COMMAND_OK)
        fail(outcome.get(), what);
}

void CopyProtocolWriter::resolveCandidates()
{
    if (m_candidates.empty())
        return;
    QByteArray territories("{");
    for (const Candidate &candidate : m_candidates)
        appendArrayNumber(territories, candidate.territoryId);
    territories.append('}');
    const Result stored = exec(storedProtocolsSql, {m_contestId, m_source, m_copy, territories},
                               tr("reading the protocols being replaced"));
    // The server replaces the last batch while this one's changes are worked out here.
    queueReplacement();
    QHash<qint64, int> rowOfTerritory;
    for (int row = 0; row < PQntuples(stored.get()); ++row)
        rowOfTerritory.insert(cell(stored.get(), row, 1).toLongLong(), row);

    QByteArray ids("{");
    QByteArray figures("{");
    QByteArray extras("{");
    QByteArray revisions("{");
    for (const Candidate &candidate : m_candidates) {
        const auto found = rowOfTerritory.constFind(candidate.territoryId);
        if (found == rowOfTerritory.cend()) {
            queueProtocol(candidate.territoryId, candidate.figures, candidate.extra,
                          ProtocolWriter::revisionAfter(std::nullopt));
            continue;
        }
        const int row = *found;
        const QByteArrayView storedFigures = cell(stored.get(), row, 3);
        const QByteArrayView storedExtra = cell(stored.get(), row, 4);
        // The same figures and unmapped cells again change nothing, not even the revision.
        static_assert(!ProtocolWriter::revisesUnchanged(ProtocolWriter::Origin::Import));
        if (storedFigures == candidate.figures && storedExtra == candidate.extra) {
            ++m_unchanged;
            continue;
        }
        const qint64 protocolId = cell(stored.get(), row, 0).toLongLong();
        const int revision = ProtocolWriter::revisionAfter(
            ProtocolWriter::Stored{cell(stored.get(), row, 2).toInt(), std::nullopt});
        const QByteArray changes = ProtocolWriter::importChanges(
            m_contest, decodeStored(storedFigures, protocolId), m_codec.decode(candidate.figures), storedExtra,
            candidate.extra, cell(stored.get(), row, 5), m_origin);
        appendArrayNumber(ids, protocolId);
        appendArrayText(figures, candidate.figures);
        appendArrayText(extras, candidate.extra);
        appendArrayNumber(revisions, revision);
        queueHistory(protocolId, revision, changes, candidate.figures);
    }
    m_candidates.clear();
    if (ids.size() == 1)
        return;
    for (QByteArray *array : {&ids, &figures, &extras, &revisions})
        array->append('}');
    m_replacement = {m_origin, m_savedAt, m_status, ids, figures, extras, revisions, m_savedBy};
}

void CopyProtocolWriter::queueReplacement()
{
    if (!m_replacement.empty())
        queueStatement(replaceSql, std::exchange(m_replacement, {}), tr("saving protocols"));
}

Figures CopyProtocolWriter::decodeStored(QByteArrayView figures, qint64 protocolId)
{
    try {
        return m_codec.decode(figures);
    } catch (const SaylauError &) {
        // The store names the protocol in its message, which it looks up: on a connection free of our statements.
        advancePending(true);
        return m_store.storedFigures(m_codec, figures, protocolId);
    }
}

void CopyProtocolWriter::sendQueued()
{
    // Nodes first: the protocols refer to them, and the server checks that at the end of each COPY.
    queueCopy(copyTerritorySql, m_territoryRows, tr("adding territory"));
    resolveCandidates();
    queueCopy(copyProtocolSql, m_protocolRows, tr("saving protocols"));
}

void CopyProtocolWriter::flush()
{
    sendQueued();
    queueReplacement();
    advancePending(true);
}

qint64 CopyProtocolWriter::importRunId()
{
    if (!m_importRunId) {
        const Result next = exec(m_store.dialect().takeNextIdsStatement(QStringLiteral("import_run"), 1).toUtf8(),
                                 {}, tr("numbering the import"));
        m_importRunId = cell(next.get(), 0, 0).toLongLong();
    }
    return m_importRunId;
}

void CopyProtocolWriter::queueHistory(qint64 protocolId, int revision, QByteArrayView changes, QByteArrayView figures)
{
    // Linked now, while the stored protocols are at hand; the write lock keeps the chain's head where it is
    // until commit. The run's id is taken now too: every row's hash covers it.
    if (!m_history)
        m_history = std::make_unique<HistoryChain>(m_store);
    const qint64 run = importRunId();
    const HistoryChain::Row row{protocolId, revision, m_savedAt, m_savedBy, m_historyAction, changes, figures, run};
    const HistoryChain::Link link = m_history->link(row);
    for (const qint64 number : {link.id, row.protocolId, row.revision}) {
        m_historyRows.append(QByteArray::number(number));
        m_historyRows.append('\t');
    }
    for (const QByteArrayView text : {row.savedAt, row.savedBy, row.action, row.changes, row.figures}) {
        appendField(m_historyRows, text);
        m_historyRows.append('\t');
    }
    m_historyRows.append(QByteArray::number(run));
    for (const QByteArrayView hash : {QByteArrayView(link.prevHash), QByteArrayView(link.rowHash)}) {
        m_historyRows.append('\t');
        m_historyRows.append(hash);
    }
    m_historyRows.append('\n');
}

void CopyProtocolWriter::finishRun()
{
    if (!m_history)
        return;
    queueCopy(copyHistorySql, m_historyRows, tr("recording the protocols' history"));
    advancePending(true);
    m_history->seal();
}

} // namespace saylau
