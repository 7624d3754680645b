#include "DeferredRefresh.h"

#include <QEvent>
#include <QWidget>

namespace saylau {

DeferredRefresh::DeferredRefresh(QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &DeferredRefresh::run);
    view->installEventFilter(this);
}

void DeferredRefresh::request()
{
    m_pending = true;
    if (m_view->isVisible())
        m_timer.start();
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_pending)
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

void DeferredRefresh::run()
{
    if (!m_pending || !m_view->isVisible())
        return;
    m_pending = false;
    m_refresh();
}

} // namespace saylau
