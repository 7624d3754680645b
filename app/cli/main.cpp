#include "Command.h"
#include "CommandRegistry.h"
#include "domain/BuildInfo.h"
#include "io/Language.h"

#ifdef SAYLAU_HAS_RENDER
#include <QApplication>
#endif
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace {

// Only a command that draws (Qt Charts, PDF) gets a QApplication; the others stay headless. Without a display
// the drawing is done offscreen: to files at an explicit size, never a screen.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[], bool draws)
{
#ifdef SAYLAU_HAS_RENDER
    if (draws) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
#else
    Q_UNUSED(draws)
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    // --lang, anywhere on the line, over the environment: the user's language for words, dates and numbers.
    // CSV and JSON stay as documented whatever the language.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QString language = saylau::Language::fromEnvironment();
    bool languageValid = true;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) != QLatin1String("--lang") && !arguments.at(i).startsWith(QLatin1String("--lang=")))
            continue;
        const bool joined = arguments.at(i).contains(QLatin1Char('='));
        language = joined ? arguments.at(i).section(QLatin1Char('='), 1) : arguments.value(i + 1);
        languageValid = languageValid && saylau::Language::codes().contains(language);
        arguments.remove(i, joined || i + 1 == arguments.size() ? 1 : 2);
        --i;
    }

    // The command says whether it draws. It is asked before the application exists, so before the translations
    // are loaded: the registry that runs it is made afresh below, with its help in the user's language.
    const bool draws = saylau::CommandRegistry().needsGuiApplication(arguments);
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, draws);
    QCoreApplication::setApplicationName(QStringLiteral("saylau"));
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDesk"));
    QCoreApplication::setApplicationVersion(saylau::BuildInfo::version());

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!languageValid) {
        err << saylau::Command::tr("saylau: --lang must be one of %1")
                   .arg(saylau::Language::codes().join(QStringLiteral(", ")))
            << Qt::endl;
        return saylau::Command::Failure;
    }
    saylau::Language catalogue;
    catalogue.apply(language);
    return saylau::CommandRegistry().run(arguments, out, err);
}
