#include "ConflictResolver.h"

#include "CampaignNotifier.h"
#include "CampaignStore.h"
#include "ExchangeLedger.h"
#include "FiguresCodec.h"
#include "HistoryChain.h"
#include "HistoryChanges.h"
#include "MergedProtocolWriter.h"
#include "ProtocolDiff.h"
#include "CampaignQuery.h"

#include "../domain/SaylauError.h"
#include "../domain/SourceKind.h"
#include "../forms/FormEvaluator.h"
#include "../forms/RelationBreaks.h"

#include <QDateTime>
#include <QUuid>

namespace saylau {

ConflictResolver::ConflictResolver(CampaignStore &store)
    : m_store(store)
{
}

void ConflictResolver::resolve(const ExchangeConflict &conflict, const Figures &chosen, const QString &operatorName,
                               const QStringList &acknowledgedBreaks)
{
    const Contest contest = m_store.contest(conflict.key.contestId);
    RelationBreaks(FormEvaluator(contest), chosen).requireAcknowledged(acknowledgedBreaks, tr("resolving the conflict"));
    const QByteArray figures = FiguresCodec(contest).encode(chosen);
    ExchangeLedger ledger(m_store);
    CampaignStore::Transaction transaction(m_store);
    ledger.capture();
    const QByteArray territoryUid = ledger.territoryUid(conflict.key.territoryId);
    const QString source = sourceKindName(conflict.key.source);
    const QList<ExchangeLedger::Revision> heads = ledger.heads(conflict.key.contestId, territoryUid, source,
                                                               conflict.key.copy);
    QStringList seen;
    for (const ExchangeConflict::Version &version : conflict.versions)
        seen.append(version.revisionUid);
    QStringList current;
    QList<QByteArray> parents;
    for (const ExchangeLedger::Revision &head : heads) {
        current.append(QString::fromLatin1(head.uid));
        parents.append(head.uid);
    }
    seen.sort();
    current.sort();
    if (heads.isEmpty() || seen != current)
        throw SaylauError(tr("this protocol changed while the conflict was open (another merge or resolution); "
                             "nothing was saved, open it again"));

    const std::optional<Protocol> before = m_store.protocol([&] {
        CampaignQuery id(m_store,
                           "SELECT id FROM protocol WHERE contest_id = :contest AND territory_id = :territory"
                           " AND source = :source AND copy = :copy",
                           tr("reading the protocol"));
        id.bind(":contest", conflict.key.contestId).bind(":territory", conflict.key.territoryId);
        id.bind(":source", source).bind(":copy", conflict.key.copy);
        return id.step() ? id.integer(0) : qint64(0);
    }());
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    const ExchangeLedger::Revision resolution{QUuid::createUuid().toByteArray(QUuid::Id128),
                                              conflict.key.contestId,
                                              territoryUid,
                                              source,
                                              conflict.key.copy,
                                              figures,
                                              heads.constFirst().details,
                                              now,
                                              operatorName.toUtf8(),
                                              ledger.siteName().toUtf8()};
    ledger.addRevision(resolution, parents);
    MergedProtocolWriter(m_store).show(conflict.key.territoryId, resolution);
    const std::optional<Protocol> after = m_store.protocol(before ? before->id : 0);
    if (!after)
        throw SaylauError(tr("the resolved protocol cannot be read back"));
    Protocol previous = before.value_or(Protocol{});
    if (!before)
        previous.figures = Figures(contest.slotCount());
    HistoryChain history(m_store);
    history.append({after->id, after->revision, now, operatorName.toUtf8(), "save",
                    HistoryChanges::toJson(ProtocolDiff::betweenFigures(contest, previous.figures, chosen)), figures,
                    0});
    history.seal();
    transaction.commit();
    m_store.notifier().announceProtocolSaved(conflict.key.contestId, conflict.key.territoryId);
}

} // namespace saylau
