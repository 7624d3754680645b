#include "VerifyHistoryCommand.h"

#include "domain/TerritoryIndex.h"
#include "storage/CampaignStore.h"
#include "storage/HistoryChain.h"
#include "storage/HistoryStateCheck.h"

namespace saylau {

VerifyHistoryCommand::VerifyHistoryCommand()
    : CampaignCommand(QStringLiteral("verify-history"),
                      tr("Check that no protocol history row was edited, deleted, inserted or moved, and that every protocol is "
                         "as its history left it"),
                      CampaignStore::Access::ReadWrite)
{
}

int VerifyHistoryCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const HistoryChain::Verdict verdict = HistoryChain::verify(store);
    const QList<HistoryStateCheck::Mismatch> mismatches = HistoryStateCheck::run(store);
    if (!verdict.broken && mismatches.isEmpty()) {
        out << tr("intact: %n history row(s)", nullptr, int(verdict.rows));
        if (!verdict.head.isEmpty())
            out << tr(", head %1").arg(QString::fromLatin1(verdict.head));
        out << Qt::endl;
        return Success;
    }
    const TerritoryIndex territory(store.allTerritory());
    if (verdict.broken)
        writeBreak(store, territory, *verdict.broken, out);
    if (!mismatches.isEmpty())
        writeMismatches(territory, verdict, mismatches, out);
    return Findings;
}

QString VerifyHistoryCommand::protocolName(const TerritoryIndex &territory, qint64 territoryId, const QString &contestId,
                                           const QString &source, const QString &copy)
{
    const QString copyText = copy.isEmpty() ? QString() : tr(", copy %1").arg(copy);
    return tr("%1, contest %2, source %3%4").arg(territory.path(territoryId), contestId, source, copyText);
}

void VerifyHistoryCommand::writeBreak(CampaignStore &store, const TerritoryIndex &territory,
                                      const HistoryChain::Break &broken, QTextStream &out)
{
    if (broken.rowId == 0) {
        out << tr("broken: %1").arg(broken.reason) << Qt::endl;
        return;
    }
    out << tr("broken at history row %1: %2").arg(broken.rowId).arg(broken.reason) << Qt::endl;
    const std::optional<Protocol> protocol = store.protocol(broken.protocolId);
    if (protocol) {
        out << tr("  protocol: %1, revision %2, saved at %3")
                   .arg(protocolName(territory, protocol->territoryId, protocol->contestId,
                                     sourceKindName(protocol->source), protocol->copy))
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
}

void VerifyHistoryCommand::writeMismatches(const TerritoryIndex &territory, const HistoryChain::Verdict &verdict,
                                           const QList<HistoryStateCheck::Mismatch> &mismatches, QTextStream &out)
{
    const int count = int(mismatches.size());
    if (verdict.broken)
        out << tr("broken: %n protocol(s) not as their history left them", nullptr, count) << Qt::endl;
    else
        out << tr("broken: %n protocol(s) not as their history left them (the %1 history rows themselves are "
                  "intact, head %2)",
                  nullptr, count)
                   .arg(verdict.rows)
                   .arg(QString::fromLatin1(verdict.head))
            << Qt::endl;
    for (const HistoryStateCheck::Mismatch &mismatch : mismatches) {
        out << tr("  protocol: %1; its last history row %2 (revision %3, saved at %4) says otherwise:")
                   .arg(protocolName(territory, mismatch.territoryId, mismatch.contestId, mismatch.source,
                                     mismatch.copy))
                   .arg(mismatch.rowId)
                   .arg(mismatch.revision)
                   .arg(mismatch.savedAt)
            << Qt::endl;
        for (const HistoryStateCheck::Difference &difference : mismatch.differences)
            out << tr("    %1: %2 in the history, %3 stored")
                       .arg(difference.line ? tr("line %1").arg(difference.key) : difference.key,
                            quoted(difference.recorded), quoted(difference.stored))
                << Qt::endl;
    }
}

QString VerifyHistoryCommand::quoted(const QString &value)
{
    // Numbers as they are; texts quoted, so that an empty one still shows.
    bool number = false;
    value.toLongLong(&number);
    return number ? value : QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace saylau
