#include "HistoryCommand.h"

#include "domain/SaylauError.h"
#include "storage/CampaignStore.h"
#include "storage/EntryStore.h"
#include "storage/TerritorySearch.h"

namespace saylau {

QString HistoryCommand::name() const
{
    return QStringLiteral("history");
}

QString HistoryCommand::description() const
{
    return tr("Show every save of a precinct's observer protocol: who, when, what changed");
}

int HistoryCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption(QStringLiteral("contest"), tr("The contest (may be left out when the file has one)."),
                                           QStringLiteral("ID"));
    const QCommandLineOption copyOption(QStringLiteral("copy"), tr("The observer copy (default: the first one)."),
                                        QStringLiteral("COPY"));
    parser.addOptions({contestOption, copyOption});
    if (const auto exit = parse(parser, arguments, 2, tr("Usage: saylau history FILE PRECINCT [--contest ID] [--copy COPY]"),
                                out, err))
        return *exit;
    auto store = CampaignStore::open(parser.positionalArguments().at(0));
    const Contest contest = resolveContest(*store, parser.value(contestOption));
    const QString number = parser.positionalArguments().at(1);
    const QList<qint64> path = TerritorySearch(*store).pathToPrecinct(number);
    if (path.isEmpty())
        throw SaylauError(tr("%1 has no precinct No. %2").arg(store->path(), number));

    std::optional<Protocol> protocol;
    for (const Protocol &p : store->protocolsAt(path.constLast(), contest.id)) {
        if (p.source == SourceKind::Observer && (!parser.isSet(copyOption) || p.copy == parser.value(copyOption))) {
            protocol = p;
            break;
        }
    }
    if (!protocol)
        throw SaylauError(tr("precinct No. %1 has no observer protocol of %2").arg(number, contest.id));

    const EntryStore entries(*store);
    const std::optional<int> errors = entries.relationErrors(protocol->id);
    // First line: the protocol as it stands; then one tab-separated line per save, oldest first.
    out << tr("precinct %1, %2, revision %3, %4, control relation errors: %5")
               .arg(number, contest.id)
               .arg(protocol->revision)
               .arg(entryStatusName(entries.status(protocol->id)),
                    errors ? QString::number(*errors) : tr("not checked (imported)"))
        << Qt::endl;
    for (const HistoryEntry &entry : entries.history(protocol->id)) {
        QStringList changes;
        for (const ProtocolChange &change : entry.changes)
            changes << QStringLiteral("%1: %2 -> %3").arg(change.key, change.before, change.after);
        out << entry.revision << '\t' << entry.savedAt.toString(Qt::ISODate) << '\t' << entry.savedBy << '\t'
            << (entry.action == HistoryEntry::Action::Verify ? "verify" : "save") << '\t'
            << changes.join(QStringLiteral("; ")) << Qt::endl;
    }
    return Success;
}

} // namespace saylau
