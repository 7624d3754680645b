#pragma once

#include "FiguresCodec.h"

#include "../domain/Contest.h"
#include "../domain/SourceKind.h"
#include "../domain/TerritoryNode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace saylau {

class CampaignStore;

// The write path of a whole-country import: territory nodes and one contest's protocols of one source,
// inside the caller's CampaignStore::Transaction, through two statements prepared once.
//
// It talks to SQLite's C API on the store's own connection rather than through QSqlQuery: binding UTF-8
// bytes straight from the file, with no QVariant and no UTF-16 round trip per value, is what keeps a
// 100,000-row import near the speed of the sqlite3 shell's raw .import. (Debian's Qt SQL driver links the
// system libsqlite3, the same library this class links, so the handle is shared safely.)
//
// CampaignStore::saveProtocol writes every field a person edits; an import sets only the figures, the
// unmapped cells and where they came from, so a replaced protocol keeps its observer's notes.
class BulkProtocolWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkProtocolWriter)

public:
    // Call inside a CampaignStore::Transaction. Throws SaylauError when the campaign is not on SQLite or a
    // statement cannot be prepared.
    BulkProtocolWriter(CampaignStore &store, const Contest &contest, SourceKind source, const QString &copy,
                       const QString &origin);
    ~BulkProtocolWriter();
    BulkProtocolWriter(const BulkProtocolWriter &) = delete;
    BulkProtocolWriter &operator=(const BulkProtocolWriter &) = delete;

    // Adds a node (texts in UTF-8); returns its id.
    qint64 addTerritory(qint64 parentId, TerritoryNode::Level level, QByteArrayView code, QByteArrayView name,
                        QByteArrayView address);
    // Inserts the protocol at this territory, or replaces its figures and extra when it exists. extraJson
    // is a JSON object of strings in UTF-8 (the unmapped cells), or empty. False when the protocol existed
    // with exactly these figures and extra, and was left untouched.
    bool saveProtocol(qint64 territoryId, const Figures &figures, QByteArrayView extraJson);

private:
    [[noreturn]] void fail(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_territory = nullptr;
    sqlite3_stmt *m_protocol = nullptr;
    FiguresCodec m_codec;
    QByteArray m_figures;
    // Bound once and kept alive here: SQLite reads them at every step.
    QByteArray m_contestId;
    QByteArray m_source;
    QByteArray m_copy;
    QByteArray m_origin;
    QByteArray m_updatedAt;
};

} // namespace saylau
