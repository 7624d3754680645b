#include "SummaryReportFile.h"

#include "analysis/SummaryReportXlsx.h"
#include "domain/SaylauError.h"

#include <QFileInfo>
#include <QSaveFile>

namespace saylau {

std::optional<SummaryReportFile::Kind> SummaryReportFile::kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Kind::Pdf;
    if (suffix == QLatin1String("xlsx"))
        return Kind::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Kind::Csv;
    return std::nullopt;
}

void SummaryReportFile::writeTable(const SummaryReportWriter &writer, const QString &path)
{
    const std::optional<Kind> kind = kindOf(path);
    if (kind == Kind::Xlsx) {
        SummaryReportXlsx::write(writer, path);
        return;
    }
    if (kind != Kind::Csv)
        throw SaylauError(tr("%1: choose a .xlsx or .csv file").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writer.csv()) < 0 || !file.commit())
        throw SaylauError(tr("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace saylau
