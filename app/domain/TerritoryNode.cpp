#include "TerritoryNode.h"

namespace saylau {

QString TerritoryNode::levelName(Level level)
{
    switch (level) {
    case Level::Country: return QStringLiteral("country");
    case Level::Region: return QStringLiteral("region");
    case Level::District: return QStringLiteral("district");
    case Level::Precinct: return QStringLiteral("precinct");
    }
    return {};
}

TerritoryNode::Level TerritoryNode::levelFromName(const QString &name, bool *ok)
{
    for (Level level : {Level::Country, Level::Region, Level::District, Level::Precinct}) {
        if (levelName(level) == name) {
            if (ok)
                *ok = true;
            return level;
        }
    }
    if (ok)
        *ok = false;
    return Level::Precinct;
}

} // namespace saylau
