#include "DiscrepancyColors.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace saylau {

QColor DiscrepancyColors::added()
{
    return QColor(0xd6, 0x27, 0x28);
}

QColor DiscrepancyColors::taken()
{
    return QColor(0x1f, 0x5f, 0xbf);
}

QColor DiscrepancyColors::background(qint64 difference, qint64 largest)
{
    if (difference == 0)
        return {};
    QColor color = difference > 0 ? added() : taken();
    // Square root: a difference of a few votes must still show, the largest one must not drown the text.
    const double share = largest > 0 ? std::sqrt(double(std::llabs(difference)) / double(largest)) : 1.0;
    color.setAlpha(40 + int(std::clamp(share, 0.0, 1.0) * 120.0));
    return color;
}

} // namespace saylau
