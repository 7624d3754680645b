#include "Percentage.h"

#include <algorithm>

namespace saylau {

qint64 Percentage::unitsPerPercent(int precision)
{
    qint64 units = 1;
    for (int i = 0; i < precision; ++i)
        units *= 10;
    return units;
}

double Percentage::value() const
{
    return isDefined() ? 100.0 * double(m_part) / double(m_whole) : 0.0;
}

qint64 Percentage::roundedUnits(int precision) const
{
    if (!isDefined())
        return 0;
    if (precision == m_displayedPrecision)
        return m_displayedUnits;
    // part * 100 * 10^p / whole, plus one half, floored: all in integers. Counts of ballots stay far below
    // the range where the products could overflow (10^9 ballots x 10^6 at precision 4).
    const qint64 magnitude = m_part < 0 ? -m_part : m_part;
    const qint64 scaled = magnitude * 100 * unitsPerPercent(precision);
    const qint64 units = (2 * scaled + m_whole) / (2 * m_whole);
    return m_part < 0 ? -units : units;
}

void Percentage::setDisplayedUnits(qint64 units, int precision)
{
    m_displayedUnits = units;
    m_displayedPrecision = precision;
}

double Percentage::rounded(int precision) const
{
    return double(roundedUnits(precision)) / double(unitsPerPercent(precision));
}

QList<qint64> Percentage::largestRemainderUnits(const QList<Percentage> &shares, int precision)
{
    QList<qint64> units;
    qint64 partSum = 0;
    const qint64 whole = shares.isEmpty() ? 0 : shares.constFirst().whole();
    for (const Percentage &share : shares) {
        partSum += share.part();
        if (share.whole() != whole || share.part() < 0)
            partSum = -1;
    }
    if (whole <= 0 || partSum != whole) {
        for (const Percentage &share : shares)
            units.append(share.roundedUnits(precision));
        return units;
    }
    // Floors and remainders in integers: part * 100 * 10^p = units * whole + remainder.
    const qint64 scale = 100 * unitsPerPercent(precision);
    QList<qint64> remainders;
    qint64 missing = scale;
    for (const Percentage &share : shares) {
        units.append(share.part() * scale / whole);
        remainders.append(share.part() * scale % whole);
        missing -= units.constLast();
    }
    QList<int> order(shares.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainders.at(a) > remainders.at(b); });
    for (int k = 0; k < missing && k < order.size(); ++k)
        ++units[order.at(k)];
    return units;
}

} // namespace saylau
