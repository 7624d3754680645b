#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace saylau {

// The exchange between headquarters and offices as subcommands (kit, pack, merge, conflicts), added to the
// registry in one call so that the registry's own list stays as others edit it.
class ExchangeCommands
{
public:
    static void addTo(std::vector<std::unique_ptr<Command>> &commands);
};

} // namespace saylau
