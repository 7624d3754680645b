#pragma once

#include "analysis/ChartSpec.h"
#include "analysis/SummaryReportWriter.h"

#include <QCoreApplication>
#include <QStringList>

namespace saylau {

// The summary report as a paginated PDF for the press: the title, where the figures come from, the total
// table (counts and percentages, sources side by side), the notes (denominators, threshold, ranges, seats,
// warnings), the table by territory, the Forensics page when the writer carries one, then one chart per page.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Written through a temporary file, complete or not at all. Throws SaylauError.
    static void write(const SummaryReportWriter &writer, const QStringList &provenance, const QList<ChartSpec> &charts,
                      const QString &path);
    // The document's HTML, for tests and for a preview.
    static QString html(const SummaryReportWriter &writer, const QStringList &provenance, int chartCount);
};

} // namespace saylau
