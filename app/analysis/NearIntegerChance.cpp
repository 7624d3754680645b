#include "NearIntegerChance.h"

#include <algorithm>
#include <cmath>

namespace saylau {

namespace {

// Rows of B* whose probability is below this share of the most likely row's, and the pairs beyond the joint
// distribution's reach at that level, are left out: less than NearIntegerChance::maximumError of mass.
constexpr double skipped = 1e-6;

} // namespace

// On x86-64 of() is built twice, for AVX2 (four doubles a vector) and for any x86-64, the processor choosing
// at start-up: the wedge loops run about a quarter faster on the wider vectors.
#if defined(__x86_64__) && defined(__GNUC__)
#define SAYLAU_WIDE_VECTORS __attribute__((target_clones("avx2", "default")))
#else
#define SAYLAU_WIDE_VECTORS
#endif

namespace {

// Lanes of the wedges' arrays: the 101 whole percentages and three idle ones, so that the steps run in whole
// vectors of four.
constexpr int lanes = 104;

// The wedge of whole percentage k: the largest l with 100·l ≤ (k + 0.05)·b, i.e. l = ⌊(20k+1)·b / 2000⌋,
// and P(B* = b, L* = l). One array per quantity (whole numbers held exactly in doubles), so that the steps
// are plain loops over k that the compiler turns into vector instructions: no branch, no table look-up, a
// division where a reciprocal table would need a gather.
struct Wedges
{
    Wedges()
    {
        for (int k = 0; k < lanes; ++k) {
            // 100% is l = b itself: its wedge climbs at every step. The idle lanes never climb, hold
            // probability 0 and lie below no l.
            upper[k] = k == 100 ? 2000 : k < 100 ? 20 * k + 1 : 0;
            lower[k] = k <= 100 ? 20 * k - 1 : 1e300;
            l[k] = 0;
            probability[k] = 0;
            total[k] = 0;
        }
    }
    alignas(32) double upper[lanes];       // 20k + 1: l ≤ upper · b / 2000
    alignas(32) double lower[lanes];       // 20k − 1: l ≥ lower · b / 2000
    alignas(32) double l[lanes];
    alignas(32) double probability[lanes];
    alignas(32) double below[lanes];
    alignas(32) double total[lanes];       // the wedge's pairs' probabilities summed
};

} // namespace

NearIntegerChance::NearIntegerChance(qint64 largestVoters)
    : m_logFactorial(size_t(largestVoters + 2), 0.0)
{
    for (size_t k = 2; k < m_logFactorial.size(); ++k)
        m_logFactorial[k] = m_logFactorial[k - 1] + std::log(double(k));
}

SAYLAU_WIDE_VECTORS NearIntegerChance::Chances NearIntegerChance::of(const ForensicsData::Precinct &p) const
{
    const qint64 voters = p.voters;
    const double t = double(p.ballots) / double(voters);
    const double s = double(p.leader) / double(p.ballots);
    const double *logFactorial = m_logFactorial.data();
    const double logT = std::log(t);
    // With every voter voting there is one b, B* = V, and no abstainer to count.
    const double logAbstain = t < 1 ? std::log1p(-t) : 0.0;
    // ln P(B* = b) from the table of ln k!, not a logarithm per b.
    const auto logBallots = [&](qint64 b) {
        return logFactorial[voters] - logFactorial[b] - logFactorial[voters - b] + double(b) * logT
            + double(voters - b) * logAbstain;
    };
    const qint64 mode = t < 1 ? std::min<qint64>(voters, qint64(std::floor(double(voters + 1) * t))) : voters;
    const double logFloor = logBallots(mode) + std::log(skipped);
    // The rows of B* that carry mass, where P(B* = b) is at or above the floor: one run of rows around the mode
    // (ln P(B* = b) is concave in b). Its ends are sought from the normal's reach to the floor, a few rows
    // away, rather than walked to from the mode.
    const qint64 normalReach = qint64(std::sqrt(-2 * std::log(skipped) * double(voters) * t * (1 - t)));
    const auto edge = [&](qint64 from, qint64 outwards, qint64 limit) {
        qint64 b = std::clamp(from, std::min(mode, limit), std::max(mode, limit));
        while (b != mode && logBallots(b) < logFloor)
            b -= outwards;
        while (b != limit && logBallots(b + outwards) >= logFloor)
            b += outwards;
        return b;
    };
    // With every voter voting the only row is B* = V.
    const qint64 low = t < 1 ? edge(mode - normalReach, -1, 0) : voters;
    const qint64 high = t < 1 ? edge(mode + normalReach, 1, voters) : voters;

    Chances chances;
    // 100·b mod V, stepped with b rather than divided for each (V >= 100: one subtraction keeps it below V).
    qint64 remainder = (100 * low) % voters;
    for (qint64 b = low; b <= high; ++b) {
        if (20 * std::min(remainder, voters - remainder) <= voters)
            chances.turnout += std::exp(logBallots(b));
        remainder += 100;
        if (remainder >= voters)
            remainder -= voters;
    }
    if (p.leader == 0 || p.leader == p.ballots) {
        // L* is then 0 or all of B*: 0% and 100% are whole, whenever there is a ballot at all.
        chances.leaderShare = 1 - (t < 1 ? std::exp(logBallots(0)) : 0.0);
        return chances;
    }

    const double logS = std::log(s);
    const double logOthers = std::log1p(-s);
    const double stay = t * (1 - s) / (1 - t);
    const double climb = t * s / (1 - t);
    const double back = (1 - s) / s;
    const double spread = s * (1 - s);
    // The wedges row b needs, in whole vectors of four lanes: l within z standard deviations of L* | b from
    // b·s, z the normal's reach down to the floor, a quarter deviation more and the skew's z²/6.
    const auto lanesOf = [&](qint64 b) {
        const double z = std::sqrt(2 * std::max(logBallots(b) - logFloor, 0.0)) + 0.25;
        const double reach = z * std::sqrt(double(b) * spread) + z * z / 6 + 0.5;
        const int lowest = int(std::clamp(std::floor(100 * (s - reach / double(b))), 0.0, 100.0));
        const int highest = int(std::clamp(std::ceil(100 * (s + reach / double(b))), 0.0, 100.0));
        return std::pair{lowest / 4 * 4, std::min(highest / 4 * 4 + 4, lanes)};
    };
    Wedges w;
    // Every wedge in [from, to) takes one step from b - 1 to b.
    const auto step = [&](qint64 b, int from, int to) {
        const double bb = double(b);
        const double stayFactor = double(voters - b + 1) * stay;
        const double climbFactor = double(voters - b + 1) * climb;
        for (int k = from; k < to; ++k) {
            // Whether l climbs (1) or stays (0), as a number: selected by arithmetic, not by a branch.
            // Both sides are whole numbers below 2^53, so the comparison is exact.
            const double l = w.l[k];
            const double climbs = double(2000 * l + 2000 <= w.upper[k] * bb);
            const double probability = w.probability[k] * (stayFactor + climbs * (climbFactor - stayFactor))
                / (bb - l + climbs * (2 * l + 1 - bb));
            w.probability[k] = probability;
            w.l[k] = l + climbs;
            w.total[k] += probability * double(2000 * (l + climbs) >= w.lower[k] * bb);
        }
    };
    // Wedge k starts at row b from the closed form.
    const auto start = [&](qint64 b, int k) {
        const qint64 l = qint64(w.upper[k]) * b / 2000;
        w.l[k] = double(l);
        w.probability[k] = std::exp(logBallots(b) + logFactorial[b] - logFactorial[l] - logFactorial[b - l]
                                    + double(l) * logS + double(b - l) * logOthers);
        w.total[k] += w.probability[k] * double(2000 * w.l[k] >= w.lower[k] * double(b));
    };

    // The rows in segments of 32, each with the wedges its widest row needs (the reach grows towards the mode,
    // so that is one of its ends or the mode): the ellipse of the mass in steps, a fifth fewer steps than one
    // range for all rows, for two or three reckonings of the reach per segment instead of one per row.
    constexpr qint64 rowsPerSegment = 32;
    int walkedFrom = 0; // the wedges stepped at the row before the segment
    int walkedTo = 0;
    for (qint64 segment = std::max<qint64>(low, 1); segment <= high; segment += rowsPerSegment) {
        const qint64 last = std::min(segment + rowsPerSegment - 1, high);
        auto [from, to] = lanesOf(segment);
        for (qint64 widest : {last, std::clamp(mode, segment, last)}) {
            const auto [f, t2] = lanesOf(widest);
            from = std::min(from, f);
            to = std::max(to, t2);
        }
        for (qint64 b = segment; b <= last; ++b) {
            if (b == segment) {
                // The wedges walked to b - 1 that the segment keeps take their step; the others start afresh.
                const int keptFrom = std::max(from, walkedFrom);
                const int keptTo = std::min(to, walkedTo);
                step(b, keptFrom, keptTo);
                for (int k = from; k < std::min({keptFrom, to, 101}); ++k)
                    start(b, k);
                for (int k = std::max(keptTo, from); k < std::min(to, 101); ++k)
                    start(b, k);
            } else {
                step(b, from, to);
            }
            // From 1,000 ballots on, a wedge (b/1000 votes wide) holds up to ⌊b/1000⌋ whole numbers below its top.
            const double bb = double(b);
            for (qint64 j = 1; j <= b / 1000; ++j) {
                const double *above = j == 1 ? w.probability : w.below;
                for (int k = from; k < to; ++k) {
                    const double l = w.l[k] - double(j);
                    // l + 1 = 0 ends the walk at l = -1 (nothing below 0 votes).
                    w.below[k] = above[k] * (std::max(l + 1, 0.0) / (bb - l) * back);
                    w.total[k] += w.below[k] * double(2000 * l >= w.lower[k] * bb);
                }
            }
        }
        walkedFrom = from;
        walkedTo = to;
    }
    double total = 0;
    for (double wedge : w.total)
        total += wedge;
    chances.leaderShare = total;
    return chances;
}

} // namespace saylau
