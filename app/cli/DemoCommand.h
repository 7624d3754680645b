#pragma once

#include "Command.h"

namespace saylau {

// `saylau demo FILE`: writes the demo campaign (synthetic, see DemoCampaign) to a new file.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    DemoCommand();

private:
    int run(QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
