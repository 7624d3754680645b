#include "EstimateCommand.h"

#include "analysis/SampleEstimate.h"
#include "analysis/SampleEstimateWriter.h"
#include "storage/CampaignStore.h"

#include <QJsonDocument>

namespace saylau {

QString EstimateCommand::name() const
{
    return QStringLiteral("estimate");
}

QString EstimateCommand::description() const
{
    return tr("Estimate turnout and shares with margins of error from a random sample's copies");
}

int EstimateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption = Command::contestOption();
    const QCommandLineOption formatOption = Command::formatOption();
    const QCommandLineOption denominatorOption = Command::denominatorOption();
    parser.addOptions({contestOption, formatOption, denominatorOption});
    const QString usage = tr("Usage: saylau estimate FILE [--contest C] [--format text|csv|json] "
                             "[--denominator cast|valid]");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    const QString format = parser.value(formatOption);
    if (!isOutputFormat(format)) {
        err << tr("saylau estimate: unknown format \"%1\"").arg(format) << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    const auto base = SummaryReport::shareBaseFromName(parser.value(denominatorOption));
    if (!base) {
        err << tr("saylau estimate: --denominator must be cast or valid") << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    const auto store = CampaignStore::open(parser.positionalArguments().constFirst());
    const Contest contest = resolveContest(*store, parser.value(contestOption));
    const SampleEstimate estimate = SampleEstimate::fromStore(*store, contest.id, *base);
    const SampleEstimateWriter writer(estimate);
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
