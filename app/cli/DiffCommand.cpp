#include "DiffCommand.h"

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "analysis/DiscrepancyReportWriter.h"
#include "storage/CampaignStore.h"

#include <QJsonDocument>

namespace saylau {

QString DiffCommand::name() const
{
    return QStringLiteral("diff");
}

QString DiffCommand::description() const
{
    return tr("Compare observer copies with official figures (exit code 1 when they differ)");
}

int DiffCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption(QStringLiteral("contest"),
                                           tr("Contest to compare (may be left out when the file has one)."), tr("id"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text, csv or json."),
                                          tr("format"), QStringLiteral("text"));
    const QCommandLineOption withoutDoubtfulOption(
        QStringLiteral("without-doubtful"),
        tr("Set aside doubtful copies (breaking their own control relations, or with voters far from the "
           "official figure)."));
    const QCommandLineOption topOption(QStringLiteral("top"), tr("How many of the largest shifts to list."),
                                       tr("N"), QStringLiteral("10"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       tr("List matching precincts and precincts without a copy too."));
    const QCommandLineOption allRegionsOption(QStringLiteral("all-regions"),
                                              tr("List every region by region, those without a copy too."));
    parser.addOptions({contestOption, formatOption, withoutDoubtfulOption, topOption, allOption, allRegionsOption});
    const QString usage = tr("Usage: saylau diff FILE.db [--contest C] [--format text|csv|json] "
                             "[--without-doubtful] [--top N] [--all] [--all-regions]");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << tr("saylau diff: unknown format \"%1\"").arg(format) << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    bool topOk = false;
    const int top = parser.value(topOption).toInt(&topOk);
    if (!topOk || top < 0) {
        err << tr("saylau diff: --top must be a whole number, 0 or more") << Qt::endl;
        return Failure;
    }

    const auto store = CampaignStore::open(parser.positionalArguments().constFirst(), CampaignStore::Access::ReadOnly);
    const Contest contest = resolveContest(*store, parser.value(contestOption));
    const ComparisonInput input = ComparisonInput::load(*store, contest.id);
    DiscrepancyFinder::Options options;
    options.includeDoubtful = !parser.isSet(withoutDoubtfulOption);
    const DiscrepancyFinder finder(input);
    const DiscrepancyResult result = finder.run(options);
    // With the doubtful copies in, the total without them is shown too (it is cheap: no second read).
    std::optional<DiscrepancyResult> withoutDoubtful;
    if (options.includeDoubtful && result.total().doubtfulCopies > 0) {
        DiscrepancyFinder::Options trusted = options;
        trusted.includeDoubtful = false;
        withoutDoubtful.emplace(finder.run(trusted));
    }
    if (input.orphanProtocols() > 0)
        err << tr("saylau diff: %n protocol(s) name a territory that is not in the file; left out", nullptr,
                  input.orphanProtocols())
            << Qt::endl;

    DiscrepancyReportWriter::Options writerOptions;
    writerOptions.top = top;
    writerOptions.listAll = parser.isSet(allOption);
    writerOptions.allRegions = parser.isSet(allRegionsOption);
    DiscrepancyReportWriter writer(result, store->election(), writerOptions);
    if (withoutDoubtful)
        writer.setWithoutDoubtful(&*withoutDoubtful);
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(writer.json()).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("csv"))
        out << QString::fromUtf8(writer.csv());
    else
        out << writer.text();
    out.flush();
    return result.hasDifferences() ? Findings : Success;
}

} // namespace saylau
