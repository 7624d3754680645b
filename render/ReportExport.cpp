#include "ReportExport.h"

#include "ReportPdf.h"
#include "analysis/ReportProvenance.h"
#include "analysis/SummaryReportFile.h"
#include "domain/SaylauError.h"

namespace saylau {

bool ReportExport::isSupported(const QString &path)
{
    return SummaryReportFile::kindOf(path).has_value();
}

void ReportExport::save(CampaignStore &store, const SummaryReportWriter &writer, const QString &path,
                        const ChartDataBuilder::Options &chartStyle)
{
    if (!isSupported(path))
        throw SaylauError(tr("%1: choose a .pdf, .xlsx or .csv file").arg(path));
    if (SummaryReportFile::kindOf(path) != SummaryReportFile::Kind::Pdf) {
        SummaryReportFile::writeTable(writer, path);
        return;
    }
    const SummaryReport &report = writer.report();
    // The press set: the shares side by side, turnout by region, shares by region, the histogram.
    QList<ChartSpec> charts;
    ChartDataBuilder::Options chart = chartStyle;
    chart.sources = report.options().sources;
    chart.shareBase = report.options().shareBase;
    chart.allowEmpty = true;
    for (ChartSpec::Kind kind : {ChartSpec::Kind::Shares, ChartSpec::Kind::TurnoutByRegion,
                                 ChartSpec::Kind::SharesByRegion, ChartSpec::Kind::TurnoutHistogram}) {
        chart.kind = kind;
        ChartSpec spec = ChartDataBuilder::build(store, report.contest().id, chart);
        if (!spec.categories.isEmpty())
            charts.append(std::move(spec));
    }
    ReportPdf::write(writer, ReportProvenance::collect(store, report.contest().id, report.options().sources).lines(),
                     charts, path);
}

} // namespace saylau
