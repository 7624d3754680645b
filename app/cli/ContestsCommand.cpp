#include "ContestsCommand.h"

#include "storage/CampaignStore.h"

namespace saylau {

QString ContestsCommand::name() const
{
    return QStringLiteral("contests");
}

QString ContestsCommand::description() const
{
    return tr("List the contests of a campaign file");
}

int ContestsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (const auto exit = parse(parser, arguments, 1, tr("Usage: saylau contests FILE"), out, err))
        return *exit;
    const auto store = CampaignStore::open(parser.positionalArguments().constFirst(), CampaignStore::Access::ReadOnly);
    // Stable machine format: id, tab, name, tab, form id, tab, ballot entries.
    for (const Contest &contest : store->contests())
        out << contest.id << '\t' << contest.displayName() << '\t' << contest.form.id << '\t' << contest.ballot.size() << Qt::endl;
    return Success;
}

} // namespace saylau
