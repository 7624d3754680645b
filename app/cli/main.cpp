#include "Command.h"
#include "CommandRegistry.h"


#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Only `saylau chart` draws (Qt Charts needs a QApplication); the other commands stay headless. Without a
    // display the chart is drawn offscreen: it renders to files at an explicit size, never to a screen.
    const bool draws = argc > 1 && std::strcmp(argv[1], "chart") == 0;
    if (draws && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(draws ? new QApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("saylau"));
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAYLAU_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return saylau::CommandRegistry().run(QCoreApplication::arguments(), out, err);
}
