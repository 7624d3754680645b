#pragma once

#include "Command.h"

namespace saylau {

// `saylau forensics`: the integer-percentage test and the excess-votes estimate of a contest's per-precinct
// figures (analysis/ForensicsReport), as text, CSV or JSON.
class ForensicsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ForensicsCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
