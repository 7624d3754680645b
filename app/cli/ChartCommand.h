#pragma once

#include "Command.h"

namespace saylau {

// `saylau chart`: one press chart of a contest, written as PNG, SVG or PDF with the desktop program's renderer.
class ChartCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
