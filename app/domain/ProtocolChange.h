#pragma once

#include <QString>

namespace saylau {

// One field of a protocol changed by a save: a figure slot (key "3", "p2") or a source field ("remarks",
// "observer_name", ...). Values are kept as text; an empty value means the field was empty, which for a
// figure is not zero.
struct ProtocolChange
{
    enum class Kind { Figure, Field };

    Kind kind = Kind::Figure;
    QString key;
    QString before;
    QString after;

    bool operator==(const ProtocolChange &other) const = default;
};

} // namespace saylau
