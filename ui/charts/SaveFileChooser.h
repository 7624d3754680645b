#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace saylau {

// Asks where to save a sheet, chart or report. A name typed without an extension gets the one of the format
// chosen in the dialog: "regions" saved as PDF becomes "regions.pdf", which the next program can open.
class SaveFileChooser
{
    Q_DECLARE_TR_FUNCTIONS(SaveFileChooser)

public:
    // Empty when cancelled.
    static QString ask(QWidget *parent, const QString &caption, const QString &suggested, const QString &filters);
    // The path with the first extension of the filter ("PDF (*.pdf)"), unless it already has an extension.
    static QString withExtension(const QString &path, const QString &selectedFilter);
};

} // namespace saylau
