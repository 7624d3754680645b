#include "CountParser.h"

#include "../domain/Figures.h"

namespace saylau {

namespace {

// Length of the separator (ASCII space, no-break space in either encoding, thin / narrow no-break / figure
// space in UTF-8) starting at bytes[i], 0 when there is none.
qsizetype separatorLength(QByteArrayView bytes, qsizetype i)
{
    const uchar c = uchar(bytes[i]);
    if (c == ' ' || c == '\t' || c == 0xA0)
        return 1;
    if (c == 0xC2 && i + 1 < bytes.size() && uchar(bytes[i + 1]) == 0xA0)
        return 2;
    if (c == 0xE2 && i + 2 < bytes.size() && uchar(bytes[i + 1]) == 0x80) {
        const uchar last = uchar(bytes[i + 2]);
        if (last == 0x89 || last == 0xAF || last == 0x87)
            return 3;
    }
    return 0;
}

bool isMinus(QByteArrayView bytes, qsizetype i)
{
    if (bytes[i] == '-')
        return true;
    // U+2212 MINUS SIGN, which some spreadsheets write for negative numbers.
    return uchar(bytes[i]) == 0xE2 && i + 2 < bytes.size() && uchar(bytes[i + 1]) == 0x88
        && uchar(bytes[i + 2]) == 0x92;
}

} // namespace

CountParser::Result CountParser::parse(QByteArrayView cell)
{
    qsizetype begin = 0;
    qsizetype end = cell.size();
    // The fast path: plain digits, which is nearly every cell of a results file.
    if (end > 0 && end <= 18) {
        qint64 value = 0;
        qsizetype i = 0;
        for (; i < end; ++i) {
            const unsigned digit = unsigned(cell[i]) - unsigned('0');
            if (digit > 9)
                break;
            value = value * 10 + digit;
        }
        if (i == end)
            return value > Figures::maxCount ? Result{Status::TooLarge, 0} : Result{Status::Ok, value};
    }

    for (qsizetype n; begin < end && (n = separatorLength(cell, begin)) > 0;)
        begin += n;
    while (end > begin) {
        qsizetype n = 0;
        for (qsizetype k = 1; k <= 3 && k <= end - begin && n == 0; ++k) {
            if (separatorLength(cell, end - k) == k)
                n = k;
        }
        if (n == 0)
            break;
        end -= n;
    }
    if (begin == end)
        return {Status::Empty, 0};

    bool negative = false;
    if (isMinus(cell, begin)) {
        negative = true;
        begin += cell[begin] == '-' ? 1 : 3;
    }

    qint64 value = 0;
    int digits = 0;       // digits in the current group
    bool grouped = false; // a separator was seen
    for (qsizetype i = begin; i < end;) {
        const unsigned digit = unsigned(uchar(cell[i])) - unsigned('0');
        if (digit <= 9) {
            // Checked per digit, so that no run of digits can overflow on its way to the bound.
            if (value > (Figures::maxCount - digit) / 10)
                return {Status::TooLarge, 0};
            value = value * 10 + digit;
            ++digits;
            ++i;
            continue;
        }
        const qsizetype n = separatorLength(cell, i);
        // Groups of thousands: the first of one to three digits, every other of exactly three.
        if (n == 0 || digits == 0 || digits > 3 || (grouped && digits != 3))
            return {Status::NotANumber, 0};
        grouped = true;
        digits = 0;
        i += n;
    }
    if (digits == 0 || (grouped && digits != 3))
        return {Status::NotANumber, 0};
    if (negative && value != 0)
        return {Status::Negative, -value};
    return {Status::Ok, value};
}

QString CountParser::problem(Status status)
{
    switch (status) {
    case Status::Ok:
    case Status::Empty: return {};
    case Status::NotANumber: return tr("not a whole number");
    case Status::Negative: return tr("a negative count");
    case Status::TooLarge:
        return tr("above %1, the largest count a protocol cell holds").arg(QString::number(Figures::maxCount));
    }
    return {};
}

} // namespace saylau
