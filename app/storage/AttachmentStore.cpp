#include "AttachmentStore.h"

#include "CampaignStore.h"
#include "SqlStatement.h"

#include "../domain/SaylauError.h"

namespace saylau {

namespace {

using S = SqlStatement;

const QString attachmentColumns = QStringLiteral(
    "SELECT id, contest_id, territory_id, source, copy, file_name, mime_type, length(data) AS size, added_by, added_at");

Attachment attachmentFromQuery(const QSqlQuery &query)
{
    Attachment a;
    a.id = query.value(QLatin1String("id")).toLongLong();
    a.key.contestId = query.value(QLatin1String("contest_id")).toString();
    a.key.territoryId = query.value(QLatin1String("territory_id")).toLongLong();
    a.key.source = sourceKindFromName(query.value(QLatin1String("source")).toString()).value_or(SourceKind::Observer);
    a.key.copy = query.value(QLatin1String("copy")).toString();
    a.fileName = query.value(QLatin1String("file_name")).toString();
    a.mimeType = query.value(QLatin1String("mime_type")).toString();
    a.size = query.value(QLatin1String("size")).toLongLong();
    a.addedBy = query.value(QLatin1String("added_by")).toString();
    a.addedAt = S::dateTimeFromText(query.value(QLatin1String("added_at")).toString());
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
                                                " VALUES (:contest_id, :territory_id, :source, :copy, :file_name,"
                                                " :mime_type, :data, :added_by, :added_at) RETURNING id"));
    S::bindKey(query, attachment.key);
    S::bind(query, {{":file_name", S::text(attachment.fileName)},
                    {":mime_type", S::text(attachment.mimeType)},
                    {":data", attachment.data},
                    {":added_by", S::text(attachment.addedBy)},
                    {":added_at", S::dateTimeText(attachment.addedAt.isValid() ? attachment.addedAt
                                                                              : QDateTime::currentDateTimeUtc())}});
    S::exec(query, tr("attaching %1").arg(attachment.fileName));
    if (!query.next())
        throw SaylauError(tr("attaching %1 returned no id").arg(attachment.fileName));
    return query.value(QLatin1String("id")).toLongLong();
}

QList<Attachment> AttachmentStore::list(const ProtocolKey &key) const
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 attachmentColumns
                                     + QStringLiteral(" FROM protocol_attachment WHERE contest_id = :contest_id"
                                                      " AND territory_id = :territory_id AND source = :source"
                                                      " AND copy = :copy ORDER BY id"));
    S::bindKey(query, key);
    S::exec(query, tr("listing attachments"));
    QList<Attachment> list;
    while (query.next())
        list.append(attachmentFromQuery(query));
    return list;
}

Attachment AttachmentStore::attachment(qint64 id) const
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 attachmentColumns + QStringLiteral(", data FROM protocol_attachment WHERE id = :id"));
    S::bind(query, {{":id", id}});
    S::exec(query, tr("reading the attachment"));
    if (!query.next())
        throw SaylauError(tr("there is no attachment %1").arg(id));
    Attachment a = attachmentFromQuery(query);
    a.data = query.value(QLatin1String("data")).toByteArray();
    return a;
}

} // namespace saylau
