#include "domain/BuildInfo.h"
#include "domain/SaylauError.h"
#include "io/DemoCampaign.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

using namespace saylau;

namespace {

// The demo campaign lives in the user's data folder and is made once, on the first start without a file.
// Returns an empty path (after telling the user why) when it cannot be made.
QString demoCampaignPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.db"));
    if (QFileInfo::exists(path))
        return path;
    try {
        if (!QDir().mkpath(folder))
            throw SaylauError(QCoreApplication::translate("main", "Cannot create the folder %1")
                                  .arg(QDir::toNativeSeparators(folder)));
        DemoCampaign::create(path);
    } catch (const SaylauError &error) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SaylauDesk"),
                              QCoreApplication::translate("main", "The demo campaign could not be created:\n%1")
                                  .arg(error.message()));
        return {};
    }
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SaylauDesk"));
    QApplication::setApplicationName(QStringLiteral("saylau-desk"));
    QApplication::setApplicationVersion(BuildInfo::version());
    // The desktop file's name ties the window to the menu entry and the icon the package installs.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.saylaudesk.SaylauDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.saylaudesk.SaylauDesk.svg")));

    LanguageManager languages;
    languages.apply(LanguageManager::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Election-monitoring desk: protocols, official figures, control relations."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "The campaign file to open (the demo when none)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    MainWindow window(languages);
    window.show();
    const QStringList files = parser.positionalArguments();
    const QString path = files.isEmpty() ? demoCampaignPath() : files.constFirst();
    if (!path.isEmpty())
        window.openCampaign(path);
    return QApplication::exec();
}
