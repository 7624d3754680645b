#pragma once

#include "AttachmentStream.h"

#include <QCoreApplication>

namespace saylau {

// A server campaign's photos (bytea): read as slices of the stored value (a photo is stored uncompressed, so a
// slice reads only its own pages), written as one row of COPY … FROM STDIN through libpq on the campaign's own
// connection (PostgresHandle), the bytes sent as they come, so that neither side holds the photo whole.
class ServerAttachmentStream : public AttachmentStream
{
    Q_DECLARE_TR_FUNCTIONS(ServerAttachmentStream)

public:
    explicit ServerAttachmentStream(CampaignStore &store);

    void read(qint64 attachmentId, const Sink &sink) override;
    qint64 add(const Attachment &attachment, qint64 size, const std::function<void(const Sink &)> &fill) override;

private:
    CampaignStore &m_store;
};

} // namespace saylau
