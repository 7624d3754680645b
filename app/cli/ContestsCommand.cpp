#include "ContestsCommand.h"

namespace saylau {

ContestsCommand::ContestsCommand()
    : CampaignCommand(QStringLiteral("contests"), tr("List the contests of a campaign file"),
                      CampaignStore::Access::ReadOnly)
{
}

int ContestsCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    // Stable machine format: id, tab, name, tab, form id, tab, ballot entries.
    for (const Contest &contest : store.contests())
        out << contest.id << '\t' << contest.displayName() << '\t' << contest.form.id << '\t' << contest.ballot.size() << Qt::endl;
    return Success;
}

} // namespace saylau
