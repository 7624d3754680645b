#include "EntryStatus.h"

namespace saylau {

QString entryStatusName(EntryStatus status)
{
    return status == EntryStatus::Verified ? QStringLiteral("verified") : QStringLiteral("entered");
}

std::optional<EntryStatus> entryStatusFromName(const QString &name)
{
    if (name == QLatin1String("entered"))
        return EntryStatus::Entered;
    if (name == QLatin1String("verified"))
        return EntryStatus::Verified;
    return std::nullopt;
}

} // namespace saylau
