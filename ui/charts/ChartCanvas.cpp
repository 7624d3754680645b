#include "ChartCanvas.h"

#include <QPainter>

namespace saylau {

ChartCanvas::ChartCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartCanvas"));
    setMinimumSize(480, 270);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartCanvas::setRenderer(std::optional<ChartRenderer> renderer)
{
    m_renderer = std::move(renderer);
    m_message.clear();
    setAccessibleDescription(QString());
    update();
}

void ChartCanvas::setMessage(const QString &message)
{
    m_renderer.reset();
    m_message = message;
    // What a screen reader says instead of the chart: the reason there is none.
    setAccessibleDescription(message);
    update();
}

void ChartCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (!m_renderer) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    QSizeF slide = QSizeF(ChartRenderer::fullHd()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - slide.width()) / 2, (height() - slide.height()) / 2), slide);
    m_renderer->paint(painter, target);
}

} // namespace saylau
