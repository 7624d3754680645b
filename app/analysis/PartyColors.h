#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace saylau {

// Party colours that a projector audience can tell apart. A party keeps its own colour (the ballot's, or
// the one press staff chose) unless it is too close to the colour of a party that comes before it: then it
// takes the next colour of a palette built for contrast (Tableau 10, then Okabe–Ito) that is far enough from
// every colour already given. Closeness is the CIEDE2000 colour difference ΔE00, which follows what the eye
// sees (two blues 20 apart in RGB can be a near match, a yellow and an orange far apart).
class PartyColors
{
public:
    // Below this ΔE00 two bars side by side read as one colour on a projector.
    static constexpr double minimumDistance = 15.0;

    // ΔE00 between two "#rrggbb" colours (sRGB, D65).
    static double distance(const QString &a, const QString &b);
    // ΔE00 between two CIELAB colours; public for the reference values of Sharma, Wu and Dalal (2005).
    static double distanceLab(double l1, double a1, double b1, double l2, double a2, double b2);

    // The colours to draw, in the order given (the first keeps its colour whatever follows). A colour that
    // is not "#rrggbb" counts as missing and is replaced. keep[i]: the colour was chosen by press staff and
    // is drawn as it is.
    static QStringList distinct(const QStringList &colors, const QList<bool> &keep = {});
    static QStringList contrastPalette();
};

} // namespace saylau
