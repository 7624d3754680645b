#include "Elision.h"

namespace saylau {

QString Elision::elide(const QString &text, qsizetype longest)
{
    // Whitespace collapses, so more than `longest` characters of the head may be needed; four times as many
    // is plenty and keeps the work bounded however long the text.
    QString flat = text.left(longest * 4);
    for (QChar &c : flat) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    flat = flat.simplified();
    if (flat.size() <= longest && text.size() <= longest * 4)
        return flat;
    qsizetype cut = std::min(flat.size(), longest - 1);
    // Never between the two halves of a surrogate pair.
    if (cut > 0 && flat.at(cut - 1).isHighSurrogate())
        --cut;
    return flat.left(cut) + QChar(0x2026);
}

QString Elision::codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace saylau
