#pragma once

#include <QString>

namespace saylau {

// What the navigator shows for a precinct in one contest, by rising need of attention: a protocol whose
// arithmetic fails must be looked at before one that merely differs from the official figures, and a
// difference resting on a doubtful copy (DiscrepancyFinder: likely the protocol of another precinct) is a
// weaker finding than one resting on a sound copy.
enum class PrecinctStatus { NotEntered, Entered, Verified, DiffersOnDoubtfulCopy, DiffersFromOfficial, RelationError };

constexpr int PrecinctStatusCount = 6;

} // namespace saylau
