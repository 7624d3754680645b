#pragma once

#include <QLocale>
#include <QValidator>

namespace saylau {

// A protocol count as typed: digits, optionally grouped by spaces or the locale's group separator. Letters,
// signs and anything else are refused keystroke by keystroke, and a paste that holds them is refused whole.
// Empty is acceptable: a line left empty on the paper is missing, not zero.
class DigitsValidator : public QValidator
{
    Q_OBJECT

public:
    // Twelve digits hold any count of any election on Earth with room to spare.
    static constexpr int MaxDigits = 12;

    explicit DigitsValidator(QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

    static bool isGroupSeparator(QChar c, const QLocale &locale);
    static QString digitsOf(const QString &text);
};

} // namespace saylau
