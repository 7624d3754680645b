#include "BinomialTable.h"

#include <algorithm>
#include <cmath>

namespace saylau {

BinomialTable::BinomialTable(qint64 n, double p, const std::vector<double> &reciprocals)
{
    if (n <= 0 || p <= 0) {
        m_low = 0;
        return;
    }
    if (p >= 1) {
        m_low = n;
        return;
    }
    const qint64 mode = std::min<qint64>(n, qint64(std::floor(double(n + 1) * p)));
    const double odds = p / (1 - p);
    const double inverseOdds = (1 - p) / p;
    constexpr double cut = 1e-14;
    const double *inverse = reciprocals.data();
    std::vector<double> up{1.0};
    for (qint64 k = mode; k < n; ++k) {
        const double next = up.back() * double(n - k) * inverse[k + 1] * odds;
        if (next < cut)
            break;
        up.push_back(next);
    }
    std::vector<double> down;
    double previous = 1.0;
    for (qint64 k = mode; k > 0; --k) {
        previous *= double(k) * inverse[n - k + 1] * inverseOdds;
        if (previous < cut)
            break;
        down.push_back(previous);
    }
    m_low = mode - qint64(down.size());
    m_probabilities.reserve(down.size() + up.size());
    m_probabilities.assign(down.rbegin(), down.rend());
    m_probabilities.insert(m_probabilities.end(), up.begin(), up.end());
    double total = 0;
    for (double w : m_probabilities)
        total += w;
    for (double &w : m_probabilities)
        w /= total;
    m_mode = 1 / total;
}

std::vector<double> BinomialTable::reciprocals(qint64 upTo)
{
    std::vector<double> inverse(size_t(upTo + 1));
    inverse[0] = 0;
    for (size_t k = 1; k < inverse.size(); ++k)
        inverse[k] = 1.0 / double(k);
    return inverse;
}

} // namespace saylau
