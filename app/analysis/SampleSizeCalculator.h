#pragma once

#include "SampleFrame.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace saylau {

// How many precincts a sample needs for a margin of error on the leader's share at 95% (and what margin a
// given size gives). Two formulas, by what the campaign knows:
//
// - Official figures of the precincts (this election's or the previous one's): the variance of the ratio
//   estimator under the design itself, with the figures taken as the population. For precinct i with the
//   leader's votes y_i of x_i ballots, e_i = y_i - R x_i with R the overall share, S_h^2 the variance of e in
//   stratum h, X = sum_h N_h mean_h(x):  margin(n) = 1.96 sqrt(sum_h N_h^2 (1 - n_h/N_h) S_h^2 / n_h) / X,
//   n_h the allocation of n. This is the same variance the estimate computes after the count.
// - No figures yet: Kish's design effect for clusters of unequal size, deff = 1 + rho (b (1 + cv^2) - 1),
//   b the mean voters per precinct, cv their coefficient of variation, rho an assumed intra-precinct
//   correlation; margin(n) = 1.96 sqrt(deff p (1 - p) / (n b)) with p = 1/2, the worst case. It ignores the
//   gain from strata and the finite population, so it errs on the large side.
class SampleSizeCalculator
{
    Q_DECLARE_TR_FUNCTIONS(SampleSizeCalculator)

public:
    enum class Method { RatioVariance, KishDesignEffect };

    struct Advice
    {
        Method method = Method::RatioVariance;
        int precincts = 0;
        double margin = 0; // the margin of error this size gives, as a fraction (0.01 is 1 point)
        bool reachable = true; // false when even every precinct gives a wider margin
        double designEffect = 0; // Kish only
    };

    // Throws SaylauError when the frame knows neither figures nor voters.
    SampleSizeCalculator(const SampleFrame &frame, SampleDesign::Allocation allocation, double icc);

    Method method() const { return m_method; }
    // The margin of error (fraction) a sample with these stratum sizes gives.
    double margin(const QList<int> &sizes) const;
    Advice forSize(int size) const;
    // The smallest sample whose margin is at most `margin` (a fraction). Throws SaylauError for a margin <= 0.
    Advice forMargin(double margin) const;
    // The formula in words, for the printout.
    QString description() const;

    static constexpr double defaultIcc = 0.05;

private:
    const SampleFrame &m_frame;
    SampleDesign::Allocation m_allocation;
    Method m_method = Method::RatioVariance;
    // Ratio variance: S_h^2 per stratum and the total X.
    std::vector<double> m_spread;
    double m_total = 0;
    // Kish.
    double m_icc = defaultIcc;
    double m_meanVoters = 0;
    double m_designEffect = 1;
};

} // namespace saylau
