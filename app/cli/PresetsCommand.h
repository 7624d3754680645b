#pragma once

#include "Command.h"

namespace saylau {

class PresetsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PresetsCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
