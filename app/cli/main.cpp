#include "Command.h"
#include "CommandRegistry.h"
#include "domain/BuildInfo.h"
#include "io/Language.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

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
    const QString command = arguments.value(1);

    // Only `saylau chart` and a PDF report draw (Qt Charts needs a QApplication); the other commands stay
    // headless. Without a display the chart is drawn offscreen: to files at an explicit size, never a screen.
    bool draws = command == QLatin1String("chart");
    for (qsizetype i = 2; command == QLatin1String("report") && i < arguments.size(); ++i)
        draws = draws || arguments.at(i).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (draws && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(draws ? new QApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
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
