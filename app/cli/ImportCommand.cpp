#include "ImportCommand.h"

#include "analysis/NumberFormat.h"
#include "io/ColumnMapping.h"

#include <QElapsedTimer>

#include <limits>

namespace saylau {

ImportCommand::ImportCommand()
    : CampaignCommand(QStringLiteral("import"), tr("Import official or observer results from a CSV file"),
                      CampaignStore::Access::ReadWrite, QStringLiteral("FILE.db"))
{
    addArgument(QStringLiteral("DATA.csv"), tr("The results file, or with --territory-only the precinct list."));
    addContestOption(tr("Contest to import into (may be left out when the file has one)."));
    addSourceOption(SourceChoice::ObserverOrOfficial, tr("Whose figures: official or observer."));
    addOption({QStringLiteral("mapping"),
               tr("Column mapping (JSON) to start from; headers it does not name are matched automatically."),
               tr("file")});
    addOption({QStringLiteral("save-mapping"), tr("Write the mapping used to this JSON file."), tr("file")});
    addOption({QStringLiteral("ballot-from-file"), tr("Add the file's parties to the contest's ballot, in column order.")});
    addOption({QStringLiteral("dry-run"), tr("Check and report, store nothing.")});
    addOption({QStringLiteral("strict"), tr("A column that maps to nothing is an error.")});
    addOption({QStringLiteral("skip-bad"), tr("Import the good rows; write the bad ones with reasons to this file."),
               tr("rejects.csv")});
    addOption({QStringLiteral("level"), tr("What a row is: precinct, district (TIK) or region."), tr("level"),
               QStringLiteral("precinct")},
              Presence::Optional, {QStringLiteral("precinct"), QStringLiteral("district"), QStringLiteral("region")});
    addOption({QStringLiteral("copy"),
               tr("Label of this observer copy (several copies of one precinct are kept apart by it)."), tr("label")});
    addOption({QStringLiteral("operator"),
               tr("Who imports: named in the import record and in the history of every protocol whose figures the "
                  "file replaces."),
               tr("name")});
    addOption({QStringLiteral("wait"),
               tr("How long to wait, when another program is writing to the campaign, before giving up (default %1).")
                   .arg(CampaignStore::defaultWait.count()),
               tr("seconds"), QString::number(CampaignStore::defaultWait.count())});
    addOption({QStringLiteral("region"),
               tr("For a file of one region without a region column: the campaign's region its rows lie in."),
               tr("name")});
    addOption({QStringLiteral("quiet"), tr("No progress on stderr.")});
    addOption({QStringLiteral("show-mapping"), tr("Print how each column is mapped (always done with --dry-run).")});
    addOption({QStringLiteral("territory-only"),
               tr("The file is a precinct list (region, TIK, precinct, address): create the precincts it names and "
                  "set their addresses; no figures are stored.")});
}

void ImportCommand::readOptions()
{
    m_options.territoryOnly = isSet(QStringLiteral("territory-only"));
    // A precinct list stores no figures, so it is nobody's source; its mapping is kept with the official ones.
    const auto chosen = m_options.territoryOnly && !isSet(QStringLiteral("source")) ? SourceKind::Official : source();
    if (!chosen)
        throw UsageError(tr("--source must be official or observer"));
    m_options.source = *chosen;
    m_options.level = TerritoryNode::levelFromName(value(QStringLiteral("level")));
    m_options.ballotFromFile = isSet(QStringLiteral("ballot-from-file"));
    m_options.dryRun = isSet(QStringLiteral("dry-run"));
    m_options.strict = isSet(QStringLiteral("strict"));
    m_options.rejectsPath = value(QStringLiteral("skip-bad"));
    m_options.copy = value(QStringLiteral("copy"));
    m_options.operatorName = value(QStringLiteral("operator"));
    m_options.region = value(QStringLiteral("region")).trimmed();
    m_wait = std::chrono::seconds(wholeNumber(QStringLiteral("wait"), 0, std::numeric_limits<int>::max(),
                                              tr("--wait must be a whole number of seconds")));
}

std::chrono::seconds ImportCommand::wait() const
{
    return m_wait;
}

int ImportCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &err)
{
    // The territory is the campaign's, not a contest's: a list needs a contest only to read its headers by,
    // and without --contest the first one does.
    const QList<Contest> contests = store.contests();
    m_options.contestId = m_options.territoryOnly && !isSet(QStringLiteral("contest")) && !contests.isEmpty()
        ? contests.constFirst().id
        : selectedContest(store).id;
    std::optional<ColumnMapping> saved;
    if (isSet(QStringLiteral("mapping")))
        saved = ColumnMapping::load(value(QStringLiteral("mapping")));

    QElapsedTimer timer;
    timer.start();
    const QString data = argument(1);
    Importer importer(store, data, m_options, saved ? &*saved : nullptr);
    if (isSet(QStringLiteral("save-mapping")))
        importer.mapping().save(value(QStringLiteral("save-mapping")));
    if (m_options.dryRun || isSet(QStringLiteral("show-mapping")))
        printMapping(importer, out);
    const bool quiet = isSet(QStringLiteral("quiet"));
    if (!quiet) {
        err << tr("%1: %2, %3-separated").arg(data, importer.encodingName(), importer.delimiterName()) << Qt::endl;
        if (importer.usesStoredMapping())
            err << tr("using the column mapping saved for files of this shape") << Qt::endl;
        importer.setProgressHandler([&err](qint64 done, qint64 total) {
            err << '\r' << tr("importing... %1%").arg(total > 0 ? done * 100 / total : 100) << Qt::flush;
        });
    }
    const Importer::Summary summary = importer.run();
    if (!quiet)
        err << Qt::endl;
    if (m_options.territoryOnly) {
        for (const QString &line : Importer::precinctListReport(summary))
            out << line << Qt::endl;
    } else {
        printSummary(summary, out);
    }
    err << tr("%1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2) << Qt::endl;
    return Success;
}

void ImportCommand::printMapping(const Importer &importer, QTextStream &out)
{
    // The mapping for confirmation: what each column becomes, and how sure the automatic match is.
    const ColumnMapping &mapping = importer.mapping();
    out << tr("Column mapping:") << Qt::endl;
    for (int i = 0; i < mapping.columns.size(); ++i) {
        const ColumnMapping::Column &column = mapping.columns.at(i);
        QString line = QStringLiteral("  %1. %2 -> %3")
                           .arg(QString::number(i + 1), column.header.simplified(), mapping.describe(i, importer.contest()));
        if (column.confidence < 1.0)
            line += tr(" (match %1%)").arg(qRound(column.confidence * 100));
        out << line << Qt::endl;
    }
}

void ImportCommand::printSummary(const Importer::Summary &summary, QTextStream &out) const
{
    const NumberFormat format;
    out << (summary.dryRun ? tr("Dry run, nothing stored: %1 rows would be imported into %2 (%3)")
                           : tr("Imported %1 rows into %2 (%3)"))
               .arg(format.count(summary.imported), m_options.contestId, sourceKindName(m_options.source))
        << Qt::endl;
    out << tr("  rows read: %1; new: %2; replaced: %3; unchanged: %4; rejected: %5; totals rows skipped: %6")
               .arg(format.count(summary.rows),
                    format.count(summary.imported - summary.replaced - summary.unchanged),
                    format.count(summary.replaced), format.count(summary.unchanged), format.count(summary.rejected),
                    format.count(summary.totalsRows))
        << Qt::endl;
    if (summary.tikSubtotalRows > 0)
        out << tr("  of these, TIK subtotal rows: %1 (a TIK and no precinct, and counts equal to the sum of the "
                  "TIK's precincts)")
                   .arg(format.count(summary.tikSubtotalRows))
            << Qt::endl;
    out << tr("  new territory: %1")
               .arg(QStringList{tr("%Ln region(s)", nullptr, summary.regionsCreated),
                                tr("%Ln TIK(s)", nullptr, summary.districtsCreated),
                                tr("%Ln precinct(s)", nullptr, summary.precinctsCreated)}
                        .join(QStringLiteral(", ")))
        << Qt::endl;
    if (summary.withoutRegionColumn)
        out << tr("  no region column: the TIKs and precincts are at the top of the territory tree, in no region "
                  "(TIKs of one name are one TIK)")
            << Qt::endl;
    if (summary.commissionUnits > 0)
        out << tr("  units counted by a TIK itself (rows with a TIK and no precinct): %1")
                   .arg(format.count(summary.commissionUnits))
            << Qt::endl;
    for (const BallotEntry &entry : summary.ballotAdded)
        out << tr("  added to the ballot: %1. %2").arg(QString::number(entry.position), entry.name) << Qt::endl;
    for (const QString &header : summary.unmappedHeaders)
        out << tr("  column kept as text (maps to nothing): %1").arg(header.simplified()) << Qt::endl;
    if (summary.rejected > 0)
        out << tr("  rejected rows and reasons: %1").arg(m_options.rejectsPath) << Qt::endl;
    for (const QString &warning : Importer::mappingWarnings(summary))
        out << QStringLiteral("  ") << warning << Qt::endl;
}

} // namespace saylau
