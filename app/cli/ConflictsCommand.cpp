#include "ConflictsCommand.h"

#include "domain/SourceKind.h"
#include "text/CsvWriter.h"
#include "storage/CampaignStore.h"
#include "storage/ExchangeLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saylau {

ConflictsCommand::ConflictsCommand()
    : CampaignCommand(QStringLiteral("conflicts"),
                      tr("List the protocols changed differently in two places, every version kept"),
                      CampaignStore::Access::ReadOnly)
{
    addFormatOption();
}

int ConflictsCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const QList<ExchangeConflict> conflicts = ExchangeLedger(store).conflicts();

    QJsonArray json;
    if (format() == OutputFormat::Csv)
        out << QString::fromUtf8(CsvWriter::record({QStringLiteral("precinct"), QStringLiteral("contest"),
                                                    QStringLiteral("source"), QStringLiteral("copy"),
                                                    QStringLiteral("revision"), QStringLiteral("shown"),
                                                    QStringLiteral("origin"), QStringLiteral("saved_by"),
                                                    QStringLiteral("saved_at"), QStringLiteral("figures")}));
    for (const ExchangeConflict &conflict : conflicts) {
        const std::optional<TerritoryNode> node = store.territory(conflict.key.territoryId);
        const QString precinct = node ? (node->code.isEmpty() ? node->name : node->code) : QString();
        const QString source = sourceKindName(conflict.key.source);
        if (format() == OutputFormat::Text)
            out << tr("Precinct %1, contest %2, %3%4: %n version(s)", nullptr, int(conflict.versions.size()))
                       .arg(precinct, conflict.key.contestId, source,
                            conflict.key.copy.isEmpty() ? QString() : QStringLiteral(" ") + conflict.key.copy)
                << Qt::endl;
        QJsonArray versions;
        for (const ExchangeConflict::Version &version : conflict.versions) {
            const QString savedAt = version.savedAt.toString(Qt::ISODate);
            const QString figures = QString::fromUtf8(version.figures);
            if (format() == OutputFormat::Text)
                out << QStringLiteral("  %1 %2 (%3, %4, %5): %6")
                           .arg(version.shown ? QStringLiteral("*") : QStringLiteral(" "), version.revisionUid,
                                version.origin, version.savedBy, savedAt, figures)
                    << Qt::endl;
            else if (format() == OutputFormat::Csv)
                out << QString::fromUtf8(CsvWriter::record({precinct, conflict.key.contestId, source, conflict.key.copy,
                                                            version.revisionUid,
                                                            version.shown ? QStringLiteral("1") : QStringLiteral("0"),
                                                            version.origin, version.savedBy, savedAt, figures}));
            versions.append(QJsonObject{{QStringLiteral("revision"), version.revisionUid},
                                        {QStringLiteral("shown"), version.shown},
                                        {QStringLiteral("origin"), version.origin},
                                        {QStringLiteral("saved_by"), version.savedBy},
                                        {QStringLiteral("saved_at"), savedAt},
                                        {QStringLiteral("figures"), QJsonDocument::fromJson(version.figures).object()},
                                        {QStringLiteral("details"), QJsonDocument::fromJson(version.details).object()}});
        }
        json.append(QJsonObject{{QStringLiteral("precinct"), precinct},
                                {QStringLiteral("territory_id"), conflict.key.territoryId},
                                {QStringLiteral("contest"), conflict.key.contestId},
                                {QStringLiteral("source"), source},
                                {QStringLiteral("copy"), conflict.key.copy},
                                {QStringLiteral("versions"), versions}});
    }
    // Nodes a deletion reached that this file keeps because something lies there: one line (CSV row, JSON
    // object with "deleted_by") each, in the protocol columns where they apply.
    const QList<ExchangeLedger::RefusedDeletion> kept = ExchangeLedger(store).refusedDeletions();
    for (const ExchangeLedger::RefusedDeletion &deletion : kept) {
        const std::optional<TerritoryNode> node = store.territory(deletion.territoryId);
        const QString name = node ? (node->code.isEmpty() ? node->name : node->code) : QString();
        const QString at = deletion.changedAt.toString(Qt::ISODate);
        if (format() == OutputFormat::Text)
            out << tr("%1 %2: deleted at %3 by %4 (%5), kept here because protocols, photos or drafts lie there")
                       .arg(node ? TerritoryNode::levelName(node->level) : QString(), name, deletion.origin,
                            deletion.changedBy, at)
                << Qt::endl;
        else if (format() == OutputFormat::Csv)
            out << QString::fromUtf8(CsvWriter::record({name, QString(), QStringLiteral("deletion"), QString(), QString(),
                                                        QStringLiteral("0"), deletion.origin, deletion.changedBy, at,
                                                        QString()}));
        json.append(QJsonObject{{QStringLiteral("precinct"), name},
                                {QStringLiteral("territory_id"), deletion.territoryId},
                                {QStringLiteral("deleted_by"), deletion.changedBy},
                                {QStringLiteral("origin"), deletion.origin},
                                {QStringLiteral("deleted_at"), at}});
    }
    if (format() == OutputFormat::Json)
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else if (format() == OutputFormat::Text && conflicts.isEmpty() && kept.isEmpty())
        out << tr("No conflicts.") << Qt::endl;
    return conflicts.isEmpty() && kept.isEmpty() ? Success : Findings;
}

} // namespace saylau
