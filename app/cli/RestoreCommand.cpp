#include "RestoreCommand.h"

#include "storage/OnlineBackup.h"

namespace saylau {

QString RestoreCommand::name() const
{
    return QStringLiteral("restore");
}

QString RestoreCommand::description() const
{
    return tr("Restore a backup into a new campaign file");
}

int RestoreCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The new campaign file (must not exist)."),
                                      QStringLiteral("NEW.db"));
    parser.addOption(toOption);
    const QString usage = tr("Usage: saylau restore BACKUP --to NEW.db");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    if (!parser.isSet(toOption)) {
        err << tr("saylau restore: --to NEW.db is required") << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    OnlineBackup::restore(parser.positionalArguments().at(0), parser.value(toOption));
    out << parser.value(toOption) << Qt::endl;
    return Success;
}

} // namespace saylau
