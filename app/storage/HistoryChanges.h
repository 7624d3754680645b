#pragma once

#include "../domain/ProtocolChange.h"

#include <QByteArray>
#include <QList>

namespace saylau {

// The changes column of protocol_history: a JSON array of {kind, key, before, after}. One codec for the
// typed saves (EntryStore) and the imports that replace figures (BulkProtocolWriter), so the history view
// reads both alike.
class HistoryChanges
{
public:
    static QByteArray toJson(const QList<ProtocolChange> &changes);
    static QList<ProtocolChange> fromJson(const QByteArray &json);
};

} // namespace saylau
