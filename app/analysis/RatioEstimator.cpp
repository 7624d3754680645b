#include "RatioEstimator.h"

#include <algorithm>
#include <cmath>

namespace saylau {

RatioEstimator::Result RatioEstimator::estimate(const std::vector<Stratum> &strata)
{
    Result result;
    double totalX = 0;
    double totalY = 0;
    for (const Stratum &s : strata) {
        if (s.x.empty()) {
            ++result.strataWithoutReports;
            continue;
        }
        double sumX = 0;
        double sumY = 0;
        for (size_t i = 0; i < s.x.size(); ++i) {
            sumX += s.x[i];
            sumY += s.y[i];
        }
        const double weight = s.populationUnits / double(s.x.size());
        totalX += weight * sumX;
        totalY += weight * sumY;
    }
    if (totalX <= 0)
        return result;
    const double ratio = totalY / totalX;

    // Per stratum: N_h^2 (1 - f_h) / m_h and s_h^2; single-report strata get the largest s_h^2 afterwards.
    double variance = 0;
    double largestSpread = 0;
    double singleFactor = 0;
    for (const Stratum &s : strata) {
        const size_t m = s.x.size();
        if (m == 0)
            continue;
        const double factor = s.populationUnits * s.populationUnits
            * std::max(0.0, 1.0 - double(m) / s.populationUnits) / double(m);
        if (m == 1) {
            ++result.strataWithOneReport;
            singleFactor += factor;
            continue;
        }
        double mean = 0;
        for (size_t i = 0; i < m; ++i)
            mean += (s.y[i] - ratio * s.x[i]) / totalX;
        mean /= double(m);
        double squares = 0;
        for (size_t i = 0; i < m; ++i) {
            const double d = (s.y[i] - ratio * s.x[i]) / totalX - mean;
            squares += d * d;
        }
        const double spread = squares / double(m - 1);
        largestSpread = std::max(largestSpread, spread);
        variance += factor * spread;
    }
    variance += singleFactor * largestSpread;

    result.defined = true;
    result.estimate = ratio;
    result.standardError = std::sqrt(variance);
    result.low = ratio - z95 * result.standardError;
    result.high = ratio + z95 * result.standardError;
    return result;
}

} // namespace saylau
