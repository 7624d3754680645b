#include "MergeCommand.h"

#include "storage/CampaignStore.h"
#include "storage/PackageMerger.h"

namespace saylau {

MergeCommand::MergeCommand()
    : CampaignCommand(QStringLiteral("merge"),
                      tr("Merge signed exchange packages into a campaign (exit 1 when conflicts were kept)"),
                      CampaignStore::Access::ReadWrite, QStringLiteral("TARGET.db"))
{
    addArgument(QStringLiteral("PACKAGE"), tr("The packages to merge, all in one transaction."), Count::OneOrMore);
}

int MergeCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const QList<PackageMerger::Summary> summaries = PackageMerger(store).merge(argumentsFrom(1));
    bool conflicts = false;
    for (const PackageMerger::Summary &summary : summaries) {
        out << tr("%1 from %2: %3 new, %4 updated, %5 unchanged, %6 conflicts; %7 photos, %8 history rows, "
                  "%9 new territory nodes, %10 territory changes")
                   .arg(summary.path, summary.sender)
                   .arg(summary.newProtocols)
                   .arg(summary.updated)
                   .arg(summary.unchanged)
                   .arg(summary.conflicts)
                   .arg(summary.photos)
                   .arg(summary.history)
                   .arg(summary.territory)
                   .arg(summary.territoryChanges)
            << Qt::endl;
        for (const QString &line : summary.setAside)
            out << tr("  set aside: %1").arg(line) << Qt::endl;
        for (const QString &node : summary.keptDespiteDeletion)
            out << tr("  kept, though deleted elsewhere (protocols or photos lie there): %1").arg(node) << Qt::endl;
        conflicts = conflicts || summary.conflicts > 0;
    }
    return conflicts ? Findings : Success;
}

} // namespace saylau
