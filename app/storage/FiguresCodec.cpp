#include "FiguresCodec.h"

#include "ShortBytes.h"

#include "../domain/SaylauError.h"

#include <algorithm>
#include <charconv>

namespace saylau {


FiguresCodec::FiguresCodec(const Contest &contest)
{
    for (int slot = 0; slot < contest.slotCount(); ++slot) {
        const QByteArray key = contest.slotKey(slot).toUtf8();
        m_keys.append(key);
        m_slotByKey.insert(key, slot);
    }
}

QByteArray FiguresCodec::encode(const Figures &figures) const
{
    QByteArray json;
    encodeInto(figures, json);
    return json;
}

void FiguresCodec::encodeInto(const Figures &figures, QByteArray &json) const
{
    // Written through a pointer into a buffer sized for the worst case: appending piece by piece costs
    // more than the numbers themselves.
    qsizetype bound = 2;
    for (const QByteArray &key : m_keys)
        bound += key.size() + 4 + 20;
    json.resize(bound);
    char *out = json.data();
    *out++ = '{';
    for (int slot = 0; slot < m_keys.size(); ++slot) {
        const std::optional<qint64> value = figures.value(slot);
        if (!value)
            continue;
        if (out[-1] != '{')
            *out++ = ',';
        const QByteArray &key = m_keys.at(slot);
        *out++ = '"';
        out = std::copy(key.cbegin(), key.cend(), out);
        *out++ = '"';
        *out++ = ':';
        out = std::to_chars(out, out + 20, *value).ptr;
    }
    *out++ = '}';
    json.truncate(out - json.constData());
}

Figures FiguresCodec::decode(QByteArrayView json) const
{
    Figures figures;
    decodeInto(json, figures);
    return figures;
}

void FiguresCodec::decodeInto(QByteArrayView json, Figures &figures) const
{
    figures.clear(int(m_keys.size()));
    const char *p = json.data();
    const char *end = p + json.size();
    auto fail = [&json] {
        throw SaylauError(tr("stored figures are damaged: %1").arg(QString::fromUtf8(json.first(std::min<qsizetype>(json.size(), 80)))));
    };
    auto skipSpace = [&] {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r'))
            ++p;
    };
    skipSpace();
    if (p == end || *p++ != '{')
        fail();
    int expectedSlot = 0;
    for (;;) {
        skipSpace();
        if (p < end && *p == '}')
            break;
        if (p == end || *p++ != '"')
            fail();
        const char *keyStart = p;
        while (p < end && *p != '"')
            ++p;
        if (p == end)
            fail();
        const QByteArrayView key(keyStart, p - keyStart);
        ++p;
        skipSpace();
        if (p == end || *p++ != ':')
            fail();
        skipSpace();
        bool negative = false;
        if (p < end && *p == '-') {
            negative = true;
            ++p;
        }
        if (p == end || *p < '0' || *p > '9')
            fail();
        qint64 value = 0;
        while (p < end && *p >= '0' && *p <= '9')
            value = value * 10 + (*p++ - '0');
        // Keys come in slot order when we wrote them; look up only when they don't.
        int slot = -1;
        if (expectedSlot < m_keys.size() && sameShortBytes(m_keys.at(expectedSlot), key))
            slot = expectedSlot;
        else
            slot = m_slotByKey.value(key.toByteArray(), -1);
        // A key the contest no longer has (a ballot entry removed) is dropped from the figures, not an error.
        if (slot >= 0) {
            figures.set(slot, negative ? -value : value);
            expectedSlot = slot + 1;
        }
        skipSpace();
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == '}')
            break;
        fail();
    }
}

} // namespace saylau
