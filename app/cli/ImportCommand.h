#pragma once

#include "CampaignCommand.h"
#include "io/Importer.h"

namespace saylau {

// `saylau import FILE.db DATA.csv --contest C --source official|observer ...`: loads a results file through
// Importer, with progress on stderr and a summary of what was stored (and what was kept as text) on stdout.
class ImportCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();

private:
    void readOptions() override;
    std::chrono::seconds wait() const override;
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
    static void printMapping(const Importer &importer, QTextStream &out);
    void printSummary(const Importer::Summary &summary, QTextStream &out) const;

    Importer::Options m_options;
    std::chrono::seconds m_wait{CampaignStore::defaultWait};
};

} // namespace saylau
