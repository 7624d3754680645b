#include "EntryStore.h"

#include "../storage/CampaignStore.h"
#include "../storage/DraftStore.h"
#include "../storage/FiguresCodec.h"
#include "../storage/HistoryChanges.h"
#include "../storage/ProtocolDiff.h"
#include "../storage/SqlStatement.h"

#include "../domain/SaylauError.h"
#include "../forms/FormEvaluator.h"
#include "../forms/RelationBreaks.h"

#include <QSqlRecord>

namespace saylau {

namespace {

using S = SqlStatement;

} // namespace

EntryStore::EntryStore(CampaignStore &store)
    : m_store(store)
    , m_writer(store)
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
    return write(protocol, operatorName, ProtocolWriter::Origin::Typed);
}

Protocol EntryStore::verify(const Protocol &basedOn, const Figures &reconciled, const QString &operatorName,
                           const QStringList &acknowledgedBreaks)
{
    RelationBreaks(evaluator(basedOn.contestId), reconciled)
        .requireAcknowledged(acknowledgedBreaks, tr("confirming the protocol"));
    Protocol protocol = basedOn;
    protocol.figures = reconciled;
    return write(protocol, operatorName, ProtocolWriter::Origin::Verified);
}

QStringList EntryStore::brokenRelations(const QString &contestId, const Figures &figures) const
{
    return RelationBreaks(evaluator(contestId), figures).formulas();
}

Protocol EntryStore::write(const Protocol &protocol, const QString &operatorName, ProtocolWriter::Origin origin)
{
    const int errors = countRelationErrors(protocol);
    CampaignStore::Transaction transaction(m_store);
    const qint64 id = m_writer.write(protocol, origin, operatorName, errors);
    DraftStore(m_store).remove(ProtocolKey::of(protocol), operatorName);
    if (origin == ProtocolWriter::Origin::Verified) {
        QSqlQuery clear = S::prepare(m_store.database(),
                                     QStringLiteral("DELETE FROM protocol_second_entry WHERE protocol_id = :id"));
        clear.bindValue(QStringLiteral(":id"), id);
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
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("SELECT id FROM protocol WHERE contest_id = :contest_id"
                                                " AND territory_id = :territory_id AND source = :source"
                                                " AND copy = :copy"));
    S::bindKey(query, key);
    S::exec(query, tr("looking up the protocol"));
    if (!query.next())
        return std::nullopt;
    return m_store.protocol(query.value(QLatin1String("id")).toLongLong());
}

EntryStatus EntryStore::status(qint64 protocolId) const
{
    QSqlQuery query = stampQuery(protocolId);
    if (!query.next() || !query.value(QLatin1String("stamp_holds")).toBool())
        return EntryStatus::Entered;
    return entryStatusFromName(query.value(QLatin1String("entry_status")).toString()).value_or(EntryStatus::Entered);
}

QSqlQuery EntryStore::stampQuery(qint64 protocolId) const
{
    QSqlQuery query = S::prepare(m_store.database(), QStringLiteral("SELECT o.entry_status, o.relation_errors, ")
                                                         + ProtocolWriter::stampHoldsCondition()
                                                         + QStringLiteral(" AS stamp_holds FROM protocol o"
                                                                          " WHERE o.id = :id"));
    query.bindValue(QStringLiteral(":id"), protocolId);
    S::exec(query, tr("reading the protocol's status"));
    return query;
}

std::optional<int> EntryStore::relationErrors(qint64 protocolId) const
{
    QSqlQuery query = stampQuery(protocolId);
    if (!query.next() || query.isNull(QLatin1String("relation_errors"))
        || !query.value(QLatin1String("stamp_holds")).toBool())
        return std::nullopt;
    return query.value(QLatin1String("relation_errors")).toInt();
}

QList<HistoryEntry> EntryStore::history(qint64 protocolId) const
{
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("SELECT id, protocol_id, revision, saved_at, saved_by, action, changes,"
                                                " import_run_id FROM protocol_history WHERE protocol_id = :id"
                                                " ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), protocolId);
    S::exec(query, tr("reading the protocol's history"));
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(QLatin1String("id")).toLongLong();
        entry.protocolId = query.value(QLatin1String("protocol_id")).toLongLong();
        entry.revision = query.value(QLatin1String("revision")).toInt();
        entry.savedAt = S::dateTimeFromText(query.value(QLatin1String("saved_at")).toString());
        entry.savedBy = query.value(QLatin1String("saved_by")).toString();
        entry.action = query.value(QLatin1String("action")).toString() == QLatin1String("verify")
            ? HistoryEntry::Action::Verify
            : HistoryEntry::Action::Save;
        entry.changes = HistoryChanges::fromJson(query.value(QLatin1String("changes")).toByteArray());
        entry.importRunId = query.isNull(QLatin1String("import_run_id"))
            ? 0
            : query.value(QLatin1String("import_run_id")).toLongLong();
        entries.append(entry);
    }
    return entries;
}

