#pragma once

#include "ForensicsData.h"

#include <QCoreApplication>
#include <QStringList>

namespace saylau {

// Shpilkin's estimate of the leader's votes in excess of a turnout-independent share. It is a model-based
// estimate, not a count of anything, and holds only as far as its assumptions do (assumptions()):
// 1. the other parties' votes and the invalid ballots, O = B - L, are genuine at every turnout, so their
//    distribution over turnout shows the "clean" turnout: its mode (the 1% turnout bin holding most of O);
// 2. in the precincts up to the upper edge of that bin the leader's share s0 = ΣL / ΣB is genuine;
// 3. above it, the leader's genuine votes are what the same share would give next to the others' votes,
//    O · s0 / (1 - s0); whatever the leader has beyond that is counted as excess, whether from added ballots
//    or from votes moved from others.
// Precincts with no ballots or more ballots than voters have no turnout in [0, 1] and are left out.
class ExcessVotesEstimate
{
    Q_DECLARE_TR_FUNCTIONS(ExcessVotesEstimate)

public:
    // Turnout bins of 1 percentage point.
    static constexpr int bins = 100;

    struct Result
    {
        int precincts = 0;           // with 0 < B <= V
        double cleanTurnout = 0;     // percent: the upper edge of the modal bin of O
        double cleanLeaderShare = 0; // percent: s0
        int precinctsAbove = 0;
        qint64 leaderVotes = 0;      // in all precincts counted
        qint64 leaderVotesAbove = 0;
        double expectedLeaderVotesAbove = 0;
        double excessVotes = 0;
        double excessPercentOfLeader() const { return leaderVotes > 0 ? 100.0 * excessVotes / double(leaderVotes) : 0; }
    };

    static Result estimate(const ForensicsData &data);
    // The assumptions, one sentence each, for every output that shows the estimate.
    static QStringList assumptions();
};

} // namespace saylau
