#pragma once

#include "Command.h"

namespace saylau {

// `saylau copy SOURCE TARGET`: a whole campaign between a file and a server (see storage/CampaignCopy).
class CopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)

public:
    CopyCommand();

private:
    int run(QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
