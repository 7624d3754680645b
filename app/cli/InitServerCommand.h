#pragma once

#include "Command.h"

namespace saylau {

// `saylau init-server ADDRESS`: a headquarters' campaign on a server, with the roles the server enforces (see
// storage/ServerRoles).
class InitServerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitServerCommand)

public:
    InitServerCommand();

private:
    void readOptions() override;
    int run(QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
