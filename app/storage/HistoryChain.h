#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace saylau {

class CampaignStore;

// protocol_history as a hash chain, so that no row of it can be edited, removed, inserted or moved without
// `saylau verify-history` noticing.
//
// One chain over the whole table in insertion (id) order, not one per protocol: a row removed from the middle
// of any protocol's history, or moved from one protocol to another, then breaks the link of the row after it,
// and one head (the last row's id and hash, kept in meta as history_head) also catches rows cut from the end.
// Each row carries prev_hash (the row_hash of the row before it; '' for the first) and row_hash, the SHA-256 of
// a canonical text of its own content and prev_hash (see rowHash). Every writer of protocol_history (the
// ProtocolWriter's saves, an import's replacements in BulkProtocolWriter) appends through this class, or links
// its rows through it and writes them itself (CopyProtocolWriter's COPY on a server); nothing else writes the
// table.
//
// What it guards against: the file edited by hand or by another program (the sqlite3 shell, a spreadsheet
// tool). What it cannot: someone who recomputes the whole chain with this code. Against that, note the head
// `verify-history` prints (or publish it) and compare later: every earlier row is fixed by it.
class HistoryChain
{
    Q_DECLARE_TR_FUNCTIONS(HistoryChain)

public:
    // One row as the table stores it; texts in UTF-8 as they are bound.
    struct Row
    {
        qint64 protocolId = 0;
        qint64 revision = 0;
        QByteArrayView savedAt;
        QByteArrayView savedBy;
        QByteArrayView action;
        QByteArrayView changes;
        QByteArrayView figures;
        // import_run.id, or 0 for none (NULL).
        qint64 importRunId = 0;
    };

    // The first row found not to be as written: which row, and what is wrong with it.
    struct Break
    {
        // 0 when no row is left to name (the whole history deleted).
        qint64 rowId = 0;
        qint64 protocolId = 0;
        qint64 revision = 0;
        QString savedAt;
        QString reason;
    };

    struct Verdict
    {
        qint64 rows = 0;
        // The last row's hash: what to note down to detect a recomputed chain later.
        QByteArray head;
        std::optional<Break> broken;
    };

    // On the connection of a write transaction the caller holds.
    explicit HistoryChain(sqlite3 *db);
    // The same on STORE's connection: through SQLite's own handle for a file, through Qt's driver on a server.
    explicit HistoryChain(const CampaignStore &store);
    ~HistoryChain();
    HistoryChain(const HistoryChain &) = delete;
    HistoryChain &operator=(const HistoryChain &) = delete;

    // Where a row goes in the chain: the id it takes and the hashes it carries.
    struct Link
    {
        qint64 id = 0;
        QByteArray prevHash;
        QByteArray rowHash;
    };

    // Appends a row after the last one, linked to it; returns its id. The first append reads the chain's head:
    // call it after the transaction's first write, so that the write lock keeps the head from moving.
    // Throws SaylauError.
    qint64 append(const Row &row);
    // Links a row after the last one as append does, but leaves writing it to the caller, with exactly these
    // values, before seal(): a server's import sends tens of thousands of rows in one COPY instead of a
    // statement each. Throws SaylauError.
    Link link(const Row &row);
    // Records the head in meta, so that rows cut from the end are noticed. Call after the last append, before
    // committing. Throws SaylauError.
    void seal();

    // Walks the whole table in id order. Throws SaylauError when the table cannot be read.
    static Verdict verify(const CampaignStore &store);
    // Migration step 6: hashes, in id order, the rows written before the chain existed, and seals. Also an
    // office's kit, whose history is headquarters' with other regions' rows left out: its chain starts there.
    static void hashExisting(sqlite3 *db);
    // SHA-256 (lowercase hex) of a length-prefixed text of prevHash, id and every column of row: a text that
    // no two different rows share, whatever bytes their fields hold.
    static QByteArray rowHash(QByteArrayView prevHash, qint64 id, const Row &row);

private:
    void readHead();
    [[noreturn]] void fail(const QString &what) const;

    void prepareInsert();

    // One of the two: SQLite's handle, or (m_db null) the server connection.
    sqlite3 *m_db = nullptr;
    QSqlDatabase m_server;
    sqlite3_stmt *m_insert = nullptr;
    bool m_headRead = false;
    qint64 m_lastId = 0;
    QByteArray m_lastHash;
};

} // namespace saylau
