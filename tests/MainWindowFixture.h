#pragma once

#include "main/LanguageManager.h"
#include "main/MainWindow.h"

#include <QTest>

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
};
