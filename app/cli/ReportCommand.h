#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau report FILE`: the summary table of one contest (see SummaryReport), as text, CSV or JSON, or with
// --out as a PDF with charts, a spreadsheet or a CSV file.
class ReportCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    ReportCommand();

    bool needsGuiApplication(const QStringList &arguments) const override;

private:
    void readOptions() override;
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;

    SummaryReport::Options m_options;
};

} // namespace saylau
