#include "PoissonBinomial.h"

#include <algorithm>

namespace saylau {

void PoissonBinomial::add(double chance)
{
    m_pending[m_pendingCount++] = chance;
    if (m_pendingCount == 2)
        fold();
}

void PoissonBinomial::fold()
{
    // A lone trial is the pair of it and a trial that never succeeds.
    const double p = m_pending[0];
    const double q = m_pendingCount == 2 ? m_pending[1] : 0.0;
    m_pendingCount = 0;
    const double none = (1 - p) * (1 - q);
    const double one = p * (1 - q) + q * (1 - p);
    const double both = p * q;
    const double *from = m_probabilities.data() + m_first;
    const size_t n = m_probabilities.size() - m_first;
    // Built in the second buffer and swapped in: no copy of the whole distribution per pass.
    m_next.resize(n + 2);
    double *to = m_next.data();
    double largest = 0;
    for (size_t i = 0; i < n + 2; ++i) {
        const double value = (i < n ? from[i] * none : 0.0) + (i >= 1 && i <= n ? from[i - 1] * one : 0.0)
            + (i >= 2 ? from[i - 2] * both : 0.0);
        to[i] = value;
        largest = std::max(largest, value);
    }
    const double cut = 1e-18 * largest;
    size_t first = 0;
    while (to[first] < cut)
        ++first;
    size_t end = n + 2;
    while (to[end - 1] < cut)
        --end;
    m_lowest += qint64(first);
    m_next.resize(end);
    std::swap(m_probabilities, m_next);
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
