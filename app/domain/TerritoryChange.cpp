#include "TerritoryChange.h"

namespace saylau {

namespace {

constexpr TerritoryChange::Action allActions[] = {TerritoryChange::Action::Create, TerritoryChange::Action::Rename,
                                                  TerritoryChange::Action::Move, TerritoryChange::Action::Delete};

} // namespace

QString TerritoryChange::actionName(Action action)
{
    switch (action) {
    case Action::Create: return QStringLiteral("create");
    case Action::Rename: return QStringLiteral("rename");
    case Action::Move: return QStringLiteral("move");
    case Action::Delete: return QStringLiteral("delete");
    }
    return {};
}

std::optional<TerritoryChange::Action> TerritoryChange::actionFromName(const QString &name)
{
    for (Action action : allActions) {
        if (actionName(action) == name)
            return action;
    }
    return std::nullopt;
}

} // namespace saylau
