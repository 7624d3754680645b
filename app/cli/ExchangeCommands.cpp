#include "ExchangeCommands.h"

#include "ConflictsCommand.h"
#include "KitCommand.h"
#include "MergeCommand.h"
#include "PackCommand.h"

namespace saylau {

void ExchangeCommands::addTo(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<KitCommand>());
    commands.push_back(std::make_unique<PackCommand>());
    commands.push_back(std::make_unique<MergeCommand>());
    commands.push_back(std::make_unique<ConflictsCommand>());
}

} // namespace saylau
