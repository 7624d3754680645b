#pragma once

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

    static QString levelName(Level level);
    static Level levelFromName(const QString &name, bool *ok = nullptr);
};

} // namespace saylau
