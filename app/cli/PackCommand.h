#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau pack FILE.db --out PACKAGE [--all] [--for NAME]`: a signed package of everything the recipient has
// not confirmed having (an office's to its headquarters; headquarters' to the office named).
class PackCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackCommand)

public:
    PackCommand();

private:
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
