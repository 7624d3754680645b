#include "ExcessVotesEstimate.h"

#include <algorithm>
#include <array>

namespace saylau {

namespace {

bool hasTurnout(const ForensicsData::Precinct &p)
{
    return p.ballots > 0 && p.ballots <= p.voters;
}

// The 1% bin of a turnout, in exact integers: bin k holds 100·B/V in [k, k + 1), and 100% joins the last bin.
int binOf(const ForensicsData::Precinct &p)
{
    return int(std::min<qint64>(100 * p.ballots / p.voters, ExcessVotesEstimate::bins - 1));
}

} // namespace

ExcessVotesEstimate::Result ExcessVotesEstimate::estimate(const ForensicsData &data)
{
    Result result;
    std::array<qint64, bins> others{};
    for (const ForensicsData::Precinct &p : data.precincts()) {
        if (!hasTurnout(p))
            continue;
        ++result.precincts;
        others[size_t(binOf(p))] += p.ballots - p.leader;
        result.leaderVotes += p.leader;
    }
    const int mode = int(std::max_element(others.begin(), others.end()) - others.begin());
    result.cleanTurnout = mode + 1;

    qint64 cleanLeader = 0;
    qint64 cleanBallots = 0;
    for (const ForensicsData::Precinct &p : data.precincts()) {
        if (hasTurnout(p) && binOf(p) <= mode) {
            cleanLeader += p.leader;
            cleanBallots += p.ballots;
        }
    }
    const double share = cleanBallots > 0 ? double(cleanLeader) / double(cleanBallots) : 0;
    result.cleanLeaderShare = 100 * share;
    if (share >= 1)
        return result; // the others have no votes to scale: nothing to estimate
    for (const ForensicsData::Precinct &p : data.precincts()) {
        if (!hasTurnout(p) || binOf(p) <= mode)
            continue;
        ++result.precinctsAbove;
        result.leaderVotesAbove += p.leader;
        result.expectedLeaderVotesAbove += double(p.ballots - p.leader) * share / (1 - share);
    }
    result.excessVotes = double(result.leaderVotesAbove) - result.expectedLeaderVotesAbove;
    return result;
}

QStringList ExcessVotesEstimate::assumptions()
{
    return {tr("This is a model-based estimate (Shpilkin's method), not a count."),
            tr("Assumed: the other parties' votes and the invalid ballots are genuine at every turnout; the mode "
               "of their distribution over turnout (1% bins) marks the turnout of clean precincts."),
            tr("Assumed: up to that turnout the leader's share is genuine; above it the leader's genuine votes "
               "keep the same ratio to the others' votes, and anything beyond is counted as excess."),
            tr("Real differences between places with high and low turnout (towns and villages, regions) also "
               "show up as excess: read it as what the model cannot explain, not as proof.")};
}

} // namespace saylau
