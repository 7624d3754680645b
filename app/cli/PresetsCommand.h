#pragma once

#include "Command.h"

namespace saylau {

class PresetsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PresetsCommand)

public:
    PresetsCommand();

private:
    int run(QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
