#pragma once

#include <QtGlobal>

#include <vector>

namespace saylau {

// The probabilities of Binomial(n, p), for reading many of them (the integer test weighs every possible B* of
// a precinct; the fine turnout histogram spreads each precinct over its bins). They are built from the mode
// outwards by the ratio P(k+1)/P(k) = (n-k)/(k+1) · p/(1-p) and normalised, so no factorial is evaluated; the
// tails are cut where P(k) < 1e-14 · P(mode), a mass no count of the forensics can feel.
class BinomialTable
{
public:
    BinomialTable() = default;
    // reciprocals: 1/k for k = 0 .. n + 1 at least (reciprocals()), so that building a table multiplies
    // where it would divide.
    BinomialTable(qint64 n, double p, const std::vector<double> &reciprocals);

    static std::vector<double> reciprocals(qint64 upTo);

    // P(X = k), 0 outside [low(), high()].
    double probability(qint64 k) const
    {
        if (m_probabilities.empty())
            return k == m_low ? 1.0 : 0.0;
        if (k < m_low || k > high())
            return 0.0;
        return m_probabilities[size_t(k - m_low)];
    }
    // The largest P(X = k).
    double modeProbability() const { return m_mode; }

    qint64 low() const { return m_low; }
    qint64 high() const { return m_low + qint64(m_probabilities.size()) - (m_probabilities.empty() ? 0 : 1); }

private:
    qint64 m_low = 0;
    double m_mode = 1;
    std::vector<double> m_probabilities; // for k = m_low ...; empty when X is certain (p = 0 or 1)
};

} // namespace saylau
