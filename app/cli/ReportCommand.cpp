#include "ReportCommand.h"

#include "analysis/SummaryReport.h"
#include "analysis/SummaryReportWriter.h"
#include "charts/ReportExport.h"
#include "storage/CampaignStore.h"

#include <QJsonDocument>

namespace saylau {

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}

QString ReportCommand::description() const
{
    return tr("Print a contest's summary table: precincts, voters, turnout, unused ballots, shares");
}

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption = Command::contestOption();
    const QCommandLineOption byOption(QStringLiteral("by"), tr("One row per region, tik or uik as well."),
                                      tr("level"));
    const QCommandLineOption formatOption = Command::formatOption();
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          tr("observer, official or both; by default the sources the contest has."),
                                          tr("source"));
    const QCommandLineOption denominatorOption = Command::denominatorOption();
    const QCommandLineOption precisionOption(QStringLiteral("precision"), tr("Decimals of percentages (0-4)."),
                                             tr("n"), QStringLiteral("0"));
    const QCommandLineOption remainderOption(QStringLiteral("largest-remainder"),
                                             tr("Round shares so that each column adds up to exactly 100%."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Write the report to a file instead: .pdf (tables and charts), .xlsx or .csv."),
                                       tr("file"));
    parser.addOptions({contestOption, byOption, formatOption, sourceOption, denominatorOption, precisionOption,
                       remainderOption, outOption});
    const QString usage = tr("Usage: saylau report FILE [--contest C] [--by region|tik|uik] [--format text|csv|json] "
                             "[--source observer|official|both] [--denominator cast|valid] [--precision N] "
                             "[--largest-remainder] [--out FILE.pdf|xlsx|csv]");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;

    const auto fail = [&](const QString &message) {
        err << tr("saylau report: %1").arg(message) << Qt::endl << usage << Qt::endl;
        return int(Failure);
    };
    SummaryReport::Options options;
    const QString format = parser.value(formatOption);
    if (!isOutputFormat(format))
        return fail(tr("unknown format \"%1\"").arg(format));
    if (parser.isSet(byOption)) {
        const QString by = parser.value(byOption);
        if (by == QLatin1String("region"))
            options.by = TerritoryNode::Level::Region;
        else if (by == QLatin1String("tik"))
            options.by = TerritoryNode::Level::District;
        else if (by == QLatin1String("uik"))
            options.by = TerritoryNode::Level::Precinct;
        else
            return fail(tr("--by must be region, tik or uik"));
    }
    const QList<SourceKind> requested = sourcesFromName(parser.value(sourceOption));
    if (parser.isSet(sourceOption) && requested.isEmpty())
        return fail(tr("--source must be observer, official or both"));
    const auto base = SummaryReport::shareBaseFromName(parser.value(denominatorOption));
    if (!base)
        return fail(tr("--denominator must be cast or valid"));
    options.shareBase = *base;
    bool ok = false;
    options.precision = parser.value(precisionOption).toInt(&ok);
    if (!ok || options.precision < 0 || options.precision > 4)
        return fail(tr("--precision must be a number from 0 to 4"));

    options.largestRemainder = parser.isSet(remainderOption);
    const QString outPath = parser.value(outOption);
    if (parser.isSet(outOption) && !ReportExport::isSupported(outPath))
        return fail(tr("--out must name a .pdf, .xlsx or .csv file"));

    const auto store = CampaignStore::open(parser.positionalArguments().constFirst(), CampaignStore::Access::ReadOnly);
    const Contest contest = resolveContest(*store, parser.value(contestOption));
    options.sources = sourcesToShow(*store, contest, requested);
    const SummaryReport report = SummaryReport::fromStore(*store, contest.id, options);
    const SummaryReportWriter writer(report);
    if (parser.isSet(outOption)) {
        ReportExport::save(*store, writer, outPath);
        out << tr("Wrote %1").arg(outPath) << Qt::endl;
        return Success;
    }
    if (format == QLatin1String("csv"))
        out << QString::fromUtf8(writer.csv());
    else if (format == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(writer.json()).toJson(QJsonDocument::Indented));
    else
        out << writer.text();
    out.flush();
    return Success;
}

} // namespace saylau
