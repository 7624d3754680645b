#include "ChartSpec.h"

namespace saylau {

QList<ChartSpec::Kind> ChartSpec::allKinds()
{
    return {Kind::SharesByRegion, Kind::TurnoutByRegion, Kind::Shares, Kind::TurnoutHistogram, Kind::EstimateVsOfficial};
}

QString ChartSpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SharesByRegion:
        return QStringLiteral("shares-by-region");
    case Kind::TurnoutByRegion:
        return QStringLiteral("turnout-by-region");
    case Kind::Shares:
        return QStringLiteral("shares");
    case Kind::TurnoutHistogram:
        return QStringLiteral("turnout-histogram");
    case Kind::EstimateVsOfficial:
        return QStringLiteral("estimate-vs-official");
    }
    return {};
}

std::optional<ChartSpec::Kind> ChartSpec::kindFromName(const QString &name)
{
    for (Kind kind : allKinds())
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace saylau
