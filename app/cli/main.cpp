#include "Command.h"
#include "CommandRegistry.h"


#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saylau"));
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAYLAU_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return saylau::CommandRegistry().run(QCoreApplication::arguments(), out, err);
}
