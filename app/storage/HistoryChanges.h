#pragma once

#include "../domain/ProtocolChange.h"

#include <QByteArray>
#include <QList>

namespace saylau {

// The changes column of protocol_history: a JSON array of {kind, key, before, after}. One codec for the
// saves (ProtocolWriter: typed, verified or a program's) and the imports that replace figures
// (BulkProtocolWriter), so the history view reads them alike.
class HistoryChanges
{
public:
    static QByteArray toJson(const QList<ProtocolChange> &changes);
    static QList<ProtocolChange> fromJson(const QByteArray &json);
};

} // namespace saylau
