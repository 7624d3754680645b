#pragma once

#include "../domain/Attachment.h"

#include <QByteArrayView>

#include <functional>
#include <memory>

namespace saylau {

class CampaignStore;

// A campaign's photos (protocol_attachment.data) read and written a chunk at a time, so that the exchange
// moves photos of any size without holding one whole. How differs by engine, and only here: a file uses
// SQLite's incremental BLOB I/O (FileAttachmentStream), a server reads slices of the bytea value and writes a
// new one through COPY (ServerAttachmentStream).
class AttachmentStream
{
public:
    using Sink = std::function<void(QByteArrayView chunk)>;

    // The stream for STORE's engine.
    static std::unique_ptr<AttachmentStream> open(CampaignStore &store);

    virtual ~AttachmentStream() = default;

    // Hands the photo's bytes to sink, chunk by chunk. Throws SaylauError.
    virtual void read(qint64 attachmentId, const Sink &sink) = 0;
    // Inside the caller's write transaction: adds a photo (attachment without its data) whose size bytes fill
    // hands, chunk by chunk, to the sink it is given. Returns the new attachment's id. Throws SaylauError.
    virtual qint64 add(const Attachment &attachment, qint64 size, const std::function<void(const Sink &)> &fill) = 0;
};

} // namespace saylau
