#pragma once

#include "../domain/Contest.h"
#include "../domain/Figures.h"
#include "../domain/SourceKind.h"
#include "../domain/TerritoryNode.h"
#include "FiguresCodec.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace saylau {

class CampaignStore;

// The write path of a whole-country import (territory nodes and one contest's protocols of one source), inside
// the caller's CampaignStore::Transaction, on either engine: BulkProtocolWriter on a campaign file (SQLite's C
// API), CopyProtocolWriter on a server (PostgreSQL's COPY through libpq). Both follow ProtocolWriter's rules for
// revision, status, timestamps and history; only their statements differ.
//
// The calls, in order: addTerritory / saveProtocol for every row, flush(), importRunId() to record the run with
// (CampaignStore::recordImport), then finishRun() before committing. Until flush() returns, the store's
// connection may be busy with the writer's rows: run no other statement on it in between.
class ImportWriter
{
public:
    // The writer for STORE's engine; arguments as BulkProtocolWriter's. Throws SaylauError.
    static std::unique_ptr<ImportWriter> create(CampaignStore &store, const Contest &contest, SourceKind source,
                                                const QString &copy, const QString &origin, const QString &savedBy);

    virtual ~ImportWriter() = default;

    // Queues a node (texts in UTF-8); returns the id it will have.
    virtual qint64 addTerritory(qint64 parentId, TerritoryNode::Level level, QByteArrayView code,
                                QByteArrayView name, QByteArrayView address, bool countedByCommission = false) = 0;
    // Queues the protocol at this territory: inserted, or its figures and extra replaced when it exists.
    // extraJson is a JSON object of strings in UTF-8 (the unmapped cells), or empty.
    virtual void saveProtocol(qint64 territoryId, const Figures &figures, QByteArrayView extraJson) = 0;
    // Writes what is queued. Throws SaylauError when the engine refuses a row.
    virtual void flush() = 0;
    // Protocols that existed with exactly the figures and extra given, so were left as they were.
    virtual qint64 unchanged() const = 0;
    // The id the import run will have: the history rows of replaced protocols name it.
    virtual qint64 importRunId() = 0;
    // After the run is recorded: writes what must follow it (a server checks at once that a history row's run
    // exists). Throws SaylauError.
    virtual void finishRun() {}

protected:
    ImportWriter(const Contest &contest, SourceKind source, const QString &copy, const QString &origin,
                 const QString &savedBy);
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    Contest m_contest;
    FiguresCodec m_codec;
    // What every row of the import shares, in UTF-8 as both engines take it; kept alive here, for SQLite reads
    // bound texts at every step.
    QByteArray m_contestId;
    QByteArray m_source;
    QByteArray m_copy;
    QByteArray m_origin;
    QByteArray m_savedBy;
    // updated_at of every protocol written and saved_at of every history row: one instant.
    QByteArray m_savedAt;
    QByteArray m_status;
    // The action of a replaced protocol's history row.
    QByteArray m_historyAction;
};

} // namespace saylau
