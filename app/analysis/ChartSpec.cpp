#include "ChartSpec.h"

namespace saylau {

QList<ChartSpec::Kind> ChartSpec::allKinds()
{
    return barKinds() + forensicKinds() + QList<Kind>{Kind::EstimateVsOfficial};
}

QList<ChartSpec::Kind> ChartSpec::barKinds()
{
    return {Kind::SharesByRegion, Kind::TurnoutByRegion, Kind::Shares, Kind::TurnoutHistogram};
}

QList<ChartSpec::Kind> ChartSpec::forensicKinds()
{
    return {Kind::TurnoutHistogramFine, Kind::TurnoutShareScatter, Kind::Fingerprint, Kind::VotesByTurnout,
            Kind::FingerprintByRegion};
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
    case Kind::TurnoutHistogramFine:
        return QStringLiteral("turnout-histogram-fine");
    case Kind::TurnoutShareScatter:
        return QStringLiteral("turnout-share-scatter");
    case Kind::Fingerprint:
        return QStringLiteral("fingerprint");
    case Kind::VotesByTurnout:
        return QStringLiteral("votes-by-turnout");
    case Kind::FingerprintByRegion:
        return QStringLiteral("fingerprint-by-region");
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
