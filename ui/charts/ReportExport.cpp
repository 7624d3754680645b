#include "ReportExport.h"

#include "ReportPdf.h"
#include "analysis/ReportProvenance.h"
#include "analysis/SummaryReportXlsx.h"
#include "domain/SaylauError.h"

#include <QFileInfo>
#include <QSaveFile>

namespace saylau {

bool ReportExport::isSupported(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv");
}

void ReportExport::save(CampaignStore &store, const SummaryReportWriter &writer, const QString &path,
                        const ChartDataBuilder::Options &chartStyle)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!isSupported(path))
        throw SaylauError(tr("%1: choose a .pdf, .xlsx or .csv file").arg(path));
    if (suffix == QLatin1String("xlsx")) {
        SummaryReportXlsx::write(writer, path);
    } else if (suffix == QLatin1String("pdf")) {
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
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(writer.csv()) < 0 || !file.commit())
            throw SaylauError(tr("cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace saylau
