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

HistoryCommand::HistoryCommand()
    : CampaignCommand(QStringLiteral("history"),
                      tr("Show every save of a precinct's protocol, typed or imported: who, when, what changed"),
                      CampaignStore::Access::ReadOnly)
{
    addArgument(QStringLiteral("PRECINCT"), tr("The precinct's number."));
    addContestOption();
    addOption({QStringLiteral("copy"), tr("The observer copy (default: the first one)."), QStringLiteral("COPY")});
    addSourceOption(SourceChoice::ObserverOrOfficial, tr("Whose protocol: observer (the default) or official."),
                    QStringLiteral("observer"));
}

std::optional<Protocol> HistoryCommand::protocolAt(const CampaignStore &store, qint64 precinctId,
                                                   const QString &contestId) const
{
    for (const Protocol &p : store.protocolsAt(precinctId, contestId)) {
        if (p.source == *source() && (!isSet(QStringLiteral("copy")) || p.copy == value(QStringLiteral("copy"))))
            return p;
    }
    return std::nullopt;
}

int HistoryCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const Contest contest = selectedContest(store);
    const QString number = argument(1);
    const QList<qint64> path = TerritorySearch(store).pathToPrecinct(number);
    if (path.isEmpty())
        throw SaylauError(tr("%1 has no precinct No. %2").arg(store.path(), number));
    const std::optional<Protocol> protocol = protocolAt(store, path.constLast(), contest.id);
    if (!protocol)
        throw SaylauError(tr("precinct No. %1 has no %2 protocol of %3")
                              .arg(number, sourceKindName(*source()), contest.id));

    const EntryStore entries(store);
    const std::optional<int> errors = entries.relationErrors(protocol->id);
    // First line: the protocol as it stands, in the program's language; then one tab-separated line per save,
    // oldest first.
    out << tr("precinct %1, %2, revision %3, %4, control relation errors: %5")
               .arg(number, contest.displayName(), QString::number(protocol->revision),
                    entries.status(protocol->id) == EntryStatus::Verified ? tr("verified") : tr("entered"),
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
