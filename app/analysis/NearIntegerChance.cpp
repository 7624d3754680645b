#include "NearIntegerChance.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <type_traits>
#include <vector>

// Vectors pass between the kernel's inlined helpers, never across a call: GCC's note that 32-byte vector
// arguments pass differently with AVX than without concerns calls this file never makes.
#pragma GCC diagnostic ignored "-Wpsabi"

// Everything the kernel calls is inlined into it, so that each build of it (below) uses its own instructions.
#define SAYLAU_ALWAYS_INLINE __attribute__((always_inline))
#define SAYLAU_INLINE inline SAYLAU_ALWAYS_INLINE

namespace saylau {

namespace {

// Rows of B* whose probability is below this share of the most likely row's, and the pairs beyond the joint
// distribution's reach at that level, are left out.
constexpr double skipped = 1e-6;

// Lanes: the 101 whole percentages and three idle ones, in whole vectors of four or eight.
constexpr int lanes = 104;
// Rows walked with one set of wedges (the widest any of them needs); every segmentsPerStart segments every
// wedge starts afresh from the closed form, since the rounding of a walk in floats grows with its length.
constexpr qint64 rowsPerSegment = 64;
constexpr qint64 segmentsPerStart = 2;
// Rows between two rescalings of a walk's numerator and denominator (they grow by up to V a row).
constexpr qint64 rowsPerRescale = 4;

// The kernel's vectors: eight floats where the processor has 256-bit vectors, four elsewhere (GCC breaks a
// comparison of vectors wider than the processor's into one per element); and how many blocks of wedges one
// pass walks together, so that one's latency hides behind the other's work where the registers hold both.
template<int Width, int Blocks>
struct Vectors
{
    static constexpr int width = Width;
    static constexpr int blocks = Blocks;
    typedef float Floats __attribute__((vector_size(4 * Width)));
    typedef int Ints __attribute__((vector_size(4 * Width)));
    // Half as many doubles in the same bytes.
    typedef double Doubles __attribute__((vector_size(4 * Width)));
    typedef long long Longs __attribute__((vector_size(4 * Width)));
    static constexpr int doubles = Width / 2;
};

// 20k + 1 for wedge k: its top l is the largest with 2000·l <= (20k + 1)·b. The 100% wedge's l is b itself;
// 2001 keeps its r = b there, so that r <= 2b holds it near as for the others. The idle lanes never climb.
constexpr auto uppers = [] {
    std::array<int, lanes> upper{};
    for (int k = 0; k <= 100; ++k)
        upper[size_t(k)] = 20 * k + 1;
    return upper;
}();

// Where each wedge's walk stands: at the row before a segment, or at the segment's first row when it started
// there; all zero for a wedge not walked yet.
struct Wedges
{
    int r[lanes];       // upper·b − 2000·l: the top l is near when r <= 2b
    float l[lanes];     // the top l
    int fresh[lanes];   // -1: started at the segment's first row, not stepped into it
    float probability[lanes];
    double total[lanes]; // the near probabilities so far, in doubles: a big precinct's wedge adds thousands
};

// Loads and stores through memcpy: a vector type's alignment is not the same in every build of the kernel.
template<typename V, typename T>
SAYLAU_INLINE V load(const T *at)
{
    V v;
    __builtin_memcpy(&v, at, sizeof v);
    return v;
}
template<typename V, typename T>
SAYLAU_INLINE void store(T *at, V v)
{
    __builtin_memcpy(at, &v, sizeof v);
}
template<typename To, typename From>
SAYLAU_INLINE To bitsOf(From v)
{
    To bits;
    __builtin_memcpy(&bits, &v, sizeof bits);
    return bits;
}

// One value in every lane, as one broadcast (GCC builds `x + Floats{}` lane by lane; clang has no
// __builtin_shuffle, and broadcasts that sum as it is).
template<typename Vector, typename Mask>
SAYLAU_INLINE Vector splat(std::remove_cvref_t<decltype(Vector{}[0])> x)
{
#if defined(__clang__)
    return x + Vector{};
#else
    Vector v{};
    v[0] = x;
    return __builtin_shuffle(v, Mask{});
#endif
}

// e^x for a vector of x up to 0, within 1e-11 of it: 2^n·e^r with n = round(x / ln 2), |r| <= ln 2 / 2 and e^r
// by its Taylor polynomial to r^9. A vector at a time, where the library's exp, one at a time, took a sixth of
// the kernel.
template<typename Doubles, typename Longs>
SAYLAU_INLINE Doubles exponentials(Doubles x)
{
    // Below -700 (far wedges of a share near 0 or 100%) e^x is 0 to a float anyway.
    x = x > -700.0 ? x : Doubles{} - 700.0;
    // Adding 1.5·2^52 rounds x / ln 2 to a whole number and leaves it in the low bits.
    const Doubles shifter = Doubles{} + 0x1.8p52;
    const Doubles shifted = x * 1.4426950408889634 + shifter;
    const Doubles n = shifted - shifter;
    const Doubles r = (x - n * 0.6931471803691238) - n * 1.9082149292705877e-10;
    Doubles e = Doubles{} + 1.0 / 362880;
    for (double coefficient : {1.0 / 40320, 1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1.0, 1.0})
        e = e * r + coefficient;
    return e * bitsOf<Doubles>((bitsOf<Longs>(shifted) + 1023) << 52);
}

// One walk of a block of wedges at j whole votes under their tops: the probability there is n / d, and t / d the
// near probabilities summed since the last settling. Multiplying n and d instead of dividing n keeps the
// division, six times the cost of a multiplication, out of every step.
template<typename Floats>
struct Walker
{
    Floats n, d, t;
};

// What the walks of one run of rows share: the rows' step factors, (V − b + 1)·t(1−s)/(1−t) to stay and
// (V − b + 1)·ts/(1−t) to climb, and (1 − s)/s, the ratio of one vote fewer.
struct Rows
{
    qint64 segment; // the first row of the segment, where the wedges started then are fresh
    float stayFactors[rowsPerSegment];
    float climbFactors[rowsPerSegment];
    float back;
};

// Walks `blocks` blocks of V::width wedges from k0 over rows [first, end], each with `below` walkers under its
// top: known at compile time (0, 1, 2), or fixedBelow = -1 and b / 1000 at run time (one block).
template<typename V, int blocks, int fixedBelow>
SAYLAU_INLINE void walk(Wedges &w, const Rows &rows, int k0, qint64 first, qint64 end)
{
    using Floats = typename V::Floats;
    using Ints = typename V::Ints;
    using Walk = Walker<Floats>;
    constexpr int width = V::width;
    const auto splat = [](auto x) SAYLAU_ALWAYS_INLINE {
        if constexpr (std::is_same_v<decltype(x), float>)
            return saylau::splat<Floats, Ints>(x);
        else
            return saylau::splat<Ints, Ints>(x);
    };
    const int below = fixedBelow >= 0 ? fixedBelow : int(first / 1000);
    // Known counts keep their walkers in registers; the rare rows of 3,000 ballots and more keep theirs in
    // memory, as plain floats.
    std::array<std::array<Walk, size_t(std::max(fixedBelow, 0) + 1)>, blocks> fixedWalkers{};
    std::vector<std::array<float, 3 * width>> heldWalkers(fixedBelow >= 0 ? 0 : size_t(below) + 1);
    const auto get = [&](int i, int j) SAYLAU_ALWAYS_INLINE {
        if constexpr (fixedBelow >= 0) {
            return fixedWalkers[size_t(i)][size_t(j)];
        } else {
            const float *at = heldWalkers[size_t(j)].data();
            return Walk{load<Floats>(at), load<Floats>(at + width), load<Floats>(at + 2 * width)};
        }
    };
    const auto put = [&](int i, int j, const Walk &walker) SAYLAU_ALWAYS_INLINE {
        if constexpr (fixedBelow >= 0) {
            fixedWalkers[size_t(i)][size_t(j)] = walker;
        } else {
            float *at = heldWalkers[size_t(j)].data();
            store(at, walker.n);
            store(at + width, walker.d);
            store(at + 2 * width, walker.t);
        }
    };

    std::array<Ints, blocks> r, upper, moving;
    std::array<Floats, blocks> l, total;
    for (int i = 0; i < blocks; ++i) {
        const int k = k0 + i * width;
        r[i] = load<Ints>(w.r + k);
        l[i] = load<Floats>(w.l + k);
        upper[i] = load<Ints>(uppers.data() + k);
        moving[i] = first == rows.segment ? ~load<Ints>(w.fresh + k) : splat(-1);
        total[i] = Floats{};
        put(i, 0, {load<Floats>(w.probability + k), splat(1.0f), Floats{}});
    }
    // n, d and t times the same power of two, which brings d back to [1, 2): exact, and no division.
    const auto rescale = [&]() SAYLAU_ALWAYS_INLINE {
        for (int i = 0; i < blocks; ++i) {
            for (int j = 0; j <= below; ++j) {
                Walk walker = get(i, j);
                // d = m·2^e has the exponent field 127 + e; 2^-e has 127 − e = 254 − (127 + e).
                const Floats scale = bitsOf<Floats>(splat(254 << 23) - (bitsOf<Ints>(walker.d) & (0xff << 23)));
                walker.n *= scale;
                walker.d *= scale;
                walker.t *= scale;
                put(i, j, walker);
            }
        }
    };
    // The sums of walkers 0 to count into the wedges' totals, their walks back to n = probability, d = 1.
    const auto settle = [&](int count) SAYLAU_ALWAYS_INLINE {
        for (int i = 0; i < blocks; ++i) {
            for (int j = 0; j <= count; ++j) {
                const Walk walker = get(i, j);
                const Floats inverse = 1.0f / walker.d;
                total[i] += walker.t * inverse;
                put(i, j, {walker.n * inverse, splat(1.0f), Floats{}});
            }
        }
    };
    // Every walker steps from row b − 1 to b (or, where masked, only the ones that did not start at b).
    const auto step = [&](qint64 b, int count, bool masked) SAYLAU_ALWAYS_INLINE {
        const Floats climbFactor = splat(rows.climbFactors[b - rows.segment]);
        const Floats stayFactor = splat(rows.stayFactors[b - rows.segment]);
        const Floats ballots = splat(float(b));
        const Ints reach = splat(int(2 * b));
        for (int i = 0; i < blocks; ++i) {
            const Ints moves = masked ? moving[i] : splat(-1);
            r[i] += upper[i] & moves;
            // (The 100% wedge's r is b itself, 2,000 or more from b = 2,000 on, whether it moves or not.)
            const Ints climbs = (r[i] >= 2000) & moves;
            r[i] -= climbs & 2000;
            l[i] += climbs ? splat(1.0f) : Floats{};
            const Floats others = ballots - l[i];
            const Floats factor = moves ? (climbs ? climbFactor : stayFactor) : splat(1.0f);
            // The votes that grew by one: the top's l when it climbed, the others' b − l when it stayed.
            const Floats divisor = moves ? (climbs ? l[i] : others) : splat(1.0f);
            const Floats sign = climbs ? splat(-1.0f) : splat(1.0f);
            for (int j = 0; j <= count; ++j) {
                const Floats shifted = divisor + sign * float(j);
                // Below zero votes a walker holds probability 0; a divisor of 1 keeps it from dividing 0 by 0.
                const Floats d = j == 0 ? divisor : (shifted > 1.0f ? shifted : splat(1.0f));
                Walk walker = get(i, j);
                walker.n *= factor;
                walker.d *= d;
                walker.t = walker.t * d + (r[i] + 2000 * j <= reach ? walker.n : Floats{});
                put(i, j, walker);
            }
        }
    };

    step(first, 0, true);
    settle(0);
    // The walkers under the top start from it, one whole vote at a time:
    // P(b, l − 1) = P(b, l)·l/(b − l + 1)·back.
    const Ints reach = splat(int(2 * first));
    for (int i = 0; i < blocks; ++i) {
        const Floats others = splat(float(first)) - l[i];
        for (int j = 1; j <= below; ++j) {
            const Floats votes = l[i] - float(j - 1);
            const Floats ratio = (votes > 0.0f ? votes : Floats{}) / (others + float(j)) * rows.back;
            const Floats probability = get(i, j - 1).n * ratio;
            put(i, j, {probability, splat(1.0f), Floats{}});
            total[i] += r[i] + 2000 * j <= reach ? probability : Floats{};
        }
    }
    for (qint64 b = first + 1; b <= end; ++b) {
        step(b, below, false);
        if (b == end)
            settle(below);
        else if ((b - first) % rowsPerRescale == 0)
            rescale();
    }
    for (int i = 0; i < blocks; ++i) {
        const int k = k0 + i * width;
        store(w.r + k, r[i]);
        store(w.l + k, l[i]);
        store(w.probability + k, get(i, 0).n);
        store(w.fresh + k, Ints{});
        for (int lane = 0; lane < width; ++lane)
            w.total[k + lane] += double(total[i][lane]);
    }
}

// NearIntegerChance::of with vectors V; logFactorial: ln k! for k up to V + 1.
template<typename V>
SAYLAU_INLINE NearIntegerChance::Chances chancesOf(const double *logFactorial, const ForensicsData::Precinct &p)
{
    using Doubles = typename V::Doubles;
    using Longs = typename V::Longs;
    constexpr int width = V::width;
    constexpr int doubles = V::doubles;
    const qint64 voters = p.voters;
    const double t = double(p.ballots) / double(voters);
    const double s = double(p.leader) / double(p.ballots);
    const double logT = std::log(t);
    // With every voter voting there is one b, B* = V, and no abstainer to count.
    const double logAbstain = t < 1 ? std::log1p(-t) : 0.0;
    // ln P(B* = b) from the table of ln k!, not a logarithm per b.
    const auto logBallots = [&](qint64 b) SAYLAU_ALWAYS_INLINE {
        return logFactorial[voters] - logFactorial[b] - logFactorial[voters - b] + double(b) * logT
            + double(voters - b) * logAbstain;
    };
    const qint64 mode = t < 1 ? std::min<qint64>(voters, qint64(std::floor(double(voters + 1) * t))) : voters;
    const double logFloor = logBallots(mode) + std::log(skipped);
    // The rows of B* that carry mass, where P(B* = b) is at or above the floor: one run of rows around the mode
    // (ln P(B* = b) is concave in b). Its ends are sought from the normal's reach to the floor, a few rows
    // away, rather than walked to from the mode.
    const qint64 normalReach = qint64(std::sqrt(-2 * std::log(skipped) * double(voters) * t * (1 - t)));
    const auto edge = [&](qint64 from, qint64 outwards, qint64 limit) SAYLAU_ALWAYS_INLINE {
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

    NearIntegerChance::Chances chances;
    // The near rows lie in windows around b = k·V/100, (20k − 1)·V <= 2000·b <= (20k + 1)·V: visited window by
    // window, their probabilities summed four at a time.
    Doubles logs{};
    int logCount = 0;
    Doubles turnout{};
    const qint64 lastWindow = (2000 * high + voters) / (20 * voters);
    for (qint64 k = std::max<qint64>(0, (2000 * low - voters) / (20 * voters)); k <= lastWindow; ++k) {
        const qint64 lowest = k == 0 ? 0 : ((20 * k - 1) * voters + 1999) / 2000;
        const qint64 highest = (20 * k + 1) * voters / 2000;
        for (qint64 b = std::max(low, lowest); b <= std::min(high, highest); ++b) {
            logs[logCount++] = logBallots(b);
            if (logCount == doubles) {
                turnout += exponentials<Doubles, Longs>(logs);
                logCount = 0;
            }
        }
    }
    // The places of the last vector left over hold e^-700, nothing.
    for (int i = logCount; i < doubles; ++i)
        logs[i] = -700;
    turnout += exponentials<Doubles, Longs>(logs);
    double turnoutSum = 0;
    for (int i = 0; i < doubles; ++i)
        turnoutSum += turnout[i];
    chances.turnout = std::min(1.0, turnoutSum);
    if (p.leader == 0 || p.leader == p.ballots) {
        // L* is then 0 or all of B*: 0% and 100% are whole, whenever there is a ballot at all.
        chances.leaderShare = 1 - (t < 1 ? std::exp(logBallots(0)) : 0.0);
        return chances;
    }

    const double logS = std::log(s);
    const double logOthers = std::log1p(-s);
    // With every voter voting there is no row to step to (and no ratio to step by).
    const double stay = t < 1 ? t * (1 - s) / (1 - t) : 0.0;
    const double climb = t < 1 ? t * s / (1 - t) : 0.0;
    const double spread = s * (1 - s);
    // The wedges row b needs, [lowest, highest + 1): l within z standard deviations of L* | b from b·s, z the
    // normal's reach down to the floor, a quarter deviation more and the skew's z²/6.
    const auto lanesOf = [&](qint64 b) SAYLAU_ALWAYS_INLINE {
        const double z = std::sqrt(2 * std::max(logBallots(b) - logFloor, 0.0)) + 0.25;
        const double reach = (z * std::sqrt(double(b) * spread) + z * z / 6 + 0.5) / double(b);
        const int lowest = int(std::clamp(std::floor(100 * (s - reach)), 0.0, 100.0));
        const int highest = int(std::clamp(std::ceil(100 * (s + reach)), 0.0, 100.0));
        return std::pair{lowest, highest + 1};
    };
    Wedges w{};
    // Wedges [from, to) start at row b from the closed form: their top l, r, and P(B* = b, L* = l).
    const auto start = [&](qint64 b, int from, int to) SAYLAU_ALWAYS_INLINE {
        double logJoint[lanes + 4];
        const double logRow = logBallots(b) + logFactorial[b] + double(b) * logOthers;
        for (int k = from; k < to; ++k) {
            const qint64 up = uppers[size_t(k)];
            const qint64 l = std::min(up * b / 2000, b);
            w.l[k] = float(l);
            w.r[k] = int(up * b - 2000 * l);
            w.fresh[k] = -1;
            logJoint[k] = logRow - logFactorial[l] - logFactorial[b - l] + double(l) * (logS - logOthers);
        }
        for (int k = from; k < to; k += doubles) {
            Doubles x = load<Doubles>(logJoint + k);
            for (int i = to - k; i < doubles; ++i)
                x[i] = -700;
            const Doubles e = exponentials<Doubles, Longs>(x);
            for (int i = 0; i < std::min(doubles, to - k); ++i)
                w.probability[k + i] = float(e[i]);
        }
    };

    // The rows in segments, each with the wedges its widest row needs (the reach grows towards the mode, so that
    // is one of its ends or the mode): the ellipse of the mass in steps.
    Rows rows;
    rows.back = float((1 - s) / s);
    int walkedFrom = 0; // the wedges walked in the segment before
    int walkedTo = 0;
    const qint64 firstRow = std::max<qint64>(low, 1);
    for (qint64 segment = firstRow; segment <= high; segment += rowsPerSegment) {
        const qint64 last = std::min(segment + rowsPerSegment - 1, high);
        auto [from, to] = lanesOf(segment);
        for (qint64 widest : {last, std::clamp(mode, segment, last)}) {
            const auto [f, t2] = lanesOf(widest);
            from = std::min(from, f);
            to = std::max(to, t2);
        }
        // Whole vectors from the lowest wedge in reach (the idle lanes past 100% fill the last one).
        const int blockCount = (to - from + width - 1) / width;
        from = std::min(from, lanes - blockCount * width);
        to = from + blockCount * width;
        const bool afresh = (segment - firstRow) % (segmentsPerStart * rowsPerSegment) == 0;
        const int keptFrom = afresh ? to : std::max(from, walkedFrom);
        const int keptTo = afresh ? to : std::min(to, walkedTo);
        start(segment, from, std::min({keptFrom, to, 101}));
        start(segment, std::max(keptTo, from), std::min(to, 101));
        rows.segment = segment;
        for (qint64 b = segment; b <= last; ++b) {
            // Rounded to floats row by row, not once: one rounding repeated on every row would add up.
            rows.stayFactors[b - segment] = float(double(voters - b + 1) * stay);
            rows.climbFactors[b - segment] = float(double(voters - b + 1) * climb);
        }
        // Runs of rows with as many whole numbers of votes under a wedge's top (b / 1000), V::blocks at a time.
        const auto runs = [&](int k0, auto blocks) SAYLAU_ALWAYS_INLINE {
            constexpr int n = decltype(blocks)::value;
            for (qint64 b = segment; b <= last;) {
                const qint64 end = std::min(last, (b / 1000 + 1) * 1000 - 1);
                if (b < 1000) {
                    walk<V, n, 0>(w, rows, k0, b, end);
                } else if (b < 2000) {
                    walk<V, n, 1>(w, rows, k0, b, end);
                } else if (b < 3000) {
                    walk<V, n, 2>(w, rows, k0, b, end);
                } else {
                    for (int i = 0; i < n; ++i)
                        walk<V, 1, -1>(w, rows, k0 + i * width, b, end);
                }
                b = end + 1;
            }
        };
        int k0 = from;
        for (; k0 + V::blocks * width <= to; k0 += V::blocks * width)
            runs(k0, std::integral_constant<int, V::blocks>{});
        for (; k0 < to; k0 += width)
            runs(k0, std::integral_constant<int, 1>{});
        walkedFrom = from;
        walkedTo = to;
    }
    double total = 0;
    for (double wedge : w.total)
        total += wedge;
    // Rounding may take a chance of (almost) 1 a hair above it.
    chances.leaderShare = std::min(1.0, total);
    return chances;
}

// The builds. On the 2011 file, one thread: AVX-512, whose 32 registers hold two blocks' walks, 0.15 s; AVX2,
// eight lanes an instruction and one block (two spill), 0.19 s; four lanes in SSE2 or NEON, 0.37 s.
NearIntegerChance::Chances fourLanes(const double *logFactorial, const ForensicsData::Precinct &p)
{
    return chancesOf<Vectors<4, 2>>(logFactorial, p);
}
#if defined(__x86_64__) && defined(__GNUC__)
#define SAYLAU_X86_BUILDS
__attribute__((target("avx2"))) NearIntegerChance::Chances eightLanes(const double *logFactorial,
                                                                     const ForensicsData::Precinct &p)
{
    return chancesOf<Vectors<8, 1>>(logFactorial, p);
}
__attribute__((target("arch=x86-64-v4"))) NearIntegerChance::Chances eightLanesWithAvx512(
    const double *logFactorial, const ForensicsData::Precinct &p)
{
    return chancesOf<Vectors<8, 2>>(logFactorial, p);
}
#endif

} // namespace

bool NearIntegerChance::runsHere(Build build)
{
#ifdef SAYLAU_X86_BUILDS
    __builtin_cpu_init();
    switch (build) {
    case Build::FourLanes:
        return true;
    case Build::EightLanes:
        return __builtin_cpu_supports("avx2");
    case Build::EightLanesAvx512:
        // What x86-64-v4 adds to AVX2, asked feature by feature (older compilers know no level names).
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
            && __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512dq")
            && __builtin_cpu_supports("avx512vl");
    }
    return false;
#else
    return build == Build::FourLanes;
#endif
}

NearIntegerChance::NearIntegerChance(qint64 largestVoters, std::optional<Build> build)
    : m_logFactorial(size_t(largestVoters + 2), 0.0)
    , m_kernel(fourLanes)
{
    for (size_t k = 2; k < m_logFactorial.size(); ++k)
        m_logFactorial[k] = m_logFactorial[k - 1] + std::log(double(k));
    if (!build)
        build = runsHere(Build::EightLanesAvx512) ? Build::EightLanesAvx512
            : runsHere(Build::EightLanes)         ? Build::EightLanes
                                                  : Build::FourLanes;
    Q_ASSERT(runsHere(*build));
#ifdef SAYLAU_X86_BUILDS
    if (*build == Build::EightLanes)
        m_kernel = eightLanes;
    else if (*build == Build::EightLanesAvx512)
        m_kernel = eightLanesWithAvx512;
#endif
}

NearIntegerChance::Chances NearIntegerChance::of(const ForensicsData::Precinct &p) const
{
    return m_kernel(m_logFactorial.data(), p);
}

} // namespace saylau
