#pragma once

#include "Command.h"

namespace saylau {

// `saylau diff FILE.db --contest C [--format text|csv|json] [--without-doubtful] [--top N] [--all]`: observer
// copies against official figures (DiscrepancyFinder). Exit code 1 when the official figures differ from a
// copy anywhere, 0 when they differ nowhere, 2 on bad input.
class DiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
