#pragma once

#include "Protocol.h"
#include "SourceKind.h"

#include <QString>

namespace saylau {

// What names one protocol across saves, drafts and attachments: a precinct's copy of one contest from one
// source. Drafts and photos exist before the first save, so they hang on this key, not on a row id.
struct ProtocolKey
{
    QString contestId;
    qint64 territoryId = 0;
    SourceKind source = SourceKind::Observer;
    QString copy;

    static ProtocolKey of(const Protocol &protocol)
    {
        return {protocol.contestId, protocol.territoryId, protocol.source, protocol.copy};
    }
    bool operator==(const ProtocolKey &other) const = default;
};

} // namespace saylau
