#pragma once

#include <QString>

#include <optional>

namespace saylau {

// Where a typed-in protocol stands. Entered: saved by one operator. Verified: a second operator entered it
// blind and every mismatch was resolved. Relation errors are counted beside it, not folded in, because a
// verified protocol may still carry the errors of its paper original.
enum class EntryStatus { Entered, Verified };

QString entryStatusName(EntryStatus status);
std::optional<EntryStatus> entryStatusFromName(const QString &name);

} // namespace saylau
