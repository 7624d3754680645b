#pragma once

#include "entry/EntryWindow.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <memory>

// The desktop program's main window in English, shown and exposed, with the LanguageManager it needs: the
// start of every GUI test that drives the main window.
class MainWindowFixture
{
public:
    std::unique_ptr<saylau::LanguageManager> languages;
    std::unique_ptr<saylau::MainWindow> window;

    // False when the window was never exposed.
    bool start()
    {
        languages = std::make_unique<saylau::LanguageManager>();
        languages->apply(QStringLiteral("en"));
        window = std::make_unique<saylau::MainWindow>(*languages);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void stop()
    {
        window.reset();
        languages.reset();
    }

    // Cyrillic through QTest::keyClicks aborts: one key event per character, with the character as its text.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    // In the File > New dialog: the campaign file's path typed over the one proposed, and Return to create it.
    static void acceptNewCampaignAt(QWidget *dialog, const QString &path)
    {
        auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        pathEdit->setFocus();
        QTest::keyClick(pathEdit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(pathEdit, path);
        QTest::keyClick(pathEdit, Qt::Key_Return);
    }

    // Protocols > Enter Protocols, the operator's name typed into the dialog that asks it first. nullptr when
    // no entry window opened.
    saylau::EntryWindow *openEntryWindow(const QString &operatorName)
    {
        QTimer::singleShot(0, window.get(), [operatorName] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *name = dialog->findChild<QComboBox *>();
            name->setFocus();
            typeText(name, operatorName);
            QTest::keyClick(name, Qt::Key_Return);
        });
        window->findChild<QAction *>(QStringLiteral("entryAction"))->trigger();
        auto *entry = window->findChild<saylau::EntryWindow *>();
        if (entry)
            entry->activateWindow();
        return entry;
    }
};
