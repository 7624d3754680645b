#include "HistoryCommand.h"

#include "domain/SaylauError.h"
#include "entry/EntryStore.h"
#include "storage/CampaignStore.h"
#include "storage/TerritorySearch.h"

namespace saylau {

namespace {

// Machine-readable like the rest of the line, so not translated.
const char *actionName(const HistoryEntry &entry)
{
    if (entry.importRunId)
        return "import";
    return entry.action == HistoryEntry::Action::Verify ? "verify" : "save";
}

} // namespace

QString HistoryCommand::name() const
{
    return QStringLiteral("history");
}

QString HistoryCommand::description() const
{
    return tr("Show every save of a precinct's protocol, typed or imported: who, when, what changed");
}

int HistoryCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption(QStringLiteral("contest"), tr("The contest (may be left out when the file has one)."),
                                           QStringLiteral("ID"));
    const QCommandLineOption copyOption(QStringLiteral("copy"), tr("The observer copy (default: the first one)."),
                                        QStringLiteral("COPY"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          tr("Whose protocol: observer (the default) or official."),
                                          QStringLiteral("SOURCE"), QStringLiteral("observer"));
    parser.addOptions({contestOption, copyOption, sourceOption});
    const QString usage = tr("Usage: saylau history FILE PRECINCT [--contest ID] [--copy COPY] "
                             "[--source observer|official]");
    if (const auto exit = parse(parser, arguments, 2, usage, out, err))
        return *exit;
    const std::optional<SourceKind> source = sourceKindFromName(parser.value(sourceOption));
    if (!source) {
        err << tr("saylau history: --source must be official or observer") << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    auto store = CampaignStore::open(parser.positionalArguments().at(0), CampaignStore::Access::ReadOnly);
    const Contest contest = resolveContest(*store, parser.value(contestOption));
    const QString number = parser.positionalArguments().at(1);
    const QList<qint64> path = TerritorySearch(*store).pathToPrecinct(number);
    if (path.isEmpty())
        throw SaylauError(tr("%1 has no precinct No. %2").arg(store->path(), number));

    std::optional<Protocol> protocol;
    for (const Protocol &p : store->protocolsAt(path.constLast(), contest.id)) {
        if (p.source == *source && (!parser.isSet(copyOption) || p.copy == parser.value(copyOption))) {
            protocol = p;
            break;
        }
    }
    if (!protocol)
        throw SaylauError(tr("precinct No. %1 has no %2 protocol of %3")
                              .arg(number, sourceKindName(*source), contest.id));

    const EntryStore entries(*store);
    const std::optional<int> errors = entries.relationErrors(protocol->id);
    // First line: the protocol as it stands; then one tab-separated line per save, oldest first.
    out << tr("precinct %1, %2, revision %3, %4, control relation errors: %5")
               .arg(number, contest.id, QString::number(protocol->revision), entryStatusName(entries.status(protocol->id)),
                    errors ? QString::number(*errors) : tr("not checked (imported)"))
        << Qt::endl;
    for (const HistoryEntry &entry : entries.history(protocol->id)) {
        QStringList changes;
        for (const ProtocolChange &change : entry.changes)
            changes << QStringLiteral("%1: %2 -> %3").arg(change.key, change.before, change.after);
        out << entry.revision << '\t' << entry.savedAt.toString(Qt::ISODate) << '\t' << entry.savedBy << '\t'
            << actionName(entry) << '\t' << changes.join(QStringLiteral("; ")) << Qt::endl;
    }
    return Success;
}

} // namespace saylau
