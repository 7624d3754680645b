#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau merge TARGET.db PACKAGE…`: merges signed packages in one transaction. Exit 0 merged, 1 merged with
// conflicts (a protocol these packages brought now has two versions, both kept; see `saylau conflicts`), 2
// refused: nothing changed.
class MergeCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    MergeCommand();

private:
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
