#include "NumberFormat.h"

namespace saylau {

NumberFormat::NumberFormat(const QLocale &locale, int precision)
    : m_locale(locale)
    , m_precision(qBound(0, precision, 4))
{
    // The C locale (LC_ALL=C in scripts and CI) would print 433325; press tables group thousands.
    if (m_locale.language() == QLocale::C) {
        m_locale = QLocale(QLocale::English, QLocale::UnitedStates);
    }
}

NumberFormat NumberFormat::machine(int precision)
{
    NumberFormat format(QLocale::c(), precision);
    format.m_locale = QLocale::c();
    format.m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return format;
}

QString NumberFormat::count(qint64 value) const
{
    return m_locale.toString(value);
}

QString NumberFormat::signedCount(qint64 value) const
{
    if (value > 0)
        return QLatin1Char('+') + count(value);
    if (value < 0)
        return QChar(0x2212) + count(-value);
    return count(value);
}

QString NumberFormat::percent(const Percentage &percentage) const
{
    if (!percentage.isDefined())
        return undefined();
    return percentNumber(percentage) + m_locale.percent();
}

QString NumberFormat::percentNumber(const Percentage &percentage) const
{
    if (!percentage.isDefined())
        return {};
    return percentUnits(percentage.roundedUnits(m_precision));
}

QString NumberFormat::percentUnits(qint64 units) const
{
    return m_locale.toString(double(units) / double(Percentage::unitsPerPercent(m_precision)), 'f', m_precision);
}

QString NumberFormat::roundedPercent(double value) const
{
    return percentUnits(qRound64(value * double(Percentage::unitsPerPercent(m_precision)))) + m_locale.percent();
}

QString NumberFormat::fraction(double value) const
{
    return m_locale.toString(100.0 * value, 'f', m_precision) + m_locale.percent();
}

QString NumberFormat::undefined()
{
    return QStringLiteral("—");
}

} // namespace saylau
