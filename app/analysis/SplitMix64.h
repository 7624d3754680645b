#pragma once

#include <cstdint>

namespace saylau {

// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the
// generator java.util.SplittableRandom and the xoshiro family's seeding use): the state advances by a fixed
// odd constant and each output is a mix of the state. Output k of a stream is therefore mix(state + (k+1)γ),
// reachable directly, which lets the Monte Carlo give every draw its own stream and every precinct its own
// fixed place in it: the numbers do not depend on how the work is split between threads.
class SplitMix64
{
public:
    static constexpr std::uint64_t gamma = 0x9e3779b97f4a7c15ULL;

    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    // Output number k (0-based) of the stream, without advancing it.
    std::uint64_t at(std::uint64_t k) const { return mix(m_state + (k + 1) * gamma); }
    std::uint64_t next() { return mix(m_state += gamma); }

    // A double in [0, 1) from the top 53 bits.
    static double toUnit(std::uint64_t bits) { return double(bits >> 11) * 0x1.0p-53; }

    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

} // namespace saylau
