#pragma once

#include <QCoreApplication>
#include <QString>

namespace saylau {

// Makes a larger results file from a real one for scaling runs: the data rows are repeated until the file
// has the wanted number of rows, each pass with its precinct numbers shifted past the largest real one and
// its TIKs renamed ("1 Адыгейская /2"): a country with ten times the precincts has ten times the TIKs, not
// TIKs ten times as large. Everything else (regions, figures, text columns) is copied as it is, so the
// generated file has the real one's shape and cost per row.
class CsvScaler
{
    Q_DECLARE_TR_FUNCTIONS(CsvScaler)

public:
    // Throws SaylauError when the source cannot be read, has no precinct column, or the target cannot be
    // written. Returns the number of data rows written.
    static qint64 write(const QString &sourcePath, const QString &targetPath, qint64 rows);
};

} // namespace saylau
