#pragma once

#include "domain/TerritoryNode.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace saylau {

class CampaignStore;

// The territory tree of a campaign, read lazily: a node's children are read from the store the first time the
// view asks for them and shown in batches, so a country of 100,000 precincts opens as fast as a village. Beside
// each node, how many precincts it holds and how many of them have a protocol of the chosen contest; both come
// from aggregate queries, never from walking the tree.
class TerritoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PrecinctsColumn, ReportedColumn, ColumnCount };
    enum Role {
        TerritoryIdRole = Qt::UserRole + 1,
        LevelRole,
        // The raw count beside the grouped text, for sorting and tests.
        PrecinctCountRole,
        ReportedCountRole,
    };

    // Rows revealed per fetchMore(): enough to fill any screen, few enough to keep a click instant.
    static constexpr int FetchBatchSize = 500;

    // Throws SaylauError when the store cannot be read.
    TerritoryTreeModel(const CampaignStore &store, const QString &contestId, QObject *parent = nullptr);
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
    // Texts are translated at display time; this tells attached views that every visible text changed.
    void retranslate();

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QString displayName(const TerritoryNode &territory) const;
    void emitDataChangedBelow(const Node *node, const QModelIndex &index);

    const CampaignStore &m_store;
    QHash<qint64, int> m_precinctCounts;
    QHash<qint64, int> m_reportedCounts;
    std::unique_ptr<Node> m_root;
};

} // namespace saylau
