#pragma once

#include <QSize>

class QWidget;

namespace saylau {

// Windows open within the screen they are on: a regional office's 1366×768 laptop shows every window whole,
// status bar and all, and a larger screen gets the size the window would like.
class WindowPlacement
{
public:
    // Resizes a window to `preferred`, no larger than the available screen (frame included), and centres it
    // there when it would stand out of it.
    static void fit(QWidget *window, QSize preferred);
    // After restoreGeometry(): a window remembered from a larger screen is brought back within this one.
    static void keepWithinScreen(QWidget *window);
    // Shows a window asked for again from a menu: back from minimised, in front, with the focus.
    static void bringBack(QWidget *window);
};

} // namespace saylau
