#include "SaveConflict.h"

namespace saylau {

namespace {

QString conflictMessage(int baseRevision, int storedRevision, const QString &storedBy, const QDateTime &storedAt)
{
    if (baseRevision == 0)
        return SaveConflict::tr("This protocol was entered by %1 at %2 while you were typing. Your values were "
                                "not saved; compare them with the stored ones before saving again.")
            .arg(storedBy.isEmpty() ? SaveConflict::tr("someone else") : storedBy,
                 storedAt.toLocalTime().toString(Qt::ISODate));
    return SaveConflict::tr("This protocol was changed by %1 at %2 (revision %3; you started from revision %4). "
                            "Your values were not saved; compare them with the stored ones before saving again.")
        .arg(storedBy.isEmpty() ? SaveConflict::tr("someone else") : storedBy,
             storedAt.toLocalTime().toString(Qt::ISODate), QString::number(storedRevision),
             QString::number(baseRevision));
}

} // namespace

SaveConflict::SaveConflict(int baseRevision, int storedRevision, const QString &storedBy, const QDateTime &storedAt)
    : SaylauError(conflictMessage(baseRevision, storedRevision, storedBy, storedAt))
    , m_baseRevision(baseRevision)
    , m_storedRevision(storedRevision)
    , m_storedBy(storedBy)
    , m_storedAt(storedAt)
{
}

} // namespace saylau
