#pragma once

#include "LocalizedText.h"

#include <QString>

namespace saylau {

// A node of the territory tree: country -> region -> district/TIK -> precinct/UIK. Depth is not fixed;
// the level says what a node is, so a region may hold precincts directly where no TIK level exists.
struct TerritoryNode
{
    enum class Level { Country, Region, District, Precinct };

    qint64 id = 0;
    qint64 parentId = 0; // 0 for the root
    Level level = Level::Precinct;
    QString code; // precinct number, or the code of a region/TIK
    QString name;
    QString address;
    // A precinct-level node that is no precinct: the votes its TIK counted itself (remote electronic voting,
    // postal votes, voters abroad), which exports give as a row with the TIK and no precinct. It sums like a
    // precinct and is compared only with itself; name holds the row's own label, when it has one.
    bool countedByCommission = false;
    // The name in other languages, from the campaign's book of territory names (CampaignStore), which the
    // presets fill: name stays the text as printed in the source files, which keys, mappings and import
    // matching use.
    LocalizedText nameTranslations = {};

    // The name in the program's language, else as stored.
    QString displayName() const { return nameTranslations.text(name); }
    // The node as the source files name it, the same in every language, for machine output to be joined on:
    // a precinct's number (its name when it has none), another node's name (its code when it has none).
    QString storedLabel() const;

    static QString levelName(Level level);
    static Level levelFromName(const QString &name, bool *ok = nullptr);
    // The stored kind ("commission" or empty) of territory.kind.
    static QString kindName(const TerritoryNode &node);
    static QString commissionKind() { return QStringLiteral("commission"); }
    // "TIK 5: counted by the commission", with the unit's own label after it when there is one: how such a
    // unit is named wherever a precinct is "UIK 123".
    static QString commissionUnitName(const QString &districtName, const QString &label);
};

} // namespace saylau
