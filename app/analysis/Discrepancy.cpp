#include "Discrepancy.h"

#include "../domain/CountArithmetic.h"

namespace saylau {

std::optional<qint64> Discrepancy::measureDifference(Measure measure) const
{
    const std::optional<qint64> official = officialMeasures[size_t(measure)];
    const std::optional<qint64> observer = observerMeasures[size_t(measure)];
    if (!official || !observer)
        return std::nullopt;
    return CountArithmetic::subtract(*official, *observer);
}

QString Discrepancy::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Match: return QStringLiteral("match");
    case Kind::Differs: return QStringLiteral("differs");
    case Kind::OfficialMissing: return QStringLiteral("official_missing");
    case Kind::ObserverMissing: return QStringLiteral("observer_missing");
    case Kind::CopiesDisagree: return QStringLiteral("copies_disagree");
    case Kind::PartialCoverage: return QStringLiteral("partial_coverage");
    }
    return {};
}

std::optional<Discrepancy::Kind> Discrepancy::kindFromName(const QString &name)
{
    for (Kind kind : allKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString Discrepancy::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Match: return tr("match");
    case Kind::Differs: return tr("differs");
    case Kind::OfficialMissing: return tr("official figures missing");
    case Kind::ObserverMissing: return tr("observer copy missing");
    case Kind::CopiesDisagree: return tr("observer copies disagree");
    case Kind::PartialCoverage: return tr("copies cover part of the precincts");
    }
    return {};
}

} // namespace saylau
