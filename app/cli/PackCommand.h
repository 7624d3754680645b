#pragma once

#include "Command.h"

namespace saylau {

// `saylau pack FILE.db --out PACKAGE [--all] [--for NAME]`: a signed package of everything the recipient has
// not confirmed having (an office's to its headquarters; headquarters' to the office named).
class PackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PackCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
