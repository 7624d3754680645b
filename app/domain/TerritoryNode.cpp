#include "TerritoryNode.h"

#include <QCoreApplication>

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

QString TerritoryNode::storedLabel() const
{
    if (level == Level::Precinct)
        return code.isEmpty() ? name : code;
    return name.isEmpty() ? code : name;
}

QString TerritoryNode::kindName(const TerritoryNode &node)
{
    return node.countedByCommission ? commissionKind() : QString();
}

QString TerritoryNode::commissionUnitName(const QString &districtName, const QString &label)
{
    const QString name = QCoreApplication::translate("TerritoryNode", "%1: counted by the commission").arg(districtName);
    return label.isEmpty() ? name : QCoreApplication::translate("TerritoryNode", "%1 (%2)").arg(name, label);
}

} // namespace saylau
