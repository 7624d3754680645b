#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace saylau {

// Recomputes a view after the campaign changed, once per burst of changes and only when the view can be
// seen: a hidden charts window does not redraw 100,000 precincts after every saved protocol, and catches up
// when it is shown. Lives in the charts library because every desktop view links it.
class DeferredRefresh : public QObject
{
    Q_OBJECT

public:
    DeferredRefresh(QWidget *view, std::function<void()> refresh);

    // Soon, when the view is shown; otherwise the next time it is.
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    QWidget *m_view;
    std::function<void()> m_refresh;
    QTimer m_timer;
    bool m_pending = false;
};

} // namespace saylau
