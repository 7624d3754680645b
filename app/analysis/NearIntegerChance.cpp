#include "NearIntegerChance.h"

#include "BinomialTable.h"

#include <algorithm>
#include <cmath>

namespace saylau {

namespace {

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

// The wedge of whole percentage k: the largest l with 100·l ≤ (k + 0.05)·b, i.e. l = ⌊(20k+1)·b / 2000⌋
// (kept with its remainder, so that b + 1 needs no division), and P(B* = b, L* = l).
struct Wedges
{
    Wedges()
    {
        for (int k = 0; k <= 100; ++k) {
            // 100% is l = b itself: its wedge climbs at every step.
            upper[k] = k == 100 ? 2000 : 20 * k + 1;
            lower[k] = 20 * k - 1;
        }
    }
    double upper[101];        // 20k + 1: l ≤ upper · b / 2000
    double lower[101];        // 20k − 1: l ≥ lower · b / 2000
    double l[101] = {};
    double remainder[101] = {};
    double probability[101] = {};
    double below[101] = {};
    double total[101] = {};   // the wedge's pairs' probabilities summed
};

} // namespace

NearIntegerChance::NearIntegerChance(qint64 largestVoters)
    : m_reciprocals(BinomialTable::reciprocals(largestVoters + 1))
    , m_logFactorial(size_t(largestVoters + 2), 0.0)
{
    for (size_t k = 2; k < m_logFactorial.size(); ++k)
        m_logFactorial[k] = m_logFactorial[k - 1] + std::log(double(k));
}

SAYLAU_WIDE_VECTORS NearIntegerChance::Chances NearIntegerChance::of(const ForensicsData::Precinct &p) const
{
    const qint64 voters = p.voters;
    const double t = double(p.ballots) / double(voters);
    const double s = double(p.leader) / double(p.ballots);
    const BinomialTable ballots(voters, t, m_reciprocals);
    Chances chances;
    for (qint64 b = ballots.low(); b <= ballots.high(); ++b)
        if (ForensicsData::nearInteger(b, voters))
            chances.turnout += ballots.probability(b);
    if (p.leader == 0 || p.leader == p.ballots) {
        // L* is then 0 or all of B*: 0% and 100% are whole, whenever there is a ballot at all.
        chances.leaderShare = 1 - ballots.probability(0);
        return chances;
    }

    const double *logFactorial = m_logFactorial.data();
    const double logS = std::log(s);
    const double logOthers = std::log1p(-s);
    const double stay = t * (1 - s) / (1 - t);
    const double climb = t * s / (1 - t);
    const double back = (1 - s) / s;
    const double logFloor = std::log(skipped * ballots.modeProbability());
    const double logT = std::log(t);
    // With every voter voting there is one b, B* = V, and no abstainer to count.
    const double logAbstain = t < 1 ? std::log1p(-t) : 0.0;

    // The wedges' state, one array per quantity (whole numbers held exactly in doubles), so that the steps
    // below are plain loops over k that the compiler turns into vector instructions: no branch, no table
    // look-up, a division where a reciprocal table would need a gather.
    Wedges w;
    int previousLowest = 0;
    int previousHighest = -1;
    for (qint64 b = std::max<qint64>(ballots.low(), 1); b <= ballots.high(); ++b) {
        // ln P(B* = b) from the table of ln k!, not a logarithm per b.
        const double logPb = logFactorial[voters] - logFactorial[b] - logFactorial[voters - b]
            + double(b) * logT + double(voters - b) * logAbstain;
        if (logPb < logFloor) {
            previousHighest = -1;
            continue;
        }
        // How far from l = b·s the joint probability stays above the floor, in standard deviations of
        // L* | b (a normal's reach, a quarter deviation more, and the skew's z²/6), then the wedges that reach.
        const double z = std::sqrt(2 * (logPb - logFloor)) + 0.25;
        const double reach = z * std::sqrt(double(b) * s * (1 - s)) + z * z / 6 + 0.5;
        const double centre = double(b) * s;
        const int lowest = int(std::clamp(std::floor(100 * (centre - reach) / double(b)), 0.0, 100.0));
        const int highest = int(std::clamp(std::ceil(100 * (centre + reach) / double(b)), 0.0, 100.0));
        const double bb = double(b);

        // The wedges that come into reach start from the closed form.
        const int from = std::max(lowest, previousLowest);
        const int to = std::min(highest, previousHighest);
        for (int k = lowest; k <= highest; ++k) {
            if (k >= from && k <= to)
                continue;
            const qint64 l = qint64(w.upper[k]) * b / 2000;
            w.l[k] = double(l);
            w.remainder[k] = double(qint64(w.upper[k]) * b % 2000);
            w.probability[k] = std::exp(logPb + logFactorial[b] - logFactorial[l] - logFactorial[b - l] + double(l) * logS
                                        + double(b - l) * logOthers);
            w.total[k] += w.probability[k] * double(2000 * w.l[k] >= w.lower[k] * bb);
        }
        // The wedges already walked to b - 1 take one step.
        const double stayFactor = double(voters - b + 1) * stay;
        const double climbFactor = double(voters - b + 1) * climb;
        for (int k = from; k <= to; ++k) {
            // Whether l climbs (1) or stays (0), as a number: selected by arithmetic, not by a branch.
            const double remainder = w.remainder[k] + w.upper[k];
            const double climbs = double(remainder >= 2000);
            const double l = w.l[k];
            w.remainder[k] = remainder - 2000 * climbs;
            const double probability = w.probability[k] * (stayFactor + climbs * (climbFactor - stayFactor))
                / (bb - l + climbs * (2 * l + 1 - bb));
            w.probability[k] = probability;
            w.l[k] = l + climbs;
            w.total[k] += probability * double(2000 * (l + climbs) >= w.lower[k] * bb);
        }
        previousLowest = lowest;
        previousHighest = highest;

        // From 1,000 ballots on, a wedge is a vote or more wide: the whole numbers below l too.
        if (b >= 1000) {
            for (int k = lowest; k <= highest; ++k)
                w.below[k] = w.probability[k];
            for (qint64 j = 1; j <= b / 1000 + 1; ++j) {
                for (int k = lowest; k <= highest; ++k) {
                    const double l = w.l[k] - double(j);
                    // l + 1 = 0 ends the walk at l = -1 (nothing below 0 votes).
                    w.below[k] *= std::max(l + 1, 0.0) / (bb - l) * back;
                    w.total[k] += w.below[k] * double(2000 * l >= w.lower[k] * bb);
                }
            }
        }
    }
    double total = 0;
    for (double wedge : w.total)
        total += wedge;
    chances.leaderShare = total;
    return chances;
}

} // namespace saylau
