#pragma once

#include <QCoreApplication>
#include <QtNumeric>

namespace saylau {

// 128 bits, for products of counts that 64 bits cannot hold (a sum of counts in ten-thousandths of a percent):
// GCC and clang have the type, and __extension__ says it is used on purpose.
__extension__ typedef __int128 WideCount;

// Sums and differences of counts, checked. Cells are bounded (Figures::maxCount), so with figures that came
// in through an import or the entry form no sum comes near the 64-bit limit; a campaign written before the
// bound, or edited by hand, may still hold larger values, and then a result that does not fit throws
// SaylauError instead of wrapping round into a figure that looks real ("Voters -446,744,073,709,551,616").
class CountArithmetic
{
    Q_DECLARE_TR_FUNCTIONS(CountArithmetic)

public:
    static qint64 add(qint64 a, qint64 b)
    {
        qint64 result;
        if (qAddOverflow(a, b, &result)) [[unlikely]]
            overflow();
        return result;
    }
    static qint64 subtract(qint64 a, qint64 b)
    {
        qint64 result;
        if (qSubOverflow(a, b, &result)) [[unlikely]]
            overflow();
        return result;
    }
    static void accumulate(qint64 &sum, qint64 value) { sum = add(sum, value); }

private:
    [[noreturn]] static void overflow();
};

} // namespace saylau
