#include "BackupCommand.h"

#include "storage/BackupFolder.h"
#include "storage/CampaignStore.h"

namespace saylau {

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::description() const
{
    return tr("Copy a campaign into a folder as a checked backup, even while it is being written");
}

int BackupCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The folder to write the backup into."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        tr("Keep only the newest N backups of this campaign there (default: all)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({toOption, keepOption});
    const QString usage = tr("Usage: saylau backup FILE --to DIR [--keep N]");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    bool keepIsNumber = false;
    const int keep = parser.value(keepOption).toInt(&keepIsNumber);
    if (!parser.isSet(toOption) || !keepIsNumber || keep < 0) {
        err << tr("saylau backup: --to DIR is required, and --keep takes a number of backups") << Qt::endl
            << usage << Qt::endl;
        return Failure;
    }
    const QString path = parser.positionalArguments().at(0);
    const auto store = CampaignStore::open(path);
    out << BackupFolder(parser.value(toOption), BackupFolder::campaignName(path), keep).take(*store) << Qt::endl;
    return Success;
}

} // namespace saylau
