#include "Command.h"
#include "CommandRegistry.h"
#include "domain/BuildInfo.h"


#include <QApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Only `saylau chart` and a PDF report draw (Qt Charts needs a QApplication); the other commands stay
    // headless. Without a display the chart is drawn offscreen: to files at an explicit size, never a screen.
    bool draws = argc > 1 && std::strcmp(argv[1], "chart") == 0;
    for (int i = 2; argc > 1 && std::strcmp(argv[1], "report") == 0 && i < argc; ++i)
        draws = draws || QByteArray(argv[i]).toLower().endsWith(".pdf");
    if (draws && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(draws ? new QApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("saylau"));
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDesk"));
    QCoreApplication::setApplicationVersion(saylau::BuildInfo::version());

    // The user's language where a catalogue exists (saylau_ru, saylau_kk); CSV and JSON stay as documented.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("saylau"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return saylau::CommandRegistry().run(QCoreApplication::arguments(), out, err);
}
