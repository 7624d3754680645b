#pragma once

#include <QList>

#include <algorithm>

namespace saylau {

// The benchmarks report the median of their runs: one slow run on a shared machine does not move it.
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace saylau
