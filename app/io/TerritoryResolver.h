#pragma once

#include "CsvReader.h"

#include "../domain/TerritoryNode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace saylau {

class CampaignStore;

// Finds the territory node an imported row names (region -> TIK -> precinct), creating the nodes the
// campaign lacks. The whole tree is read once and kept in hashes, and rows are looked up by their raw bytes
// first, so a 100,000-row file costs one hash lookup per level per row, not a query.
//
// Regions and TIKs are matched by name (normalised, so "Республика Адыгея" meets "республика адыгея") or by
// code; precincts by number. When the campaign has a single country node, regions go under it.
class TerritoryResolver
{
    Q_DECLARE_TR_FUNCTIONS(TerritoryResolver)

public:
    // Call inside the import's transaction: nodes are added as rows need them.
    TerritoryResolver(CampaignStore &store, CsvReader::Encoding encoding);

    // The node at `level` for the row's cells; cells of levels the file lacks are empty. Throws SaylauError
    // when a cell the level needs is empty (RowMapper refuses those rows first).
    qint64 resolve(TerritoryNode::Level level, QByteArrayView region, QByteArrayView district,
                   QByteArrayView precinct, QByteArrayView address);

    int created(TerritoryNode::Level level) const { return m_created[int(level)]; }
    // The precinct number as stored: "УИК №123" and "123" are the same precinct.
    static QString precinctCode(const QString &cell);

private:
    qint64 child(qint64 parentId, TerritoryNode::Level level, QByteArrayView cell, QByteArrayView address);
    void remember(const TerritoryNode &node);
    static QString key(qint64 parentId, TerritoryNode::Level level, const QString &text);

    CampaignStore &m_store;
    CsvReader::Encoding m_encoding;
    qint64 m_rootId = 0;
    QHash<QByteArray, qint64> m_byCell;    // parent, level, raw cell bytes
    QHash<QString, qint64> m_byName;       // parent, level, normalised name
    QHash<QString, qint64> m_byCode;       // parent, level, code
    int m_created[4] = {0, 0, 0, 0};
};

} // namespace saylau
