#pragma once

#include "analysis/SummaryReportWriter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace saylau {

// A summary report saved by its file's suffix. The tables (.xlsx, .csv) are written here, in the core, so
// that a build without the renderer (-DSAYLAU_GUI=OFF) still saves them; the PDF, which draws charts, is
// render/ReportExport's, which hands the tables back to this.
class SummaryReportFile
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReportFile)

public:
    enum class Kind { Pdf, Xlsx, Csv };

    // The kind a path's suffix names, any case; nullopt for any other suffix.
    static std::optional<Kind> kindOf(const QString &path);
    // Writes a .xlsx or .csv file, complete or not at all. Throws SaylauError (also for a .pdf path).
    static void writeTable(const SummaryReportWriter &writer, const QString &path);
};

} // namespace saylau
