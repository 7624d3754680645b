#pragma once

#include "TerritoryNode.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace saylau {

// One change a person made to the territory tree, as territory_history keeps it: who, when, and the node
// before and after (a creation has no before, a deletion no after).
struct TerritoryChange
{
    enum class Action { Create, Rename, Move, Delete };

    qint64 id = 0;
    qint64 territoryId = 0;
    Action action = Action::Create;
    QDateTime changedAt;
    QString changedBy;
    std::optional<TerritoryNode> before;
    std::optional<TerritoryNode> after;

    static QString actionName(Action action);
    static std::optional<Action> actionFromName(const QString &name);
};

} // namespace saylau
