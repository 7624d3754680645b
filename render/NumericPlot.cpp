#include "NumericPlot.h"

#include "ChartStyle.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace saylau {

namespace {

QString tickLabel(double value, bool percent)
{
    const QString number = QLocale().toString(qint64(std::llround(value)));
    return percent ? number + QLatin1Char('%') : number;
}

// The words of `text` on two lines of `width`, the second cut with "…" when they do not fit.
QString twoLines(const QFontMetricsF &metrics, const QString &text, double width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString longer = first.isEmpty() ? words.at(used) : first + QLatin1Char(' ') + words.at(used);
        if (!first.isEmpty() && metrics.horizontalAdvance(longer) > width)
            break;
        first = longer;
    }
    const QString second = words.mid(used).join(QLatin1Char(' '));
    first = metrics.elidedText(first, Qt::ElideRight, width);
    return second.isEmpty() ? first : first + QLatin1Char('\n') + metrics.elidedText(second, Qt::ElideRight, width);
}

} // namespace

NumericPlot::NumericPlot(const ChartSpec &spec)
    : m_spec(spec)
{
}

QColor NumericPlot::heatColor(int count, int largest)
{
    if (count <= 0)
        return Qt::white;
    // Viridis at five stops, from few precincts (light) to many (dark), so an empty cell (white) and a cell
    // of one precinct still differ.
    static const QColor stops[] = {QColor(0xfd, 0xe7, 0x25), QColor(0x5e, 0xc9, 0x62), QColor(0x21, 0x91, 0x8c),
                                   QColor(0x3b, 0x52, 0x8b), QColor(0x44, 0x01, 0x54)};
    const double position = largest > 1 ? std::log(double(count)) / std::log(double(largest)) : 1.0;
    const double scaled = std::clamp(position, 0.0, 1.0) * 4;
    const int i = std::min(3, int(scaled));
    const double f = scaled - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QPointF NumericPlot::map(const QRectF &plot, double x, double y) const
{
    return {plot.left() + (x - m_spec.xMin) / (m_spec.xMax - m_spec.xMin) * plot.width(),
            plot.bottom() - (y - m_spec.yMin) / (m_spec.yMax - m_spec.yMin) * plot.height()};
}

double NumericPlot::paintLegend(QPainter &painter, const QRectF &rect, double unit) const
{
    painter.setFont(ChartStyle::font(22 * unit));
    const QFontMetricsF metrics(painter.font());
    double x = rect.left();
    double y = rect.top();
    const double line = metrics.height() + 6 * unit;
    bool any = false;
    for (const ChartSpec::Curve &curve : m_spec.curves) {
        if (curve.name.isEmpty())
            continue;
        any = true;
        const double width = 40 * unit + metrics.horizontalAdvance(curve.name) + 32 * unit;
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += line;
        }
        const QColor color(curve.color);
        const QRectF swatch(x, y + line / 2 - 6 * unit, 30 * unit, 12 * unit);
        if (curve.style == ChartSpec::Curve::Style::Line)
            painter.fillRect(QRectF(swatch.left(), swatch.center().y() - 2 * unit, swatch.width(), 4 * unit), color);
        else if (curve.style == ChartSpec::Curve::Style::Points) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(swatch.center(), 6 * unit, 6 * unit);
        } else
            painter.fillRect(swatch, color);
        painter.setPen(ChartStyle::ink());
        painter.drawText(QRectF(x + 40 * unit, y, width, line), Qt::AlignVCenter | Qt::AlignLeft, curve.name);
        x += width;
    }
    return any ? y + line + 8 * unit - rect.top() : 0;
}

