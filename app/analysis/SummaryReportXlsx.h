#pragma once

#include "SummaryReportWriter.h"

#include <QCoreApplication>
#include <QString>

namespace saylau {

// The summary report as a real spreadsheet (libxlsxwriter, from Debian): counts and percentages are numbers,
// formatted as the report shows them (percentages as fractions in a percent format), so press staff can sort,
// sum and chart them; titles and notes are text around the tables.
class SummaryReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReportXlsx)

public:
    // Writes the workbook to a temporary file beside `path` and moves it into place only when complete.
    // Throws SaylauError.
    static void write(const SummaryReportWriter &writer, const QString &path);
};

} // namespace saylau
