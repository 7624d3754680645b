#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace saylau {

// Everything a press chart shows, computed in the core and free of any widget: the values of every series,
// their names and colours, the titles and the notes. The renderer (ui/charts) only lays it out, so the
// figures on a slide are the figures a unit test checks.
struct ChartSpec
{
    enum class Kind {
        SharesByRegion,
        TurnoutByRegion,
        Shares,
        TurnoutHistogram,
        // Election forensics (analysis/ForensicsChartBuilder): per-precinct figures on numeric axes.
        TurnoutHistogramFine,
        TurnoutShareScatter,
        Fingerprint,
        VotesByTurnout,
        // The fingerprint of each region, small multiples on one colour scale.
        FingerprintByRegion,
        // A sample's estimates with their intervals and the official values (analysis/SampleEstimate).
        EstimateVsOfficial,
    };

    // A series over a numeric x axis, for the forensic kinds.
    struct Curve
    {
        enum class Style { Bars, Line, Points };
        QString name;
        QString color;
        Style style = Style::Line;
        // Bars: x is the left edge of a bin of width barWidth; Line and Points: the point itself.
        QList<QPointF> points;
        double barWidth = 0;
    };

    // A 2D histogram drawn as a heat map: columns along x, rows along y, counts on a log colour scale.
    struct HeatMap
    {
        int columns = 0;
        int rows = 0;
        QList<int> counts; // row-major, row 0 at the bottom (yMin)
        QString legendTitle;
    };

    // One small multiple: a region's heat map under its name.
    struct Panel
    {
        QString title;
        HeatMap heatMap;
    };

    struct Series
    {
        QString name;  // legend entry
        QString color; // "#rrggbb"
        QList<double> values; // one per category, as displayed (already rounded to the chart's precision)
        // Categories drawn in the emphasis colour (the lowest and highest turnout, ...).
        QList<int> highlighted;
        // The value labels, one per category: every label of a chart with the same decimals ("16.0%" beside
        // "16.2%", never "16%"), in the locale; empty where nothing is written (the break).
        QStringList labels;
    };

    // A value line across the bars: the threshold, the national average.
    struct Marker
    {
        double value = 0;
        QString label;
        QString color;
    };

    // A dot and whisker: an estimate, its 95% interval and the official value, in percent.
    struct Interval
    {
        double estimate = 0;
        double low = 0;
        double high = 0;
        std::optional<double> official;
        QString color;
    };

    Kind kind = Kind::Shares;
    // Bars along the category axis: horizontal bars list categories from the bottom up.
    bool horizontal = false;
    QString title;
    QString subtitle;
    // Under the chart: where the figures come from and what the percentages are a share of.
    QStringList notes;
    QString sourceLine;
    QString organisation;
    QString logoPath;
    // "SYNTHETIC DATA" stamped on the chart when the campaign is the demo; empty otherwise.
    QString syntheticLabel;

    QStringList categories;
    // The "…" category that separates the lowest regions from the highest when a by-region chart leaves the
    // middle out (values 0, no labels); -1 when every category is a real one.
    int breakCategory = -1;
    QList<Series> series;
    QString valueAxisTitle;
    QString categoryAxisTitle;
    // The value axis's end; a percentage axis never runs past 100.
    double valueMax = 100;
    // Decimals of the value labels; percentages are in percent, histograms in precincts.
    int precision = 0;
    bool percentValues = true;
    QList<Marker> markers;
    // Dot-and-whisker charts (estimate-vs-official): one per category, in place of series.
    QList<Interval> intervals;
    QString estimateLegend;
    QString officialLegend;

    // The forensic kinds: numeric axes from xMin to xMax and yMin to yMax, curves and a heat map drawn on
    // them (categories and series stay empty).
    QList<Curve> curves;
    HeatMap heatMap;
    // Small multiples (fingerprint-by-region): heat maps drawn in a grid on one colour scale, whose title is
    // heatMap.legendTitle (heatMap itself holds no cells then).
    QList<Panel> panels;
    double xMin = 0;
    double xMax = 100;
    double yMin = 0;
    double yMax = 100;
    QString xAxisTitle;
    QString yAxisTitle;
    bool numericAxes() const { return isForensic(kind); }

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QList<Kind> allKinds();
    // The bar charts of aggregated figures, drawn with Qt Charts.
    static QList<Kind> barKinds();
    static QList<Kind> forensicKinds();
    static bool isForensic(Kind kind) { return forensicKinds().contains(kind); }
};

} // namespace saylau
