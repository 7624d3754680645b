#include "Percentage.h"

#include "../domain/CountArithmetic.h"

#include <algorithm>
#include <limits>

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
    // part * 100 * 10^p / whole, plus one half, floored: all in integers, 128 bits wide so that no sum of
    // counts can make the product wrap round; a share too large for 64 bits (a tiny whole) is capped.
    const WideCount magnitude = m_part < 0 ? -WideCount(m_part) : WideCount(m_part);
    const WideCount scaled = magnitude * 100 * unitsPerPercent(precision);
    const WideCount units = (2 * scaled + m_whole) / (2 * WideCount(m_whole));
    const qint64 capped = qint64(std::min<WideCount>(units, std::numeric_limits<qint64>::max()));
    return m_part < 0 ? -capped : capped;
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
