#include "RecentFilesMenu.h"

#include "storage/CampaignLocation.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>

namespace saylau {

namespace {

QString settingsKey()
{
    return QStringLiteral("ui/recentFiles");
}

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    // Built when shown, so that a second window's additions appear too.
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    retranslateUi();
}

QStringList RecentFilesMenu::files()
{
    return QSettings().value(settingsKey()).toStringList();
}

void RecentFilesMenu::addFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    QSettings().setValue(settingsKey(), list);
}

void RecentFilesMenu::clearFiles()
{
    QSettings().remove(settingsKey());
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    int number = 0;
    for (const QString &path : list) {
        ++number;
        // Numbered accelerators, as in every desktop program: Alt+F, R, 1 opens the last file.
        const QString text = QStringLiteral("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&")));
        QAction *action = addAction(text, this, [this, path] { emit fileChosen(path); });
        action->setEnabled(CampaignLocation::looksLikeServer(path) || QFileInfo::exists(path));
    }
    if (list.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("&Clear List"), this, &RecentFilesMenu::clearFiles);
}

void RecentFilesMenu::retranslateUi()
{
    setTitle(tr("Open &Recent"));
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace saylau