void NumericPlot::paintAxes(QPainter &painter, const QRectF &plot, double unit) const
{
    painter.setFont(ChartStyle::font(20 * unit));
    const QFontMetricsF metrics(painter.font());
    const double yStep = ChartStyle::tickStep(m_spec.yMax - m_spec.yMin);
    const double xStep = ChartStyle::tickStep(m_spec.xMax - m_spec.xMin);
    const bool yPercent = m_spec.heatMap.columns > 0 || m_spec.kind == ChartSpec::Kind::TurnoutShareScatter;
    QPen gridPen(ChartStyle::grid());
    gridPen.setWidthF(1.5 * unit);
    for (double y = m_spec.yMin; y <= m_spec.yMax + yStep * 1e-9; y += yStep) {
        const QPointF at = map(plot, m_spec.xMin, y);
        painter.setPen(gridPen);
        painter.drawLine(QPointF(plot.left(), at.y()), QPointF(plot.right(), at.y()));
        painter.setPen(ChartStyle::muted());
        painter.drawText(QRectF(plot.left() - 200 * unit, at.y() - metrics.height() / 2, 190 * unit, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tickLabel(y, yPercent));
    }
    for (double x = m_spec.xMin; x <= m_spec.xMax + xStep * 1e-9; x += xStep) {
        const QPointF at = map(plot, x, m_spec.yMin);
        painter.setPen(gridPen);
        painter.drawLine(QPointF(at.x(), plot.top()), QPointF(at.x(), plot.bottom()));
        painter.setPen(ChartStyle::muted());
        painter.drawText(QRectF(at.x() - 60 * unit, plot.bottom() + 6 * unit, 120 * unit, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, tickLabel(x, true));
    }
    // Minor ticks at every percentage point along a turnout axis: the saw's teeth sit on them.
    if (m_spec.xMax == 100) {
        QPen tick(ChartStyle::muted());
        tick.setWidthF(1.5 * unit);
        painter.setPen(tick);
        for (int x = int(m_spec.xMin); x <= 100; ++x) {
            const QPointF at = map(plot, x, m_spec.yMin);
            painter.drawLine(at, at + QPointF(0, (x % 5 == 0 ? 8 : 4) * unit));
        }
    }
    painter.setPen(ChartStyle::muted());
    painter.drawText(QRectF(plot.left(), plot.bottom() + 10 * unit + metrics.height(), plot.width(), metrics.height() + 4 * unit),
                     Qt::AlignHCenter | Qt::AlignTop, m_spec.xAxisTitle);
    painter.save();
    painter.translate(plot.left() - 150 * unit - metrics.height(), plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), metrics.height() + 4 * unit), Qt::AlignCenter,
                     m_spec.yAxisTitle);
    painter.restore();
    QPen frame(ChartStyle::muted());
    frame.setWidthF(1.5 * unit);
    painter.setPen(frame);
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
}

void NumericPlot::paintCurves(QPainter &painter, const QRectF &plot, double unit) const
{
    // Dots go into an image of the plot's size, then onto the slide: 95,000 dots as vectors would make an
    // SVG of megabytes. Bars and lines beyond the axis' end are cut at the frame.
    painter.save();
    painter.setClipRect(plot.adjusted(0, -2 * unit, 2 * unit, 0));
    for (const ChartSpec::Curve &curve : m_spec.curves) {
        const QColor color(curve.color);
        switch (curve.style) {
        case ChartSpec::Curve::Style::Bars: {
            // Without antialiasing: a bin one or two pixels wide stays sharp, and the saw stays visible.
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, false);
            for (const QPointF &p : curve.points) {
                if (p.y() <= 0 || p.x() < m_spec.xMin)
                    continue;
                const QPointF top = map(plot, p.x(), p.y());
                const QPointF right = map(plot, p.x() + curve.barWidth, m_spec.yMin);
                painter.fillRect(QRectF(top, right).normalized(), color);
            }
            painter.restore();
            break;
        }
        case ChartSpec::Curve::Style::Line: {
            QPainterPath path;
            for (int i = 0; i < curve.points.size(); ++i) {
                const QPointF at = map(plot, curve.points.at(i).x(), curve.points.at(i).y());
                if (curve.points.at(i).x() < m_spec.xMin)
                    continue;
                if (path.elementCount() == 0)
                    path.moveTo(at);
                else
                    path.lineTo(at);
            }
            QPen pen(color);
            // Thinner over bars, so the bars' tips stay visible under the line.
            pen.setWidthF((m_spec.curves.constFirst().style == ChartSpec::Curve::Style::Bars ? 2 : 3) * unit);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            break;
        }
        case ChartSpec::Curve::Style::Points: {
            QImage image(plot.size().toSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter dots(&image);
            dots.setRenderHint(QPainter::Antialiasing);
            dots.setPen(Qt::NoPen);
            QColor translucent = color;
            // Faint enough that 20 dots on one spot still read as darker than 10.
            translucent.setAlphaF(0.12f);
            dots.setBrush(translucent);
            const double radius = 2.2 * unit;
            for (const QPointF &p : curve.points)
                if (p.x() >= m_spec.xMin)
                    dots.drawEllipse(map(QRectF(QPointF(0, 0), plot.size()), p.x(), p.y()), radius, radius);
            dots.end();
            painter.drawImage(plot, image);
            break;
        }
        }
    }
    painter.restore();
}

