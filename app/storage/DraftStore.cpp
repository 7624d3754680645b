#include "DraftStore.h"

#include "CampaignStore.h"
#include "FiguresCodec.h"
#include "SqlStatement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace saylau {

namespace {

using S = SqlStatement;

QString fieldsJson(const Protocol &protocol)
{
    const QJsonObject fields{
        {QStringLiteral("observer_name"), protocol.observerName},
        {QStringLiteral("observer_contact"), protocol.observerContact},
        {QStringLiteral("received_at"), S::dateTimeText(protocol.receivedAt)},
        {QStringLiteral("received_how"), protocol.receivedHow},
        {QStringLiteral("remarks"), protocol.remarks},
    };
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

void readFields(const QByteArray &json, Protocol &protocol)
{
    const QJsonObject fields = QJsonDocument::fromJson(json).object();
    protocol.observerName = fields.value(QLatin1String("observer_name")).toString();
    protocol.observerContact = fields.value(QLatin1String("observer_contact")).toString();
    protocol.receivedAt = S::dateTimeFromText(fields.value(QLatin1String("received_at")).toString());
    protocol.receivedHow = fields.value(QLatin1String("received_how")).toString();
    protocol.remarks = fields.value(QLatin1String("remarks")).toString();
}

} // namespace

DraftStore::DraftStore(CampaignStore &store)
    : m_store(store)
{
}

void DraftStore::save(const ProtocolDraft &draft)
{
    const Protocol &p = draft.protocol;
    QSqlQuery query = S::prepare(
        m_store.database(),
        QStringLiteral("INSERT INTO protocol_draft (contest_id, territory_id, source, copy, operator, base_revision,"
                       " figures, fields, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (contest_id, territory_id, source, copy, operator) DO UPDATE SET"
                       " base_revision = excluded.base_revision, figures = excluded.figures,"
                       " fields = excluded.fields, saved_at = excluded.saved_at"));
    const QVariantList values = {
        p.contestId, p.territoryId, sourceKindName(p.source), S::text(p.copy), S::text(draft.operatorName),
        p.revision, QString::fromUtf8(FiguresCodec(m_store.contest(p.contestId)).encode(p.figures)),
        fieldsJson(p), S::dateTimeText(draft.savedAt.isValid() ? draft.savedAt : QDateTime::currentDateTimeUtc())};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    S::exec(query, tr("saving the draft"));
}

void DraftStore::remove(const ProtocolKey &key, const QString &operatorName)
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("DELETE FROM protocol_draft WHERE contest_id = ? AND territory_id = ?"
                                                " AND source = ? AND copy = ? AND operator = ?"));
    query.bindValue(0, key.contestId);
    query.bindValue(1, key.territoryId);
    query.bindValue(2, sourceKindName(key.source));
    query.bindValue(3, S::text(key.copy));
    query.bindValue(4, S::text(operatorName));
    S::exec(query, tr("removing the draft"));
}

std::optional<ProtocolDraft> DraftStore::draft(const ProtocolKey &key, const QString &operatorName) const
{
    const QList<ProtocolDraft> found =
        read(QStringLiteral("contest_id = ? AND territory_id = ? AND source = ? AND copy = ? AND operator = ?"),
             {key.contestId, key.territoryId, sourceKindName(key.source), S::text(key.copy), S::text(operatorName)});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<ProtocolDraft> DraftStore::drafts(const QString &operatorName) const
{
    return read(QStringLiteral("operator = ?"), {S::text(operatorName)});
}

QList<ProtocolDraft> DraftStore::read(const QString &condition, const QVariantList &values) const
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("SELECT contest_id, territory_id, source, copy, operator, base_revision,"
                                                " figures, fields, saved_at FROM protocol_draft WHERE ")
                                     + condition + QStringLiteral(" ORDER BY saved_at"));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    S::exec(query, tr("reading drafts"));
    QList<ProtocolDraft> drafts;
    while (query.next()) {
        ProtocolDraft draft;
        Protocol &p = draft.protocol;
        p.contestId = query.value(0).toString();
        p.territoryId = query.value(1).toLongLong();
        p.source = sourceKindFromName(query.value(2).toString()).value_or(SourceKind::Observer);
        p.copy = query.value(3).toString();
        draft.operatorName = query.value(4).toString();
        p.revision = query.value(5).toInt();
        p.figures = FiguresCodec(m_store.contest(p.contestId)).decode(query.value(6).toByteArray());
        readFields(query.value(7).toByteArray(), p);
        draft.savedAt = S::dateTimeFromText(query.value(8).toString());
        drafts.append(draft);
    }
    return drafts;
}

} // namespace saylau
