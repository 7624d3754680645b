#include "ChartStyle.h"

#include <algorithm>

namespace saylau {

QFont ChartStyle::font(double pixels, bool bold)
{
    QFont f(fontFamily());
    f.setPixelSize(std::max(1, qRound(pixels)));
    f.setBold(bold);
    return f;
}

double ChartStyle::tickStep(double range)
{
    for (double scale = 1;; scale *= 10)
        for (double step : {1.0, 2.0, 5.0})
            if (range / (step * scale) <= 10)
                return step * scale;
}

} // namespace saylau