void NumericPlot::paintHeatMap(QPainter &painter, const QRectF &plot, const ChartSpec::HeatMap &heat, int largest) const
{
    QImage image(heat.columns, heat.rows, QImage::Format_RGB32);
    for (int row = 0; row < heat.rows; ++row)
        for (int column = 0; column < heat.columns; ++column)
            image.setPixelColor(column, heat.rows - 1 - row, heatColor(heat.counts.at(row * heat.columns + column), largest));
    painter.save();
    // One image pixel per cell, scaled up without smoothing: cells stay square-edged.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(plot, image);
    painter.restore();
}

void NumericPlot::paintColorScale(QPainter &painter, const QRectF &scale, double unit, int largest) const
{
    if (largest <= 0)
        return;
    const int steps = 200;
    for (int i = 0; i < steps; ++i) {
        const int count = int(std::lround(std::pow(double(largest), double(i) / (steps - 1))));
        const double y = scale.bottom() - (i + 1) * scale.height() / steps;
        painter.fillRect(QRectF(scale.left(), y, scale.width(), scale.height() / steps + 0.5), heatColor(count, largest));
    }
    painter.setFont(ChartStyle::font(20 * unit));
    const QFontMetricsF metrics(painter.font());
    painter.setPen(ChartStyle::muted());
    // Powers of ten, and the largest count at the top, so that a small map's scale is read too.
    QList<qint64> ticks;
    for (qint64 value = 1; value <= largest; value *= 10)
        ticks.append(value);
    if (ticks.constLast() * 2 <= largest)
        ticks.append(largest);
    for (qint64 value : std::as_const(ticks)) {
        const double position = largest > 1 ? std::log(double(value)) / std::log(double(largest)) : 0;
        const double y = scale.bottom() - position * scale.height();
        painter.drawLine(QPointF(scale.right(), y), QPointF(scale.right() + 6 * unit, y));
        painter.drawText(QRectF(scale.right() + 10 * unit, y - metrics.height() / 2, 120 * unit, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(value));
    }
    painter.save();
    painter.translate(scale.right() + 110 * unit, scale.center().y());
    painter.rotate(90);
    painter.drawText(QRectF(-scale.height() / 2, 0, scale.height(), metrics.height() + 4 * unit), Qt::AlignCenter,
                     m_spec.heatMap.legendTitle);
    painter.restore();
}

void NumericPlot::paintSmallMultiples(QPainter &painter, const QRectF &rect, double unit) const
{
    int largest = 0;
    for (const ChartSpec::Panel &panel : m_spec.panels)
        for (int count : panel.heatMap.counts)
            largest = std::max(largest, count);
    painter.setFont(ChartStyle::font(20 * unit));
    const double axisLine = QFontMetricsF(painter.font()).height() + 8 * unit;
    // The grid, with room for the axis titles below and to the left and the colour scale to the right.
    const QRectF grid = rect.adjusted(axisLine + 8 * unit, 4 * unit, -230 * unit, -axisLine);
    painter.setFont(ChartStyle::font(13 * unit));
    // Measured on the image drawn into, whose resolution sets the font's pixels.
    const QFontMetricsF titleMetrics(painter.font(), painter.device());
    // Two lines of name: "Республика Башкортостан" cut to one line of a small map would say only "Республ…".
    const double titleHeight = 2 * titleMetrics.height() + 2 * unit;
    const double gap = 10 * unit;
    const int count = int(m_spec.panels.size());
    // As many columns as give the largest square maps.
    int columns = 1;
    double side = 0;
    for (int c = 1; c <= count; ++c) {
        const int rows = (count + c - 1) / c;
        const double s = std::min(grid.width() / c - gap, grid.height() / rows - titleHeight - gap);
        if (s > side) {
            side = s;
            columns = c;
        }
    }
    if (side <= 0)
        return;
    const double cellWidth = grid.width() / columns;
    QPen frame(ChartStyle::muted());
    frame.setWidthF(1 * unit);
    QPen middle(ChartStyle::grid());
    middle.setWidthF(1 * unit);
    for (int i = 0; i < count; ++i) {
        const ChartSpec::Panel &panel = m_spec.panels.at(i);
        const double left = grid.left() + (i % columns) * cellWidth;
        const double top = grid.top() + (i / columns) * (side + titleHeight + gap);
        const QRectF map(left, top + titleHeight, side, side);
        painter.setPen(ChartStyle::ink());
        // A name may run into the gap between maps: the gap keeps maps apart, not names.
        painter.drawText(QRectF(left, top, cellWidth - 3 * unit, titleHeight), Qt::AlignLeft | Qt::AlignBottom,
                         twoLines(titleMetrics, panel.title, cellWidth - 3 * unit));
        paintHeatMap(painter, map, panel.heatMap, largest);
        // 50% of turnout and of share, to read a map without axes.
        painter.setPen(middle);
        painter.drawLine(QPointF(map.center().x(), map.top()), QPointF(map.center().x(), map.bottom()));
        painter.drawLine(QPointF(map.left(), map.center().y()), QPointF(map.right(), map.center().y()));
        painter.setPen(frame);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(map);
    }
    painter.setFont(ChartStyle::font(20 * unit));
    painter.setPen(ChartStyle::muted());
    painter.drawText(QRectF(grid.left(), grid.bottom() + 4 * unit, grid.width(), axisLine), Qt::AlignHCenter | Qt::AlignTop,
                     m_spec.xAxisTitle);
    painter.save();
    painter.translate(rect.left(), grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-grid.height() / 2, 0, grid.height(), axisLine), Qt::AlignCenter, m_spec.yAxisTitle);
    painter.restore();
    paintColorScale(painter, QRectF(grid.right() + 40 * unit, grid.top() + titleHeight, 30 * unit,
                                    std::min(grid.height() - titleHeight, 600 * unit)),
                    unit, largest);
}

