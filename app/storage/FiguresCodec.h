#pragma once

#include "../domain/Contest.h"
#include "../domain/Figures.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace saylau {

// Turns a protocol's Figures into the stored JSON object ({"1":2609,"2":2356,"p1":36}) and back, for one
// contest. Written by hand rather than through QJsonDocument because whole-country imports and comparisons
// encode and decode it 100,000 times; the text stays plain JSON that SQLite's json_each reads.
class FiguresCodec
{
    Q_DECLARE_TR_FUNCTIONS(FiguresCodec)

public:
    explicit FiguresCodec(const Contest &contest);

    QByteArray encode(const Figures &figures) const;
    // The same into a buffer the caller reuses: an import encodes 100,000 protocols and should not
    // allocate for each.
    void encodeInto(const Figures &figures, QByteArray &json) const;
    // Throws SaylauError when the text is not a flat object of integers.
    Figures decode(QByteArrayView json) const;
    // The same into figures the caller reuses: a reader of 100,000 protocols should not allocate for each.
    void decodeInto(QByteArrayView json, Figures &figures) const;

private:
    QList<QByteArray> m_keys; // by slot
    QHash<QByteArray, int> m_slotByKey;
};

} // namespace saylau
