#include "PoissonBinomial.h"

#include <algorithm>

namespace saylau {

void PoissonBinomial::add(double chance)
{
    // Built in the second buffer, trimmed there and swapped in: no copy of the whole distribution per trial.
    const size_t n = m_probabilities.size();
    m_next.resize(n + 1);
    m_next[0] = m_probabilities[0] * (1 - chance);
    for (size_t i = 1; i < n; ++i)
        m_next[i] = m_probabilities[i] * (1 - chance) + m_probabilities[i - 1] * chance;
    m_next[n] = m_probabilities[n - 1] * chance;
    const double cut = 1e-18 * *std::max_element(m_next.begin(), m_next.end());
    const auto first = std::find_if(m_next.begin(), m_next.end(), [cut](double v) { return v >= cut; });
    const auto last = std::find_if(m_next.rbegin(), m_next.rend(), [cut](double v) { return v >= cut; }).base();
    m_lowest += first - m_next.begin();
    m_next.erase(last, m_next.end());
    m_next.erase(m_next.begin(), first);
    std::swap(m_probabilities, m_next);
}

void PoissonBinomial::finish()
{
    m_cumulative.resize(m_probabilities.size());
    double sum = 0;
    for (size_t i = 0; i < m_probabilities.size(); ++i)
        m_cumulative[i] = sum += m_probabilities[i];
}

qint64 PoissonBinomial::sample(double u) const
{
    const double target = u * m_cumulative.back();
    const auto at = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return m_lowest + std::min<qint64>(at - m_cumulative.begin(), qint64(m_cumulative.size()) - 1);
}

} // namespace saylau
