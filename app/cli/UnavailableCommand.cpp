#include "UnavailableCommand.h"

namespace saylau {

UnavailableCommand::UnavailableCommand(const QString &name)
    : Command(name, tr("Not in this build (built with -DSAYLAU_GUI=OFF, without the renderer)"))
{
}

int UnavailableCommand::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() == 2 && (arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h"))) {
        out << usage() << Qt::endl << description() << Qt::endl;
        return Success;
    }
    return run(out, err);
}

QString UnavailableCommand::notInThisBuild(const QString &what)
{
    return tr("%1 is not in this build: it was built without the renderer (-DSAYLAU_GUI=OFF); use a build with "
              "the desktop program").arg(what);
}

int UnavailableCommand::run(QTextStream &, QTextStream &err)
{
    err << tr("saylau %1: %2").arg(name(), notInThisBuild(tr("drawing charts"))) << Qt::endl;
    return Failure;
}

} // namespace saylau
