#include "NearIntegerChance.h"

#include "BinomialTable.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace saylau {

namespace {

constexpr double skipped = 1e-6;

// The wedge of whole percentage k: the largest l with 100·l ≤ (k + 0.05)·b, i.e. l = ⌊(20k+1)·b / 2000⌋
// (kept with its remainder, so that b + 1 needs no division), and P(B* = b, L* = l).
struct Wedge
{
    qint64 l = 0;
    qint64 remainder = 0;
    qint64 b = -1;
    double probability = 0;
    double total = 0; // its pairs' probabilities summed (a sum per wedge: no chain of additions across wedges)
};

} // namespace

NearIntegerChance::NearIntegerChance(qint64 largestVoters)
    : m_reciprocals(BinomialTable::reciprocals(largestVoters + 1))
    , m_logFactorial(size_t(largestVoters + 2), 0.0)
{
    for (size_t k = 2; k < m_logFactorial.size(); ++k)
        m_logFactorial[k] = m_logFactorial[k - 1] + std::log(double(k));
}

NearIntegerChance::Chances NearIntegerChance::of(const ForensicsData::Precinct &p) const
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

    const double *reciprocal = m_reciprocals.data();
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
    std::array<Wedge, 101> wedges{};
    for (qint64 b = std::max<qint64>(ballots.low(), 1); b <= ballots.high(); ++b) {
        // ln P(B* = b) from the table of ln k!, not a logarithm per b.
        const double logPb = logFactorial[voters] - logFactorial[b] - logFactorial[voters - b]
            + double(b) * logT + double(voters - b) * logAbstain;
        if (logPb < logFloor)
            continue;
        // How far from l = b·s the joint probability stays above the floor, in standard deviations of
        // L* | b (a normal's reach, half a deviation more, and the skew's z²/6), then the wedges that reach.
        const double z = std::sqrt(2 * (logPb - logFloor)) + 0.25;
        const double reach = z * std::sqrt(double(b) * s * (1 - s)) + z * z / 6 + 0.5;
        const double centre = double(b) * s;
        const int lowest = int(std::clamp(std::floor(100 * (centre - reach) / double(b)), 0.0, 100.0));
        const int highest = int(std::clamp(std::ceil(100 * (centre + reach) / double(b)), 0.0, 100.0));
        const double factor[2] = {double(voters - b + 1) * stay, double(voters - b + 1) * climb};
        for (int k = lowest; k <= highest; ++k) {
            Wedge &w = wedges[size_t(k)];
            // 100% is l = b itself: its wedge climbs at every step.
            const qint64 upper = k == 100 ? 2000 : 20 * k + 1;
            if (w.b == b - 1) {
                // Whether l climbs is as good as a coin toss: decided in arithmetic, not by a branch the
                // processor would mispredict half the time.
                w.remainder += upper;
                const qint64 climbs = w.remainder >= 2000;
                w.remainder -= 2000 * climbs;
                w.probability *= factor[climbs] * reciprocal[b - w.l + climbs * (2 * w.l + 1 - b)];
                w.l += climbs;
            } else {
                w.l = upper * b / 2000;
                w.remainder = upper * b % 2000;
                w.probability = std::exp(logPb + logFactorial[b] - logFactorial[w.l] - logFactorial[b - w.l]
                                         + double(w.l) * logS + double(b - w.l) * logOthers);
            }
            w.b = b;
            const qint64 lower = 20 * k - 1;
            const qint64 inside = 2000 * w.l >= lower * b;
            w.total += w.probability * double(inside);
            // From 1,000 ballots on, a wedge is a vote or more wide: the whole numbers below l too.
            if (inside && 2000 * (w.l - 1) >= lower * b) {
                double below = w.probability;
                for (qint64 l = w.l; l > 0 && 2000 * (l - 1) >= lower * b; --l) {
                    below *= double(l) * reciprocal[b - l + 1] * back;
                    w.total += below;
                }
            }
        }
    }
    double total = 0;
    for (const Wedge &w : wedges)
        total += w.total;
    chances.leaderShare = total;
    return chances;
}

} // namespace saylau
