#include "HistoryChain.h"

#include "CampaignStore.h"
#include "Sha256.h"
#include "SqliteHandle.h"

#include "SqlDialect.h"

#include "../domain/SaylauError.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>
#include <vector>

namespace saylau {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

// The columns in the order rowHash reads them, then the two hashes.
constexpr const char *selectRowsSql = "SELECT id, protocol_id, revision, saved_at, saved_by, action, changes, figures,"
                                      " import_run_id, prev_hash, row_hash FROM protocol_history ORDER BY id";
constexpr const char *headKey = "history_head";
constexpr const char *insertSql = "INSERT INTO protocol_history (id, protocol_id, revision, saved_at, saved_by, action,"
                                  " changes, figures, import_run_id, prev_hash, row_hash)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *headSql = "SELECT id, row_hash FROM protocol_history ORDER BY id DESC LIMIT 1";
constexpr const char *writeHeadSql = "INSERT INTO meta (key, value) VALUES (?, ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value";

// A statement on the server connection, run with its values bound in order. Throws SaylauError.
QSqlQuery runOnServer(const QSqlDatabase &db, const char *sql, const QVariantList &values, const QString &what)
{
    QSqlQuery query(db);
    if (!query.prepare(QString::fromLatin1(sql)))
        throw SaylauError(HistoryChain::tr("%1 failed: %2").arg(what, query.lastError().text()));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        throw SaylauError(HistoryChain::tr("%1 failed: %2").arg(what, query.lastError().text()));
    return query;
}

QVariant textValue(QByteArrayView text)
{
    return QString::fromUtf8(text.isEmpty() ? QByteArrayView("") : text);
}

Statement prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        throw SaylauError(HistoryChain::tr("reading the protocol history failed: %1")
                              .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return Statement(raw, sqlite3_finalize);
}

QByteArrayView columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
}

void bindText(sqlite3_stmt *statement, int index, QByteArrayView text)
{
    // An empty view may have no data pointer, which SQLite would store as NULL; the columns want ''.
    sqlite3_bind_text(statement, index, text.isEmpty() ? "" : text.data(), int(text.size()), SQLITE_TRANSIENT);
}

HistoryChain::Row rowAt(sqlite3_stmt *statement)
{
    return {sqlite3_column_int64(statement, 1), sqlite3_column_int64(statement, 2), columnText(statement, 3),
            columnText(statement, 4),           columnText(statement, 5),           columnText(statement, 6),
            columnText(statement, 7),           sqlite3_column_int64(statement, 8)};
}

QByteArray headText(qint64 id, QByteArrayView hash)
{
    return QByteArray::number(id) + ':' + hash.toByteArray();
}

