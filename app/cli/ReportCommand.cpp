#include "ReportCommand.h"

#include "UnavailableCommand.h"
#include "analysis/SummaryReportFile.h"
#include "analysis/SummaryReportWriter.h"
#ifdef SAYLAU_HAS_RENDER
#include "render/ReportExport.h"
#endif

#include <QHash>

namespace saylau {

ReportCommand::ReportCommand()
    : CampaignCommand(QStringLiteral("report"),
                      tr("Print a contest's summary table: precincts, voters, turnout, unused ballots, shares"),
                      CampaignStore::Access::ReadOnly)
{
    addContestOption();
    addOption({QStringLiteral("by"), tr("One row per region, tik or uik as well."), tr("level")}, Presence::Optional,
              {QStringLiteral("region"), QStringLiteral("tik"), QStringLiteral("uik")});
    addFormatOption();
    addSourceOption(SourceChoice::ObserverOfficialOrBoth,
                    tr("observer, official or both; by default the sources the contest has."));
    addDenominatorOption();
    addOption({QStringLiteral("precision"), tr("Decimals of percentages (0-4)."), tr("n"), QStringLiteral("0")});
    addOption({QStringLiteral("largest-remainder"), tr("Round shares so that each column adds up to exactly 100%.")});
    addOption({QStringLiteral("out"), tr("Write the report to a file instead: .pdf (tables and charts), .xlsx or .csv."),
               tr("file")});
    addOption({QStringLiteral("forensics"),
               tr("Add the Forensics page (integer-percentage test, excess-votes estimate; as saylau forensics with its "
                  "defaults) to the text, PDF or XLSX report.")});
}

bool ReportCommand::needsGuiApplication(const QStringList &arguments) const
{
    return SummaryReportFile::kindOf(peek(arguments, QStringLiteral("out"))) == SummaryReportFile::Kind::Pdf;
}

void ReportCommand::readOptions()
{
    static const QHash<QString, TerritoryNode::Level> levels{{QStringLiteral("region"), TerritoryNode::Level::Region},
                                                             {QStringLiteral("tik"), TerritoryNode::Level::District},
                                                             {QStringLiteral("uik"), TerritoryNode::Level::Precinct}};
    if (isSet(QStringLiteral("by")))
        m_options.by = levels.value(value(QStringLiteral("by")));
    m_options.shareBase = denominator();
    m_options.precision = int(wholeNumber(QStringLiteral("precision"), 0, 4, tr("--precision must be a number from 0 to 4")));
    m_options.largestRemainder = isSet(QStringLiteral("largest-remainder"));
    const bool forensics = isSet(QStringLiteral("forensics"));
    if (!isSet(QStringLiteral("out"))) {
        if (forensics && format() != OutputFormat::Text)
            throw UsageError(tr("--forensics adds a page to the text, PDF or XLSX report; for CSV or JSON run saylau forensics"));
        return;
    }
    const auto kind = SummaryReportFile::kindOf(value(QStringLiteral("out")));
    if (!kind)
        throw UsageError(tr("--out must name a .pdf, .xlsx or .csv file"));
    if (forensics && *kind == SummaryReportFile::Kind::Csv)
        throw UsageError(tr("--forensics adds a page to the text, PDF or XLSX report; for CSV or JSON run saylau forensics"));
#ifndef SAYLAU_HAS_RENDER
    if (*kind == SummaryReportFile::Kind::Pdf)
        throw SaylauError(UnavailableCommand::notInThisBuild(tr("a PDF report")));
#endif
}

int ReportCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const Contest contest = selectedContest(store);
    m_options.sources = sourcesToShow(store, contest, sources());
    const SummaryReport report = SummaryReport::fromStore(store, contest.id, m_options);
    SummaryReportWriter writer(report);
    if (isSet(QStringLiteral("forensics")))
        writer.setForensics(ForensicsReport::forSummary(store, contest, m_options.sources));
    if (!isSet(QStringLiteral("out"))) {
        print(out, writer);
        if (writer.forensics())
            out << Qt::endl << writer.forensics()->text();
        return Success;
    }
    const QString path = value(QStringLiteral("out"));
#ifdef SAYLAU_HAS_RENDER
    ReportExport::save(store, writer, path);
#else
    SummaryReportFile::writeTable(writer, path);
#endif
    out << tr("Wrote %1").arg(path) << Qt::endl;
    return Success;
}

} // namespace saylau
