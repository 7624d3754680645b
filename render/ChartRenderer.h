#pragma once

#include "analysis/ChartSpec.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace saylau {

// Lays out a ChartSpec as a slide: title and subtitle, the Qt chart, the notes, the source line, the
// organisation's name and logo, and the synthetic-data stamp. The same paint() serves the screen, PNG, SVG
// and PDF, always at an explicit size with fonts in proportion to it (the offscreen screen's size and the
// system's small default font would make an unreadable slide). Never OpenGL: it crashes offscreen.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ChartRenderer)

public:
    explicit ChartRenderer(ChartSpec spec);

    const ChartSpec &spec() const { return m_spec; }

    // The Qt chart alone (no titles), its fonts sized for an output of this height; the caller owns it.
    QChart *createChart(int outputHeight) const;
    void paint(QPainter &painter, const QRectF &rect) const;
    QImage image(const QSize &size) const;

    // Writes .png, .svg or .pdf (by the file's suffix) at this size, atomically: the file is replaced only
    // once the whole export is written. Throws SaylauError.
    void save(const QString &path, const QSize &size) const;

    static QSize fullHd() { return {1920, 1080}; }
    static QSize ultraHd() { return {3840, 2160}; }
    // The sides of an image `saylau chart` draws, in pixels: from a thumbnail to 8K UHD's width. Beyond it
    // the image alone takes gigabytes, and Qt's painter fails with nothing but warnings.
    static constexpr int smallestSide = 100;
    static constexpr int largestSide = 7680;
    static QString fontFamily();

private:
    // The dot-and-whisker chart of an estimate: whiskers for the 95% intervals, dots for the estimates,
    // diamonds for the official values.
    QChart *addIntervals(QChart *chart, double unit) const;
    // The size of the value labels in pixels at this scale; 0 when bars are too thin to carry them.
    double valueLabelPixels(double unit) const;
    // Whether the legend stands in a column right of the plot rather than in a row above it.
    bool legendBeside() const;
    // The core's value labels at the bars' ends, and the dashed rule at a by-region chart's break; in the
    // chart's own coordinates, after it is rendered.
    void paintValueLabels(QPainter &painter, QChart *chart) const;
    double paintHeader(QPainter &painter, const QRectF &rect, double unit) const;
    double footerHeight(QPainter &painter, const QRectF &rect, double unit) const;
    void paintFooter(QPainter &painter, const QRectF &rect, double unit) const;

    ChartSpec m_spec;
};

} // namespace saylau
