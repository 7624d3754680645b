#include "KitCommand.h"

#include "storage/CampaignStore.h"
#include "storage/OfficeKit.h"

namespace saylau {

QString KitCommand::name() const
{
    return QStringLiteral("kit");
}

QString KitCommand::description() const
{
    return tr("Issue an office's campaign file with its own signing key (headquarters keeps its public key)");
}

int KitCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption officeOption(QStringLiteral("office"), tr("The office's name."), QStringLiteral("NAME"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"), tr("A region (by code) the office may change; repeat for several. Default: all."),
        QStringLiteral("CODE"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The office's new campaign file."),
                                       QStringLiteral("OFFICE.db"));
    parser.addOptions({officeOption, regionOption, outOption});
    const QString usage = tr("Usage: saylau kit HQ.db --office NAME [--region CODE…] --out OFFICE.db");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    if (!parser.isSet(officeOption) || !parser.isSet(outOption)) {
        err << tr("saylau kit: --office NAME and --out FILE are required") << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    const auto store = CampaignStore::open(parser.positionalArguments().constFirst());
    OfficeKit::issue(*store, parser.value(officeOption), parser.values(regionOption), parser.value(outOption));
    out << tr("Kit for office %1 written to %2").arg(parser.value(officeOption), parser.value(outOption)) << Qt::endl;
    return Success;
}

} // namespace saylau
