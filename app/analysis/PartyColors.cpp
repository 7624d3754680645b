#include "PartyColors.h"

#include <QRegularExpression>

#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace saylau {

namespace {

bool isRgb(const QString &color)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return rgb.match(color).hasMatch();
}

// sRGB "#rrggbb" to CIELAB with the D65 white point.
std::array<double, 3> lab(const QString &color)
{
    const uint rgb = color.mid(1).toUInt(nullptr, 16);
    const auto linear = [](uint channel) {
        const double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double r = linear((rgb >> 16) & 0xff);
    const double g = linear((rgb >> 8) & 0xff);
    const double b = linear(rgb & 0xff);
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16) / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double degrees(double radians)
{
    return radians * 180 / std::numbers::pi;
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180;
}

} // namespace

double PartyColors::distanceLab(double l1, double a1, double b1, double l2, double a2, double b2)
{
    // CIEDE2000 (CIE 142-2001), with kL = kC = kH = 1.
    const double pow25to7 = std::pow(25.0, 7);
    const double cBar = (std::hypot(a1, b1) + std::hypot(a2, b2)) / 2;
    const double g = 0.5 * (1 - std::sqrt(std::pow(cBar, 7) / (std::pow(cBar, 7) + pow25to7)));
    const double a1p = (1 + g) * a1;
    const double a2p = (1 + g) * a2;
    const double c1p = std::hypot(a1p, b1);
    const double c2p = std::hypot(a2p, b2);
    const auto hue = [](double b, double a) {
        if (a == 0 && b == 0)
            return 0.0;
        const double h = degrees(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double h1p = hue(b1, a1p);
    const double h2p = hue(b2, a2p);
    const double dLp = l2 - l1;
    const double dCp = c2p - c1p;
    double dhp = 0;
    if (c1p * c2p != 0) {
        dhp = h2p - h1p;
        if (dhp > 180)
            dhp -= 360;
        else if (dhp < -180)
            dhp += 360;
    }
    const double dHp = 2 * std::sqrt(c1p * c2p) * std::sin(radians(dhp / 2));
    const double lBarP = (l1 + l2) / 2;
    const double cBarP = (c1p + c2p) / 2;
    double hBarP = h1p + h2p;
    if (c1p * c2p != 0) {
        if (std::abs(h1p - h2p) <= 180)
            hBarP = (h1p + h2p) / 2;
        else
            hBarP = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(radians(hBarP - 30)) + 0.24 * std::cos(radians(2 * hBarP))
        + 0.32 * std::cos(radians(3 * hBarP + 6)) - 0.20 * std::cos(radians(4 * hBarP - 63));
    const double dTheta = 30 * std::exp(-std::pow((hBarP - 275) / 25, 2));
    const double rC = 2 * std::sqrt(std::pow(cBarP, 7) / (std::pow(cBarP, 7) + pow25to7));
    const double sL = 1 + 0.015 * std::pow(lBarP - 50, 2) / std::sqrt(20 + std::pow(lBarP - 50, 2));
    const double sC = 1 + 0.045 * cBarP;
    const double sH = 1 + 0.015 * cBarP * t;
    const double rT = -std::sin(radians(2 * dTheta)) * rC;
    const double l = dLp / sL;
    const double c = dCp / sC;
    const double h = dHp / sH;
    return std::sqrt(l * l + c * c + h * h + rT * c * h);
}

double PartyColors::distance(const QString &a, const QString &b)
{
    const auto [l1, a1, b1] = lab(a);
    const auto [l2, a2, b2] = lab(b);
    return distanceLab(l1, a1, b1, l2, a2, b2);
}

QStringList PartyColors::contrastPalette()
{
    // Tableau 10 without its grey (spoiled ballots are grey), then Okabe–Ito without black and yellow, which
    // a bar on white does not carry well.
    return {QStringLiteral("#4e79a7"), QStringLiteral("#f28e2b"), QStringLiteral("#e15759"), QStringLiteral("#76b7b2"),
            QStringLiteral("#59a14f"), QStringLiteral("#edc948"), QStringLiteral("#b07aa1"), QStringLiteral("#ff9da7"),
            QStringLiteral("#9c755f"), QStringLiteral("#e69f00"), QStringLiteral("#56b4e9"), QStringLiteral("#009e73"),
            QStringLiteral("#0072b2"), QStringLiteral("#d55e00"), QStringLiteral("#cc79a7")};
}

QStringList PartyColors::distinct(const QStringList &colors, const QList<bool> &keep)
{
    QStringList result;
    const auto nearest = [&result](const QString &color) {
        double d = std::numeric_limits<double>::infinity();
        for (const QString &taken : std::as_const(result))
            d = std::min(d, distance(color, taken));
        return d;
    };
    QStringList unused = contrastPalette();
    for (qsizetype i = 0; i < colors.size(); ++i) {
        const QString &own = colors.at(i);
        if (isRgb(own) && (keep.value(i) || nearest(own) >= minimumDistance)) {
            result.append(own.toLower());
            continue;
        }
        // The first palette colour far enough from every colour given so far; failing one (more parties than
        // the palette can separate), the one farthest from them.
        qsizetype best = -1;
        double bestDistance = -1;
        for (qsizetype c = 0; c < unused.size(); ++c) {
            const double d = nearest(unused.at(c));
            if (d >= minimumDistance) {
                best = c;
                break;
            }
            if (d > bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        result.append(best >= 0 ? unused.takeAt(best) : contrastPalette().at(i % contrastPalette().size()));
    }
    return result;
}

} // namespace saylau
