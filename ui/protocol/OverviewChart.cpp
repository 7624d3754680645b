#include "OverviewChart.h"

#include "analysis/NumberFormat.h"

#include <QPainter>

#include <algorithm>

namespace saylau {

namespace {

// Two bars and the gap under them, per party.
int rowHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 6;
}

} // namespace

OverviewChart::OverviewChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void OverviewChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    setVisible(!m_bars.isEmpty());
    updateGeometry();
    update();
}

QSize OverviewChart::sizeHint() const
{
    return {320, int(m_bars.size()) * rowHeight(fontMetrics()) + 4};
}

void OverviewChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const NumberFormat format(locale(), 1);
    int labelWidth = 0;
    for (const Bar &bar : std::as_const(m_bars))
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
    labelWidth = std::min(labelWidth + 12, width() / 3);
    const QString widest = QStringLiteral("%1 / %1").arg(format.percent(Percentage(1, 1)));
    const int valueWidth = metrics.horizontalAdvance(widest) + 12;
    const int barLeft = labelWidth;
    const int barSpan = std::max(10, width() - barLeft - valueWidth);
    const int step = rowHeight(metrics);
    const int half = (step - 4) / 2;
    for (int row = 0; row < m_bars.size(); ++row) {
        const Bar &bar = m_bars.at(row);
        const int top = 2 + row * step;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, top, labelWidth - 6, step - 4), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 6));
        const auto length = [barSpan](const Percentage &share) {
            return share.isDefined() ? int(barSpan * std::clamp(share.value(), 0.0, 100.0) / 100.0) : 0;
        };
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.color);
        painter.drawRect(barLeft, top, length(bar.observer), half);
        QColor pale = bar.color;
        pale.setAlpha(90);
        painter.setBrush(pale);
        painter.drawRect(barLeft, top + half, length(bar.official), half);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString values = QStringLiteral("%1 / %2").arg(
            bar.observer.isDefined() ? format.percent(bar.observer) : NumberFormat::undefined(),
            bar.official.isDefined() ? format.percent(bar.official) : NumberFormat::undefined());
        painter.drawText(QRect(barLeft + barSpan + 6, top, valueWidth - 6, step - 4), Qt::AlignLeft | Qt::AlignVCenter,
                         values);
    }
}

} // namespace saylau