void NumericPlot::paint(QPainter &painter, const QRectF &rect, double unit) const
{
    painter.save();
    if (!m_spec.panels.isEmpty()) {
        paintSmallMultiples(painter, rect, unit);
        painter.restore();
        return;
    }
    const double legend = paintLegend(painter, rect, unit);
    const bool heat = m_spec.heatMap.columns > 0;
    painter.setFont(ChartStyle::font(20 * unit));
    const double textLine = QFontMetricsF(painter.font()).height();
    QRectF plot = rect.adjusted(200 * unit, legend + 10 * unit, -20 * unit, -(2 * textLine + 24 * unit));
    if (heat) {
        // A square map (1% by 1%) beside its colour scale.
        const double side = std::min(plot.height(), plot.width() - 260 * unit);
        plot = QRectF(plot.left(), plot.top(), side, side);
    }
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    const QList<int> &counts = m_spec.heatMap.counts;
    const int largest = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    if (heat)
        paintHeatMap(painter, plot, m_spec.heatMap, largest);
    paintAxes(painter, plot, unit);
    paintCurves(painter, plot, unit);
    if (heat)
        paintColorScale(painter, QRectF(plot.right() + 40 * unit, plot.top(), 30 * unit, plot.height()), unit, largest);
    painter.restore();
}

} // namespace saylau
