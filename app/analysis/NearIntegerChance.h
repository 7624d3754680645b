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
// ForensicsData::nearInteger decides it. Pairs whose joint probability is below 1e-6 of the largest are
// skipped (an ellipse around the mode, with a margin for the binomial's skew): on the 2011 file the expected
// counts move by 0.002 of a precinct against a cut at 1e-12.
class NearIntegerChance
{
public:
    struct Chances
    {
        double turnout = 0;
        double leaderShare = 0;
    };

    // largestVoters: the most voters of any precinct asked about.
    explicit NearIntegerChance(qint64 largestVoters);

    // p must be testable (ForensicsData::testable).
    Chances of(const ForensicsData::Precinct &p) const;

private:
    std::vector<double> m_reciprocals;  // 1/k
    std::vector<double> m_logFactorial; // ln k!
};

} // namespace saylau
