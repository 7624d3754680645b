#include "DigitsValidator.h"

#include "domain/Figures.h"

namespace saylau {

DigitsValidator::DigitsValidator(QObject *parent)
    : QValidator(parent)
{
}

bool DigitsValidator::isGroupSeparator(QChar c, const QLocale &locale)
{
    // Space, no-break space and narrow no-break space: what Russian and Kazakh locales group with, and what
    // a number copied from a report or a spreadsheet carries.
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || locale.groupSeparator() == QString(c);
}

QString DigitsValidator::digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}

QValidator::State DigitsValidator::validate(QString &input, int &) const
{
    const QLocale current = locale();
    qint64 value = 0;
    for (const QChar c : std::as_const(input)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            value = value * 10 + (c.unicode() - u'0');
            if (value > Figures::maxCount)
                return Invalid;
        } else if (!isGroupSeparator(c, current)) {
            return Invalid;
        }
    }
    return Acceptable;
}

void DigitsValidator::fixup(QString &input) const
{
    input = digitsOf(input);
}

} // namespace saylau
