#include "IntegerPercentTest.h"

#include "NearIntegerChance.h"
#include "PoissonBinomial.h"
#include "SplitMix64.h"

#include "../domain/SaylauError.h"

#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace saylau {

namespace {

// Counts per group (0: the whole contest, 1 + r: region r), per draw, per measure (0 turnout, 1 share).
struct Counts
{
    Counts(int drawCount, int groups) : draws(drawCount), values(size_t(drawCount) * size_t(groups) * 2, 0) {}
    qint64 &at(int draw, int g, int measure) { return values[(size_t(g) * size_t(draws) + size_t(draw)) * 2 + size_t(measure)]; }
    int draws;
    std::vector<qint64> values;
};

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

IntegerPercentTest::Result IntegerPercentTest::run(const ForensicsData &data, const Options &options,
                                                   const EarlyChances::Known *known)
{
    if (options.draws < 2)
        throw SaylauError(tr("the Monte Carlo needs at least 2 draws, not %1").arg(options.draws));
    Result result;
    result.options = options;
    result.total.name = tr("All precincts");
    for (int r = 0; r < data.regions().size(); ++r)
        result.regions.append(Group{data.regions().at(r), data.storedRegions().value(r), 0, {}, {}});

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

    qint64 largest = 0;
    for (size_t i : tested)
        largest = std::max(largest, precincts[i].voters);
    const NearIntegerChance chance(largest);
    std::vector<NearIntegerChance::Chances> chances(tested.size());
    const unsigned threadCount = options.threads > 0 ? unsigned(options.threads)
                                                     : std::max(1u, std::thread::hardware_concurrency());
    // Precincts are handed out in small batches as threads come for them; each precinct's chances are
    // computed alone and stored in its place, so the split cannot change the result.
    std::atomic<size_t> next{0};
    constexpr size_t batch = 256;
    auto work = [&] {
        for (;;) {
            const size_t from = next.fetch_add(batch);
            if (from >= tested.size())
                return;
            for (size_t j = from; j < std::min(from + batch, tested.size()); ++j)
                chances[j] = known && known->known[tested[j]] ? known->chances[tested[j]] : chance.of(precincts[tested[j]]);
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < threadCount; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();

    // Precincts are independent under the null, so a region's count is a Poisson binomial of its precincts'
    // chances, and the whole contest's count the sum of its regions'.
    // The two measures' distributions are built apart, on two threads when there are two.
    const int regionCount = int(data.regions().size());
    std::vector<PoissonBinomial> turnoutCounts(static_cast<size_t>(regionCount));
    std::vector<PoissonBinomial> shareCounts(static_cast<size_t>(regionCount));
    const auto build = [&](std::vector<PoissonBinomial> &counts, double NearIntegerChance::Chances::*measure) {
        for (size_t j = 0; j < tested.size(); ++j)
            counts[size_t(precincts[tested[j]].region)].add(chances[j].*measure);
        for (PoissonBinomial &region : counts)
            region.finish();
    };
    {
        std::thread turnout;
        if (threadCount > 1)
            turnout = std::thread(build, std::ref(turnoutCounts), &NearIntegerChance::Chances::turnout);
        else
            build(turnoutCounts, &NearIntegerChance::Chances::turnout);
        build(shareCounts, &NearIntegerChance::Chances::leaderShare);
        if (turnout.joinable())
            turnout.join();
    }

    Counts counts(options.draws, regionCount + 1);
    const SplitMix64 seeds(options.seed);
    // Each draw has its own stream and its own counts, so the draws split between two threads as they are.
    const auto drawFrom = [&](int first, int end) {
        for (int d = first; d < end; ++d) {
            const SplitMix64 stream(seeds.at(quint64(d)));
            for (int r = 0; r < regionCount; ++r) {
                const qint64 nearTurnout = turnoutCounts[size_t(r)].sample(SplitMix64::toUnit(stream.at(2 * quint64(r))));
                const qint64 nearShare = shareCounts[size_t(r)].sample(SplitMix64::toUnit(stream.at(2 * quint64(r) + 1)));
                counts.at(d, r + 1, 0) = nearTurnout;
                counts.at(d, r + 1, 1) = nearShare;
                counts.at(d, 0, 0) += nearTurnout;
                counts.at(d, 0, 1) += nearShare;
            }
        }
    };
    {
        const int half = options.draws / 2;
        std::thread second;
        if (threadCount > 1)
            second = std::thread(drawFrom, half, options.draws);
        else
            drawFrom(half, options.draws);
        drawFrom(0, half);
        if (second.joinable())
            second.join();
    }

    summarise(counts, 0, 0, options.draws, result.total.turnout);
    summarise(counts, 0, 1, options.draws, result.total.leaderShare);
    for (int r = 0; r < result.regions.size(); ++r) {
        summarise(counts, r + 1, 0, options.draws, result.regions[r].turnout);
        summarise(counts, r + 1, 1, options.draws, result.regions[r].leaderShare);
    }
    return result;
}

} // namespace saylau
