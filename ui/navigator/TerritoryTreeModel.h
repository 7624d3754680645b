#pragma once

#include "domain/PrecinctStatus.h"
#include "domain/TerritoryNode.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QList>

#include <memory>
#include <vector>

namespace saylau {

class CampaignStore;
class PrecinctStatusIndex;
class TotalsCache;

// The territory tree of a campaign, read lazily: a node's children are read from the store the first time the
// view asks for them and shown in batches, so a country of 100,000 precincts opens as fast as a village. Beside
// each node, how many precincts it holds and how many of them have a protocol of the chosen contest; both come
// from the campaign's kept sums (TotalsCache), never from walking the model's nodes.
class TerritoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PrecinctsColumn, ReportedColumn, StatusColumn, ColumnCount };
    enum Role {
        TerritoryIdRole = Qt::UserRole + 1,
        LevelRole,
        // The raw count beside the grouped text, for sorting and tests.
        PrecinctCountRole,
        ReportedCountRole,
        // PrecinctStatus of a precinct as int; for other nodes, the list of precinct counts by status.
        PrecinctStatusRole,
        StatusCountsRole,
        // True for a unit of the votes a TIK counted itself (TerritoryNode::countedByCommission).
        CountedByCommissionRole,
        // True for a precinct with a protocol changed differently in two places (see setConflicts).
        ConflictRole,
    };

    // Rows revealed per fetchMore(): enough to fill any screen, few enough to keep a click instant.
    static constexpr int FetchBatchSize = 500;

    // The sums must outlive the model. Throws SaylauError when the store cannot be read.
    TerritoryTreeModel(TotalsCache &totals, const QString &contestId, QObject *parent = nullptr);
    ~TerritoryTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    TerritoryNode territory(const QModelIndex &index) const;
    // The index of a territory anywhere in the tree, reading its ancestors' children as needed (invalid when
    // there is no such territory). Throws SaylauError when the store cannot be read.
    QModelIndex revealTerritory(qint64 territoryId);
    // Recounts the precincts with protocols for another contest; the tree and what is open stay as they are.
    // Throws SaylauError when the store cannot be read.
    void setContest(const QString &contestId);
    // The protocols of one node of the contest shown changed (a save): a precinct's count and its ancestors'
    // follow without counting the country again. Throws SaylauError when the store cannot be read.
    void protocolsChanged(qint64 territoryId);
    // The entry statuses to show (nullptr: none, the status column stays empty). The index must outlive its use.
    void setStatusIndex(const PrecinctStatusIndex *statuses);
    // The precincts with a protocol changed differently in two places (ExchangeLedger::conflictedTerritories):
    // marked with a warning and said in the tooltip until resolved.
    void setConflicts(const QSet<qint64> &precincts);
    // A precinct's status changed: repaints it and its ancestors.
    void statusChanged(qint64 precinctId);
    static QString statusName(PrecinctStatus status);
    // What the status marks mean, for a legend under the tree.
    static QString statusLegend();
    // Texts are translated at display time; this tells attached views that every visible text changed.
    void retranslate();

signals:
    // Reading a branch failed (the file went away, a disk error): the message for the person.
    void readFailed(const QString &message);

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QString displayName(const Node &node) const;
    QVariant statusData(const TerritoryNode &territory, int role) const;
    void emitDataChangedBelow(const Node *node, const QModelIndex &index);

    TotalsCache &m_totals;
    const CampaignStore &m_store;
    QHash<qint64, int> m_precinctCounts;
    QString m_contestId;
    QHash<qint64, int> m_reportedCounts;
    const PrecinctStatusIndex *m_statuses = nullptr;
    QSet<qint64> m_conflicts;
    std::unique_ptr<Node> m_root;
};

} // namespace saylau
