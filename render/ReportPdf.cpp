#include "ReportPdf.h"

#include "ChartRenderer.h"
#include "domain/BuildInfo.h"
#include "domain/Elision.h"
#include "domain/SaylauError.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace saylau {

namespace {

// Names are cut before layout: QTextDocument's memory grows faster than a cell's text, and the names come
// from imported files (a 100,000-character territory name once took all the machine's memory).
QString paragraph(const QString &text)
{
    return Elision::elide(text, Elision::paragraph).toHtmlEscaped();
}

// The first labelColumns columns hold names, left-aligned; the others figures, right-aligned.
QString tableHtml(const SummaryReportWriter::Table &table, int headerRows, int fontPoints, int labelColumns = 1)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse: collapse; font-size: %1pt;\">")
                       .arg(fontPoints);
    for (int r = 0; r < table.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < table.at(r).size(); ++c) {
            const SummaryReportWriter::TableCell &cell = table.at(r).at(c);
            const bool header = r < headerRows;
            const bool number = cell.kind != SummaryReportWriter::TableCell::Kind::Text;
            html += QStringLiteral("<%1 align=\"%2\"%3>%4</%1>")
                        .arg(header ? QStringLiteral("th") : QStringLiteral("td"),
                             number || (c >= labelColumns && !header) ? QStringLiteral("right") : QStringLiteral("left"),
                             header ? QStringLiteral(" bgcolor=\"#edf2f7\"") : QString(),
                             Elision::elide(cell.text, Elision::label).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString chartUrl(int index)
{
    return QStringLiteral("saylau-chart://%1.png").arg(index);
}

} // namespace

QString ReportPdf::html(const SummaryReportWriter &writer, const QStringList &provenance, int chartCount)
{
    const QStringList title = writer.titleLines();
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(paragraph(title.value(0)));
    for (const QString &line : title.mid(1))
        html += QStringLiteral("<h3>%1</h3>").arg(paragraph(line));
    html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Where the figures come from").toHtmlEscaped());
    for (const QString &line : provenance)
        html += QStringLiteral("<li>%1</li>").arg(paragraph(line));
    html += QStringLiteral("</ul><h2>%1</h2>").arg(tr("Summary").toHtmlEscaped());
    html += tableHtml(writer.totalTable(), 2, 11);
    html += QStringLiteral("<ul>");
    for (const QString &line : writer.notes())
        html += QStringLiteral("<li>%1</li>").arg(paragraph(line));
    html += QStringLiteral("</ul>");
    const SummaryReportWriter::Table rows = writer.rowsTable();
    if (rows.size() > 1) {
        html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(tr("By territory").toHtmlEscaped());
        html += tableHtml(rows, 1, 9, writer.rowsLabelColumns());
    }
    if (const std::optional<ForensicsReport> &forensics = writer.forensics()) {
        html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(tr("Forensics").toHtmlEscaped());
        html += QStringLiteral("<p>%1</p><p>%2</p>").arg(paragraph(forensics->title()), paragraph(ForensicsReport::definitions()));
        html += QStringLiteral("<ul>");
        for (const QString &line : forensics->testLines())
            html += QStringLiteral("<li>%1</li>").arg(paragraph(line));
        html += QStringLiteral("</ul>");
        html += tableHtml(writer.forensicsTable(), 1, 9);
        const QStringList excess = forensics->excessLines();
        html += QStringLiteral("<h3>%1</h3><ul>").arg(paragraph(excess.value(0)));
        for (const QString &line : excess.mid(1))
            html += QStringLiteral("<li>%1</li>").arg(paragraph(line.trimmed()));
        html += QStringLiteral("</ul>");
    }
    // A4 landscape within the margins is about 1,000 of the document's 96-dpi pixels wide: a chart fills it.
    for (int i = 0; i < chartCount; ++i)
        html += QStringLiteral("<p style=\"page-break-before: always;\"><img src=\"%1\" width=\"%2\"></p>")
                    .arg(chartUrl(i))
                    .arg(1000);
    return html + QStringLiteral("</body></html>");
}

void ReportPdf::write(const SummaryReportWriter &writer, const QStringList &provenance, const QList<ChartSpec> &charts,
                      const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw SaylauError(tr("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        // The document lays out in 96-dpi pixels; at the same resolution its fonts keep their point sizes.
        pdf.setResolution(96);
        pdf.setTitle(Elision::elide(writer.titleLines().join(QStringLiteral(" — ")), Elision::paragraph));
        pdf.setCreator(BuildInfo::madeBy());

        QTextDocument document;
        QFont font(ChartRenderer::fontFamily());
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        for (int i = 0; i < charts.size(); ++i)
            document.addResource(QTextDocument::ImageResource, QUrl(chartUrl(i)),
                                 ChartRenderer(charts.at(i)).image(ChartRenderer::fullHd()));
        document.setHtml(html(writer, provenance, int(charts.size())));
        // Laid out on the page's own printable area, one document pixel to one PDF pixel.
        document.setPageSize(QSizeF(pdf.pageLayout().paintRectPixels(pdf.resolution()).size()));
        document.print(&pdf);
    }
    if (!file.commit())
        throw SaylauError(tr("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace saylau
