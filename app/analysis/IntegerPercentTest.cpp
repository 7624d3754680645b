#include "IntegerPercentTest.h"

#include "BinomialTable.h"
#include "SplitMix64.h"

#include "../domain/SaylauError.h"

#include <atomic>
#include <cmath>
#include <limits>
#include <optional>
#include <thread>

namespace saylau {

namespace {

// L* ~ Binomial(b, s) for the many values of b one precinct's draws of B* take. Binomials with one p add
// up: Binomial(b, s) = Binomial(c, s) + Binomial(b - c, s), with c the nearest grid point at or below b on a
// grid of step `step` from the lowest possible b. The tables for the grid points are built when first
// needed, the small remainders come from one triangle of distributions for 0 .. step - 1 trials.
class ConditionalBinomial
{
public:
    static constexpr qint64 step = 32;

    ConditionalBinomial(qint64 lowest, qint64 highest, double p, const std::vector<double> &reciprocals)
        : m_reciprocals(reciprocals)
        , m_lowest(lowest)
        , m_p(p)
        , m_centres(size_t((highest - lowest) / step + 1))
        , m_small(size_t(step * (step + 1) / 2))
    {
        // Row r holds the cumulative distribution of Binomial(r, p), r + 1 values, built by the recurrence
        // P_r(k) = p · P_{r-1}(k-1) + (1-p) · P_{r-1}(k).
        std::vector<double> pmf{1.0};
        std::vector<double> next;
        for (qint64 r = 0; r < step; ++r) {
            double sum = 0;
            for (qint64 k = 0; k <= r; ++k)
                m_small[size_t(r * (r + 1) / 2 + k)] = sum += pmf[size_t(k)];
            next.assign(size_t(r + 2), 0.0);
            for (qint64 k = 0; k <= r; ++k) {
                next[size_t(k)] += (1 - p) * pmf[size_t(k)];
                next[size_t(k + 1)] += p * pmf[size_t(k)];
            }
            pmf.swap(next);
        }
    }

