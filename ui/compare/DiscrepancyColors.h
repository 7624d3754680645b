#pragma once

#include <QColor>
#include <QtGlobal>

namespace saylau {

// The colours of a difference between the official figures and an observer's copy, shared by every view of
// the comparison so that "added" and "taken" look the same everywhere: warm for what the official figures
// added, cool for what they took, stronger the larger the difference is against the largest one shown.
class DiscrepancyColors
{
public:
    // An invalid colour for no difference.
    static QColor background(qint64 difference, qint64 largest);
    static QColor added();
    static QColor taken();
};

} // namespace saylau
