#pragma once

#include "FiguresCodec.h"
#include "ImportWriter.h"

#include "../domain/Contest.h"
#include "../domain/SourceKind.h"
#include "../domain/TerritoryNode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace saylau {

class CampaignStore;
class HistoryChain;

// The write path of a whole-country import: territory nodes and one contest's protocols of one source,
// inside the caller's CampaignStore::Transaction.
//
// Rows are queued and written many to a statement (INSERT ... VALUES (...), (...), ...) through SQLite's C
// API on the store's own connection: one statement per batch instead of one per row, and UTF-8 bytes
// bound straight from the file with no QVariant or UTF-16 round trip, halve SQLite's work per row. That is
// what keeps a 100,000-row import near the speed of the sqlite3 shell's raw .import. (Debian's Qt SQL
// driver links the system libsqlite3, the same library this class links, so the handle is shared safely.)
//
// New nodes get their ids here (the largest id + 1, ...), so a queued precinct's id is known at once; the
// transaction's write lock keeps anyone else from taking them.
//
// The revision, status, timestamps and history of what it writes follow ProtocolWriter's rules (it asks them
// for every value they decide; only the statements are its own). CampaignStore::saveProtocol writes every
// field a person edits; an import sets only the figures, the unmapped cells and where they came from, so a
// replaced protocol keeps its observer's notes, and a protocol given exactly the figures it has is left
// untouched (its revision too).
//
// A replaced protocol leaves a trace as a typed save does: one protocol_history row (who, when, the revision
// it became, each changed slot from what to what, the figures it left, linked into the HistoryChain), and its
// entered/verified stamp goes back to entered and unchecked. A new protocol gets no history row (the import
// run says where it came from): a first import of 100,000 precincts thus writes and reads nothing more than
// its rows (the old figures are looked up only when the campaign already had protocols of this source and the
// precinct is not new).
class BulkProtocolWriter : public ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkProtocolWriter)

public:
    // Call inside a CampaignStore::Transaction. Throws SaylauError when the campaign is not on SQLite or a
    // statement cannot be prepared.
    // origin is what the protocols' "received how" says (e.g. "import of FILE"); savedBy is who the history
    // of a replaced protocol names.
    BulkProtocolWriter(CampaignStore &store, const Contest &contest, SourceKind source, const QString &copy,
                       const QString &origin, const QString &savedBy);
    ~BulkProtocolWriter() override;
    BulkProtocolWriter(const BulkProtocolWriter &) = delete;
    BulkProtocolWriter &operator=(const BulkProtocolWriter &) = delete;

    // Queues a node (texts in UTF-8); returns the id it will have.
    qint64 addTerritory(qint64 parentId, TerritoryNode::Level level, QByteArrayView code, QByteArrayView name,
                        QByteArrayView address, bool countedByCommission = false) override;
    // Queues the protocol at this territory: inserted, or its figures and extra replaced when it exists.
    // extraJson is a JSON object of strings in UTF-8 (the unmapped cells), or empty.
    void saveProtocol(qint64 territoryId, const Figures &figures, QByteArrayView extraJson) override;
    // Writes what is queued. Call before committing; throws SaylauError when SQLite refuses a row.
    void flush() override;
    // Protocols that existed with exactly the figures and extra given, so were left as they were.
    qint64 unchanged() const override { return m_unchanged; }
    // The id the import run will have: the history rows of replaced protocols name it already. Record the run
    // with it (ImportRecord::id) after the last flush, before committing.
    qint64 importRunId() override;

private:
    struct Text
    {
        qsizetype offset;
        qsizetype size;
    };
    struct PendingNode
    {
        qint64 id;
        qint64 parentId;
        TerritoryNode::Level level;
        Text code;
        Text name;
        Text address;
        bool countedByCommission;
    };
    struct PendingProtocol
    {
        qint64 territoryId;
        Text figures;
        Text extra;
        // The revision it will have: 1, or the one after the stored protocol it replaces.
        int revision;
    };
    // A queued protocol that will replace different figures: its history row, written after the upsert.
    struct Replacement
    {
        qint64 protocolId;
        qint64 revision;
        QByteArray changes;
        Text figures;
    };

    Text keep(QByteArrayView text);
    void bindKept(sqlite3_stmt *statement, int index, Text text) const;
    // Binds and runs count queued rows, a batch to a statement and the rest one by one; returns the rows
    // SQLite changed.
    qint64 writeRows(size_t count, sqlite3_stmt *one, sqlite3_stmt *batch,
                     const std::function<void(sqlite3_stmt *, int row, size_t index)> &bindRow, const QString &what);
    void flushTerritory();
    void flushProtocols();
    // Reads the stored protocols the queued ones will replace; must run before the upsert overwrites them.
    void collectReplacements();
    void writeHistory();
    void step(sqlite3_stmt *statement, const QString &what);
    [[noreturn]] void fail(const QString &what) const;

    const CampaignStore &m_store;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_territoryOne = nullptr;
    sqlite3_stmt *m_territoryBatch = nullptr;
    sqlite3_stmt *m_protocolOne = nullptr;
    sqlite3_stmt *m_protocolBatch = nullptr;
    sqlite3_stmt *m_storedProtocol = nullptr;
    qint64 m_nextId = 1;
    qint64 m_unchanged = 0;
    // Territory ids from here on are this import's new nodes: no protocol can be stored there yet.
    qint64 m_firstNewTerritory = 1;
    // Whether the contest had protocols of this source and copy before: if not, nothing can be replaced.
    bool m_mayReplace = false;
    qint64 m_importRunId = 0;
    // Made at the first replacement: a first import writes no history and reads nothing of it.
    std::unique_ptr<HistoryChain> m_history;
    std::vector<Replacement> m_replacements;
    // The queued rows' texts, one buffer for all of them; bound at flush, cleared after.
    QByteArray m_texts;
    std::vector<PendingNode> m_nodes;
    std::vector<PendingProtocol> m_protocols;
    QByteArray m_figures;
};

} // namespace saylau
