#pragma once

#include "AttachmentStream.h"

#include <QCoreApplication>

#include <optional>

namespace saylau {

// A campaign file's photos through SQLite's incremental BLOB I/O on the file's own connection (SqliteBlob):
// a new photo is made as zeroed space of its size, then filled. From the first photo added to the end of the
// stream the connection's page cache is larger than a photo, which keeps the zeroes from being written to disk
// before the photo overwrites them; the connection's own setting is back after it.
class FileAttachmentStream : public AttachmentStream
{
    Q_DECLARE_TR_FUNCTIONS(FileAttachmentStream)

public:
    explicit FileAttachmentStream(CampaignStore &store);
    ~FileAttachmentStream() override;
    FileAttachmentStream(const FileAttachmentStream &) = delete;
    FileAttachmentStream &operator=(const FileAttachmentStream &) = delete;

    void read(qint64 attachmentId, const Sink &sink) override;
    qint64 add(const Attachment &attachment, qint64 size, const std::function<void(const Sink &)> &fill) override;

private:
    CampaignStore &m_store;
    // Set once the cache was enlarged.
    std::optional<qint64> m_previousCacheSize;
};

} // namespace saylau