    qint64 sample(qint64 trials, double uCentre, double uRest)
    {
        const qint64 index = (trials - m_lowest) / step;
        std::optional<BinomialTable> &centre = m_centres[size_t(index)];
        if (!centre)
            centre.emplace(m_lowest + index * step, m_p, m_reciprocals);
        const qint64 rest = trials - m_lowest - index * step;
        const double *row = m_small.data() + rest * (rest + 1) / 2;
        qint64 k = 0;
        while (k < rest && row[k] <= uRest)
            ++k;
        return centre->sample(uCentre) + k;
    }

private:
    const std::vector<double> &m_reciprocals;
    qint64 m_lowest;
    double m_p;
    std::vector<std::optional<BinomialTable>> m_centres;
    std::vector<double> m_small;
};

// Counts per group (0: the whole contest, 1 + r: region r), per draw, per measure (0 turnout, 1 share): one
// precinct's thousand draws then write two short contiguous runs, not a thousand scattered places.
struct Counts
{
    Counts(int drawCount, int groups) : draws(drawCount), values(size_t(drawCount) * size_t(groups) * 2, 0) {}
    qint32 *group(int g) { return values.data() + size_t(g) * size_t(draws) * 2; }
    qint32 &at(int draw, int g, int measure) { return group(g)[size_t(draw) * 2 + size_t(measure)]; }
    int draws;
    std::vector<qint32> values;
};

// ForensicsData::nearInteger in 32 bits, where a division is several times cheaper: 100 · l stays below
// 2^31 for any precinct (l <= b <= V, and no precinct has 21 million voters).
bool nearInteger32(quint32 numerator, quint32 denominator)
{
    const quint32 r = (100 * numerator) % denominator;
    return 20 * std::min(r, denominator - r) <= denominator;
}

void simulate(const ForensicsData::Precinct &p, size_t index, const std::vector<quint64> &drawSeeds,
              const std::vector<double> &reciprocals, Counts &counts)
{
    const double t = double(p.ballots) / double(p.voters);
    const double s = double(p.leader) / double(p.ballots);
    const BinomialTable ballots(p.voters, t, reciprocals);
    ConditionalBinomial leader(ballots.low(), ballots.high(), s, reciprocals);
    // Whether each possible B* gives a near-integer turnout, worked out once rather than per draw.
    std::vector<quint8> turnoutNear(size_t(ballots.high() - ballots.low() + 1));
    for (qint64 b = ballots.low(); b <= ballots.high(); ++b)
        turnoutNear[size_t(b - ballots.low())] = ForensicsData::nearInteger(b, p.voters);
    qint32 *total = counts.group(0);
    qint32 *region = counts.group(p.region + 1);
    const quint64 k = 2 * quint64(index);
    for (size_t d = 0; d < drawSeeds.size(); ++d) {
        const SplitMix64 stream(drawSeeds[d]);
        const qint64 b = ballots.sample(SplitMix64::toUnit(stream.at(k)));
        const qint32 nearTurnout = turnoutNear[size_t(b - ballots.low())];
        total[2 * d] += nearTurnout;
        region[2 * d] += nearTurnout;
        if (b == 0)
            continue; // no share of no ballots
        // The two parts of L* (see ConditionalBinomial) take the two halves of one 64-bit output.
        const quint64 bits = stream.at(k + 1);
        const qint64 l = leader.sample(b, double(bits >> 32) * 0x1.0p-32, double(bits & 0xffffffffU) * 0x1.0p-32);
        const qint32 nearShare = nearInteger32(quint32(l), quint32(b));
        total[2 * d + 1] += nearShare;
        region[2 * d + 1] += nearShare;
    }
}

void summarise(Counts &counts, int group, int measure, int draws, IntegerPercentTest::Statistic &statistic)
{
    double sum = 0;
    for (int d = 0; d < draws; ++d)
        sum += counts.at(d, group, measure);
    const double mean = sum / draws;
    double squares = 0;
    for (int d = 0; d < draws; ++d)
        squares += (counts.at(d, group, measure) - mean) * (counts.at(d, group, measure) - mean);
    statistic.expectedMean = mean;
    statistic.expectedSd = std::sqrt(squares / (draws - 1));
}

} // namespace

double IntegerPercentTest::Statistic::z() const
{
    return expectedSd > 0 ? excess() / expectedSd : std::numeric_limits<double>::quiet_NaN();
}

IntegerPercentTest::Result IntegerPercentTest::run(const ForensicsData &data, const Options &options)
{
    if (options.draws < 2)
        throw SaylauError(tr("the Monte Carlo needs at least 2 draws, not %1").arg(options.draws));
    Result result;
    result.options = options;
    result.total.name = tr("All precincts");
    for (const QString &name : data.regions())
        result.regions.append(Group{name, 0, {}, {}});

    std::vector<size_t> tested;
    const std::vector<ForensicsData::Precinct> &precincts = data.precincts();
    for (size_t i = 0; i < precincts.size(); ++i) {
        const ForensicsData::Precinct &p = precincts[i];
        if (p.voters < ForensicsData::smallPrecinct) {
            ++result.leftOutSmall;
            continue;
        }
        if (!ForensicsData::testable(p)) {
            ++result.leftOutOther;
            continue;
        }
        tested.push_back(i);
        Group &region = result.regions[p.region];
        ++region.precincts;
        if (ForensicsData::nearInteger(p.ballots, p.voters)) {
            ++result.total.turnout.observed;
            ++region.turnout.observed;
        }
        if (ForensicsData::nearInteger(p.leader, p.ballots)) {
            ++result.total.leaderShare.observed;
            ++region.leaderShare.observed;
        }
    }
    result.precincts = int(precincts.size());
    result.tested = int(tested.size());
    result.total.precincts = result.tested;

    std::vector<quint64> drawSeeds(size_t(options.draws));
    const SplitMix64 seeds(options.seed);
    for (size_t d = 0; d < drawSeeds.size(); ++d)
        drawSeeds[d] = seeds.at(d);

    qint64 largest = 0;
    for (size_t i : tested)
        largest = std::max(largest, precincts[i].voters);
    const std::vector<double> reciprocals = BinomialTable::reciprocals(largest + 1);

    const int groups = int(data.regions().size()) + 1;
    const unsigned threadCount = options.threads > 0 ? unsigned(options.threads)
                                                     : std::max(1u, std::thread::hardware_concurrency());
    std::vector<Counts> perThread(threadCount, Counts(options.draws, groups));
    // Precincts are handed out in small batches as threads come for them; the counts are integers summed at
    // the end, so the split cannot change the result.
    std::atomic<size_t> next{0};
    constexpr size_t batch = 64;
    auto work = [&](unsigned t) {
        for (;;) {
            const size_t from = next.fetch_add(batch);
            if (from >= tested.size())
                return;
            for (size_t j = from; j < std::min(from + batch, tested.size()); ++j)
                simulate(precincts[tested[j]], tested[j], drawSeeds, reciprocals, perThread[t]);
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < threadCount; ++t)
        threads.emplace_back(work, t);
    work(0);
    for (std::thread &thread : threads)
        thread.join();
    Counts &counts = perThread[0];
    for (unsigned t = 1; t < threadCount; ++t)
        for (size_t v = 0; v < counts.values.size(); ++v)
            counts.values[v] += perThread[t].values[v];

    summarise(counts, 0, 0, options.draws, result.total.turnout);
    summarise(counts, 0, 1, options.draws, result.total.leaderShare);
    for (int r = 0; r < result.regions.size(); ++r) {
        summarise(counts, r + 1, 0, options.draws, result.regions[r].turnout);
        summarise(counts, r + 1, 1, options.draws, result.regions[r].leaderShare);
    }
    return result;
}

} // namespace saylau
