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
    m_cdf.reserve(down.size() + up.size());
    double sum = 0;
    for (auto it = down.rbegin(); it != down.rend(); ++it)
        m_cdf.push_back(sum += *it);
    for (double w : up)
        m_cdf.push_back(sum += w);
    m_total = sum;
    m_guide.resize(2 * m_cdf.size());
    size_t k = 0;
    for (size_t j = 0; j < m_guide.size(); ++j) {
        const double threshold = double(j) / double(m_guide.size()) * m_total;
        while (m_cdf[k] <= threshold && k + 1 < m_cdf.size())
            ++k;
        m_guide[j] = quint32(k);
    }
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
