#pragma once

#include "Command.h"

namespace saylau {

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    InitCommand();

private:
    int run(QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
