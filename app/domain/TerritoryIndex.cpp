#include "TerritoryIndex.h"

#include <QCoreApplication>

namespace saylau {

TerritoryIndex::TerritoryIndex(QList<TerritoryNode> nodes)
    : m_nodes(std::move(nodes))
{
    m_indexById.reserve(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i)
        m_indexById.insert(m_nodes.at(i).id, i);
}

const TerritoryNode *TerritoryIndex::node(qint64 id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_nodes.at(*it);
}

const TerritoryNode *TerritoryIndex::ancestorAt(qint64 id, TerritoryNode::Level level) const
{
    for (const TerritoryNode *n = node(id); n; n = node(n->parentId)) {
        if (n->level == level)
            return n;
    }
    return nullptr;
}

QString TerritoryIndex::label(qint64 id) const
{
    const TerritoryNode *n = node(id);
    if (!n)
        return {};
    if (n->countedByCommission) {
        const TerritoryNode *parent = node(n->parentId);
        return TerritoryNode::commissionUnitName(parent ? label(parent->id) : QString(), n->name);
    }
    if (n->level == TerritoryNode::Level::Precinct)
        return QCoreApplication::translate("TerritoryIndex", "UIK %1").arg(n->code.isEmpty() ? n->name : n->code);
    return n->name.isEmpty() ? n->code : n->displayName();
}

QString TerritoryIndex::path(qint64 id) const
{
    return joinedPath(id, [this](const TerritoryNode &n) { return label(n.id); });
}

QString TerritoryIndex::storedPath(qint64 id) const
{
    return joinedPath(id, [](const TerritoryNode &n) { return n.storedLabel(); });
}

QString TerritoryIndex::joinedPath(qint64 id, const std::function<QString(const TerritoryNode &)> &name) const
{
    QStringList parts;
    for (const TerritoryNode *n = node(id); n && n->level != TerritoryNode::Level::Country; n = node(n->parentId))
        parts.prepend(name(*n));
    return parts.join(QStringLiteral(" / "));
}

} // namespace saylau
