#include "SampleSizeCalculator.h"

#include "PrecinctSampler.h"
#include "RatioEstimator.h"

#include "../domain/SaylauError.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace saylau {

SampleSizeCalculator::SampleSizeCalculator(const SampleFrame &frame, SampleDesign::Allocation allocation, double icc)
    : m_frame(frame)
    , m_allocation(allocation)
    , m_icc(icc)
{
    const std::vector<SampleFrame::Unit> &units = frame.units();
    double sumX = 0;
    double sumY = 0;
    int known = 0;
    for (const SampleFrame::Unit &u : units) {
        if (u.base && u.leaderVotes) {
            sumX += double(*u.base);
            sumY += double(*u.leaderVotes);
            ++known;
        }
    }
    if (known > 1 && sumX > 0) {
        m_method = Method::RatioVariance;
        const double ratio = sumY / sumX;
        const double overallMeanX = sumX / known;
        double largest = 0;
        std::vector<int> knownPerStratum;
        for (const SampleFrame::Stratum &s : frame.strata()) {
            double stratumX = 0;
            double mean = 0;
            int n = 0;
            for (int i = s.first; i < s.first + s.count; ++i) {
                const SampleFrame::Unit &u = units[size_t(i)];
                if (u.base && u.leaderVotes) {
                    stratumX += double(*u.base);
                    mean += double(*u.leaderVotes) - ratio * double(*u.base);
                    ++n;
                }
            }
            double spread = 0;
            if (n > 1) {
                mean /= n;
                for (int i = s.first; i < s.first + s.count; ++i) {
                    const SampleFrame::Unit &u = units[size_t(i)];
                    if (u.base && u.leaderVotes) {
                        const double d = double(*u.leaderVotes) - ratio * double(*u.base) - mean;
                        spread += d * d;
                    }
                }
                spread /= n - 1;
                largest = std::max(largest, spread);
            }
            m_spread.push_back(spread);
            knownPerStratum.push_back(n);
            m_total += s.count * (n > 0 ? stratumX / n : overallMeanX);
        }
        // A stratum with fewer than two known precincts borrows the largest spread, as the estimator does.
        for (size_t h = 0; h < m_spread.size(); ++h)
            if (knownPerStratum[h] < 2)
                m_spread[h] = largest;
        return;
    }
    m_method = Method::KishDesignEffect;
    double sum = 0;
    double squares = 0;
    int withVoters = 0;
    for (const SampleFrame::Unit &u : units) {
        if (u.voters) {
            sum += double(*u.voters);
            squares += double(*u.voters) * double(*u.voters);
            ++withVoters;
        }
    }
    if (withVoters == 0 || sum <= 0)
        throw SaylauError(tr("no precinct's voters are known: the sample size cannot be worked out before the "
                             "precinct list with its voters is imported"));
    m_meanVoters = sum / withVoters;
    const double variance = std::max(0.0, squares / withVoters - m_meanVoters * m_meanVoters);
    const double cv2 = variance / (m_meanVoters * m_meanVoters);
    m_designEffect = 1 + m_icc * (m_meanVoters * (1 + cv2) - 1);
}

double SampleSizeCalculator::margin(const QList<int> &sizes) const
{
    if (m_method == Method::KishDesignEffect) {
        const int n = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
        return n > 0 ? RatioEstimator::z95 * std::sqrt(m_designEffect * 0.25 / (n * m_meanVoters)) : 1.0;
    }
    double variance = 0;
    for (int h = 0; h < sizes.size(); ++h) {
        const double N = m_frame.strata().at(h).count;
        const double n = sizes.at(h);
        if (n > 0)
            variance += N * N * (1 - n / N) * m_spread[size_t(h)] / n;
    }
    return RatioEstimator::z95 * std::sqrt(variance) / m_total;
}

SampleSizeCalculator::Advice SampleSizeCalculator::forSize(int size) const
{
    Advice advice;
    advice.method = m_method;
    advice.precincts = size;
    advice.margin = margin(PrecinctSampler::allocate(m_frame, size, m_allocation));
    advice.designEffect = m_method == Method::KishDesignEffect ? m_designEffect : 0;
    return advice;
}

SampleSizeCalculator::Advice SampleSizeCalculator::forMargin(double target) const
{
    if (!(target > 0))
        throw SaylauError(tr("the margin of error must be more than 0"));
    int low = 0;
    for (const SampleFrame::Stratum &s : m_frame.strata())
        low += std::min(2, s.count);
    int high = m_frame.size();
    Advice best = forSize(high);
    if (best.margin > target) {
        best.reachable = false;
        return best;
    }
    // The margin falls as the sample grows (up to rounding of the allocation): the smallest size that meets
    // the target, by bisection, then checked.
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (forSize(middle).margin <= target)
            high = middle;
        else
            low = middle + 1;
    }
    return forSize(high);
}

QString SampleSizeCalculator::description() const
{
    const QLocale locale;
    if (m_method == Method::RatioVariance)
        return tr("Margin of error of the leader's share (%1) at 95%: the variance of the ratio estimator under "
                  "this design, with the official precinct figures taken as the population.")
            .arg(m_frame.leaderName());
    return tr("Margin of error of a share of 50% (the worst case) at 95%: Kish's design effect for precincts of "
              "unequal size, deff = 1 + ρ(b̄(1 + cv²) − 1) = %1 with ρ = %2 assumed and b̄ = %3 voters per "
              "precinct; no official figures to do better.")
        .arg(locale.toString(m_designEffect, 'f', 1), locale.toString(m_icc), locale.toString(m_meanVoters, 'f', 0));
}

} // namespace saylau
