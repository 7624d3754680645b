#pragma once

#include "analysis/ChartDataBuilder.h"
#include "analysis/SummaryReportWriter.h"

#include <QCoreApplication>

namespace saylau {

class CampaignStore;

// Saves a summary report as a file by its suffix: .pdf (tables, provenance and the four press charts), .xlsx
// or .csv. One path for `saylau report --out` and the desktop program's export.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // chartStyle: the organisation, logo and party colours of the PDF's charts. Throws SaylauError.
    static void save(CampaignStore &store, const SummaryReportWriter &writer, const QString &path,
                     const ChartDataBuilder::Options &chartStyle = {});
    static bool isSupported(const QString &path);
};

} // namespace saylau
