#include "EntryStore.h"

#include "CampaignStore.h"
#include "DraftStore.h"
#include "FiguresCodec.h"
#include "HistoryChain.h"
#include "HistoryChanges.h"
#include "SqlStatement.h"

#include "../domain/SaveConflict.h"
#include "../forms/FormEvaluator.h"
#include "../forms/ProtocolDiff.h"

namespace saylau {

namespace {

using S = SqlStatement;

const QString keyCondition = QStringLiteral(" WHERE contest_id = ? AND territory_id = ? AND source = ? AND copy = ?");

void bindKey(QSqlQuery &query, int first, const ProtocolKey &key)
{
    query.bindValue(first, key.contestId);
    query.bindValue(first + 1, key.territoryId);
    query.bindValue(first + 2, sourceKindName(key.source));
    query.bindValue(first + 3, S::text(key.copy));
}

// The status and relation errors stored by the last typed save hold only while nothing else has written the
// protocol since: another writer bumps the revision without a history entry, and then the figures are
// unchecked and unverified again. (An import that replaces figures records its revision in the history but
// resets the stamp to entered and unchecked itself.)
const QString stampIsCurrent = QStringLiteral(
    " o.revision = coalesce((SELECT max(h.revision) FROM protocol_history h WHERE h.protocol_id = o.id), -1)");

QString actionName(HistoryEntry::Action action)
{
    return action == HistoryEntry::Action::Verify ? QStringLiteral("verify") : QStringLiteral("save");
}

} // namespace

EntryStore::EntryStore(CampaignStore &store)
    : m_store(store)
{
}

EntryStore::~EntryStore() = default;

const FiguresCodec &EntryStore::codec(const QString &contestId) const
{
    auto it = m_codecs.find(contestId);
    if (it == m_codecs.end())
        it = m_codecs.insert(contestId, std::make_shared<FiguresCodec>(evaluator(contestId).contest()));
    return **it;
}

const FormEvaluator &EntryStore::evaluator(const QString &contestId) const
{
    auto it = m_evaluators.find(contestId);
    if (it == m_evaluators.end())
        it = m_evaluators.insert(contestId, std::make_shared<FormEvaluator>(m_store.contest(contestId)));
    return **it;
}

int EntryStore::countRelationErrors(const Protocol &protocol) const
{
    const FormEvaluator &forms = evaluator(protocol.contestId);
    const QList<FormEvaluator::Outcome> outcomes = forms.evaluateAll(protocol.figures);
    int errors = 0;
    for (int i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i).violated() && forms.relations().at(i).relation.severity == Severity::Error)
            ++errors;
    }
    return errors;
}

Protocol EntryStore::save(const Protocol &protocol, const QString &operatorName)
{
    return write(protocol, operatorName, HistoryEntry::Action::Save);
}

Protocol EntryStore::verify(const Protocol &basedOn, const Figures &reconciled, const QString &operatorName)
{
    Protocol protocol = basedOn;
    protocol.figures = reconciled;
    return write(protocol, operatorName, HistoryEntry::Action::Verify);
}

