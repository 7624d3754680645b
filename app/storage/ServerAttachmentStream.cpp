#include "ServerAttachmentStream.h"

#include "CampaignQuery.h"
#include "CampaignStore.h"
#include "PostgresHandle.h"
#include "SqlStatement.h"

#include "../domain/SaylauError.h"

#include <libpq-fe.h>

#include <memory>

namespace saylau {

namespace {

// Bytes per slice read: a round trip each, so larger than a file's chunk.
constexpr qint64 sliceSize = 1024 * 1024;

using Result = std::unique_ptr<PGresult, void (*)(PGresult *)>;

// A text field of a row in COPY's text format: the bytes that would end a field or a row are escaped.
void appendCopyText(QByteArray &row, QByteArrayView text)
{
    for (const char c : text) {
        switch (c) {
        case '\\': row.append("\\\\"); break;
        case '\t': row.append("\\t"); break;
        case '\n': row.append("\\n"); break;
        case '\r': row.append("\\r"); break;
        default: row.append(c);
        }
    }
    row.append('\t');
}

} // namespace

ServerAttachmentStream::ServerAttachmentStream(CampaignStore &store)
    : m_store(store)
{
}

void ServerAttachmentStream::read(qint64 attachmentId, const Sink &sink)
{
    CampaignQuery length(m_store, "SELECT length(data) FROM protocol_attachment WHERE id = :id", tr("reading a photo"));
    length.bind(":id", attachmentId);
    if (!length.step())
        throw SaylauError(tr("reading a photo failed: there is no photo %1").arg(attachmentId));
    const qint64 size = length.integer(0);
    length.reset();
    CampaignQuery slice(m_store, "SELECT substr(data, :from, :length) FROM protocol_attachment WHERE id = :id",
                        tr("reading a photo"));
    for (qint64 offset = 0; offset < size; offset += sliceSize) {
        slice.bind(":from", offset + 1).bind(":length", qMin(sliceSize, size - offset)).bind(":id", attachmentId);
        if (!slice.step())
            throw SaylauError(tr("reading a photo failed: photo %1 is gone").arg(attachmentId));
        sink(slice.value(0).toByteArray());
        slice.reset();
    }
}

qint64 ServerAttachmentStream::add(const Attachment &attachment, qint64 size, const std::function<void(const Sink &)> &fill)
{
    // COPY names no id back: the row takes the next of the table's sequence, which any role that may insert
    // may advance.
    QSqlQuery take = SqlStatement::prepare(m_store.database(),
                                           m_store.dialect().takeNextIdsStatement(QStringLiteral("protocol_attachment"), 1));
    SqlStatement::exec(take, tr("adding the photo %1").arg(attachment.fileName));
    if (!take.next())
        throw SaylauError(tr("adding the photo %1 returned no id").arg(attachment.fileName));
    const qint64 id = take.value(0).toLongLong();
    take.finish();

    pg_conn *connection = PostgresHandle::of(m_store.database());
    const auto failure = [&](const PGresult *result) {
        return SaylauError(tr("adding the photo %1 failed: %2")
                               .arg(attachment.fileName,
                                    QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection))
                                        .trimmed()));
    };
    {
        const Result start(PQexec(connection, "COPY protocol_attachment (id, contest_id, territory_id, source, copy,"
                                              " file_name, mime_type, added_by, added_at, data) FROM STDIN"),
                           PQclear);
        if (PQresultStatus(start.get()) != PGRES_COPY_IN)
            throw failure(start.get());
    }
    QByteArray row = QByteArray::number(id) + '\t';
    appendCopyText(row, attachment.key.contestId.toUtf8());
    row += QByteArray::number(attachment.key.territoryId) + '\t';
    appendCopyText(row, sourceKindName(attachment.key.source).toUtf8());
    appendCopyText(row, attachment.key.copy.toUtf8());
    appendCopyText(row, attachment.fileName.toUtf8());
    appendCopyText(row, attachment.mimeType.toUtf8());
    appendCopyText(row, attachment.addedBy.toUtf8());
    appendCopyText(row, SqlStatement::dateTimeText(attachment.addedAt).toUtf8());
    // bytea in hex, its backslash doubled for COPY's text format.
    row += "\\\\x";
    bool sent = true;
    qint64 arrived = 0;
    const auto send = [&](QByteArrayView bytes) {
        sent = sent && PQputCopyData(connection, bytes.data(), int(bytes.size())) == 1;
    };
    send(row);
    QString stopped;
    try {
        fill([&](QByteArrayView chunk) {
            arrived += chunk.size();
            send(QByteArray::fromRawData(chunk.data(), chunk.size()).toHex());
        });
    } catch (const SaylauError &error) {
        stopped = error.message();
    }
    if (stopped.isEmpty() && arrived != size)
        stopped = tr("%1 bytes of %2 arrived").arg(arrived).arg(size);
    send("\n");
    PQputCopyEnd(connection, stopped.isEmpty() && sent ? nullptr : "the photo stopped arriving");
    const Result outcome(PQgetResult(connection), PQclear);
    while (Result(PQgetResult(connection), PQclear)) {
    }
    if (!stopped.isEmpty())
        throw SaylauError(tr("adding the photo %1 failed: %2").arg(attachment.fileName, stopped));
    if (!sent || PQresultStatus(outcome.get()) != PGRES_COMMAND_OK)
        throw failure(outcome.get());
    return id;
}

} // namespace saylau