void writeHead(sqlite3 *db, qint64 id, QByteArrayView hash)
{
    const Statement statement = prepare(db, writeHeadSql);
    sqlite3_bind_text(statement.get(), 1, headKey, -1, SQLITE_STATIC);
    bindText(statement.get(), 2, headText(id, hash));
    if (sqlite3_step(statement.get()) != SQLITE_DONE)
        throw SaylauError(HistoryChain::tr("recording the end of the protocol history failed: %1")
                              .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

void addField(Sha256 &hash, QByteArrayView field)
{
    hash.addData(QByteArray::number(field.size()));
    hash.addData(":");
    hash.addData(field);
    hash.addData("\n");
}

} // namespace

HistoryChain::HistoryChain(sqlite3 *db)
    : m_db(db)
{
    prepareInsert();
}

HistoryChain::HistoryChain(const CampaignStore &store)
{
    if (store.dialect().engine() == SqlDialect::Engine::SQLite) {
        m_db = SqliteHandle::of(store.database());
        prepareInsert();
    } else {
        m_server = store.database();
    }
}

void HistoryChain::prepareInsert()
{
    if (sqlite3_prepare_v2(m_db, insertSql, -1, &m_insert, nullptr) != SQLITE_OK)
        fail(tr("preparing the protocol history"));
}

HistoryChain::~HistoryChain()
{
    sqlite3_finalize(m_insert);
}

void HistoryChain::fail(const QString &what) const
{
    throw SaylauError(tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

QByteArray HistoryChain::rowHash(QByteArrayView prevHash, qint64 id, const Row &row)
{
    Sha256 hash;
    hash.addData("saylau-history-1\n");
    addField(hash, prevHash);
    addField(hash, QByteArray::number(id));
    addField(hash, QByteArray::number(row.protocolId));
    addField(hash, QByteArray::number(row.revision));
    addField(hash, row.savedAt);
    addField(hash, row.savedBy);
    addField(hash, row.action);
    addField(hash, row.changes);
    addField(hash, row.figures);
    addField(hash, row.importRunId ? QByteArray::number(row.importRunId) : QByteArray());
    return hash.hexResult();
}

void HistoryChain::readHead()
{
    if (!m_db) {
        QSqlQuery head = runOnServer(m_server, headSql, {}, tr("reading the end of the protocol history"));
        if (head.next()) {
            m_lastId = head.value(0).toLongLong();
            m_lastHash = head.value(1).toByteArray();
        }
        m_headRead = true;
        return;
    }
    const Statement head = prepare(m_db, headSql);
    const int status = sqlite3_step(head.get());
    if (status == SQLITE_ROW) {
        m_lastId = sqlite3_column_int64(head.get(), 0);
        m_lastHash = columnText(head.get(), 1).toByteArray();
    } else if (status != SQLITE_DONE) {
        fail(tr("reading the end of the protocol history"));
    }
    m_headRead = true;
}

HistoryChain::Link HistoryChain::link(const Row &row)
{
    if (!m_headRead)
        readHead();
    Link linked{m_lastId + 1, m_lastHash, QByteArray()};
    linked.rowHash = rowHash(linked.prevHash, linked.id, row);
    m_lastId = linked.id;
    m_lastHash = linked.rowHash;
    return linked;
}

qint64 HistoryChain::append(const Row &row)
{
    const auto [id, prevHash, hash] = link(row);
    if (!m_db) {
        runOnServer(m_server, insertSql,
                    {id, row.protocolId, row.revision, textValue(row.savedAt), textValue(row.savedBy),
                     textValue(row.action), textValue(row.changes), textValue(row.figures),
                     row.importRunId ? QVariant(row.importRunId) : QVariant(QMetaType::fromType<qlonglong>()),
                     textValue(prevHash), textValue(hash)},
                    tr("recording the protocol's history"));
        return id;
    }
    sqlite3_bind_int64(m_insert, 1, id);
    sqlite3_bind_int64(m_insert, 2, row.protocolId);
    sqlite3_bind_int64(m_insert, 3, row.revision);
    bindText(m_insert, 4, row.savedAt);
    bindText(m_insert, 5, row.savedBy);
    bindText(m_insert, 6, row.action);
    bindText(m_insert, 7, row.changes);
    bindText(m_insert, 8, row.figures);
    if (row.importRunId)
        sqlite3_bind_int64(m_insert, 9, row.importRunId);
    else
        sqlite3_bind_null(m_insert, 9);
    bindText(m_insert, 10, prevHash);
    bindText(m_insert, 11, hash);
    const int status = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (status != SQLITE_DONE)
        fail(tr("recording the protocol's history"));
    return id;
}

void HistoryChain::seal()
{
    if (!m_headRead)
        return;
    if (m_db)
        writeHead(m_db, m_lastId, m_lastHash);
    else
        runOnServer(m_server, writeHeadSql, {QString::fromLatin1(headKey), textValue(headText(m_lastId, m_lastHash))},
                    tr("recording the end of the protocol history"));
}

namespace {

// The walk of verify(), row by row in id order, whichever engine the rows come from.
class ChainCheck
{
public:
    explicit ChainCheck(QByteArray recorded)
        : m_recorded(std::move(recorded))
        , m_pastHead(m_recorded.isEmpty())
    {
    }

    // Takes the next row; false when the chain broke there (verdict().broken says how).
    bool take(qint64 id, const HistoryChain::Row &row, QByteArrayView prevHash, QByteArrayView rowHash)
    {
        m_last = HistoryChain::Break{id, row.protocolId, row.revision, QString::fromUtf8(row.savedAt), QString()};
        // Past the recorded head every row is one no SaylauDesk wrote; short of it, rows were cut from the end.
        if (m_pastHead)
            return breakHere(HistoryChain::tr("it was added after the last row SaylauDesk wrote"));
        if (prevHash != m_verdict.head)
            return breakHere(HistoryChain::tr("it does not follow the row before it: a row was deleted, inserted or "
                                              "moved before it"));
        const QByteArray hash = HistoryChain::rowHash(m_verdict.head, id, row);
        if (rowHash != hash)
            return breakHere(HistoryChain::tr("its content does not match its hash: it was changed after it was "
                                              "written"));
        m_verdict.head = hash;
        ++m_verdict.rows;
        m_pastHead = m_recorded == headText(id, hash);
        return true;
    }

    // After the last row: the verdict, with the end checked against the recorded head.
    HistoryChain::Verdict finish()
    {
        if (!m_pastHead && !m_verdict.broken) {
            m_last.reason = HistoryChain::tr("the history was last written up to row %1: the rows after this one were "
                                             "deleted, or its end was rewritten")
                                .arg(QString::fromLatin1(m_recorded.left(m_recorded.indexOf(':'))));
            m_verdict.broken = m_last;
        }
        return m_verdict;
    }

private:
    bool breakHere(const QString &reason)
    {
        m_last.reason = reason;
        m_verdict.broken = m_last;
        return false;
    }

    QByteArray m_recorded;
    bool m_pastHead;
    HistoryChain::Verdict m_verdict;
    // The row taken last (rowId 0: none yet), named when the end is wrong.
    HistoryChain::Break m_last;
};

HistoryChain::Verdict verifyOnServer(const QSqlDatabase &db)
{
    QSqlQuery head = runOnServer(db, "SELECT value FROM meta WHERE key = ?", {QString::fromLatin1(headKey)},
                                 HistoryChain::tr("reading the protocol history"));
    ChainCheck check(head.next() ? head.value(0).toByteArray() : QByteArray());
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QString::fromLatin1(selectRowsSql)))
        throw SaylauError(HistoryChain::tr("reading the protocol history failed: %1").arg(rows.lastError().text()));
    while (rows.next()) {
        QByteArray text[8];
        for (int column = 3; column <= 10; ++column)
            text[column - 3] = column == 8 ? QByteArray() : rows.value(column).toByteArray();
        const HistoryChain::Row row{rows.value(1).toLongLong(), rows.value(2).toLongLong(), text[0], text[1], text[2],
                                    text[3], text[4], rows.value(8).toLongLong()};
        if (!check.take(rows.value(0).toLongLong(), row, text[6], text[7]))
            break;
    }
    return check.finish();
}

} // namespace

HistoryChain::Verdict HistoryChain::verify(const CampaignStore &store)
{
    if (store.dialect().engine() == SqlDialect::Engine::PostgreSQL)
        return verifyOnServer(store.database());
    sqlite3 *db = SqliteHandle::of(store.database());
    const Statement head = prepare(db, "SELECT value FROM meta WHERE key = ?1");
    sqlite3_bind_text(head.get(), 1, headKey, -1, SQLITE_STATIC);
    ChainCheck check(sqlite3_step(head.get()) == SQLITE_ROW ? columnText(head.get(), 0).toByteArray() : QByteArray());
    const Statement rows = prepare(db, selectRowsSql);
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(rows.get())) == SQLITE_ROW) {
        if (!check.take(sqlite3_column_int64(rows.get(), 0), rowAt(rows.get()), columnText(rows.get(), 9),
                        columnText(rows.get(), 10)))
            return check.finish();
    }
    if (status != SQLITE_DONE)
        throw SaylauError(tr("reading the protocol history failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return check.finish();
}

void HistoryChain::hashExisting(sqlite3 *db)
{
    // Hashes first, writes after: the walk reads the table the updates would change.
    std::vector<std::pair<qint64, QByteArray>> hashes;
    QByteArray previous;
    {
        const Statement rows = prepare(db, selectRowsSql);
        int status = SQLITE_ROW;
        while ((status = sqlite3_step(rows.get())) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(rows.get(), 0);
            previous = rowHash(previous, id, rowAt(rows.get()));
            hashes.emplace_back(id, previous);
        }
        if (status != SQLITE_DONE)
            throw SaylauError(tr("reading the protocol history failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    const Statement update = prepare(db, "UPDATE protocol_history SET prev_hash = ?2, row_hash = ?3 WHERE id = ?1");
    QByteArray before;
    for (const auto &[id, hash] : hashes) {
        sqlite3_bind_int64(update.get(), 1, id);
        bindText(update.get(), 2, before);
        bindText(update.get(), 3, hash);
        if (sqlite3_step(update.get()) != SQLITE_DONE)
            throw SaylauError(tr("hashing the protocol history failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_reset(update.get());
        before = hash;
    }
    if (!hashes.empty()) {
        writeHead(db, hashes.back().first, hashes.back().second);
    } else {
        // No row left (an office's kit that holds none of headquarters' history): no head to point at.
        const Statement forget = prepare(db, "DELETE FROM meta WHERE key = ?1");
        sqlite3_bind_text(forget.get(), 1, headKey, -1, SQLITE_STATIC);
        if (sqlite3_step(forget.get()) != SQLITE_DONE)
            throw SaylauError(tr("hashing the protocol history failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
}

} // namespace saylau
