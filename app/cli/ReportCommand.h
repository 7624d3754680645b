#pragma once

#include "Command.h"

namespace saylau {

// `saylau report FILE`: the summary table of one contest (see SummaryReport), as text, CSV or JSON, or with
// --out as a PDF with charts, a spreadsheet or a CSV file.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
