#include "ForensicsCommand.h"

#include "analysis/ForensicsReport.h"

#include <optional>

namespace saylau {

ForensicsCommand::ForensicsCommand()
    : CampaignCommand(QStringLiteral("forensics"),
                      tr("Integer-percentage test and excess-votes estimate of per-precinct figures"),
                      CampaignStore::Access::ReadOnly, QStringLiteral("FILE.db"))
{
    addContestOption();
    addSourceOption(SourceChoice::ObserverOrOfficial, tr("official or observer."), QStringLiteral("official"));
    addOption({QStringLiteral("leader"),
               tr("The party whose share is tested (short name, name or key); the one with the most votes by default."),
               tr("party")});
    addOption({QStringLiteral("seed"), tr("Seed of the Monte Carlo."), tr("N"), QStringLiteral("1")});
    addOption({QStringLiteral("draws"), tr("Monte Carlo draws."), tr("N"), QStringLiteral("1000")});
    addOption({QStringLiteral("region"), tr("Only the precincts of this region (its name)."), tr("name")});
    addFormatOption();
}

void ForensicsCommand::readOptions()
{
    bool ok = false;
    m_options.seed = value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError(tr("--seed must be a whole number, 0 or more"));
    m_options.draws = int(wholeNumber(QStringLiteral("draws"), 2, 1000000,
                                      tr("--draws must be a whole number from 2 to 1,000,000")));
}

int ForensicsCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &err)
{
    const Contest contest = selectedContest(store);
    const QString leader = value(QStringLiteral("leader"));
    // The whole contest's chances are worked out on the other cores while the precincts are read (one region's
    // are kept apart from the others only after the read).
    std::optional<EarlyChances> early;
    if (!isSet(QStringLiteral("region")))
        early.emplace(int(contest.ballot.size()), leader.isEmpty() ? -1 : contest.findParty(leader));
    ForensicsData data = ForensicsData::fromStore(
        store, contest, *source(), leader, [&early](const ForensicsData::Precinct &p, const qint64 *partyVotes) {
            if (early)
                early->add(p, partyVotes);
        });
    if (isSet(QStringLiteral("region")))
        data = data.onlyRegion(value(QStringLiteral("region")));
    const std::optional<EarlyChances::Known> known = early ? std::optional(early->finish(data)) : std::nullopt;
    if (data.incomplete() > 0)
        err << tr("saylau forensics: %n precinct protocol(s) lack voters or ballots; left out", nullptr,
                  data.incomplete())
            << Qt::endl;
    if (data.withoutLeader() > 0)
        err << tr("saylau forensics: %n precinct protocol(s) give no votes for %1; left out", nullptr,
                  data.withoutLeader())
                   .arg(data.leaderName())
            << Qt::endl;
    print(out, ForensicsReport(data, contest, *source(), m_options, known ? &*known : nullptr));
    return Success;
}

} // namespace saylau
