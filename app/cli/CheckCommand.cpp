#include "CheckCommand.h"

#include "analysis/RelationChecker.h"
#include "analysis/SummaryReport.h"
#include "domain/TerritoryIndex.h"
#include "storage/CampaignStore.h"
#include "text/CsvWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace saylau {

CheckCommand::CheckCommand()
    : CampaignCommand(QStringLiteral("check"),
                      tr("List control-relation violations per protocol (exit code 1 when errors exist)"),
                      CampaignStore::Access::ReadOnly)
{
    addContestOption(tr("Check only this contest."));
    addSourceOption(SourceChoice::ObserverOrOfficial, tr("Check only observer or official protocols."));
    addFormatOption();
}

int CheckCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const QList<Contest> contests = isSet(QStringLiteral("contest"))
        ? QList<Contest>{store.contest(value(QStringLiteral("contest")))}
        : store.contests();
    const TerritoryIndex territory(store.allTerritory());
    bool errorsFound = false;
    Json json;
    if (format() == OutputFormat::Csv)
        out << QString::fromUtf8(CsvWriter::record({QStringLiteral("contest"), QStringLiteral("source"), QStringLiteral("copy"),
                                                    QStringLiteral("territory"), QStringLiteral("stored_territory"),
                                                    QStringLiteral("precinct"),
                                                    QStringLiteral("relation"), QStringLiteral("severity"),
                                                    QStringLiteral("left"), QStringLiteral("right"),
                                                    QStringLiteral("difference")}));
    for (const Contest &contest : contests) {
        const RelationChecker checker(store, contest);
        const auto &relations = checker.evaluator().relations();
        const QList<RelationChecker::RelationTally> tallies = checker.run(source(), [&](const RelationChecker::Violation &v) {
            const ControlRelation &relation = relations.at(v.relationIndex).relation;
            errorsFound = errorsFound || relation.severity == Severity::Error;
            printViolation(out, json, contest, territory, relation, v);
        });
        if (format() == OutputFormat::Text)
            out << tr("Contest %1: %Ln protocol(s) checked", nullptr, store.protocolCount(contest.id, source()))
                       .arg(contest.displayName())
                << '\n';
        for (int i = 0; i < tallies.size(); ++i)
            printTally(out, json, contest, relations.at(i).relation, tallies.at(i));
    }
    if (format() == OutputFormat::Json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("violations"), json.violations},
                                         {QStringLiteral("summary"), json.summary}})
                   .toJson(QJsonDocument::Indented);
    out.flush();
    return errorsFound ? Findings : Success;
}

QString CheckCommand::severityText(Severity severity)
{
    return severity == Severity::Error ? tr("error") : tr("warning");
}

void CheckCommand::printViolation(QTextStream &out, Json &json, const Contest &contest, const TerritoryIndex &territory,
                                  const ControlRelation &relation, const RelationChecker::Violation &v) const
{
    const TerritoryNode *node = territory.node(v.territoryId);
    const QString code = node ? node->code : QString();
    switch (format()) {
    case OutputFormat::Json:
        json.violations.append(QJsonObject{{QStringLiteral("contest"), contest.id},
                                           {QStringLiteral("source"), sourceKindName(v.source)},
                                           {QStringLiteral("copy"), v.copy},
                                           {QStringLiteral("protocol_id"), v.protocolId},
                                           {QStringLiteral("territory"), territory.path(v.territoryId)},
                                           {QStringLiteral("stored_territory"), territory.storedPath(v.territoryId)},
                                           {QStringLiteral("precinct"), code},
                                           {QStringLiteral("relation"), relation.formula},
                                           {QStringLiteral("severity"), severityName(relation.severity)},
                                           {QStringLiteral("left"), v.outcome.left},
                                           {QStringLiteral("right"), v.outcome.right},
                                           {QStringLiteral("difference"), v.outcome.difference()}});
        break;
    case OutputFormat::Csv:
        out << QString::fromUtf8(CsvWriter::record(
            {contest.id, sourceKindName(v.source), v.copy, territory.path(v.territoryId),
             territory.storedPath(v.territoryId), code, relation.formula,
             severityName(relation.severity), QString::number(v.outcome.left), QString::number(v.outcome.right),
             QString::number(v.outcome.difference())}));
        break;
    case OutputFormat::Text: {
        const QLocale locale;
        out << tr("%1 [%2%3] %4: %5 %6 %7 (difference %8), %9")
                   .arg(territory.path(v.territoryId), SummaryReport::sourceLabel(v.source).toLower(),
                        v.copy.isEmpty() ? QString() : QStringLiteral(" ") + v.copy, relation.formula,
                        locale.toString(v.outcome.left), relation.severity == Severity::Error ? QStringLiteral("≠") : QStringLiteral("⚠"),
                        locale.toString(v.outcome.right), locale.toString(v.outcome.difference()),
                        severityText(relation.severity))
            << '\n';
        break;
    }
    }
}

void CheckCommand::printTally(QTextStream &out, Json &json, const Contest &contest, const ControlRelation &relation,
                              const RelationChecker::RelationTally &tally) const
{
    if (format() == OutputFormat::Json) {
        json.summary.append(QJsonObject{{QStringLiteral("contest"), contest.id},
                                        {QStringLiteral("relation"), relation.formula},
                                        {QStringLiteral("severity"), severityName(relation.severity)},
                                        {QStringLiteral("checked"), tally.checked},
                                        {QStringLiteral("violated"), tally.violated},
                                        {QStringLiteral("not_checked"), tally.notChecked}});
    } else if (format() == OutputFormat::Text) {
        const QLocale locale;
        const int width = int(std::max(severityText(Severity::Error).size(), severityText(Severity::Warning).size()));
        out << QStringLiteral("  %1  %2  ").arg(severityText(relation.severity), -width).arg(relation.formula, -32)
            << tr("checked %1, violated %2, not checked %3")
                   .arg(locale.toString(tally.checked), locale.toString(tally.violated), locale.toString(tally.notChecked))
            << '\n';
    }
}

} // namespace saylau
