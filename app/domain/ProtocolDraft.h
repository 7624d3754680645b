#pragma once

#include "Protocol.h"

#include <QDateTime>
#include <QString>

namespace saylau {

// What an operator had typed into a protocol and not yet saved. protocol.revision is the revision the typing
// started from, so a restored draft is saved with the same conflict check as if it had never been away.
struct ProtocolDraft
{
    Protocol protocol;
    QString operatorName;
    QDateTime savedAt;
};

} // namespace saylau
