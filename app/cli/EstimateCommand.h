#pragma once

#include "Command.h"

namespace saylau {

// `saylau estimate FILE`: turnout and party shares with 95% intervals from the copies of a random sample of
// precincts, beside the official figures; without a sample, only what the copies cover (see SampleEstimate).
class EstimateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EstimateCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
