#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau conflicts FILE [--format text|csv|json]`: every protocol changed differently in two places, with each
// kept version (who, where, when, figures). Exit 1 when there is any.
class ConflictsCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    ConflictsCommand();

private:
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
