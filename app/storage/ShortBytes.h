#pragma once

#include <QByteArrayView>

namespace saylau {

// Whether two strings of a few bytes (the keys of stored figures, a territory level's name) are the same,
// compared byte by byte in place: a reader compares one per value of every row it reads, and memcmp (which
// QByteArrayView's == and std::equal call) costs more than the comparison itself.
inline bool sameShortBytes(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

} // namespace saylau
