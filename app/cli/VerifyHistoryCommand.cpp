#include "VerifyHistoryCommand.h"

#include "domain/TerritoryIndex.h"
#include "storage/CampaignStore.h"
#include "storage/HistoryChain.h"

namespace saylau {

VerifyHistoryCommand::VerifyHistoryCommand()
    : CampaignCommand(QStringLiteral("verify-history"),
                      tr("Check that no protocol history row was edited, deleted, inserted or moved"),
                      CampaignStore::Access::ReadWrite)
{
}

int VerifyHistoryCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const HistoryChain::Verdict verdict = HistoryChain::verify(store);
    if (!verdict.broken) {
        out << tr("intact: %n history row(s)", nullptr, int(verdict.rows));
        if (!verdict.head.isEmpty())
            out << tr(", head %1").arg(QString::fromLatin1(verdict.head));
        out << Qt::endl;
        return Success;
    }
    const HistoryChain::Break &broken = *verdict.broken;
    if (broken.rowId == 0) {
        out << tr("broken: %1").arg(broken.reason) << Qt::endl;
        return Findings;
    }
    out << tr("broken at history row %1: %2").arg(broken.rowId).arg(broken.reason) << Qt::endl;
    const std::optional<Protocol> protocol = store.protocol(broken.protocolId);
    if (protocol) {
        const QString copy = protocol->copy.isEmpty() ? QString() : tr(", copy %1").arg(protocol->copy);
        out << tr("  protocol: %1, contest %2, source %3%4, revision %5, saved at %6")
                   .arg(TerritoryIndex(store.allTerritory()).path(protocol->territoryId), protocol->contestId,
                        sourceKindName(protocol->source), copy)
                   .arg(broken.revision)
                   .arg(broken.savedAt)
            << Qt::endl;
    } else {
        out << tr("  protocol #%1 (no longer in the file), revision %2, saved at %3")
                   .arg(broken.protocolId)
                   .arg(broken.revision)
                   .arg(broken.savedAt)
            << Qt::endl;
    }
    return Findings;
}

} // namespace saylau
