#include "SourceKind.h"

namespace saylau {

QString sourceKindName(SourceKind kind)
{
    return kind == SourceKind::Observer ? QStringLiteral("observer") : QStringLiteral("official");
}

std::optional<SourceKind> sourceKindFromName(const QString &name)
{
    if (name == QLatin1String("observer"))
        return SourceKind::Observer;
    if (name == QLatin1String("official"))
        return SourceKind::Official;
    return std::nullopt;
}

} // namespace saylau
