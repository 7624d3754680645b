#pragma once

#include <vector>

namespace saylau {

// A ratio (turnout = ballots / voters, a party's share = its votes / ballots cast) estimated from a stratified
// sample of precincts, with its standard error by Taylor linearisation.
//
// In stratum h, N_h precincts, m_h of the sampled ones reported (x_i, y_i). Each report weighs N_h / m_h (the
// precincts that did not report are taken to be like those that did in their stratum). Then
//   R = Y / X,  Y = sum_h N_h/m_h sum_i y_i,  X = likewise for x;
//   z_i = (y_i - R x_i) / X   (the linearised ratio);
//   v(R) = sum_h (1 - m_h/N_h) N_h^2 s_h^2 / m_h,  s_h^2 the sample variance of z in stratum h;
//   95% interval R -/+ 1.96 sqrt(v).
// A stratum where one precinct reported has no variance of its own: it is given the largest s_h^2 of the
// others (the cautious choice). A stratum where none reported is left out, and the result says so: the
// estimate is then about the strata that reported.
class RatioEstimator
{
public:
    struct Stratum
    {
        double populationUnits = 0; // N_h
        std::vector<double> x;      // denominators of the precincts that reported
        std::vector<double> y;      // numerators, same order
    };

    struct Result
    {
        bool defined = false; // false when no precinct reported or the denominators add up to zero
        double estimate = 0;
        double standardError = 0;
        double low = 0;
        double high = 0;
        int strataWithoutReports = 0;
        int strataWithOneReport = 0;
        bool contains(double value) const { return defined && value >= low && value <= high; }
    };

    static Result estimate(const std::vector<Stratum> &strata);

    // The normal quantile of a two-sided 95% interval.
    static constexpr double z95 = 1.959963984540054;
};

} // namespace saylau