Protocol EntryStore::write(const Protocol &protocol, const QString &operatorName, HistoryEntry::Action action)
{
    const ProtocolKey key = ProtocolKey::of(protocol);
    const Contest &contest = evaluator(key.contestId).contest();
    const int relationErrors = countRelationErrors(protocol);
    const QString now = S::dateTimeText(QDateTime::currentDateTimeUtc());

    CampaignStore::Transaction transaction(m_store);
    const QSqlDatabase db = m_store.database();
    // A write first: it takes the file's write lock (waiting for another program's save to finish) before
    // anything is read, so the revision read below cannot go stale before our own write.
    QSqlQuery claim = S::prepare(db, QStringLiteral("UPDATE protocol SET revision = revision") + keyCondition);
    bindKey(claim, 0, key);
    S::exec(claim, tr("locking the protocol"));

    QSqlQuery current = S::prepare(db, QStringLiteral("SELECT id, revision, entered_by, updated_at, entry_status,")
                                           + stampIsCurrent + QStringLiteral(" FROM protocol o") + keyCondition);
    bindKey(current, 0, key);
    S::exec(current, tr("reading the stored protocol"));
    std::optional<Protocol> before;
    EntryStatus storedStatus = EntryStatus::Entered;
    if (current.next()) {
        const int storedRevision = current.value(1).toInt();
        if (storedRevision != protocol.revision)
            throw SaveConflict(protocol.revision, storedRevision, current.value(2).toString(),
                               S::dateTimeFromText(current.value(3).toString()));
        before = m_store.protocol(current.value(0).toLongLong());
        if (current.value(5).toBool())
            storedStatus = entryStatusFromName(current.value(4).toString()).value_or(EntryStatus::Entered);
    } else if (protocol.revision != 0) {
        throw SaveConflict(protocol.revision, 0, QString(), QDateTime());
    }
    current.finish();

    Protocol empty;
    empty.figures = Figures(contest.slotCount());
    const QList<ProtocolChange> changes = ProtocolDiff::between(contest, before.value_or(empty), protocol);

    // A verified protocol stays verified while its figures stay as reconciled; any figure changed by hand
    // afterwards has been checked by one person only.
    EntryStatus status = EntryStatus::Entered;
    if (action == HistoryEntry::Action::Verify
        || (before && storedStatus == EntryStatus::Verified && before->figures == protocol.figures))
        status = EntryStatus::Verified;

    const QString figures = QString::fromUtf8(codec(key.contestId).encode(protocol.figures));
    const QString receivedAt = S::dateTimeText(protocol.receivedAt);
    qint64 id = 0;
    int revision = 1;
    if (before) {
        id = before->id;
        revision = before->revision + 1;
        QSqlQuery update = S::prepare(
            db, QStringLiteral("UPDATE protocol SET figures = ?, observer_name = ?, observer_contact = ?,"
                               " received_at = ?, received_how = ?, remarks = ?, entered_by = ?, updated_at = ?,"
                               " entry_status = ?, relation_errors = ?, revision = revision + 1"
                               " WHERE id = ? AND revision = ?"));
        const QVariantList values = {figures, S::text(protocol.observerName), S::text(protocol.observerContact),
                                     receivedAt, S::text(protocol.receivedHow), S::text(protocol.remarks),
                                     S::text(operatorName), now, entryStatusName(status), relationErrors,
                                     id, before->revision};
        for (int i = 0; i < values.size(); ++i)
            update.bindValue(i, values.at(i));
        S::exec(update, tr("saving the protocol"));
        if (update.numRowsAffected() != 1)
            throw SaylauError(tr("saving the protocol: the stored revision changed during the save"));
    } else {
        QSqlQuery insert = S::prepare(
            db, QStringLiteral("INSERT INTO protocol (contest_id, territory_id, source, copy, figures, observer_name,"
                               " observer_contact, received_at, received_how, remarks, entered_by, updated_at,"
                               " entry_status, relation_errors, revision)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
        bindKey(insert, 0, key);
        const QVariantList values = {figures, S::text(protocol.observerName), S::text(protocol.observerContact),
                                     receivedAt, S::text(protocol.receivedHow), S::text(protocol.remarks),
                                     S::text(operatorName), now, entryStatusName(status), relationErrors};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(4 + i, values.at(i));
        S::exec(insert, tr("saving the protocol"));
        if (!insert.next())
            throw SaylauError(tr("saving the protocol returned no id"));
        id = insert.value(0).toLongLong();
    }

    HistoryChain history(m_store);
    history.append({id, revision, now.toUtf8(), operatorName.toUtf8(), actionName(action).toUtf8(),
                    HistoryChanges::toJson(changes), figures.toUtf8(), 0});
    history.seal();

    DraftStore(m_store).remove(key, operatorName);
    if (action == HistoryEntry::Action::Verify) {
        QSqlQuery clear = S::prepare(db, QStringLiteral("DELETE FROM protocol_second_entry WHERE protocol_id = ?"));
        clear.bindValue(0, id);
        S::exec(clear, tr("removing the second entries"));
    }
    transaction.commit();

    std::optional<Protocol> saved = m_store.protocol(id);
    if (!saved)
        throw SaylauError(tr("the saved protocol cannot be read back"));
    return *saved;
}

std::optional<Protocol> EntryStore::find(const ProtocolKey &key) const
{
    QSqlQuery query = S::prepare(m_store.database(), QStringLiteral("SELECT id FROM protocol") + keyCondition);
    bindKey(query, 0, key);
    S::exec(query, tr("looking up the protocol"));
    if (!query.next())
        return std::nullopt;
    return m_store.protocol(query.value(0).toLongLong());
}

EntryStatus EntryStore::status(qint64 protocolId) const
{
    QSqlQuery query = S::prepare(m_store.database(), QStringLiteral("SELECT o.entry_status, o.relation_errors,")
                                                         + stampIsCurrent + QStringLiteral(" FROM protocol o WHERE o.id = ?"));
    query.bindValue(0, protocolId);
    S::exec(query, tr("reading the protocol's status"));
    if (!query.next() || !query.value(2).toBool())
        return EntryStatus::Entered;
    return entryStatusFromName(query.value(0).toString()).value_or(EntryStatus::Entered);
}

std::optional<int> EntryStore::relationErrors(qint64 protocolId) const
{
    QSqlQuery query = S::prepare(m_store.database(), QStringLiteral("SELECT o.entry_status, o.relation_errors,")
                                                         + stampIsCurrent + QStringLiteral(" FROM protocol o WHERE o.id = ?"));
    query.bindValue(0, protocolId);
    S::exec(query, tr("reading the protocol's status"));
    if (!query.next() || query.isNull(1) || !query.value(2).toBool())
        return std::nullopt;
    return query.value(1).toInt();
}

QList<HistoryEntry> EntryStore::history(qint64 protocolId) const
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("SELECT id, protocol_id, revision, saved_at, saved_by, action, changes,"
                                                " import_run_id FROM protocol_history WHERE protocol_id = ? ORDER BY id"));
    query.bindValue(0, protocolId);
    S::exec(query, tr("reading the protocol's history"));
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.protocolId = query.value(1).toLongLong();
        entry.revision = query.value(2).toInt();
        entry.savedAt = S::dateTimeFromText(query.value(3).toString());
        entry.savedBy = query.value(4).toString();
        entry.action = query.value(5).toString() == QLatin1String("verify") ? HistoryEntry::Action::Verify
                                                                              : HistoryEntry::Action::Save;
        entry.changes = HistoryChanges::fromJson(query.value(6).toByteArray());
        entry.importRunId = query.isNull(7) ? 0 : query.value(7).toLongLong();
        entries.append(entry);
    }
    return entries;
}

