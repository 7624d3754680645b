#include "RestoreCommand.h"

#include "storage/OnlineBackup.h"

namespace saylau {

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"), tr("Restore a backup into a new campaign file"))
{
    addArgument(QStringLiteral("BACKUP"), tr("The backup to restore."));
    addOption({QStringLiteral("to"), tr("The new campaign file (must not exist)."), QStringLiteral("NEW.db")},
              Presence::Required);
}

int RestoreCommand::run(QTextStream &out, QTextStream &)
{
    OnlineBackup::restore(argument(0), value(QStringLiteral("to")));
    out << value(QStringLiteral("to")) << Qt::endl;
    return Success;
}

} // namespace saylau
