#include "Percentage.h"

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

} // namespace saylau
