#pragma once

#include "ForensicsData.h"

#include <vector>

namespace saylau {

// The exact chance, under the integer test's null, that a precinct's turnout or leader's share lands within
// 0.05 of a whole percentage: with B* ~ Binomial(V, t) and L* ~ Binomial(B*, s),
//   turnout: P(100·B*/V near a whole number) = Σ_b P(B* = b) [b near],
//   share:   P(100·L*/B* near a whole number) = Σ_b Σ_l P(B* = b) P(L* = l | b) [l/b near].
// The near pairs (b, l) lie on thin wedges |100·l − k·b| ≤ b/20, one per whole percentage k; walking each
// wedge from b to b + 1 moves l by 0 or 1, so the joint probability follows by one ratio,
//   P(b+1, l) / P(b, l) = (V−b)/(b+1−l) · t(1−s)/(1−t),  P(b+1, l+1) / P(b, l) = (V−b)/(l+1) · ts/(1−t),
// and every whole number of votes the rule admits is visited exactly once, in integer arithmetic as
// ForensicsData::nearInteger decides it. The sums are bounded to where the mass is: the rows b whose
// P(B* = b) is at least 1e-6 of the most likely one's, and in them the wedges within the joint distribution's
// reach at that level (with a margin for the binomial's skew). What is left out is less than maximumError of
// either chance; on the 2011 file the expected counts move by 0.0013 of a precinct against a cut at 1e-12.
class NearIntegerChance
{
public:
    struct Chances
    {
        double turnout = 0;
        double leaderShare = 0;
    };

    // The most either chance can differ from its full sum over every (b, l): the mass left out.
    static constexpr double maximumError = 1e-6;

    // largestVoters: the most voters of any precinct asked about.
    explicit NearIntegerChance(qint64 largestVoters);

    // p must be testable (ForensicsData::testable).
    Chances of(const ForensicsData::Precinct &p) const;

private:
    std::vector<double> m_logFactorial; // ln k!
};

} // namespace saylau
