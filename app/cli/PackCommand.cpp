#include "PackCommand.h"

#include "storage/CampaignStore.h"
#include "storage/PackageWriter.h"

namespace saylau {

QString PackCommand::name() const
{
    return QStringLiteral("pack");
}

QString PackCommand::description() const
{
    return tr("Make a signed exchange package for headquarters or for an office");
}

int PackCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The package file to write."),
                                       QStringLiteral("PACKAGE"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       tr("Everything, not only what the recipient has not confirmed having."));
    const QCommandLineOption forOption(QStringLiteral("for"),
                                       tr("The office the package is for (headquarters must name one)."),
                                       QStringLiteral("NAME"));
    parser.addOptions({outOption, allOption, forOption});
    const QString usage = tr("Usage: saylau pack FILE.db --out PACKAGE [--all] [--for NAME]");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    if (!parser.isSet(outOption)) {
        err << tr("saylau pack: --out PACKAGE is required") << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    const auto store = CampaignStore::open(parser.positionalArguments().constFirst());
    PackageWriter writer(*store);
    const QString recipient = parser.isSet(forOption) ? parser.value(forOption) : writer.defaultRecipient();
    const PackageWriter::Contents contents = writer.write(parser.value(outOption), recipient, parser.isSet(allOption));
    out << tr("Package for %1: %n protocol revision(s)", nullptr, contents.protocols).arg(recipient) << ", "
        << tr("%n photo(s)", nullptr, contents.photos) << ", " << tr("%n history row(s)", nullptr, contents.history)
        << ", " << tr("%n new territory node(s)", nullptr, contents.territory) << Qt::endl;
    return Success;
}

} // namespace saylau
