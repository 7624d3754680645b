#include "ControlRelation.h"

namespace saylau {

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

Severity severityFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = name == QLatin1String("error") || name == QLatin1String("warning");
    return name == QLatin1String("warning") ? Severity::Warning : Severity::Error;
}

} // namespace saylau
