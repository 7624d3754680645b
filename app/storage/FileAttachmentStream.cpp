#include "FileAttachmentStream.h"

#include "CampaignStore.h"
#include "SqlStatement.h"
#include "SqliteBlob.h"
#include "SqliteHandle.h"

#include "../domain/SaylauError.h"

namespace saylau {

FileAttachmentStream::FileAttachmentStream(CampaignStore &store)
    : m_store(store)
{
}

FileAttachmentStream::~FileAttachmentStream()
{
    // PRAGMA takes no bound parameters; the number is the connection's own.
    if (m_previousCacheSize)
        QSqlQuery(m_store.database()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previousCacheSize));
}

void FileAttachmentStream::read(qint64 attachmentId, const Sink &sink)
{
    SqliteBlob::read(SqliteHandle::of(m_store.database()), "protocol_attachment", attachmentId, sink);
}

qint64 FileAttachmentStream::add(const Attachment &attachment, qint64 size, const std::function<void(const Sink &)> &fill)
{
    if (!m_previousCacheSize) {
        QSqlQuery cache(m_store.database());
        m_previousCacheSize = cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next()
                                  ? cache.value(0).toLongLong()
                                  : qint64(-2000);
        cache.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    QSqlQuery insert = SqlStatement::prepare(
        m_store.database(),
        QStringLiteral("INSERT INTO protocol_attachment (contest_id, territory_id, source, copy, file_name, mime_type,"
                       " added_by, added_at, data) VALUES (:contest_id, :territory_id, :source, :copy, :file_name,"
                       " :mime_type, :added_by, :added_at, zeroblob(:size)) RETURNING id"));
    SqlStatement::bindKey(insert, attachment.key);
    SqlStatement::bind(insert, {{":file_name", SqlStatement::text(attachment.fileName)},
                                {":mime_type", SqlStatement::text(attachment.mimeType)},
                                {":added_by", SqlStatement::text(attachment.addedBy)},
                                {":added_at", SqlStatement::dateTimeText(attachment.addedAt)},
                                {":size", size}});
    SqlStatement::exec(insert, tr("adding the photo %1").arg(attachment.fileName));
    if (!insert.next())
        throw SaylauError(tr("adding the photo %1 returned no id").arg(attachment.fileName));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    SqliteBlob::write(SqliteHandle::of(m_store.database()), "protocol_attachment", id, fill);
    return id;
}

} // namespace saylau
