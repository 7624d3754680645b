#pragma once

#include "render/ChartRenderer.h"

#include <QWidget>

#include <optional>

namespace saylau {

// Shows a chart on screen exactly as it will be exported: the renderer paints a 16:9 slide, centred in the
// widget, so what the press staff see is what the projector gets.
class ChartCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit ChartCanvas(QWidget *parent = nullptr);

    void setRenderer(std::optional<ChartRenderer> renderer);
    void setMessage(const QString &message);

    QSize sizeHint() const override { return {960, 540}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<ChartRenderer> m_renderer;
    QString m_message;
};

} // namespace saylau
