#pragma once

#include "ForensicsData.h"

#include <optional>
#include <vector>

namespace saylau {

// The exact chance, under the integer test's null, that a precinct's turnout or leader's share lands within
// 0.05 of a whole percentage: with B* ~ Binomial(V, t) and L* ~ Binomial(B*, s),
//   turnout: P(100·B*/V near a whole number) = Σ_b P(B* = b) [b near],
//   share:   P(100·L*/B* near a whole number) = Σ_b Σ_l P(B* = b) P(L* = l | b) [l/b near].
// The near rows b of the turnout lie in windows |100·b − k·V| <= V/20, visited window by window. The near
// pairs (b, l) of the share lie on thin wedges |100·l − k·b| <= b/20, one per whole percentage k; walking each
// wedge from b to b + 1 moves l by 0 or 1, so the joint probability follows by one ratio,
//   P(b+1, l) / P(b, l) = (V−b)/(b+1−l) · t(1−s)/(1−t),  P(b+1, l+1) / P(b, l) = (V−b)/(l+1) · ts/(1−t),
// and every whole number of votes the rule admits is visited exactly once, decided in integer arithmetic as
// ForensicsData::nearInteger decides it. The sums are bounded to where the mass is: the rows b whose
// P(B* = b) is at least 1e-6 of the most likely one's, and in them the wedges within the joint distribution's
// reach at that level (with a margin for the binomial's skew).
// The walks run eight wedges to a vector of floats, their divisions gathered into one per walk and run of rows;
// each starts afresh from the closed form at least every 128 rows, so that its rounding stays small.
// What is left out and the rounding together stay below maximumError of either chance: on 1,500 synthetic
// precincts of 100 to 60,000 voters against full sums in doubles the largest difference was 4.8e-7; on the
// 2011 file the chances differ from full double-precision walks by at most 2.5e-7.
class NearIntegerChance
{
public:
    struct Chances
    {
        double turnout = 0;
        double leaderShare = 0;
    };

    // The most either chance can differ from its full sum over every (b, l): the mass left out and the rounding.
    static constexpr double maximumError = 1e-6;

    // The builds of the walks: four lanes a vector on any processor, eight with AVX2, eight with AVX-512.
    enum class Build { FourLanes, EightLanes, EightLanesAvx512 };
    // Whether this processor runs the build.
    static bool runsHere(Build build);

    // largestVoters: the most voters of any precinct asked about; build: the fastest this processor runs
    // unless given (one it runs).
    explicit NearIntegerChance(qint64 largestVoters, std::optional<Build> build = std::nullopt);

    // p must be testable (ForensicsData::testable).
    Chances of(const ForensicsData::Precinct &p) const;

private:
    using Kernel = Chances (*)(const double *logFactorial, const ForensicsData::Precinct &p);

    std::vector<double> m_logFactorial; // ln k!
    Kernel m_kernel;
};

} // namespace saylau
