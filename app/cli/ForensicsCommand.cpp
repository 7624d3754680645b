#include "ForensicsCommand.h"

#include "analysis/ForensicsReport.h"
#include "storage/CampaignStore.h"

#include <QJsonDocument>

namespace saylau {

QString ForensicsCommand::name() const
{
    return QStringLiteral("forensics");
}

QString ForensicsCommand::description() const
{
    return tr("Integer-percentage test and excess-votes estimate of per-precinct figures");
}

int ForensicsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption = Command::contestOption();
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("official or observer."), tr("source"),
                                          QStringLiteral("official"));
    const QCommandLineOption leaderOption(QStringLiteral("leader"),
                                          tr("The party whose share is tested (short name, name or key); the one with "
                                             "the most votes by default."),
                                          tr("party"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed of the Monte Carlo."), tr("N"), QStringLiteral("1"));
    const QCommandLineOption drawsOption(QStringLiteral("draws"), tr("Monte Carlo draws."), tr("N"), QStringLiteral("1000"));
    const QCommandLineOption regionOption(QStringLiteral("region"), tr("Only the precincts of this region (its name)."),
                                          tr("name"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text, csv or json."), tr("format"),
                                          QStringLiteral("text"));
    parser.addOptions({contestOption, sourceOption, leaderOption, seedOption, drawsOption, regionOption, formatOption});
    const QString usage = tr("Usage: saylau forensics FILE.db [--contest C] [--source official|observer] [--leader PARTY] "
                             "[--seed N] [--draws N] [--region R] [--format text|csv|json]");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << tr("saylau forensics: unknown format \"%1\"").arg(format) << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    const auto source = sourceKindFromName(parser.value(sourceOption));
    if (!source) {
        err << tr("saylau forensics: --source must be official or observer") << Qt::endl;
        return Failure;
    }
    IntegerPercentTest::Options options;
    bool ok = false;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        err << tr("saylau forensics: --seed must be a whole number, 0 or more") << Qt::endl;
        return Failure;
    }
    options.draws = parser.value(drawsOption).toInt(&ok);
    if (!ok || options.draws < 2 || options.draws > 1000000) {
        err << tr("saylau forensics: --draws must be a whole number from 2 to 1,000,000") << Qt::endl;
        return Failure;
    }

    const auto store = CampaignStore::open(parser.positionalArguments().constFirst());
    const Contest contest = resolveContest(*store, parser.value(contestOption));
    ForensicsData data = ForensicsData::fromStore(*store, contest, *source, parser.value(leaderOption));
    if (parser.isSet(regionOption))
        data = data.onlyRegion(parser.value(regionOption));
    if (data.incomplete() > 0)
        err << tr("saylau forensics: %n precinct protocol(s) lack voters, ballots or votes; left out", nullptr,
                  data.incomplete())
            << Qt::endl;
    const ForensicsReport report(data, contest.displayName(), *source, options);
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(report.json()).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("csv"))
        out << QString::fromUtf8(report.csv());
    else
        out << report.text();
    out.flush();
    return Success;
}

} // namespace saylau
