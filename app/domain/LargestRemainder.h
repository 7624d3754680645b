#pragma once

#include <QList>
#include <QtGlobal>

namespace saylau {

// Shares a whole number of units among parts in proportion to their weights by the largest-remainder
// (Hare) method: each part gets the whole units of its exact quota, and the units left go one each to the
// largest remainders. Seats among party lists are shared this way, and so are the hundredths of a percent
// of a column that must add up to exactly 100%.
class LargestRemainder
{
public:
    struct Result
    {
        QList<qint64> units; // one per weight, in the weights' order
        // True when the last unit handed out went to one of several equal remainders: the law decides such
        // a tie (here it went to the larger weight, then the earlier part), and a report should say so.
        bool tieAtCutoff = false;
    };

    // Weights must not be negative. All zero weights (or no units) give all zeros. Exact in integers:
    // weights up to 10^12 and units up to 10^6 stay within 64 bits.
    static Result apportion(const QList<qint64> &weights, qint64 units);
};

} // namespace saylau
