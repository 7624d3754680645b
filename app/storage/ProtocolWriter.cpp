#include "ProtocolWriter.h"

#include "CampaignStore.h"
#include "FiguresCodec.h"
#include "HistoryChain.h"
#include "HistoryChanges.h"
#include "ProtocolDiff.h"
#include "SqlStatement.h"

#include "../domain/ProtocolKey.h"
#include "../domain/SaveConflict.h"

#include <QJsonDocument>

namespace saylau {

namespace {

using S = SqlStatement;

QString extraText(const QJsonObject &extra)
{
    return extra.isEmpty() ? QStringLiteral("{}")
                           : QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
}

} // namespace

ProtocolWriter::ProtocolWriter(CampaignStore &store)
    : m_store(store)
{
}

ProtocolWriter::~ProtocolWriter() = default;

QString ProtocolWriter::stampHoldsCondition()
{
    return QStringLiteral(
        "o.revision = coalesce((SELECT max(h.revision) FROM protocol_history h WHERE h.protocol_id = o.id), -1)");
}

void ProtocolWriter::checkBase(Origin origin, int basedOn, const std::optional<Stored> &stored,
                               const QString &storedBy, const QDateTime &storedAt)
{
    if (!personWrites(origin))
        return;
    if (stored && stored->revision != basedOn)
        throw SaveConflict(basedOn, stored->revision, storedBy, storedAt);
    if (!stored && basedOn != 0)
        throw SaveConflict(basedOn, 0, QString(), QDateTime());
}

EntryStatus ProtocolWriter::statusAfter(Origin origin, const std::optional<Stored> &stored, bool sameFigures)
{
    // A verified protocol stays verified while its figures stay as reconciled; any figure changed by hand
    // afterwards has been checked by one person only.
    if (origin == Origin::Verified
        || (origin == Origin::Typed && stored && stored->status == EntryStatus::Verified && sameFigures))
        return EntryStatus::Verified;
    return EntryStatus::Entered;
}

QByteArray ProtocolWriter::historyAction(Origin origin)
{
    return origin == Origin::Verified ? QByteArrayLiteral("verify") : QByteArrayLiteral("save");
}

QByteArray ProtocolWriter::importChanges(const Contest &contest, const Figures &storedFigures, const Figures &figures,
                                         QByteArrayView storedExtra, QByteArrayView extra, QByteArrayView storedOrigin,
                                         QByteArrayView origin)
{
    QList<ProtocolChange> changes = ProtocolDiff::betweenFigures(contest, storedFigures, figures);
    const std::pair<QLatin1String, std::pair<QByteArrayView, QByteArrayView>> fields[] = {
        {QLatin1String("extra"), {storedExtra, extra}},
        {QLatin1String("received_how"), {storedOrigin, origin}},
    };
    for (const auto &[key, values] : fields) {
        if (values.first != values.second)
            changes.append({ProtocolChange::Kind::Field, QString(key), QString::fromUtf8(values.first),
                            QString::fromUtf8(values.second)});
    }
    return HistoryChanges::toJson(changes);
}

const Contest &ProtocolWriter::contest(const QString &contestId)
{
    auto it = m_contests.find(contestId);
    if (it == m_contests.end())
        it = m_contests.insert(contestId, m_store.contest(contestId));
    return *it;
}

const FiguresCodec &ProtocolWriter::codec(const QString &contestId)
{
    auto it = m_codecs.find(contestId);
    if (it == m_codecs.end())
        it = m_codecs.insert(contestId, std::make_shared<FiguresCodec>(contest(contestId)));
    return **it;
}

QSqlQuery &ProtocolWriter::prepared(std::unique_ptr<QSqlQuery> &query, const QString &sql)
{
    if (!query)
        query = std::make_unique<QSqlQuery>(S::prepare(m_store.database(), sql));
    return *query;
}

qint64 ProtocolWriter::write(const Protocol &protocol, Origin origin, const QString &savedBy,
                             std::optional<int> relationErrors)
{
    std::optional<CampaignStore::Transaction> transaction;
    if (!m_store.inTransaction())
        transaction.emplace(m_store);

    QSqlQuery &find = prepared(m_find, QStringLiteral("SELECT o.id, o.revision, o.entered_by, o.updated_at,"
                                                      " o.entry_status, ")
                                           + stampHoldsCondition()
                                           + QStringLiteral(" AS stamp_holds FROM protocol o"
                                                            " WHERE o.contest_id = :contest_id"
                                                            " AND o.territory_id = :territory_id"
                                                            " AND o.source = :source AND o.copy = :copy"));
    S::bindKey(find, ProtocolKey::of(protocol));
    S::exec(find, tr("reading the stored protocol"));
    std::optional<Stored> stored;
    qint64 id = 0;
    QString storedBy;
    QDateTime storedAt;
    if (find.next()) {
        id = find.value(QLatin1String("id")).toLongLong();
        stored = Stored{find.value(QLatin1String("revision")).toInt(), std::nullopt};
        if (find.value(QLatin1String("stamp_holds")).toBool())
            stored->status = entryStatusFromName(find.value(QLatin1String("entry_status")).toString());
        storedBy = find.value(QLatin1String("entered_by")).toString();
        storedAt = S::dateTimeFromText(find.value(QLatin1String("updated_at")).toString());
    }
    find.finish();
    checkBase(origin, protocol.revision, stored, storedBy, storedAt);

    const Contest &form = contest(protocol.contestId);
    const std::optional<Protocol> before = stored ? m_store.protocol(id) : std::nullopt;
    Protocol after = protocol;
    // The unmapped cells of an imported file are nothing a person types: a typed save keeps them.
    if (personWrites(origin))
        after.extra = before ? before->extra : QJsonObject();
    Protocol empty;
    empty.figures = Figures(form.slotCount());
    QList<ProtocolChange> changes = ProtocolDiff::between(form, before.value_or(empty), after);
    if (before && before->extra != after.extra)
        changes.append({ProtocolChange::Kind::Field, QStringLiteral("extra"), extraText(before->extra),
                        extraText(after.extra)});
    if (before && changes.isEmpty() && !revisesUnchanged(origin)) {
        if (transaction)
            transaction->commit();
        return id;
    }

    const EntryStatus status = statusAfter(origin, stored, before && before->figures == after.figures);
    const int revision = revisionAfter(stored);
    // A program may date what it made elsewhere (the demo's protocols arrive through election night).
    const QString at = S::dateTimeText(origin == Origin::Program && protocol.updatedAt.isValid()
                                           ? protocol.updatedAt
                                           : QDateTime::currentDateTimeUtc());
    const QString figures = QString::fromUtf8(codec(protocol.contestId).encode(after.figures));

    QSqlQuery &row = before
        ? prepared(m_update,
                   QStringLiteral("UPDATE protocol SET figures = :figures, extra = :extra,"
                                  " observer_name = :observer_name, observer_contact = :observer_contact,"
                                  " received_at = :received_at, received_how = :received_how, remarks = :remarks,"
                                  " entered_by = :entered_by, updated_at = :updated_at, entry_status = :entry_status,"
                                  " relation_errors = :relation_errors, revision = :revision"
                                  " WHERE id = :id AND revision = :stored_revision"))
        : prepared(m_insert,
                   QStringLiteral("INSERT INTO protocol (contest_id, territory_id, source, copy, figures, extra,"
                                  " observer_name, observer_contact, received_at, received_how, remarks, entered_by,"
                                  " updated_at, entry_status, relation_errors, revision)"
                                  " VALUES (:contest_id, :territory_id, :source, :copy, :figures, :extra,"
                                  " :observer_name, :observer_contact, :received_at, :received_how, :remarks,"
                                  " :entered_by, :updated_at, :entry_status, :relation_errors, :revision)"
                                  " RETURNING id"));
    if (before) {
        row.bindValue(QStringLiteral(":id"), id);
        row.bindValue(QStringLiteral(":stored_revision"), stored->revision);
    } else {
        S::bindKey(row, ProtocolKey::of(protocol));
    }
    row.bindValue(QStringLiteral(":figures"), figures);
    row.bindValue(QStringLiteral(":extra"), extraText(after.extra));
    row.bindValue(QStringLiteral(":observer_name"), S::text(after.observerName));
    row.bindValue(QStringLiteral(":observer_contact"), S::text(after.observerContact));
    row.bindValue(QStringLiteral(":received_at"), S::dateTimeText(after.receivedAt));
    row.bindValue(QStringLiteral(":received_how"), S::text(after.receivedHow));
    row.bindValue(QStringLiteral(":remarks"), S::text(after.remarks));
    row.bindValue(QStringLiteral(":entered_by"), S::text(savedBy));
    row.bindValue(QStringLiteral(":updated_at"), at);
    row.bindValue(QStringLiteral(":entry_status"), entryStatusName(status));
    row.bindValue(QStringLiteral(":relation_errors"), personWrites(origin) && relationErrors
                                                          ? QVariant(*relationErrors)
                                                          : QVariant(QMetaType(QMetaType::Int)));
    row.bindValue(QStringLiteral(":revision"), revision);
    S::exec(row, origin == Origin::Verified ? tr("confirming the protocol") : tr("saving the protocol"));
    if (before) {
        if (row.numRowsAffected() != 1)
            throw SaylauError(tr("saving the protocol: the stored revision changed during the save"));
    } else {
        if (!row.next())
            throw SaylauError(tr("saving the protocol returned no id"));
        id = row.value(QLatin1String("id")).toLongLong();
    }
    row.finish();

    if (before || recordsCreation(origin)) {
        HistoryChain history(m_store);
        const QByteArray savedAt = at.toUtf8();
        const QByteArray savedByText = savedBy.toUtf8();
        const QByteArray figuresText = figures.toUtf8();
        history.append({id, revision, savedAt, savedByText, historyAction(origin), HistoryChanges::toJson(changes),
                        figuresText, 0});
        history.seal();
    }
    if (transaction)
        transaction->commit();
    return id;
}

} // namespace saylau
