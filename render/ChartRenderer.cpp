#include "ChartRenderer.h"

#include "ChartStyle.h"
#include "NumericPlot.h"
#include "domain/BuildInfo.h"
#include "domain/Elision.h"
#include "domain/SaylauError.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace saylau {

namespace {

QFont font(double pixels, bool bold = false)
{
    return ChartStyle::font(pixels, bold);
}

const QColor ink = ChartStyle::ink();
const QColor muted = ChartStyle::muted();
const QColor grid = ChartStyle::grid();
// Of each category's width, what its group of bars takes.
const double barWidth = 0.85;

// The spec with every text cut to what a slide can show: names come from imported files, and Qt's text layout
// costs time and memory that grow faster than the text (a 100,000-character region name would take gigabytes).
ChartSpec fitted(ChartSpec spec)
{
    const auto cut = [](QString &text, qsizetype longest) { text = Elision::elide(text, longest); };
    for (QString *text : {&spec.title, &spec.subtitle, &spec.sourceLine, &spec.syntheticLabel})
        cut(*text, Elision::paragraph);
    for (QString &note : spec.notes)
        cut(note, Elision::paragraph);
    for (QString *text : {&spec.organisation, &spec.valueAxisTitle, &spec.categoryAxisTitle})
        cut(*text, Elision::label);
    for (QString &category : spec.categories)
        cut(category, Elision::label);
    for (ChartSpec::Series &series : spec.series)
        cut(series.name, Elision::label);
    for (ChartSpec::Marker &marker : spec.markers)
        cut(marker.label, Elision::label);
    return spec;
}

// Height of wrapped text in the painter's current font.
double textHeight(QPainter &painter, double width, const QString &text)
{
    return painter.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

QChart *emptyChart()
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    return chart;
}

QValueAxis *valueAxis(const ChartSpec &spec, double unit)
{
    auto *values = new QValueAxis;
    // The axis ends on a tick, so its top carries a label.
    const double step = ChartStyle::tickStep(spec.valueMax);
    values->setRange(0, std::ceil(spec.valueMax / step) * step);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    values->setLabelFormat(spec.percentValues ? QStringLiteral("%.0f%") : QStringLiteral("%.0f"));
    values->setLabelsFont(font(20 * unit));
    values->setLabelsColor(muted);
    values->setGridLineColor(grid);
    values->setTitleText(spec.valueAxisTitle);
    values->setTitleFont(font(20 * unit));
    values->setTitleBrush(muted);
    return values;
}

void styleLegend(QChart *chart, double unit)
{
    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignTop);
    legend->setFont(font(22 * unit));
    legend->setLabelColor(ink);
}

// A series drawn on the chart but left out of the legend.
void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

ChartRenderer::ChartRenderer(ChartSpec spec)
    : m_spec(fitted(std::move(spec)))
{
}

QString ChartRenderer::fontFamily()
{
    return ChartStyle::fontFamily();
}

