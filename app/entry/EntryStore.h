#pragma once

#include "../domain/EntryStatus.h"
#include "../domain/Figures.h"
#include "../domain/HistoryEntry.h"
#include "../domain/Protocol.h"
#include "../domain/ProtocolKey.h"
#include "../storage/ProtocolWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace saylau {

class CampaignStore;
class FiguresCodec;
class FormEvaluator;

// Saving protocols that people type: through the ProtocolWriter (checked against the revision it started from,
// recorded in the history, stamped entered / verified) with how many control relations fail, for the
// navigator, and the operator's draft of it removed, all in one transaction.
// Blind second entries and their reconciliation into a verified protocol live here too.
class EntryStore
{
    Q_DECLARE_TR_FUNCTIONS(EntryStore)

public:
    struct SecondEntry
    {
        QString operatorName;
        Figures figures;
        QDateTime enteredAt;
    };

    // What the navigator needs of one observer protocol, with the official figures of the same precinct.
    struct ObserverState
    {
        qint64 territoryId = 0;
        EntryStatus status = EntryStatus::Entered;
        Figures figures;
        std::optional<Figures> official;
    };

    explicit EntryStore(CampaignStore &store);
    ~EntryStore();

    // Saves what an operator typed. protocol.revision is the revision the typing started from (0: a new
    // protocol). Throws SaveConflict, writing nothing, when the stored protocol has moved on since; throws
    // SaylauError on other failures. Returns the protocol as now stored.
    Protocol save(const Protocol &protocol, const QString &operatorName);

    std::optional<Protocol> find(const ProtocolKey &key) const;
    EntryStatus status(qint64 protocolId) const;
    std::optional<int> relationErrors(qint64 protocolId) const;
    // Oldest first.
    QList<HistoryEntry> history(qint64 protocolId) const;
    // The protocol as an earlier revision left it, rebuilt from the stored one by undoing the history rows
    // after that revision; nullopt when the history cannot say (a revision made without a history row, as
    // programs made them in files from before the ProtocolWriter). Revision 0 is the empty protocol.
    std::optional<Protocol> atRevision(const Protocol &stored, int revision) const;

    // Records a blind second entry. Refused when the operator is the one who entered the protocol.
    void saveSecondEntry(qint64 protocolId, const QString &operatorName, const Figures &figures);
    QList<SecondEntry> secondEntries(qint64 protocolId) const;
    // Stores the reconciled figures as a verified protocol and drops the second entries; conflict-checked
    // against basedOn.revision like save(). Figures that break an error-level control relation are confirmed
    // only when acknowledgedBreaks names every one (RelationBreaks::formulas(), after the person was shown
    // them and confirmed anyway); otherwise it throws SaylauError naming them and writes nothing.
    Protocol verify(const Protocol &basedOn, const Figures &reconciled, const QString &operatorName,
                    const QStringList &acknowledgedBreaks = {});
    // The error-level relations these figures of a contest break: what confirming them must name.
    QStringList brokenRelations(const QString &contestId, const Figures &figures) const;

    // Every observer protocol of a contest (or of one territory of it, when territoryId is not 0), streamed in
    // territory order.
    void forEachObserverState(const QString &contestId, const std::function<void(const ObserverState &)> &visit,
                              qint64 territoryId = 0) const;

private:
    Protocol write(const Protocol &protocol, const QString &operatorName, ProtocolWriter::Origin origin);
    QSqlQuery stampQuery(qint64 protocolId) const;
    const FiguresCodec &codec(const QString &contestId) const;
    const FormEvaluator &evaluator(const QString &contestId) const;
    int countRelationErrors(const Protocol &protocol) const;

    CampaignStore &m_store;
    ProtocolWriter m_writer;
    mutable QHash<QString, std::shared_ptr<FiguresCodec>> m_codecs;
    mutable QHash<QString, std::shared_ptr<FormEvaluator>> m_evaluators;
};

} // namespace saylau
