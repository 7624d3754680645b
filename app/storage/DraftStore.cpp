#include "DraftStore.h"

#include "CampaignStore.h"
#include "FiguresCodec.h"
#include "SqlStatement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace saylau {

namespace {

using S = SqlStatement;

const QString keyCondition = QStringLiteral("contest_id = :contest_id AND territory_id = :territory_id"
                                            " AND source = :source AND copy = :copy AND operator = :operator");

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
                       " figures, fields, saved_at) VALUES (:contest_id, :territory_id, :source, :copy, :operator,"
                       " :base_revision, :figures, :fields, :saved_at)"
                       " ON CONFLICT (contest_id, territory_id, source, copy, operator) DO UPDATE SET"
                       " base_revision = excluded.base_revision, figures = excluded.figures,"
                       " fields = excluded.fields, saved_at = excluded.saved_at"));
    S::bindKey(query, ProtocolKey::of(p));
    S::bind(query, {{":operator", S::text(draft.operatorName)},
                    {":base_revision", p.revision},
                    {":figures", QString::fromUtf8(FiguresCodec(m_store.contest(p.contestId)).encode(p.figures))},
                    {":fields", fieldsJson(p)},
                    {":saved_at", S::dateTimeText(draft.savedAt.isValid() ? draft.savedAt
                                                                          : QDateTime::currentDateTimeUtc())}});
    S::exec(query, tr("saving the draft"));
}

void DraftStore::remove(const ProtocolKey &key, const QString &operatorName)
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("DELETE FROM protocol_draft WHERE ") + keyCondition);
    S::bindKey(query, key);
    S::bind(query, {{":operator", S::text(operatorName)}});
    S::exec(query, tr("removing the draft"));
}

std::optional<ProtocolDraft> DraftStore::draft(const ProtocolKey &key, const QString &operatorName) const
{
    const QList<ProtocolDraft> found = read(keyCondition, [&](QSqlQuery &query) {
        S::bindKey(query, key);
        S::bind(query, {{":operator", S::text(operatorName)}});
    });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<ProtocolDraft> DraftStore::drafts(const QString &operatorName) const
{
    return read(QStringLiteral("operator = :operator"),
                [&](QSqlQuery &query) { S::bind(query, {{":operator", S::text(operatorName)}}); });
}

QList<ProtocolDraft> DraftStore::read(const QString &condition, const std::function<void(QSqlQuery &)> &bind) const
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("SELECT contest_id, territory_id, source, copy, operator, base_revision,"
                                                " figures, fields, saved_at FROM protocol_draft WHERE ")
                                     + condition + QStringLiteral(" ORDER BY saved_at"));
    bind(query);
    S::exec(query, tr("reading drafts"));
    QList<ProtocolDraft> drafts;
    while (query.next()) {
        ProtocolDraft draft;
        Protocol &p = draft.protocol;
        p.contestId = query.value(QLatin1String("contest_id")).toString();
        p.territoryId = query.value(QLatin1String("territory_id")).toLongLong();
        p.source = sourceKindFromName(query.value(QLatin1String("source")).toString()).value_or(SourceKind::Observer);
        p.copy = query.value(QLatin1String("copy")).toString();
        draft.operatorName = query.value(QLatin1String("operator")).toString();
        p.revision = query.value(QLatin1String("base_revision")).toInt();
        p.figures = FiguresCodec(m_store.contest(p.contestId)).decode(query.value(QLatin1String("figures")).toByteArray());
        readFields(query.value(QLatin1String("fields")).toByteArray(), p);
        draft.savedAt = S::dateTimeFromText(query.value(QLatin1String("saved_at")).toString());
        drafts.append(draft);
    }
    return drafts;
}

} // namespace saylau
