#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace saylau {

// The look every slide shares, whichever painter draws its plot (Qt Charts for bars, NumericPlot for the
// forensic kinds): the font, the inks and the rule for round axis steps.
struct ChartStyle
{
    // DejaVu Sans (fonts-dejavu-core, a dependency of the project) covers Cyrillic with every Kazakh letter
    // (ә ғ қ ң ө ұ ү һ і); a generic family could fall back to one that lacks them.
    static QString fontFamily() { return QStringLiteral("DejaVu Sans"); }
    static QFont font(double pixels, bool bold = false);
    static QColor ink() { return {0x1a, 0x20, 0x2c}; }
    static QColor muted() { return {0x4a, 0x55, 0x68}; }
    static QColor grid() { return {0xe2, 0xe8, 0xf0}; }
    // A round step giving at most ten intervals: 1, 2, 5, 10, 20, 50, ...
    static double tickStep(double range);
};

} // namespace saylau
