#pragma once

#include "CsvReader.h"

#include "../domain/TerritoryNode.h"

#include <QByteArray>
#include <QSet>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace saylau {

class ImportWriter;
class CampaignStore;

// Finds the territory node an imported row names (region -> TIK -> precinct), creating the nodes the
// campaign lacks. The whole tree is read once into a hash, and consecutive rows of one region or TIK are
// recognised by their raw bytes, so a 100,000-row file costs about one hash lookup per row, not a query.
//
// Regions and TIKs are matched by name (normalised: "Республика  Адыгея" meets "республика адыгея"), by a
// name the campaign's book of territory names gives them in another language ("Алматы облысы" meets
// "Алматинская область"), or by code; precincts by number. When the campaign has a single country node,
// regions go under it.
class TerritoryResolver
{
    Q_DECLARE_TR_FUNCTIONS(TerritoryResolver)

public:
    // Call inside the import's transaction: nodes are added through the writer as rows need them.
    TerritoryResolver(const CampaignStore &store, ImportWriter &writer, CsvReader::Encoding encoding);

    // The node at `level` for the row's cells (raw, in the file's encoding); cells of levels the file lacks
    // are empty. Throws SaylauError when the cell of `level` is empty (RowMapper refuses those rows first).
    qint64 resolve(TerritoryNode::Level level, QByteArrayView region, QByteArrayView district,
                   QByteArrayView precinct, QByteArrayView address);

    // The unit of the votes the row's TIK counted itself (TerritoryNode::countedByCommission), one per TIK and
    // label, created under the TIK when new. Throws SaylauError when the TIK cell is empty.
    qint64 resolveCommissionUnit(QByteArrayView region, QByteArrayView district, QByteArrayView label);

    // The region of the campaign with this name (stored, or in its book of names), or nullopt.
    std::optional<qint64> existingRegion(const QString &name) const;
    // Every row goes under this region (its id): a file of one region's TIKs and precincts, with no region
    // column. A row's own region cell, when it has one, still decides.
    void placeUnder(qint64 regionId) { m_fixedRegionId = regionId; }
    // An office's kit (ExchangeLedger::regions): rows count as within its regions only when they lie in an
    // existing region with one of these codes. Headquarters sets aside whatever an office adds elsewhere (a new
    // region, the country as a whole), so the office must not make it.
    void keepWithin(const QStringList &regionCodes);
    // Whether the row (its region cell, raw) lies within the regions kept to; always, when keepWithin was not
    // called. Creates nothing.
    bool withinRegions(QByteArrayView region) const;

    int created(TerritoryNode::Level level) const { return m_created[int(level)]; }
    // Nodes of the level the campaign had before the import.
    int existing(TerritoryNode::Level level) const { return m_existing[int(level)]; }
    // Regions or TIKs the rows named, new and existing, each once (not counted for precincts: the importer
    // refuses a precinct named twice).
    int named(TerritoryNode::Level level) const { return int(m_named[int(level)].size()); }
    int createdCommissionUnits() const { return m_createdCommissionUnits; }
    // The precinct number as stored: "УИК №123" and "123" are the same precinct.
    static QString precinctCode(const QString &cell);

private:
    struct LastCell
    {
        qint64 parentId = -1;
        QByteArray cell;
        qint64 id = 0;
    };

    qint64 child(qint64 parentId, TerritoryNode::Level level, QByteArrayView cell, QByteArrayView address);
    qint64 districtNode(QByteArrayView region, QByteArrayView district);
    QByteArray utf8(QByteArrayView cell) const;
    static QByteArray key(qint64 parentId, TerritoryNode::Level level, char kind, QByteArrayView text);

    ImportWriter &m_writer;
    CsvReader::Encoding m_encoding;
    qint64 m_rootId = 0;
    qint64 m_fixedRegionId = 0; // placeUnder(); 0: none
    QHash<qint64, QString> m_regionCodes; // every region's code, by id
    std::optional<QSet<qint64>> m_keptRegions; // keepWithin(): the regions rows may lie in
    // parent, level, 'c' + code or 'n' + normalised name (UTF-8) -> node id; 'k' + label for the units a TIK
    // counted itself
    QHash<QByteArray, qint64> m_nodes;
    // A precinct with a plain number under its parent. Hashed so that the numbers of one parent sit side by
    // side in the table: a file lists a TIK's precincts in order, and a hash that scattered them cost a cache
    // miss per row (5% of a 100,000-row import's time, in one function).
    struct PrecinctNumber
    {
        qint64 parentId;
        qint64 number;
        friend bool operator==(const PrecinctNumber &, const PrecinctNumber &) = default;
        friend size_t qHash(const PrecinctNumber &key, size_t seed) { return qHash(key.parentId, seed) + size_t(key.number); }
    };
    // parent, number -> id of the precincts with plain numbers: most of a country, kept compact.
    QHash<PrecinctNumber, qint64> m_precincts;
    LastCell m_last[4];
    int m_created[4] = {0, 0, 0, 0};
    int m_existing[4] = {0, 0, 0, 0};
    QSet<qint64> m_named[4];
    int m_createdCommissionUnits = 0;
};

} // namespace saylau
