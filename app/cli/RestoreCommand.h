#pragma once

#include "Command.h"

namespace saylau {

// `saylau restore BACKUP --to NEW.db`: a backup made into a new campaign file, checked; never over a file
// that exists.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();

private:
    int run(QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
