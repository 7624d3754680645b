#pragma once

#include "Command.h"

namespace saylau {

// `saylau import FILE.db DATA.csv --contest C --source official|observer ...`: loads a results file through
// Importer, with progress on stderr and a summary of what was stored (and what was kept as text) on stdout.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
