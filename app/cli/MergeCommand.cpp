#include "MergeCommand.h"

#include "storage/CampaignStore.h"
#include "storage/PackageMerger.h"

namespace saylau {

QString MergeCommand::name() const
{
    return QStringLiteral("merge");
}

QString MergeCommand::description() const
{
    return tr("Merge signed exchange packages into a campaign (exit 1 when conflicts were kept)");
}

int MergeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString usage = tr("Usage: saylau merge TARGET.db PACKAGE…");
    // Any number of packages: everything after the command's name that is not an option is a file.
    const auto files = std::count_if(arguments.cbegin() + 1, arguments.cend(),
                                     [](const QString &argument) { return !argument.startsWith(QLatin1Char('-')); });
    if (const auto exit = parse(parser, arguments, int(qMax<qsizetype>(2, files)), usage, out, err))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const auto store = CampaignStore::open(positional.constFirst());
    const QList<PackageMerger::Summary> summaries = PackageMerger(*store).merge(positional.mid(1));
    bool conflicts = false;
    for (const PackageMerger::Summary &summary : summaries) {
        out << tr("%1 from %2: %3 new, %4 updated, %5 unchanged, %6 conflicts; %7 photos, %8 history rows, "
                  "%9 new territory nodes")
                   .arg(summary.path, summary.sender)
                   .arg(summary.newProtocols)
                   .arg(summary.updated)
                   .arg(summary.unchanged)
                   .arg(summary.conflicts)
                   .arg(summary.photos)
                   .arg(summary.history)
                   .arg(summary.territory)
            << Qt::endl;
        for (const QString &line : summary.setAside)
            out << tr("  set aside: %1").arg(line) << Qt::endl;
        conflicts = conflicts || summary.conflicts > 0;
    }
    return conflicts ? Findings : Success;
}

} // namespace saylau
