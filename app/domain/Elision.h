#pragma once

#include <QString>

namespace saylau {

// Text from the input (a cell, a header, a territory's name) cut to a bounded length wherever it is quoted
// or laid out. Names come from files anyone can write: a 100,000-character region name must make a
// one-line message and a table cell of ordinary width, never a megabyte message or a layout whose memory
// grows with the name.
class Elision
{
public:
    // In an error message: a quoted cell or header.
    static constexpr qsizetype message = 40;
    // A name in a table cell, on a chart axis or in a legend.
    static constexpr qsizetype label = 80;
    // A line of running text: a title, a note, a provenance line.
    static constexpr qsizetype paragraph = 400;

    // At most `longest` characters, whitespace and control characters collapsed to single spaces, an
    // ellipsis where it was cut. Only the head of a long text is looked at.
    static QString elide(const QString &text, qsizetype longest);
    // A character that cannot be shown (a NUL, a control character) as a message names it: "U+0000".
    static QString codePoint(char32_t c);
};

} // namespace saylau
