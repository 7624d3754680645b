#pragma once

#include <QMenu>
#include <QStringList>

namespace saylau {

// File > Open Recent: the last campaign files opened, newest first, kept in QSettings across starts.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFilesMenu(QWidget *parent = nullptr);

    static QStringList files();
    // Moves the file to the top of the list (adding it when new) and drops the oldest beyond MaxFiles.
    void addFile(const QString &path);

signals:
    void fileChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void clearFiles();
    void retranslateUi();
};

} // namespace saylau
