#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau backup FILE --to DIR [--keep N]`: one checked, consistent copy of a campaign, taken while other
// programs may be writing it, named like the desktop program's backups; prints its path.
// `saylau backup postgresql://... --out FILE`: a campaign on a server, dumped by pg_dump (storage/ServerDump).
class BackupCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();

private:
    void readOptions() override;
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;

    int m_keep = 0;
};

} // namespace saylau
