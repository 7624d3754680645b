#pragma once

#include <QString>

namespace saylau {

// What the navigator shows for a precinct in one contest, worst first: a protocol whose arithmetic fails must
// be looked at before one that merely differs from the official figures.
enum class PrecinctStatus { NotEntered, Entered, Verified, DiffersFromOfficial, RelationError };

constexpr int PrecinctStatusCount = 5;

} // namespace saylau
