#pragma once

#include "Command.h"

namespace saylau {

// `saylau backup FILE --to DIR [--keep N]`: one checked, consistent copy of a campaign, taken while other
// programs may be writing it, named like the desktop program's backups; prints its path.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
