#pragma once

#include "analysis/ChartSpec.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace saylau {

// Draws the plot of a forensic chart (ChartSpec::numericAxes): numeric axes, bars, lines, translucent dots
// and a heat map with its colour scale (or a grid of small heat maps on one scale), with QPainter alone (Qt Charts has no heat map, and 95,000 scatter
// items would make it crawl). The dots and the heat map are drawn into an image first, so an SVG or PDF
// stays small.
class NumericPlot
{
    Q_DECLARE_TR_FUNCTIONS(NumericPlot)

public:
    explicit NumericPlot(const ChartSpec &spec);

    // unit: pixels per pixel of the 1920×1080 reference slide.
    void paint(QPainter &painter, const QRectF &rect, double unit) const;

    // The colour of a heat map cell holding `count` of at most `largest`, on a log scale; white for 0.
    static QColor heatColor(int count, int largest);

private:
    double paintLegend(QPainter &painter, const QRectF &rect, double unit) const;
    void paintAxes(QPainter &painter, const QRectF &plot, double unit) const;
    void paintCurves(QPainter &painter, const QRectF &plot, double unit) const;
    void paintHeatMap(QPainter &painter, const QRectF &plot, const ChartSpec::HeatMap &heat, int largest) const;
    void paintColorScale(QPainter &painter, const QRectF &scale, double unit, int largest) const;
    void paintSmallMultiples(QPainter &painter, const QRectF &rect, double unit) const;
    QPointF map(const QRectF &plot, double x, double y) const;

    const ChartSpec &m_spec;
};

} // namespace saylau
