#pragma once

// A precinct moved under a district added after it: a node whose parent has the larger id, so that reading the
// territory in id order meets it before its parent (what TerritoryEditor::move allows and a regional office
// does when it opens a new district on election night).

#include "domain/SaylauError.h"
#include "storage/CampaignStore.h"
#include "storage/TerritoryEditor.h"

#include <optional>

namespace saylau::test {

struct MovedPrecinct
{
    qint64 precinct = 0;
    QString fromRegion; // display names
    QString toRegion;
};

// Moves the campaign's first precinct (in id order) under a new district of another region.
inline MovedPrecinct moveAPrecinctUnderANewDistrict(const QString &location)
{
    const std::unique_ptr<CampaignStore> store = CampaignStore::open(location);
    const QList<TerritoryNode> nodes = store->allTerritory();
    std::optional<TerritoryNode> precinct;
    for (const TerritoryNode &node : nodes) {
        if (!precinct && node.level == TerritoryNode::Level::Precinct)
            precinct = node;
    }
    if (!precinct)
        throw SaylauError(QStringLiteral("no precinct to move"));
    const qint64 fromRegion = store->territory(precinct->parentId)->parentId;
    std::optional<TerritoryNode> otherRegion;
    for (const TerritoryNode &node : nodes) {
        if (!otherRegion && node.level == TerritoryNode::Level::Region && node.id != fromRegion)
            otherRegion = node;
    }
    if (!otherRegion)
        throw SaylauError(QStringLiteral("no other region"));
    TerritoryEditor editor(*store, QStringLiteral("test"));
    const TerritoryNode district =
        editor.add({0, otherRegion->id, TerritoryNode::Level::District, {}, QStringLiteral("Новый район"), {}});
    if (district.id <= precinct->id)
        throw SaylauError(QStringLiteral("the new district's id is not above the precinct's"));
    editor.move(precinct->id, district.id);
    return {precinct->id, store->territory(fromRegion)->displayName(), otherRegion->displayName()};
}

} // namespace saylau::test
