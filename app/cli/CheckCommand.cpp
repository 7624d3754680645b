#include "CheckCommand.h"

#include "analysis/RelationChecker.h"
#include "domain/TerritoryIndex.h"
#include "storage/CampaignStore.h"
#include "text/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace saylau {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::description() const
{
    return tr("List control-relation violations per protocol (exit code 1 when errors exist)");
}

int CheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption(QStringLiteral("contest"), tr("Check only this contest."), tr("id"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("Check only observer or official protocols."),
                                          tr("source"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text, csv or json."),
                                          tr("format"), QStringLiteral("text"));
    parser.addOptions({contestOption, sourceOption, formatOption});
    const QString usage = tr("Usage: saylau check FILE [--contest C] [--source observer|official] "
                             "[--format text|csv|json]");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << tr("saylau check: unknown format \"%1\"").arg(format) << Qt::endl;
        return Failure;
    }
    std::optional<SourceKind> source;
    if (parser.isSet(sourceOption)) {
        source = sourceKindFromName(parser.value(sourceOption));
        if (!source) {
            err << tr("saylau check: --source must be observer or official") << Qt::endl;
            return Failure;
        }
    }

    const auto store = CampaignStore::open(parser.positionalArguments().constFirst(), CampaignStore::Access::ReadOnly);
    const QList<Contest> contests = parser.isSet(contestOption) ? QList<Contest>{store->contest(parser.value(contestOption))}
                                                                : store->contests();
    const TerritoryIndex territory(store->allTerritory());
    const QLocale locale;
    bool errorsFound = false;
    QJsonArray jsonViolations;
    QJsonArray jsonSummary;
    if (format == QLatin1String("csv"))
        out << QString::fromUtf8(CsvWriter::record({QStringLiteral("contest"), QStringLiteral("source"), QStringLiteral("copy"),
                                                    QStringLiteral("territory"), QStringLiteral("precinct"),
                                                    QStringLiteral("relation"), QStringLiteral("severity"),
                                                    QStringLiteral("left"), QStringLiteral("right"),
                                                    QStringLiteral("difference")}));

    for (const Contest &contest : contests) {
        const RelationChecker checker(*store, contest);
        const auto &relations = checker.evaluator().relations();
        const QList<RelationChecker::RelationTally> tallies = checker.run(source, [&](const RelationChecker::Violation &v) {
            const auto &relation = relations.at(v.relationIndex).relation;
            errorsFound = errorsFound || relation.severity == Severity::Error;
            const TerritoryNode *node = territory.node(v.territoryId);
            const QString code = node ? node->code : QString();
            if (format == QLatin1String("json")) {
                jsonViolations.append(QJsonObject{{QStringLiteral("contest"), contest.id},
                                                  {QStringLiteral("source"), sourceKindName(v.source)},
                                                  {QStringLiteral("copy"), v.copy},
                                                  {QStringLiteral("protocol_id"), v.protocolId},
                                                  {QStringLiteral("territory"), territory.path(v.territoryId)},
                                                  {QStringLiteral("precinct"), code},
                                                  {QStringLiteral("relation"), relation.formula},
                                                  {QStringLiteral("severity"), severityName(relation.severity)},
                                                  {QStringLiteral("left"), v.outcome.left},
                                                  {QStringLiteral("right"), v.outcome.right},
                                                  {QStringLiteral("difference"), v.outcome.difference()}});
            } else if (format == QLatin1String("csv")) {
                out << QString::fromUtf8(CsvWriter::record(
                    {contest.id, sourceKindName(v.source), v.copy, territory.path(v.territoryId), code, relation.formula,
                     severityName(relation.severity), QString::number(v.outcome.left), QString::number(v.outcome.right),
                     QString::number(v.outcome.difference())}));
            } else {
                out << tr("%1 [%2%3] %4: %5 %6 %7 (difference %8), %9")
                           .arg(territory.path(v.territoryId), sourceKindName(v.source),
                                v.copy.isEmpty() ? QString() : QStringLiteral(" ") + v.copy, relation.formula,
                                locale.toString(v.outcome.left), relation.severity == Severity::Error ? QStringLiteral("≠") : QStringLiteral("⚠"),
                                locale.toString(v.outcome.right), locale.toString(v.outcome.difference()),
                                severityName(relation.severity))
                    << '\n';
            }
        });

        if (format == QLatin1String("text"))
            out << tr("Contest %1: %Ln protocol(s) checked", nullptr, store->protocolCount(contest.id, source)).arg(contest.id)
                << '\n';
        for (int i = 0; i < tallies.size(); ++i) {
            const ControlRelation &relation = relations.at(i).relation;
            const RelationChecker::RelationTally &tally = tallies.at(i);
            if (format == QLatin1String("json")) {
                jsonSummary.append(QJsonObject{{QStringLiteral("contest"), contest.id},
                                               {QStringLiteral("relation"), relation.formula},
                                               {QStringLiteral("severity"), severityName(relation.severity)},
                                               {QStringLiteral("checked"), tally.checked},
                                               {QStringLiteral("violated"), tally.violated},
                                               {QStringLiteral("not_checked"), tally.notChecked}});
            } else if (format == QLatin1String("text")) {
                out << QStringLiteral("  %1  %2  ").arg(severityName(relation.severity), -7).arg(relation.formula, -32)
                    << tr("checked %1, violated %2, not checked %3")
                           .arg(locale.toString(tally.checked), locale.toString(tally.violated),
                                locale.toString(tally.notChecked))
                    << '\n';
            }
        }
    }
    if (format == QLatin1String("json"))
        out << QJsonDocument(QJsonObject{{QStringLiteral("violations"), jsonViolations},
                                         {QStringLiteral("summary"), jsonSummary}})
                   .toJson(QJsonDocument::Indented);
    out.flush();
    return errorsFound ? Findings : Success;
}

} // namespace saylau
