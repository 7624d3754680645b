#include "ImportCommand.h"

#include "analysis/NumberFormat.h"
#include "io/ColumnMapping.h"
#include "io/Importer.h"
#include "storage/CampaignStore.h"

#include <QElapsedTimer>

namespace saylau {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::description() const
{
    return tr("Import official or observer results from a CSV file");
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption(QStringLiteral("contest"), tr("Contest to import into (may be left out "
                                                                         "when the file has one)."), tr("id"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("Whose figures: official or observer."),
                                          tr("source"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
                                           tr("Column mapping (JSON) to start from; headers it does not name are "
                                              "matched automatically."), tr("file"));
    const QCommandLineOption saveMappingOption(QStringLiteral("save-mapping"),
                                               tr("Write the mapping used to this JSON file."), tr("file"));
    const QCommandLineOption ballotOption(QStringLiteral("ballot-from-file"),
                                          tr("Add the file's parties to the contest's ballot, in column order."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Check and report, store nothing."));
    const QCommandLineOption strictOption(QStringLiteral("strict"), tr("A column that maps to nothing is an error."));
    const QCommandLineOption skipBadOption(QStringLiteral("skip-bad"),
                                           tr("Import the good rows; write the bad ones with reasons to this file."),
                                           tr("rejects.csv"));
    const QCommandLineOption levelOption(QStringLiteral("level"),
                                         tr("What a row is: precinct, district (TIK) or region."), tr("level"),
                                         QStringLiteral("precinct"));
    const QCommandLineOption copyOption(QStringLiteral("copy"), tr("Label of this observer copy (several copies "
                                                                   "of one precinct are kept apart by it)."),
                                        tr("label"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"),
                                            tr("Who imports: named in the import record and in the history of "
                                               "every protocol whose figures the file replaces."),
                                            tr("name"));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        tr("How long to wait, when another program is writing to the campaign, before giving up (default %1).")
            .arg(CampaignStore::defaultWait.count()),
        tr("seconds"), QString::number(CampaignStore::defaultWait.count()));
    const QCommandLineOption territoryOnlyOption(
        QStringLiteral("territory-only"),
        tr("The file is a precinct list (region, TIK, precinct, address): create the precincts it names and set "
           "their addresses; no figures are stored."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), tr("No progress on stderr."));
    const QCommandLineOption showMappingOption(QStringLiteral("show-mapping"),
                                               tr("Print how each column is mapped (always done with --dry-run)."));
    parser.addOptions({contestOption, sourceOption, mappingOption, saveMappingOption, ballotOption, dryRunOption,
                       strictOption, skipBadOption, levelOption, copyOption, operatorOption, waitOption, quietOption,
                       showMappingOption, territoryOnlyOption});
    const QString usage = tr("Usage: saylau import FILE.db DATA.csv --contest C --source official|observer "
                             "[--mapping M.json] [--ballot-from-file] [--dry-run] [--strict] "
                             "[--skip-bad REJECTS.csv] [--level precinct|district|region] [--wait SECONDS]\n"
                             "       saylau import FILE.db LIST.csv --territory-only [--contest C]");
    if (const auto exit = parse(parser, arguments, 2, usage, out, err))
        return *exit;

    Importer::Options options;
    options.territoryOnly = parser.isSet(territoryOnlyOption);
    // A precinct list stores no figures, so it is nobody's source; its mapping is kept with the official ones.
    const auto source = options.territoryOnly && !parser.isSet(sourceOption)
        ? std::optional<SourceKind>(SourceKind::Official)
        : sourceKindFromName(parser.value(sourceOption));
    if (!source) {
        err << tr("saylau import: --source must be official or observer") << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    options.source = *source;
    bool levelOk = false;
    options.level = TerritoryNode::levelFromName(parser.value(levelOption), &levelOk);
    if (!levelOk || options.level == TerritoryNode::Level::Country) {
        err << tr("saylau import: --level must be precinct, district or region") << Qt::endl;
        return Failure;
    }
    options.ballotFromFile = parser.isSet(ballotOption);
    options.dryRun = parser.isSet(dryRunOption);
    options.strict = parser.isSet(strictOption);
    options.rejectsPath = parser.value(skipBadOption);
    options.copy = parser.value(copyOption);
    options.operatorName = parser.value(operatorOption);

    bool waitOk = false;
    const int wait = parser.value(waitOption).toInt(&waitOk);
    if (!waitOk || wait < 0) {
        err << tr("saylau import: --wait must be a whole number of seconds") << Qt::endl;
        return Failure;
    }

    const QStringList positional = parser.positionalArguments();
    auto store = CampaignStore::open(positional.at(0), CampaignStore::Access::ReadWrite, std::chrono::seconds(wait));
    // The territory is the campaign's, not a contest's: a list needs a contest only to read its headers by,
    // and without --contest the first one does.
    const QList<Contest> contests = store->contests();
    options.contestId = options.territoryOnly && !parser.isSet(contestOption) && !contests.isEmpty()
        ? contests.constFirst().id
        : resolveContest(*store, parser.value(contestOption)).id;
    std::optional<ColumnMapping> saved;
    if (parser.isSet(mappingOption))
        saved = ColumnMapping::load(parser.value(mappingOption));

    QElapsedTimer timer;
    timer.start();
    Importer importer(*store, positional.at(1), options, saved ? &*saved : nullptr);
    if (parser.isSet(saveMappingOption))
        importer.mapping().save(parser.value(saveMappingOption));
    if (options.dryRun || parser.isSet(showMappingOption)) {
        // The mapping for confirmation: what each column becomes, and how sure the automatic match is.
        const ColumnMapping &mapping = importer.mapping();
        out << tr("Column mapping:") << Qt::endl;
        for (int i = 0; i < mapping.columns.size(); ++i) {
            const ColumnMapping::Column &column = mapping.columns.at(i);
            QString line = QStringLiteral("  %1. %2 -> %3")
                                     .arg(QString::number(i + 1), column.header.simplified(),
                                          mapping.describe(i, importer.contest()));
            if (column.confidence < 1.0)
                line += tr(" (match %1%)").arg(qRound(column.confidence * 100));
            out << line << Qt::endl;
        }
    }
    if (!parser.isSet(quietOption)) {
        err << tr("%1: %2, %3-separated").arg(positional.at(1), importer.encodingName(), importer.delimiterName())
            << Qt::endl;
        if (importer.usesStoredMapping())
            err << tr("using the column mapping saved for files of this shape") << Qt::endl;
        importer.setProgressHandler([&err](qint64 done, qint64 total) {
            err << '\r' << tr("importing... %1%").arg(total > 0 ? done * 100 / total : 100) << Qt::flush;
        });
    }
    const Importer::Summary summary = importer.run();
    if (!parser.isSet(quietOption))
        err << Qt::endl;

    const NumberFormat format;
    if (options.territoryOnly) {
        for (const QString &line : Importer::precinctListReport(summary))
            out << line << Qt::endl;
        err << tr("%1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2) << Qt::endl;
        return Success;
    }
    out << (summary.dryRun ? tr("Dry run, nothing stored: %1 rows would be imported into %2 (%3)")
                           : tr("Imported %1 rows into %2 (%3)"))
               .arg(format.count(summary.imported), options.contestId, sourceKindName(options.source))
        << Qt::endl;
    out << tr("  rows read: %1; new: %2; replaced: %3; unchanged: %4; rejected: %5; totals rows skipped: %6")
               .arg(format.count(summary.rows),
                    format.count(summary.imported - summary.replaced - summary.unchanged),
                    format.count(summary.replaced), format.count(summary.unchanged), format.count(summary.rejected),
                    format.count(summary.totalsRows))
        << Qt::endl;
    out << tr("  new territory: %1 regions, %2 TIKs, %3 precincts")
               .arg(summary.regionsCreated)
               .arg(summary.districtsCreated)
               .arg(summary.precinctsCreated)
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
        out << tr("  rejected rows and reasons: %1").arg(options.rejectsPath) << Qt::endl;
    err << tr("%1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2) << Qt::endl;
    return Success;
}

} // namespace saylau
