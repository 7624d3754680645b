#pragma once

#include "ProtocolKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace saylau {

// A photo or scan of a paper protocol, kept inside the campaign file so that copying the file copies the
// evidence with it.
struct Attachment
{
    qint64 id = 0;
    ProtocolKey key;
    QString fileName;
    QString mimeType;
    // Empty in listings; read on demand, since one phone photo weighs more than a thousand protocols.
    QByteArray data;
    qint64 size = 0;
    QString addedBy;
    QDateTime addedAt;
};

} // namespace saylau
