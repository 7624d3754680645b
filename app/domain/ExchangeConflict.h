#pragma once

#include "ProtocolKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace saylau {

// One protocol changed differently in two (or more) campaign files: every version is kept until someone
// chooses, field by field, what the protocol says.
struct ExchangeConflict
{
    struct Version
    {
        QString revisionUid;
        // The office (or headquarters) whose file made this version, who saved it there, and when.
        QString origin;
        QString savedBy;
        QDateTime savedAt;
        // As stored: the figures' JSON and the other fields (observer, remarks…) as a JSON object.
        QByteArray figures;
        QByteArray details;
        // Whether the protocol row shows this version now.
        bool shown = false;
    };

    ProtocolKey key;
    QList<Version> versions;
};

} // namespace saylau
