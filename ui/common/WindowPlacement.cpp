#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace saylau {

namespace {

// Room for the title bar and borders the window manager adds around the client area; measured on the
// desktops the offices use (about 30 px of title, a few px of border).
const QSize frameAllowance(16, 48);

QRect availableFor(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
}

} // namespace

void WindowPlacement::fit(QWidget *window, QSize preferred)
{
    const QRect available = availableFor(window);
    window->resize(preferred.boundedTo(available.size() - frameAllowance));
    keepWithinScreen(window);
}

void WindowPlacement::keepWithinScreen(QWidget *window)
{
    const QRect available = availableFor(window);
    const QSize room = available.size() - frameAllowance;
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room));
    const QRect frame = window->frameGeometry();
    if (!available.contains(frame)) {
        QRect centred(QPoint(), frame.size());
        centred.moveCenter(available.center());
        window->move(centred.topLeft().x() + (window->x() - frame.x()), centred.topLeft().y() + (window->y() - frame.y()));
    }
}

void WindowPlacement::bringBack(QWidget *window)
{
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace saylau