void EntryStore::saveSecondEntry(qint64 protocolId, const QString &operatorName, const Figures &figures)
{
    const std::optional<Protocol> protocol = m_store.protocol(protocolId);
    if (!protocol)
        throw SaylauError(tr("there is no protocol to enter a second time"));
    if (operatorName.isEmpty())
        throw SaylauError(tr("a second entry needs the operator's name"));
    if (operatorName == protocol->enteredBy)
        throw SaylauError(tr("%1 entered this protocol; the second entry must be typed by another operator")
                              .arg(operatorName));
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("INSERT INTO protocol_second_entry (protocol_id, operator, figures,"
                                                " entered_at) VALUES (?, ?, ?, ?)"
                                                " ON CONFLICT (protocol_id, operator) DO UPDATE SET"
                                                " figures = excluded.figures, entered_at = excluded.entered_at"));
    query.bindValue(0, protocolId);
    query.bindValue(1, operatorName);
    query.bindValue(2, QString::fromUtf8(codec(protocol->contestId).encode(figures)));
    query.bindValue(3, S::dateTimeText(QDateTime::currentDateTimeUtc()));
    S::exec(query, tr("saving the second entry"));
}

QList<EntryStore::SecondEntry> EntryStore::secondEntries(qint64 protocolId) const
{
    const std::optional<Protocol> protocol = m_store.protocol(protocolId);
    if (!protocol)
        return {};
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("SELECT operator, figures, entered_at FROM protocol_second_entry"
                                                " WHERE protocol_id = ? ORDER BY entered_at"));
    query.bindValue(0, protocolId);
    S::exec(query, tr("reading the second entries"));
    QList<SecondEntry> entries;
    while (query.next())
        entries.append({query.value(0).toString(), m_store.storedFigures(codec(protocol->contestId), query.value(1).toByteArray(), protocolId),
                        S::dateTimeFromText(query.value(2).toString())});
    return entries;
}

void EntryStore::forEachObserverState(const QString &contestId,
                                      const std::function<void(const ObserverState &)> &visit,
                                      qint64 territoryId) const
{
    QSqlQuery query = S::prepare(
        m_store.database(),
        QStringLiteral("SELECT o.territory_id, o.entry_status, o.figures, f.figures,")
            + stampIsCurrent
            + QStringLiteral(", o.id, f.id FROM protocol o LEFT JOIN protocol f ON f.contest_id = o.contest_id"
                       "  AND f.territory_id = o.territory_id AND f.source = 'official' AND f.copy = ''"
                       " WHERE o.contest_id = ? AND o.source = 'observer' AND (? = 0 OR o.territory_id = ?)"
                       " ORDER BY o.territory_id"));
    m_store.dialect().streamRows(query);
    query.bindValue(0, contestId);
    query.bindValue(1, territoryId);
    query.bindValue(2, territoryId);
    S::exec(query, tr("reading the protocols' statuses"));
    const FiguresCodec &figures = codec(contestId);
    ObserverState state;
    while (query.next()) {
        state.territoryId = query.value(0).toLongLong();
        const bool stampCurrent = query.value(4).toBool();
        state.status = stampCurrent ? entryStatusFromName(query.value(1).toString()).value_or(EntryStatus::Entered)
                                    : EntryStatus::Entered;
        state.figures = m_store.storedFigures(figures, query.value(2).toByteArray(), query.value(5).toLongLong());
        state.official = query.isNull(3) ? std::nullopt
                                         : std::optional<Figures>(m_store.storedFigures(
                                               figures, query.value(3).toByteArray(), query.value(6).toLongLong()));
        visit(state);
    }
}

} // namespace saylau
