#pragma once

#include <QtGlobal>

#include <vector>

namespace saylau {

// Exact sampling from Binomial(n, p) by inversion of a tabulated distribution, for drawing the same (n, p)
// many times (the Monte Carlo draws 1,000 values per precinct). The probabilities are built from the mode
// outwards by the ratio P(k+1)/P(k) = (n-k)/(k+1) · p/(1-p) and normalised, so no factorial is evaluated;
// the tails are cut where P(k) < 1e-14 · P(mode): a tail that thin is drawn less than once in 10^12 draws. A guide table
// (Chen & Asau 1974) makes a draw a constant number of comparisons on average.
//
// std::binomial_distribution, set up for each precinct's (n, p), took about 0.9 µs a draw on this machine,
// some thirty times a draw from the table; a normal approximation would be cheaper still but bends the fine
// structure of B mod V/100 that the integer test looks at.
class BinomialTable
{
public:
    BinomialTable() = default;
    // reciprocals: 1/k for k = 0 .. n + 1 at least (reciprocals()), so that building a table multiplies
    // where it would divide: the tables, not the draws, were most of the Monte Carlo's time.
    BinomialTable(qint64 n, double p, const std::vector<double> &reciprocals);

    static std::vector<double> reciprocals(qint64 upTo);

    // u in [0, 1).
    qint64 sample(double u) const
    {
        if (m_cdf.empty())
            return m_low;
        const double target = u * m_total;
        size_t k = m_guide[size_t(u * double(m_guide.size()))];
        while (m_cdf[k] <= target && k + 1 < m_cdf.size())
            ++k;
        return m_low + qint64(k);
    }

    // P(X = k), 0 outside [low(), high()].
    double probability(qint64 k) const
    {
        if (m_cdf.empty())
            return k == m_low ? 1.0 : 0.0;
        if (k < m_low || k > high())
            return 0.0;
        const size_t i = size_t(k - m_low);
        return (m_cdf[i] - (i > 0 ? m_cdf[i - 1] : 0.0)) / m_total;
    }

    qint64 low() const { return m_low; }
    qint64 high() const { return m_low + qint64(m_cdf.size()) - (m_cdf.empty() ? 0 : 1); }

private:
    qint64 m_low = 0;
    double m_total = 0;
    std::vector<double> m_cdf;   // unnormalised, for k = m_low ...
    std::vector<quint32> m_guide; // first k whose cdf exceeds j / size · total
};

} // namespace saylau
