#pragma once

#include "TerritoryNode.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace saylau {

// The whole territory tree in memory, read once: ancestors, paths and the node of a given level above any
// precinct, for reports, checks and comparisons that walk 100,000 protocols.
class TerritoryIndex
{
public:
    explicit TerritoryIndex(QList<TerritoryNode> nodes);

    const QList<TerritoryNode> &nodes() const { return m_nodes; }
    const TerritoryNode *node(qint64 id) const;
    // The ancestor (or the node itself) at this level; nullptr when the path has no node of that level.
    const TerritoryNode *ancestorAt(qint64 id, TerritoryNode::Level level) const;
    // "Region / TIK / UIK 123", without the country: how a precinct is named in every listing.
    QString path(qint64 id) const;
    // The node's own label: "UIK 123" for precincts (number), "TIK 5: counted by the commission" for the
    // votes a TIK counted itself, the name for others.
    QString label(qint64 id) const;
    // The path of TerritoryNode::storedLabel()s, "Region / TIK / 123": the same in every language.
    QString storedPath(qint64 id) const;

private:
    QString joinedPath(qint64 id, const std::function<QString(const TerritoryNode &)> &name) const;

    QList<TerritoryNode> m_nodes;
    QHash<qint64, int> m_indexById;
};

} // namespace saylau
