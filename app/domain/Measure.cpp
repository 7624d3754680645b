#include "Measure.h"

namespace saylau {

QString measureName(Measure measure)
{
    switch (measure) {
    case Measure::Voters: return QStringLiteral("voters");
    case Measure::Received: return QStringLiteral("received");
    case Measure::Issued: return QStringLiteral("issued");
    case Measure::Cast: return QStringLiteral("cast");
    case Measure::Invalid: return QStringLiteral("invalid");
    case Measure::Valid: return QStringLiteral("valid");
    case Measure::Unused: return QStringLiteral("unused");
    case Measure::AgainstAll: return QStringLiteral("against_all");
    }
    return {};
}

std::optional<Measure> measureFromName(const QString &name)
{
    for (Measure m : allMeasures) {
        if (measureName(m) == name)
            return m;
    }
    return std::nullopt;
}

} // namespace saylau
