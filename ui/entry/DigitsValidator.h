#pragma once

#include <QLocale>
#include <QValidator>

namespace saylau {

// A protocol count as typed: digits, optionally grouped by spaces or the locale's group separator. Letters,
// signs and anything else are refused keystroke by keystroke, and a paste that holds them is refused whole.
// Empty is acceptable: a line left empty on the paper is missing, not zero. Above Figures::maxCount is refused,
// as an import refuses it.
class DigitsValidator : public QValidator
{
    Q_OBJECT

public:
    explicit DigitsValidator(QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

    static bool isGroupSeparator(QChar c, const QLocale &locale);
    static QString digitsOf(const QString &text);
};

} // namespace saylau
