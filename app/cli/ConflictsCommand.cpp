#include "ConflictsCommand.h"

#include "domain/SourceKind.h"
#include "io/CsvWriter.h"
#include "storage/CampaignStore.h"
#include "storage/ExchangeLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saylau {

QString ConflictsCommand::name() const
{
    return QStringLiteral("conflicts");
}

QString ConflictsCommand::description() const
{
    return tr("List the protocols changed differently in two places, every version kept");
}

int ConflictsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(formatOption());
    const QString usage = tr("Usage: saylau conflicts FILE [--format text|csv|json]");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    const QString format = parser.value(QStringLiteral("format"));
    if (!isOutputFormat(format)) {
        err << tr("saylau conflicts: unknown format \"%1\"").arg(format) << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    auto store = CampaignStore::open(parser.positionalArguments().constFirst(), CampaignStore::Access::ReadOnly);
    const QList<ExchangeConflict> conflicts = ExchangeLedger(*store).conflicts();

    QJsonArray json;
    if (format == QLatin1String("csv"))
        out << QString::fromUtf8(CsvWriter::record({QStringLiteral("precinct"), QStringLiteral("contest"),
                                                    QStringLiteral("source"), QStringLiteral("copy"),
                                                    QStringLiteral("revision"), QStringLiteral("shown"),
                                                    QStringLiteral("origin"), QStringLiteral("saved_by"),
                                                    QStringLiteral("saved_at"), QStringLiteral("figures")}));
    for (const ExchangeConflict &conflict : conflicts) {
        const std::optional<TerritoryNode> node = store->territory(conflict.key.territoryId);
        const QString precinct = node ? (node->code.isEmpty() ? node->name : node->code) : QString();
        const QString source = sourceKindName(conflict.key.source);
        if (format == QLatin1String("text"))
            out << tr("Precinct %1, contest %2, %3%4: %n version(s)", nullptr, int(conflict.versions.size()))
                       .arg(precinct, conflict.key.contestId, source,
                            conflict.key.copy.isEmpty() ? QString() : QStringLiteral(" ") + conflict.key.copy)
                << Qt::endl;
        QJsonArray versions;
        for (const ExchangeConflict::Version &version : conflict.versions) {
            const QString savedAt = version.savedAt.toString(Qt::ISODate);
            const QString figures = QString::fromUtf8(version.figures);
            if (format == QLatin1String("text"))
                out << QStringLiteral("  %1 %2 (%3, %4, %5): %6")
                           .arg(version.shown ? QStringLiteral("*") : QStringLiteral(" "), version.revisionUid,
                                version.origin, version.savedBy, savedAt, figures)
                    << Qt::endl;
            else if (format == QLatin1String("csv"))
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
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("text") && conflicts.isEmpty())
        out << tr("No conflicts.") << Qt::endl;
    return conflicts.isEmpty() ? Success : Findings;
}

} // namespace saylau
