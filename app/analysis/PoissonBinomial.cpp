#include "PoissonBinomial.h"

#include <algorithm>

namespace saylau {

void PoissonBinomial::add(double chance)
{
    m_pending[m_pendingCount++] = chance;
    if (m_pendingCount == 4)
        fold();
}

void PoissonBinomial::fold()
{
    // The trials' own distribution: the coefficients of the product of (1 − p + p·x); a trial short of four
    // is one that never succeeds.
    double own[5] = {1, 0, 0, 0, 0};
    for (int t = 0; t < m_pendingCount; ++t) {
        const double p = m_pending[t];
        for (int k = t + 1; k >= 1; --k)
            own[k] = own[k] * (1 - p) + own[k - 1] * p;
        own[0] *= 1 - p;
    }
    m_pendingCount = 0;
    const size_t n = m_probabilities.size() - m_first;
    // Read from a copy with four zeros either side, so that the loop tests no bounds (and vectorises); the
    // result is written over the old.
    m_next.assign(n + 8, 0.0);
    std::copy_n(m_probabilities.begin() + qsizetype(m_first), n, m_next.begin() + 4);
    m_probabilities.resize(n + 4);
    const double *from = m_next.data() + 4;
    double *to = m_probabilities.data();
    for (size_t i = 0; i < n + 4; ++i)
        to[i] = own[0] * from[i] + own[1] * from[i - 1] + own[2] * from[i - 2] + own[3] * from[i - 3]
            + own[4] * from[i - 4];
    // A Poisson binomial is unimodal, and four more trials move its mode up by four at most.
    double largest = 0;
    const size_t mode = m_mode;
    for (size_t i = mode; i < std::min(mode + 5, n + 4); ++i) {
        if (to[i] > largest) {
            largest = to[i];
            m_mode = i;
        }
    }
    const double cut = 1e-18 * largest;
    size_t first = 0;
    while (to[first] < cut)
        ++first;
    size_t end = n + 4;
    while (to[end - 1] < cut)
        --end;
    m_lowest += qint64(first);
    m_mode -= first;
    m_probabilities.resize(end);
    m_first = first;
}

void PoissonBinomial::finish()
{
    if (m_pendingCount > 0)
        fold();
    m_cumulative.resize(m_probabilities.size() - m_first);
    double sum = 0;
    for (size_t i = 0; i < m_cumulative.size(); ++i)
        m_cumulative[i] = sum += m_probabilities[m_first + i];
}

qint64 PoissonBinomial::sample(double u) const
{
    const double target = u * m_cumulative.back();
    const auto at = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return m_lowest + std::min<qint64>(at - m_cumulative.begin(), qint64(m_cumulative.size()) - 1);
}

} // namespace saylau
