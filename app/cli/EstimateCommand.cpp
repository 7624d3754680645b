#include "EstimateCommand.h"

#include "analysis/SampleEstimate.h"
#include "analysis/SampleEstimateWriter.h"

namespace saylau {

EstimateCommand::EstimateCommand()
    : CampaignCommand(QStringLiteral("estimate"),
                      tr("Estimate turnout and shares with margins of error from a random sample's copies"),
                      CampaignStore::Access::ReadWrite)
{
    addContestOption();
    addFormatOption();
    addDenominatorOption();
}

int EstimateCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const SampleEstimate estimate = SampleEstimate::fromStore(store, selectedContest(store).id, denominator());
    print(out, SampleEstimateWriter(estimate));
    return Success;
}

} // namespace saylau
