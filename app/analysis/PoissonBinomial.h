#pragma once

#include <QtGlobal>

#include <vector>

namespace saylau {

// The distribution of the number of successes among independent trials with their own chances (the
// "Poisson binomial"): how many precincts of a region land near a whole percentage when each does with its
// own probability. Built exactly, four trials at a time: the distribution so far times the trials' own,
// the product of (1 − p + p·x) over them; counts whose probability falls below 1e-18 of the most likely one
// are dropped from the ends as it grows, so a region of n precincts costs about n · 3√n steps rather than
// n²/2.
class PoissonBinomial
{
public:
    PoissonBinomial() = default;

    void add(double chance);
    // The count at cumulative probability u in [0, 1) (inversion). Call finish() once after the last add().
    void finish();
    qint64 sample(double u) const;

private:
    // Folds in the trials added since the last pass (one to four).
    void fold();

    qint64 m_lowest = 0;               // the count of m_probabilities[m_first]
    std::vector<double> m_probabilities{1.0};
    size_t m_first = 0;                // where the counts kept start in m_probabilities
    std::vector<double> m_next;
    double m_pending[4] = {0, 0, 0, 0};
    int m_pendingCount = 0;
    size_t m_mode = 0;                 // where the most likely count is, from m_first
    std::vector<double> m_cumulative;  // after finish()
};

} // namespace saylau
