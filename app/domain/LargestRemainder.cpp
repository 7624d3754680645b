#include "LargestRemainder.h"

#include <algorithm>
#include <numeric>

namespace saylau {

LargestRemainder::Result LargestRemainder::apportion(const QList<qint64> &weights, qint64 units)
{
    Result result;
    result.units.fill(0, weights.size());
    const qint64 total = std::accumulate(weights.cbegin(), weights.cend(), qint64(0));
    if (total <= 0 || units <= 0)
        return result;

    QList<qint64> remainders(weights.size());
    qint64 given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        // quota = weight * units / total, kept as its whole part and its remainder over total.
        const qint64 scaled = weights.at(i) * units;
        result.units[i] = scaled / total;
        remainders[i] = scaled % total;
        given += result.units.at(i);
    }
    QList<int> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (remainders.at(a) != remainders.at(b))
            return remainders.at(a) > remainders.at(b);
        return weights.at(a) > weights.at(b);
    });
    const qint64 left = units - given;
    for (qint64 k = 0; k < left; ++k)
        ++result.units[order.at(int(k))];
    // A tie matters only where it decides who gets the last unit: the last one served and the first one
    // left out have the same remainder.
    if (left > 0 && left < order.size())
        result.tieAtCutoff = remainders.at(order.at(int(left - 1))) == remainders.at(order.at(int(left)))
            && remainders.at(order.at(int(left))) > 0;
    return result;
}

} // namespace saylau
