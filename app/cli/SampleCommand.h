#pragma once

#include "Command.h"

namespace saylau {

// `saylau sample FILE`: draws a random sample of precincts for a parallel vote tabulation, stores it in the
// campaign and writes the deployment list; with --margin alone, says how many precincts a margin needs.
class SampleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
