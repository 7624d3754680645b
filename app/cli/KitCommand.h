#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau kit HQ.db --office NAME [--region CODE…] --out OFFICE.db`: issues an office's campaign file with its
// own signing key; headquarters records the office's public key and regions.
class KitCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(KitCommand)

public:
    KitCommand();

private:
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