std::optional<Protocol> EntryStore::atRevision(const Protocol &stored, int revision) const
{
    const Contest &contest = evaluator(stored.contestId).contest();
    Protocol protocol = stored;
    protocol.figures.resize(contest.slotCount());
    if (revision == stored.revision)
        return protocol;
    if (revision == 0 || revision > stored.revision) {
        if (revision != 0)
            return std::nullopt;
        Protocol empty;
        empty.contestId = stored.contestId;
        empty.territoryId = stored.territoryId;
        empty.source = stored.source;
        empty.copy = stored.copy;
        empty.figures = Figures(contest.slotCount());
        return empty;
    }
    const QList<HistoryEntry> rows = history(stored.id);
    int undoing = stored.revision;
    for (auto row = rows.crbegin(); row != rows.crend() && undoing > revision; ++row) {
        if (row->revision != undoing)
            return std::nullopt;
        for (const ProtocolChange &change : row->changes) {
            if (change.kind == ProtocolChange::Kind::Figure) {
                const int slot = contest.slotOf(change.key);
                if (slot < 0)
                    return std::nullopt;
                protocol.figures.set(slot, ProtocolDiff::figureFromText(change.before));
            } else if (change.key == QLatin1String("observer_name")) {
                protocol.observerName = change.before;
            } else if (change.key == QLatin1String("observer_contact")) {
                protocol.observerContact = change.before;
            } else if (change.key == QLatin1String("received_at")) {
                protocol.receivedAt = QDateTime::fromString(change.before, Qt::ISODate);
            } else if (change.key == QLatin1String("received_how")) {
                protocol.receivedHow = change.before;
            } else if (change.key == QLatin1String("remarks")) {
                protocol.remarks = change.before;
            }
            // The unmapped cells of an imported file ("extra") are nothing a person types or merges.
        }
        --undoing;
    }
    if (undoing != revision)
        return std::nullopt;
    protocol.revision = revision;
    return protocol;
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
                                                " entered_at) VALUES (:protocol_id, :operator, :figures, :entered_at)"
                                                " ON CONFLICT (protocol_id, operator) DO UPDATE SET"
                                                " figures = excluded.figures, entered_at = excluded.entered_at"));
    query.bindValue(QStringLiteral(":protocol_id"), protocolId);
    query.bindValue(QStringLiteral(":operator"), operatorName);
    query.bindValue(QStringLiteral(":figures"), QString::fromUtf8(codec(protocol->contestId).encode(figures)));
    query.bindValue(QStringLiteral(":entered_at"), S::dateTimeText(QDateTime::currentDateTimeUtc()));
    S::exec(query, tr("saving the second entry"));
}

QList<EntryStore::SecondEntry> EntryStore::secondEntries(qint64 protocolId) const
{
    const std::optional<Protocol> protocol = m_store.protocol(protocolId);
    if (!protocol)
        return {};
    QSqlQuery query = S::prepare(m_store.database(),
                                 QStringLiteral("SELECT operator, figures, entered_at FROM protocol_second_entry"
                                                " WHERE protocol_id = :id ORDER BY entered_at"));
    query.bindValue(QStringLiteral(":id"), protocolId);
    S::exec(query, tr("reading the second entries"));
    QList<SecondEntry> entries;
    while (query.next())
        entries.append({query.value(QLatin1String("operator")).toString(),
                        m_store.storedFigures(codec(protocol->contestId),
                                              query.value(QLatin1String("figures")).toByteArray(),
                                              protocolId),
                        S::dateTimeFromText(query.value(QLatin1String("entered_at")).toString())});
    return entries;
}

void EntryStore::forEachObserverState(const QString &contestId,
                                      const std::function<void(const ObserverState &)> &visit,
                                      qint64 territoryId) const
{
    QSqlQuery query = S::prepare(
        m_store.database(),
        QStringLiteral("SELECT o.territory_id, o.entry_status, o.figures AS observer_figures,"
                       " f.figures AS official_figures, ")
            + ProtocolWriter::stampHoldsCondition()
            + QStringLiteral(" AS stamp_holds, o.id AS observer_id, f.id AS official_id"
                             " FROM protocol o LEFT JOIN protocol f ON f.contest_id = o.contest_id"
                             "  AND f.territory_id = o.territory_id AND f.source = 'official' AND f.copy = ''"
                             " WHERE o.contest_id = :contest_id AND o.source = 'observer'"
                             " AND (:territory_id = 0 OR o.territory_id = :territory_id)"
                             " ORDER BY o.territory_id"));
    m_store.dialect().streamRows(query);
    query.bindValue(QStringLiteral(":contest_id"), contestId);
    query.bindValue(QStringLiteral(":territory_id"), territoryId);
    S::exec(query, tr("reading the protocols' statuses"));
    const FiguresCodec &figures = codec(contestId);
    // Looked up by name once: this walks every observer protocol of a contest.
    const QSqlRecord columns = query.record();
    const int territory = columns.indexOf(QLatin1String("territory_id"));
    const int status = columns.indexOf(QLatin1String("entry_status"));
    const int observerFigures = columns.indexOf(QLatin1String("observer_figures"));
    const int officialFigures = columns.indexOf(QLatin1String("official_figures"));
    const int stampHolds = columns.indexOf(QLatin1String("stamp_holds"));
    const int observerId = columns.indexOf(QLatin1String("observer_id"));
    const int officialId = columns.indexOf(QLatin1String("official_id"));
    ObserverState state;
    while (query.next()) {
        state.territoryId = query.value(territory).toLongLong();
        state.status = query.value(stampHolds).toBool()
            ? entryStatusFromName(query.value(status).toString()).value_or(EntryStatus::Entered)
            : EntryStatus::Entered;
        state.figures = m_store.storedFigures(figures, query.value(observerFigures).toByteArray(),
                                              query.value(observerId).toLongLong());
        state.official = query.isNull(officialFigures)
            ? std::nullopt
            : std::optional<Figures>(m_store.storedFigures(figures, query.value(officialFigures).toByteArray(),
                                                           query.value(officialId).toLongLong()));
        visit(state);
    }
}

} // namespace saylau
