#pragma once

#include "../domain/TerritoryChange.h"
#include "../domain/TerritoryNode.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace saylau {

class CampaignStore;

// Changes to the territory tree made by hand: a precinct created when its protocol arrives before any list
// was imported, a district added, a typo in a name corrected, a precinct moved to the right district, a node
// created by mistake deleted. Each change is checked (a level below its parent, numbers unique within a
// district, nothing deleted that still carries protocols), written in one transaction with its row in
// territory_history, and announced through the store's CampaignNotifier. Refusals throw SaylauError with a
// sentence for the person who asked.
class TerritoryEditor
{
    Q_DECLARE_TR_FUNCTIONS(TerritoryEditor)

public:
    TerritoryEditor(CampaignStore &store, const QString &changedBy);

    // A new node under parentId: its level must lie below the parent's; a precinct needs a number not yet used
    // by its siblings, other nodes a name. Returns the node as stored.
    TerritoryNode add(const TerritoryNode &node);
    // New code, name and address for a node; a precinct keeps a number unique among its siblings.
    TerritoryNode rename(qint64 territoryId, const QString &code, const QString &name, const QString &address);
    // A node's new address inside the caller's transaction (a precinct list being imported), recorded in
    // territory_history as a rename; nothing is announced, the caller does that once for the whole list.
    void changeAddressWithin(const TerritoryNode &before, const QString &address);
    // Under another parent (a level above the node's own).
    TerritoryNode move(qint64 territoryId, qint64 newParentId);
    // Deletes the node and the empty nodes below it; refused while any protocol, photo or unsaved draft lies
    // at or below it, since deleting would take them along.
    void remove(qint64 territoryId);

    // Changes of one node (0: of the whole tree), oldest first.
    QList<TerritoryChange> history(qint64 territoryId = 0) const;

private:
    TerritoryNode existing(qint64 territoryId) const;
    void checkPlace(const TerritoryNode &node, qint64 parentId) const;
    // In an office's kit limited to some regions (ExchangeLedger::regions), refuses a place outside them.
    void checkOfficeRegions(const TerritoryNode &node, const TerritoryNode &parent) const;
    // The UPDATE and its history row, inside a transaction already open.
    void write(const TerritoryNode &before, const TerritoryNode &after);
    void record(qint64 territoryId, TerritoryChange::Action action, const std::optional<TerritoryNode> &before,
                const std::optional<TerritoryNode> &after);
    QString describe(const TerritoryNode &node) const;
    QSqlQuery queryBelow(const TerritoryNode &node, const QString &select) const;

    CampaignStore &m_store;
    QString m_changedBy;
};

} // namespace saylau
