#pragma once

#include "Percentage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace saylau {

// The one place where counts and percentages become text. Reports, tables, charts and exports all format
// through it, so that "433 325" and "32%" look the same everywhere and follow the user's locale.
class NumberFormat
{
    Q_DECLARE_TR_FUNCTIONS(NumberFormat)

public:
    explicit NumberFormat(const QLocale &locale = QLocale(), int precision = 0);
    // For machine formats (CSV, JSON): no group separators, '.' as the decimal point, whatever the locale.
    static NumberFormat machine(int precision);

    const QLocale &locale() const { return m_locale; }
    int precision() const { return m_precision; }

    QString count(qint64 value) const;
    // "+3", "−3" (with the typographic minus), "0": a difference that says which way it goes.
    QString signedCount(qint64 value) const;
    // "32%"; a dash when the percentage is undefined (nothing to divide by).
    QString percent(const Percentage &percentage) const;
    // The rounded figure without the percent sign, e.g. for a CSV column.
    QString percentNumber(const Percentage &percentage) const;
    // A percentage already rounded, in units of 10^-precision percent (see Percentage::roundedUnits).
    QString percentUnits(qint64 units) const;
    // A percentage already rounded to the precision (a chart's value): "16.0%", the trailing zero kept.
    QString roundedPercent(double value) const;
    // A share kept as a fraction (an estimate, not a ratio of two counts), as a percentage: 0.4931 is "49.3%".
    QString fraction(double value) const;
    static QString undefined();

private:
    QLocale m_locale;
    int m_precision = 0;
};

} // namespace saylau
