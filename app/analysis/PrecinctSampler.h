#pragma once

#include "SampleFrame.h"

#include "../domain/SampleDesign.h"

#include <QCoreApplication>
#include <QList>

#include <random>
#include <vector>

namespace saylau {

// Draws a stratified simple random sample of precincts from a frame, reproducibly from a seed.
//
// Allocation. Proportional: each stratum's share of the sample is its share of the frame's voters (of its
// precincts when no voter figure is known), but at least 2 precincts (or all it has), so that every stratum's
// variance can be estimated; strata whose share would pass their size take all their precincts. The rest is
// shared again among the others until nothing changes, and the fractions are rounded by the largest
// remainder (ties to the stratum first in the frame), in integers, so the sizes add up to exactly the size
// asked for on any machine. Equal: the same number in every stratum, the remainder to the first strata.
//
// Draw. One std::mt19937_64 seeded with the seed. Strata in frame order; in each, a partial Fisher–Yates
// shuffle of its precincts in key order: for i = 0 .. n-1, swap position i with i + u(N - i), where u(m) is
// a uniform integer in [0, m) by rejection (a 64-bit output below the largest multiple of m, taken modulo
// m). std::uniform_int_distribution is not used: its algorithm differs between standard libraries, the
// engine's output sequence does not.
class PrecinctSampler
{
    Q_DECLARE_TR_FUNCTIONS(PrecinctSampler)

public:
    struct Options
    {
        int size = 0;
        SampleDesign::Allocation allocation = SampleDesign::Allocation::Proportional;
        quint64 seed = 0;
    };

    // Sample sizes per stratum, in frame order. Throws SaylauError when the size cannot be met.
    static QList<int> allocate(const SampleFrame &frame, int size, SampleDesign::Allocation allocation);
    // Indexes into frame.units(), grouped by stratum in frame order, each stratum's in draw order.
    static std::vector<int> drawUnits(const SampleFrame &frame, const QList<int> &sizes, quint64 seed);
    // The whole design: allocation, draw, inclusion probabilities, the record of how it was made.
    static SampleDesign draw(const SampleFrame &frame, const QString &contestId,
                             SampleDesign::Stratification stratification, const Options &options);

    // A uniform integer in [0, bound) from the engine (see the class comment).
    static quint64 uniformBelow(std::mt19937_64 &engine, quint64 bound);
    static QString generatorName();
};

} // namespace saylau
