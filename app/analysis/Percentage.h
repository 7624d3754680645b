#pragma once

#include <QList>
#include <QtGlobal>

namespace saylau {

// A share kept as the two counts it comes from, so that rounding happens once, exactly, in integers: a
// percentage computed in floating point can land on x.4999… where the press release's arithmetic gave x.5.
class Percentage
{
public:
    Percentage() = default;
    Percentage(qint64 part, qint64 whole) : m_part(part), m_whole(whole) {}

    qint64 part() const { return m_part; }
    qint64 whole() const { return m_whole; }
    // Undefined when there is nothing to divide by (no protocol had the denominator, or it is zero).
    bool isDefined() const { return m_whole > 0; }

    double value() const;
    // The percentage rounded half-up (away from zero) to `precision` decimals, counted in units of
    // 10^-precision percent: 32.5% at precision 0 is 33, at precision 1 it is 325.
    qint64 roundedUnits(int precision) const;
    double rounded(int precision) const;

    static qint64 unitsPerPercent(int precision);

    // Shows this share, at this precision, as `units` instead of its own rounding: the largest-remainder
    // option moves a share of a column by one unit so that the column adds up to exactly 100%.
    void setDisplayedUnits(qint64 units, int precision);

private:
    qint64 m_part = 0;
    qint64 m_whole = 0;
    qint64 m_displayedUnits = 0;
    int m_displayedPrecision = -1;
};

} // namespace saylau