QChart *ChartRenderer::createChart(int outputHeight) const
{
    const double unit = outputHeight / 1080.0;
    QChart *chart = emptyChart();
    if (m_spec.kind == ChartSpec::Kind::EstimateVsOfficial)
        return addIntervals(chart, unit);

    QAbstractBarSeries *bars = m_spec.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                 : static_cast<QAbstractBarSeries *>(new QBarSeries);
    // Horizontal bars stack a group's sets from the bottom up: added in reverse, the first series is on
    // top, and the legend, reversed as well, still reads in the series' order.
    QList<ChartSpec::Series> ordered = m_spec.series;
    if (m_spec.horizontal)
        std::reverse(ordered.begin(), ordered.end());
    for (const ChartSpec::Series &s : std::as_const(ordered)) {
        auto *set = new QBarSet(s.name);
        const QColor color(s.color);
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(ink);
        for (double v : s.values)
            set->append(v);
        if (!s.highlighted.isEmpty()) {
            // The extremes in a darker shade of the series, so the range reads at a glance.
            set->setSelectedColor(color.darker(170));
            set->selectBars(s.highlighted);
        }
        bars->append(set);
    }
    // Qt's own labels drop trailing zeros ("17%" beside "16.2%") and sit under the lines: paintValueLabels
    // writes the core's labels over everything instead.
    bars->setLabelsVisible(false);
    bars->setBarWidth(barWidth);

    auto *categories = new QBarCategoryAxis;
    categories->append(m_spec.categories);
    // Labels under vertical bars share the width: narrow groups get a smaller font rather than "5–1…".
    qsizetype longest = 1;
    for (const QString &category : m_spec.categories)
        longest = std::max(longest, category.size());
    const double groupWidth = 1500.0 * unit / std::max<qsizetype>(1, m_spec.categories.size());
    categories->setLabelsFont(font(m_spec.horizontal ? 22 * unit : std::min(22 * unit, groupWidth / (0.75 * double(longest)))));
    categories->setTitleText(m_spec.categoryAxisTitle);
    categories->setTitleFont(font(20 * unit));
    categories->setTitleBrush(muted);
    categories->setLabelsColor(ink);
    categories->setGridLineVisible(false);
    QValueAxis *values = valueAxis(m_spec, unit);
    chart->addAxis(categories, m_spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, m_spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    // Threshold and averages: lines across the whole category axis, which spans -0.5 .. n - 0.5.
    const double from = -0.5;
    const double to = double(m_spec.categories.size()) - 0.5;
    // Qt draws lines above bars whatever the order; the order decides the legend's: bars first, as read.
    if (!m_spec.horizontal) {
        chart->addSeries(bars);
        bars->attachAxis(categories);
        bars->attachAxis(values);
    }
    QList<ChartSpec::Marker> markers = m_spec.markers;
    if (m_spec.horizontal)
        std::reverse(markers.begin(), markers.end());
    for (const ChartSpec::Marker &marker : std::as_const(markers)) {
        auto *line = new QLineSeries;
        line->setName(marker.label);
        QPen pen{QColor(marker.color)};
        pen.setWidthF(3 * unit);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        if (m_spec.horizontal) {
            line->append(marker.value, from);
            line->append(marker.value, to);
        } else {
            line->append(from, marker.value);
            line->append(to, marker.value);
        }
        chart->addSeries(line);
        line->attachAxis(categories);
        line->attachAxis(values);
        for (QLegendMarker *legendMarker : chart->legend()->markers(line))
            legendMarker->setShape(QLegend::MarkerShapeFromSeries);
    }
    // In the reversed legend of a horizontal chart, the bars added last come first.
    if (m_spec.horizontal) {
        chart->addSeries(bars);
        bars->attachAxis(categories);
        bars->attachAxis(values);
    }

    styleLegend(chart, unit);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    chart->legend()->setReverseMarkers(m_spec.horizontal);
    if (legendBeside())
        chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

bool ChartRenderer::legendBeside() const
{
    // Qt's legend keeps to one row above the plot and cuts every name to fit: with a 2016 Duma ballot's 14
    // parties "КОМ…" and "КОМ…" could no longer be told apart. When the names would not fit in the row (at the
    // legend's 22 px, about 12 px a character and 50 px a marker, of a 1,750 px row), a column beside the plot
    // has room for them.
    if (m_spec.kind == ChartSpec::Kind::EstimateVsOfficial)
        return false;
    double row = 0;
    for (const ChartSpec::Series &series : m_spec.series)
        row += 50 + 12 * double(series.name.size());
    for (const ChartSpec::Marker &marker : m_spec.markers)
        row += 50 + 12 * double(marker.label.size());
    return row > 1750;
}

double ChartRenderer::valueLabelPixels(double unit) const
{
    // Value labels as large as a bar is thick: a slide with 48 bars cannot carry 20 px labels. A legend beside
    // the plot takes about a third of its width.
    const double plotExtent = (m_spec.horizontal ? 640.0 : legendBeside() ? 1000.0 : 1500.0) * unit;
    const double barsPerGroup = std::max<qsizetype>(1, m_spec.series.size());
    const double barThickness = plotExtent * barWidth / std::max<qsizetype>(1, m_spec.categories.size()) / barsPerGroup;
    // Horizontal labels sit at the bars' ends, which rarely line up, so they may be a little taller than a bar;
    // a vertical bar's label ("13.0%", five characters about 0.55 of the size wide) must fit across it.
    const double pixels = std::min(24.0 * unit, (m_spec.horizontal ? 1.25 : 0.36) * barThickness);
    return pixels >= 11.0 * unit ? pixels : 0;
}

void ChartRenderer::paintValueLabels(QPainter &painter, QChart *chart) const
{
    QAbstractBarSeries *bars = nullptr;
    for (QAbstractSeries *series : chart->series())
        if (auto *b = qobject_cast<QAbstractBarSeries *>(series))
            bars = b;
    if (!bars)
        return;
    const QRectF plot = chart->plotArea();
    painter.save();
    if (m_spec.breakCategory >= 0) {
        // A dashed rule across the plot through the "…" category: the two groups are not neighbours.
        QPen pen(muted, 2, Qt::DashLine);
        painter.setPen(pen);
        const QPointF at = chart->mapToPosition(m_spec.horizontal ? QPointF(0, m_spec.breakCategory)
                                                                  : QPointF(m_spec.breakCategory, 0),
                                                bars);
        if (m_spec.horizontal)
            painter.drawLine(QPointF(plot.left(), at.y()), QPointF(plot.right(), at.y()));
        else
            painter.drawLine(QPointF(at.x(), plot.top()), QPointF(at.x(), plot.bottom()));
    }
    const double pixels = valueLabelPixels(1);
    if (pixels <= 0) {
        painter.restore();
        return;
    }
    // Where the threshold and average lines cross the value axis, in the chart's coordinates.
    QList<double> lines;
    for (const ChartSpec::Marker &marker : m_spec.markers) {
        const QPointF at = chart->mapToPosition(m_spec.horizontal ? QPointF(marker.value, 0) : QPointF(0, marker.value), bars);
        lines.append(m_spec.horizontal ? at.x() : at.y());
    }
    // Sorted the way a label moves (right, or up), so that one moved past a line clears the next as well.
    std::sort(lines.begin(), lines.end(), [this](double a, double b) { return m_spec.horizontal ? a < b : a > b; });
    painter.setFont(font(pixels));
    const QFontMetricsF metrics(painter.font());
    const double gap = 4;
    const double pad = 2;
    const QList<QBarSet *> sets = bars->barSets();
    const double setCount = double(sets.size());
    for (qsizetype s = 0; s < sets.size(); ++s) {
        // The set's place in the series: horizontal charts add their series in reverse (see createChart).
        const ChartSpec::Series &series = m_spec.series.at(m_spec.horizontal ? sets.size() - 1 - s : s);
        // Where Qt puts bar s of a category: an equal share of the group's width, from the group's start.
        const double offset = -barWidth / 2 + (double(s) + 0.5) / setCount * barWidth;
        for (qsizetype c = 0; c < series.labels.size(); ++c) {
            const QString &label = series.labels.at(c);
            if (label.isEmpty())
                continue;
            const double value = series.values.at(c);
            const QPointF end = chart->mapToPosition(
                m_spec.horizontal ? QPointF(value, double(c) + offset) : QPointF(double(c) + offset, value), bars);
            const QSizeF size(metrics.horizontalAdvance(label) + 2 * pad, metrics.height());
            QRectF box = m_spec.horizontal ? QRectF(QPointF(end.x() + gap, end.y() - size.height() / 2), size)
                                           : QRectF(QPointF(end.x() - size.width() / 2, end.y() - gap - size.height()), size);
            // A label a threshold or average line would cross moves past it, away from its bar.
            for (double line : std::as_const(lines)) {
                if (m_spec.horizontal && box.left() - pad < line && line < box.right() + pad)
                    box.moveLeft(line + gap);
                else if (!m_spec.horizontal && box.top() - pad < line && line < box.bottom() + pad)
                    box.moveBottom(line - gap);
            }
            // A bar that reaches the axis's end carries its label inside, in white on the bar.
            const bool inside = m_spec.horizontal ? box.right() > plot.right() + 1 : box.top() < plot.top() - 1;
            if (inside)
                box = m_spec.horizontal ? QRectF(QPointF(end.x() - gap - size.width(), end.y() - size.height() / 2), size)
                                        : QRectF(QPointF(end.x() - size.width() / 2, end.y() + gap), size);
            painter.setPen(inside ? QColor(Qt::white) : ink);
            painter.drawText(box, Qt::AlignCenter, label);
        }
    }
    painter.restore();
}

QChart *ChartRenderer::addIntervals(QChart *chart, double unit) const
{
    auto *categories = new QBarCategoryAxis;
    categories->append(m_spec.categories);
    categories->setLabelsFont(font(22 * unit));
    categories->setLabelsColor(ink);
    categories->setGridLineVisible(false);
    QValueAxis *values = valueAxis(m_spec, unit);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    const auto attach = [&](QAbstractSeries *series, bool inLegend) {
        chart->addSeries(series);
        series->attachAxis(categories);
        series->attachAxis(values);
        if (!inLegend)
            hideFromLegend(chart, series);
    };
    // Category i sits at y = i on the category axis.
    const double cap = 0.14;
    for (int i = 0; i < m_spec.intervals.size(); ++i) {
        const ChartSpec::Interval &interval = m_spec.intervals.at(i);
        QPen pen{QColor(interval.color)};
        pen.setWidthF(7 * unit);
        pen.setCapStyle(Qt::FlatCap);
        for (const QList<QPointF> &points : {QList<QPointF>{{interval.low, double(i)}, {interval.high, double(i)}},
                                             QList<QPointF>{{interval.low, i - cap}, {interval.low, i + cap}},
                                             QList<QPointF>{{interval.high, i - cap}, {interval.high, i + cap}}}) {
            auto *line = new QLineSeries;
            line->setPen(pen);
            line->append(points);
            attach(line, false);
        }
        auto *dot = new QScatterSeries;
        dot->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dot->setMarkerSize(18 * unit);
        dot->setColor(QColor(interval.color));
        dot->setBorderColor(Qt::white);
        dot->append(interval.estimate, i);
        attach(dot, false);
    }
    // The legend: one entry for the estimates (whatever their colours) and one for the official marks.
    auto *estimateKey = new QScatterSeries;
    estimateKey->setName(m_spec.estimateLegend);
    estimateKey->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    estimateKey->setMarkerSize(18 * unit);
    estimateKey->setColor(ink);
    estimateKey->setBorderColor(Qt::white);
    attach(estimateKey, true);
    auto *official = new QScatterSeries;
    official->setName(m_spec.officialLegend);
    official->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    official->setMarkerSize(24 * unit);
    official->setColor(QColor(0xc0, 0x39, 0x2b));
    official->setBorderColor(Qt::white);
    for (int i = 0; i < m_spec.intervals.size(); ++i)
        if (m_spec.intervals.at(i).official)
            official->append(*m_spec.intervals.at(i).official, i);
    attach(official, true);
    styleLegend(chart, unit);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

double ChartRenderer::paintHeader(QPainter &painter, const QRectF &rect, double unit) const
{
    double y = rect.top();
    painter.setPen(ink);
    painter.setFont(font(46 * unit, true));
    const double titleHeight = textHeight(painter, rect.width(), m_spec.title);
    painter.drawText(QRectF(rect.left(), y, rect.width(), titleHeight), Qt::TextWordWrap, m_spec.title);
    y += titleHeight + 6 * unit;
    painter.setPen(muted);
    painter.setFont(font(24 * unit));
    const double subtitleHeight = textHeight(painter, rect.width(), m_spec.subtitle);
    painter.drawText(QRectF(rect.left(), y, rect.width(), subtitleHeight), Qt::TextWordWrap, m_spec.subtitle);
    y += subtitleHeight;
    if (!m_spec.syntheticLabel.isEmpty()) {
        y += 6 * unit;
        painter.setPen(QColor(0xb0, 0x3a, 0x2e));
        painter.setFont(font(22 * unit, true));
        const double h = textHeight(painter, rect.width(), m_spec.syntheticLabel);
        painter.drawText(QRectF(rect.left(), y, rect.width(), h), Qt::TextWordWrap, m_spec.syntheticLabel);
        y += h;
    }
    return y + 16 * unit - rect.top();
}

double ChartRenderer::footerHeight(QPainter &painter, const QRectF &rect, double unit) const
{
    painter.setFont(font(20 * unit));
    double h = 0;
    for (const QString &note : m_spec.notes)
        h += textHeight(painter, rect.width(), note) + 4 * unit;
    painter.setFont(font(18 * unit));
    const double sourceWidth = rect.width() * (m_spec.organisation.isEmpty() && m_spec.logoPath.isEmpty() ? 1.0 : 0.62);
    const double brand = m_spec.logoPath.isEmpty() && m_spec.organisation.isEmpty() ? 0.0 : 64 * unit;
    return h + 12 * unit + std::max(textHeight(painter, sourceWidth, m_spec.sourceLine), brand);
}

void ChartRenderer::paintFooter(QPainter &painter, const QRectF &rect, double unit) const
{
    double y = rect.top();
    painter.setPen(ink);
    painter.setFont(font(20 * unit));
    for (const QString &note : m_spec.notes) {
        const double h = textHeight(painter, rect.width(), note);
        painter.drawText(QRectF(rect.left(), y, rect.width(), h), Qt::TextWordWrap, note);
        y += h + 4 * unit;
    }
    y += 12 * unit;
    const bool branded = !m_spec.organisation.isEmpty() || !m_spec.logoPath.isEmpty();
    const double sourceWidth = rect.width() * (branded ? 0.62 : 1.0);
    painter.setPen(muted);
    painter.setFont(font(18 * unit));
    const double h = textHeight(painter, sourceWidth, m_spec.sourceLine);
    painter.drawText(QRectF(rect.left(), y, sourceWidth, h), Qt::TextWordWrap, m_spec.sourceLine);
    if (!branded)
        return;
    // The organisation's name right-aligned at the bottom, its logo to the left of it.
    const double brandHeight = 64 * unit;
    double right = rect.right();
    if (!m_spec.organisation.isEmpty()) {
        painter.setPen(ink);
        painter.setFont(font(26 * unit, true));
        const double width = std::min(rect.width() * 0.3, double(painter.fontMetrics().horizontalAdvance(m_spec.organisation)) + 2);
        painter.drawText(QRectF(right - width, y, width, brandHeight), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                         m_spec.organisation);
        right -= width + 16 * unit;
    }
    const QImage logo = m_spec.logoPath.isEmpty() ? QImage() : QImage(m_spec.logoPath);
    if (!logo.isNull()) {
        const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(brandHeight * 4, brandHeight), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(right - size.width(), y, size.width(), size.height()), logo);
    }
}

void ChartRenderer::paint(QPainter &painter, const QRectF &rect) const
{
    const double unit = rect.height() / 1080.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, Qt::white);
    const QRectF inner = rect.adjusted(56 * unit, 40 * unit, -56 * unit, -32 * unit);
    const double header = paintHeader(painter, inner, unit);
    const double footer = footerHeight(painter, inner, unit);
    paintFooter(painter, QRectF(inner.left(), inner.bottom() - footer, inner.width(), footer), unit);

    const QRectF chartRect(inner.left(), inner.top() + header, inner.width(), inner.height() - header - footer - 8 * unit);
    if (chartRect.height() > 0 && m_spec.numericAxes()) {
        NumericPlot(m_spec).paint(painter, chartRect, unit);
    } else if (chartRect.height() > 0) {
        // The chart is laid out at the full-HD reference size and scaled to the output: Qt Charts keeps some
        // sizes in fixed pixels (legend markers, spacing), which would shrink on a 4K slide.
        QGraphicsScene scene;
        QChart *chart = createChart(1080);
        scene.addItem(chart); // the scene owns and deletes it
        const QSizeF logical = chartRect.size() / unit;
        chart->setGeometry(QRectF(QPointF(0, 0), logical));
        // The legend's markers are made with the scene's layout, with the theme's empty brush: once they
        // exist, give them the bars' colours.
        for (QLegendMarker *marker : chart->legend()->markers()) {
            if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker)) {
                barMarker->setBrush(barMarker->barset()->brush());
                barMarker->setPen(QPen(barMarker->barset()->brush().color()));
            }
        }
        scene.setSceneRect(QRectF(QPointF(0, 0), logical));
        scene.render(&painter, chartRect, scene.sceneRect());
        // The labels over the rendered chart, in its logical coordinates scaled to the output.
        painter.save();
        painter.translate(chartRect.topLeft());
        painter.scale(unit, unit);
        paintValueLabels(painter, chart);
        painter.restore();
    }
    painter.restore();
}

QImage ChartRenderer::image(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

void ChartRenderer::save(const QString &path, const QSize &size) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        throw SaylauError(tr("%1: choose a .png, .svg or .pdf file").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw SaylauError(tr("cannot write %1: %2").arg(path, file.errorString()));
    bool ok = true;
    if (suffix == QLatin1String("png")) {
        ok = image(size).save(&file, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_spec.title);
        svg.setDescription(m_spec.subtitle);
        QPainter painter(&svg);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    } else {
        QPdfWriter pdf(&file);
        // A 16:9 page whose device pixels are the requested size, so the slide keeps its proportions.
        pdf.setResolution(144);
        pdf.setPageSize(QPageSize(QSizeF(size.width() / 144.0 * 25.4, size.height() / 144.0 * 25.4),
                                  QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(m_spec.title);
        pdf.setCreator(BuildInfo::madeBy());
        QPainter painter(&pdf);
        paint(painter, QRectF(0, 0, pdf.width(), pdf.height()));
    }
    if (!ok || !file.commit())
        throw SaylauError(tr("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace saylau
