#pragma once

#include "EarlyChances.h"
#include "ForensicsData.h"

#include <QCoreApplication>
#include <QList>

namespace saylau {

// The integer-percentage test of Kobak, Shpilkin & Pshenichnikov ("Integer percentages as electoral
// falsification fingerprints", Annals of Applied Statistics 10(1), 2016): how many precincts report a turnout
// 100·B/V, or a leader's share 100·L/B, within 0.05 of a whole number, against how many would by chance.
//
// The chance level is a Monte Carlo null: in each draw every precinct gets B* ~ Binomial(V, t) and
// L* ~ Binomial(B*, s) with its own t and s, and the near-integer precincts are counted; the mean and
// standard deviation of the counts over the draws are the expected number and its spread. A draw's counts
// are drawn from their exact distribution rather than precinct by precinct: each precinct's chance of
// landing near a whole number is summed exactly over every B* and L* (NearIntegerChance), a region's count
// is then the Poisson binomial of its precincts' chances (PoissonBinomial), and the contest's the sum of its
// regions'. The counts have the same distribution as the precinct-by-precinct draws, at a thousandth of the
// cost. Draw d uses the SplitMix64 stream seeded with output d of SplitMix64(seed); region r takes outputs
// 2r (turnout) and 2r + 1 (share) of it, so the result depends on the seed only, never on the number of
// threads.
class IntegerPercentTest
{
    Q_DECLARE_TR_FUNCTIONS(IntegerPercentTest)

public:
    struct Options
    {
        quint64 seed = 1;
        int draws = 1000;
        // 0: one per core.
        int threads = 0;
    };

    struct Statistic
    {
        qint64 observed = 0;
        double expectedMean = 0;
        double expectedSd = 0;
        double excess() const { return double(observed) - expectedMean; }
        // NaN when the draws never vary (no precinct could be anything but what it is).
        double z() const;
    };

    // The whole contest, or one region.
    struct Group
    {
        QString name;
        QString storedName; // as the campaign stores it, the same in every language
        int precincts = 0; // tested
        Statistic turnout;
        Statistic leaderShare;
    };

    struct Result
    {
        Options options;
        int precincts = 0;      // all precincts with figures
        int tested = 0;
        int leftOutSmall = 0;   // V < 100
        int leftOutOther = 0;   // no ballots, or more ballots than voters
        Group total;
        QList<Group> regions;   // in the order of ForensicsData::regions()
    };

    // known: chances already worked out while the precincts were read (EarlyChances), or none. Throws
    // SaylauError when draws < 2.
    static Result run(const ForensicsData &data, const Options &options, const EarlyChances::Known *known = nullptr);
};

} // namespace saylau
