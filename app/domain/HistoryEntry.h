#pragma once

#include "ProtocolChange.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace saylau {

// One save of a protocol as the history table keeps it (a typed save, or an import replacing its figures):
// who, when, what it became (revision) and every field that changed, from what to what.
struct HistoryEntry
{
    enum class Action { Save, Verify };

    qint64 id = 0;
    qint64 protocolId = 0;
    int revision = 0;
    QDateTime savedAt;
    QString savedBy;
    Action action = Action::Save;
    QList<ProtocolChange> changes;
    // The import run (import_run.id) whose corrected file replaced the figures; 0 for a save someone typed.
    qint64 importRunId = 0;
};

} // namespace saylau
