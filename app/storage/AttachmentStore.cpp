#include "AttachmentStore.h"

#include "CampaignStore.h"
#include "SqlStatement.h"

#include "../domain/SaylauError.h"

namespace saylau {

namespace {

using S = SqlStatement;

const QString attachmentColumns = QStringLiteral(
    "SELECT id, contest_id, territory_id, source, copy, file_name, mime_type, length(data), added_by, added_at");

Attachment attachmentFromQuery(const QSqlQuery &query)
{
    Attachment a;
    a.id = query.value(0).toLongLong();
    a.key.contestId = query.value(1).toString();
    a.key.territoryId = query.value(2).toLongLong();
    a.key.source = sourceKindFromName(query.value(3).toString()).value_or(SourceKind::Observer);
    a.key.copy = query.value(4).toString();
    a.fileName = query.value(5).toString();
    a.mimeType = query.value(6).toString();
    a.size = query.value(7).toLongLong();
    a.addedBy = query.value(8).toString();
    a.addedAt = S::dateTimeFromText(query.value(9).toString());
    return a;
}

} // namespace

AttachmentStore::AttachmentStore(CampaignStore &store)
    : m_store(store)
{
}

qint64 AttachmentStore::add(const Attachment &attachment)
{
    if (attachment.data.isEmpty())
        throw SaylauError(tr("%1 is empty; nothing was attached").arg(attachment.fileName));
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("INSERT INTO protocol_attachment (contest_id, territory_id, source, copy,"
                                                " file_name, mime_type, data, added_by, added_at)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QVariantList values = {
        attachment.key.contestId, attachment.key.territoryId, sourceKindName(attachment.key.source),
        S::text(attachment.key.copy), S::text(attachment.fileName), S::text(attachment.mimeType), attachment.data,
        S::text(attachment.addedBy),
        S::dateTimeText(attachment.addedAt.isValid() ? attachment.addedAt : QDateTime::currentDateTimeUtc())};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    S::exec(query, tr("attaching %1").arg(attachment.fileName));
    if (!query.next())
        throw SaylauError(tr("attaching %1 returned no id").arg(attachment.fileName));
    return query.value(0).toLongLong();
}

QList<Attachment> AttachmentStore::list(const ProtocolKey &key) const
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 attachmentColumns
                                     + QStringLiteral(" FROM protocol_attachment WHERE contest_id = ? AND territory_id = ?"
                                                      " AND source = ? AND copy = ? ORDER BY id"));
    query.bindValue(0, key.contestId);
    query.bindValue(1, key.territoryId);
    query.bindValue(2, sourceKindName(key.source));
    query.bindValue(3, S::text(key.copy));
    S::exec(query, tr("listing attachments"));
    QList<Attachment> list;
    while (query.next())
        list.append(attachmentFromQuery(query));
    return list;
}

Attachment AttachmentStore::attachment(qint64 id) const
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 attachmentColumns + QStringLiteral(", data FROM protocol_attachment WHERE id = ?"));
    query.bindValue(0, id);
    S::exec(query, tr("reading the attachment"));
    if (!query.next())
        throw SaylauError(tr("there is no attachment %1").arg(id));
    Attachment a = attachmentFromQuery(query);
    a.data = query.value(10).toByteArray();
    return a;
}

} // namespace saylau
